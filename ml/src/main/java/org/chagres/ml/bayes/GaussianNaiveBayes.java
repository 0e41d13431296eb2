package org.chagres.ml.bayes;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.chagres.ml.Classifier;
import org.chagres.ml.Inputs;
import org.chagres.ml.io.Codec;

/**
 * Gaussian naive Bayes: within each class every feature is an independent normal with the
 * class's mean and (population) variance. As in scikit-learn, every variance is increased by
 * {@code varSmoothing · (largest variance of any feature over all of X)} so that a feature that
 * is constant within a class does not give an infinite density.
 */
public final class GaussianNaiveBayes implements Classifier<GaussianNaiveBayes.Model> {

    private final double varSmoothing;

    private GaussianNaiveBayes(double varSmoothing) {
        this.varSmoothing = varSmoothing;
    }

    /** varSmoothing = 1e-9, scikit-learn's default. */
    public static GaussianNaiveBayes withDefaults() {
        return new GaussianNaiveBayes(1e-9);
    }

    /** The share of the largest feature variance added to every variance, ≥ 0. */
    public GaussianNaiveBayes withVarSmoothing(double v) {
        return new GaussianNaiveBayes(Inputs.nonNegative("GaussianNaiveBayes.withVarSmoothing",
                "varSmoothing", v));
    }

    @Override
    public Model fit(double[][] x, int[] y) {
        String op = "GaussianNaiveBayes.fit";
        int d = Inputs.matrix(op, x);
        Inputs.labels(op, y, x.length);
        int[] classes = Inputs.classes(op, y, 1);
        int[] enc = Inputs.encode(y, classes);
        int k = classes.length;
        double[][] mean = new double[k][d];
        double[][] var = new double[k][d];
        double[] count = new double[k];
        for (int i = 0; i < x.length; i++) {
            count[enc[i]]++;
            for (int j = 0; j < d; j++) {
                mean[enc[i]][j] += x[i][j];
            }
        }
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < d; j++) {
                mean[c][j] /= count[c];
            }
        }
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < d; j++) {
                double e = x[i][j] - mean[enc[i]][j];
                var[enc[i]][j] += e * e;
            }
        }
        double epsilon = varSmoothing * maxFeatureVariance(x, d);
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < d; j++) {
                var[c][j] = var[c][j] / count[c] + epsilon;
            }
        }
        return new Model(classes, NaiveBayesModel.logPriors(enc, k), d, mean, var, epsilon);
    }

    private static double maxFeatureVariance(double[][] x, int d) {
        double max = 0;
        for (int j = 0; j < d; j++) {
            double m = 0;
            for (double[] row : x) {
                m += row[j];
            }
            m /= x.length;
            double v = 0;
            for (double[] row : x) {
                v += (row[j] - m) * (row[j] - m);
            }
            max = Math.max(max, v / x.length);
        }
        return max;
    }

    /** A fitted Gaussian naive Bayes model. */
    public static final class Model extends NaiveBayesModel {
        private final double[][] mean;
        private final double[][] var;
        private final double epsilon;
        private final double[] logNorm;

        Model(int[] classes, double[] logPrior, int features, double[][] mean, double[][] var,
                double epsilon) {
            super(classes, logPrior, features);
            this.mean = mean;
            this.var = var;
            this.epsilon = epsilon;
            this.logNorm = new double[classes.length];
            for (int c = 0; c < classes.length; c++) {
                double s = 0;
                for (int j = 0; j < features; j++) {
                    s += Math.log(2 * Math.PI * var[c][j]);
                }
                logNorm[c] = -0.5 * s;
            }
        }

        /** Per-class feature means, [class][feature]. */
        public double[][] means() {
            return copy(mean);
        }

        /** Per-class feature variances after smoothing, [class][feature]. */
        public double[][] variances() {
            return copy(var);
        }

        /** The amount added to every variance. */
        public double epsilon() {
            return epsilon;
        }

        @Override
        public String formatName() {
            return "GaussianNaiveBayes";
        }

        @Override
        void writeFields(DataOutput out) throws IOException {
            Codec.matrix(out, mean);
            Codec.matrix(out, var);
            out.writeDouble(epsilon);
        }

        /** Reads what {@link #writeTo} wrote (used by ModelIO). */
        public static Model readFrom(DataInput in) throws IOException {
            Header h = Header.read(in);
            double[][] mean = Codec.matrix(in);
            double[][] var = Codec.matrix(in);
            return new Model(h.classes(), h.logPrior(), h.features(), mean, var,
                    in.readDouble());
        }

        @Override
        double jointLogLikelihood(double[] x, int c) {
            double s = 0;
            for (int j = 0; j < features; j++) {
                double e = x[j] - mean[c][j];
                s += e * e / var[c][j];
            }
            return logPrior[c] + logNorm[c] - 0.5 * s;
        }

        @Override
        String name() {
            return "GaussianNaiveBayes.Model";
        }
    }
}
