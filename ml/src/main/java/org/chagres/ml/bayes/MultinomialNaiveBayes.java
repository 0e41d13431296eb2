package org.chagres.ml.bayes;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.chagres.ml.Classifier;
import org.chagres.ml.Inputs;
import org.chagres.ml.io.Codec;

/**
 * Multinomial naive Bayes for count features (word counts, pixel intensities): within class c
 * the features follow a multinomial with probabilities
 * {@code θ_cj = (N_cj + α) / (N_c + α·d)} (additive/Laplace smoothing α; N_cj the sum of
 * feature j over the class's samples). Features must be ≥ 0.
 */
public final class MultinomialNaiveBayes implements Classifier<MultinomialNaiveBayes.Model> {

    private final double alpha;

    private MultinomialNaiveBayes(double alpha) {
        this.alpha = alpha;
    }

    /** α = 1 (Laplace smoothing). */
    public static MultinomialNaiveBayes withDefaults() {
        return new MultinomialNaiveBayes(1.0);
    }

    /** Additive smoothing α > 0. */
    public MultinomialNaiveBayes withAlpha(double a) {
        return new MultinomialNaiveBayes(Inputs.positive("MultinomialNaiveBayes.withAlpha",
                "alpha", a));
    }

    @Override
    public Model fit(double[][] x, int[] y) {
        String op = "MultinomialNaiveBayes.fit";
        int d = Inputs.matrix(op, x);
        Inputs.labels(op, y, x.length);
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < d; j++) {
                if (x[i][j] < 0) {
                    throw new IllegalArgumentException(op + ": X[" + i + "][" + j + "] is "
                            + x[i][j] + "; multinomial features must be counts >= 0");
                }
            }
        }
        int[] classes = Inputs.classes(op, y, 1);
        int[] enc = Inputs.encode(y, classes);
        int k = classes.length;
        double[][] counts = new double[k][d];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < d; j++) {
                counts[enc[i]][j] += x[i][j];
            }
        }
        double[][] logProb = new double[k][d];
        for (int c = 0; c < k; c++) {
            double total = alpha * d;
            for (int j = 0; j < d; j++) {
                total += counts[c][j];
            }
            for (int j = 0; j < d; j++) {
                logProb[c][j] = Math.log((counts[c][j] + alpha) / total);
            }
        }
        return new Model(classes, NaiveBayesModel.logPriors(enc, k), d, logProb);
    }

    /** A fitted multinomial naive Bayes model. */
    public static final class Model extends NaiveBayesModel {
        private final double[][] logProb;

        Model(int[] classes, double[] logPrior, int features, double[][] logProb) {
            super(classes, logPrior, features);
            this.logProb = logProb;
        }

        /** log θ_cj, [class][feature]. */
        public double[][] featureLogProb() {
            return copy(logProb);
        }

        @Override
        public String formatName() {
            return "MultinomialNaiveBayes";
        }

        @Override
        void writeFields(DataOutput out) throws IOException {
            Codec.matrix(out, logProb);
        }

        /** Reads what {@link #writeTo} wrote (used by ModelIO). */
        public static Model readFrom(DataInput in) throws IOException {
            Header h = Header.read(in);
            return new Model(h.classes(), h.logPrior(), h.features(), Codec.matrix(in));
        }

        @Override
        double jointLogLikelihood(double[] x, int c) {
            double s = logPrior[c];
            for (int j = 0; j < features; j++) {
                s += x[j] * logProb[c][j];
            }
            return s;
        }

        @Override
        String name() {
            return "MultinomialNaiveBayes.Model";
        }
    }
}
