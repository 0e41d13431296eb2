package org.chagres.ml.bayes;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.chagres.ml.Classifier;
import org.chagres.ml.Inputs;
import org.chagres.ml.io.Codec;

/**
 * Bernoulli naive Bayes for binary features: a feature is "on" when it exceeds the binarize
 * threshold (default 0); within class c feature j is on with probability
 * {@code p_cj = (on_cj + α) / (N_c + 2α)}, and an off feature contributes {@code log(1 − p_cj)}
 * (unlike the multinomial model, absence is evidence).
 */
public final class BernoulliNaiveBayes implements Classifier<BernoulliNaiveBayes.Model> {

    private final double alpha;
    private final double threshold;

    private BernoulliNaiveBayes(double alpha, double threshold) {
        this.alpha = alpha;
        this.threshold = threshold;
    }

    /** α = 1, features binarised at > 0. */
    public static BernoulliNaiveBayes withDefaults() {
        return new BernoulliNaiveBayes(1.0, 0.0);
    }

    /** Additive smoothing α > 0. */
    public BernoulliNaiveBayes withAlpha(double a) {
        return new BernoulliNaiveBayes(Inputs.positive("BernoulliNaiveBayes.withAlpha", "alpha",
                a), threshold);
    }

    /** A feature is on when it is > t (finite). */
    public BernoulliNaiveBayes withBinarizeThreshold(double t) {
        if (!Double.isFinite(t)) {
            throw new IllegalArgumentException("BernoulliNaiveBayes.withBinarizeThreshold:"
                    + " threshold must be finite, got " + t);
        }
        return new BernoulliNaiveBayes(alpha, t);
    }

    @Override
    public Model fit(double[][] x, int[] y) {
        String op = "BernoulliNaiveBayes.fit";
        int d = Inputs.matrix(op, x);
        Inputs.labels(op, y, x.length);
        int[] classes = Inputs.classes(op, y, 1);
        int[] enc = Inputs.encode(y, classes);
        int k = classes.length;
        double[][] on = new double[k][d];
        double[] n = new double[k];
        for (int i = 0; i < x.length; i++) {
            n[enc[i]]++;
            for (int j = 0; j < d; j++) {
                on[enc[i]][j] += x[i][j] > threshold ? 1 : 0;
            }
        }
        double[][] logOn = new double[k][d];
        double[][] logOff = new double[k][d];
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < d; j++) {
                double p = (on[c][j] + alpha) / (n[c] + 2 * alpha);
                logOn[c][j] = Math.log(p);
                logOff[c][j] = Math.log1p(-p);
            }
        }
        return new Model(classes, NaiveBayesModel.logPriors(enc, k), d, logOn, logOff,
                threshold);
    }

    /** A fitted Bernoulli naive Bayes model. */
    public static final class Model extends NaiveBayesModel {
        private final double[][] logOn;
        private final double[][] logOff;
        private final double threshold;

        Model(int[] classes, double[] logPrior, int features, double[][] logOn,
                double[][] logOff, double threshold) {
            super(classes, logPrior, features);
            this.logOn = logOn;
            this.logOff = logOff;
            this.threshold = threshold;
        }

        /** log p_cj, [class][feature]. */
        public double[][] featureLogProb() {
            return copy(logOn);
        }

        @Override
        public String formatName() {
            return "BernoulliNaiveBayes";
        }

        @Override
        void writeFields(DataOutput out) throws IOException {
            Codec.matrix(out, logOn);
            Codec.matrix(out, logOff);
            out.writeDouble(threshold);
        }

        /** Reads what {@link #writeTo} wrote (used by ModelIO). */
        public static Model readFrom(DataInput in) throws IOException {
            Header h = Header.read(in);
            double[][] on = Codec.matrix(in);
            double[][] off = Codec.matrix(in);
            return new Model(h.classes(), h.logPrior(), h.features(), on, off, in.readDouble());
        }

        @Override
        double jointLogLikelihood(double[] x, int c) {
            double s = logPrior[c];
            for (int j = 0; j < features; j++) {
                s += x[j] > threshold ? logOn[c][j] : logOff[c][j];
            }
            return s;
        }

        @Override
        String name() {
            return "BernoulliNaiveBayes.Model";
        }
    }
}
