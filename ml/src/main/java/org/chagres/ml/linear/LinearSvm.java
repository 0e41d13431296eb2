package org.chagres.ml.linear;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.SplittableRandom;
import org.chagres.ml.Classifier;
import org.chagres.ml.ClassifierModel;
import org.chagres.ml.Inputs;
import org.chagres.ml.Probabilities;
import org.chagres.ml.io.Codec;
import org.chagres.ml.io.Persistable;

/**
 * Linear support vector machine with the hinge loss,
 * {@code min ½‖w‖² + C·Σ max(0, 1 − yᵢ(w·xᵢ + b))}, solved exactly in the dual by coordinate
 * descent (Hsieh, Chang, Lin, Keerthi and Sundararajan, ICML 2008 — liblinear's solver),
 * visiting the samples in a seeded random order each epoch. As in liblinear and scikit-learn's
 * LinearSVC, the intercept is a weight on a constant feature 1 and so is regularised too. More
 * than two classes: one-vs-rest. {@code predictProba} gives a softmax of the decision values,
 * a monotone score rather than a calibrated probability.
 */
public final class LinearSvm implements Classifier<LinearSvm.Model> {

    private final double c;
    private final int maxEpochs;
    private final double tolerance;
    private final long seed;

    private LinearSvm(double c, int maxEpochs, double tolerance, long seed) {
        this.c = c;
        this.maxEpochs = maxEpochs;
        this.tolerance = tolerance;
        this.seed = seed;
    }

    /** C = 1, 1000 epochs, tolerance 1e-4 on the projected gradient, seed 0. */
    public static LinearSvm withDefaults() {
        return new LinearSvm(1.0, 1000, 1e-4, 0L);
    }

    /** Penalty C > 0 on the hinge losses. */
    public LinearSvm withC(double v) {
        return new LinearSvm(Inputs.positive("LinearSvm.withC", "C", v), maxEpochs, tolerance,
                seed);
    }

    /** Passes over the data, ≥ 1. */
    public LinearSvm withMaxEpochs(int v) {
        return new LinearSvm(c, Inputs.positive("LinearSvm.withMaxEpochs", "maxEpochs", v),
                tolerance, seed);
    }

    /** Stop when the projected gradient's spread over an epoch is at most this, > 0. */
    public LinearSvm withTolerance(double v) {
        return new LinearSvm(c, maxEpochs, Inputs.positive("LinearSvm.withTolerance",
                "tolerance", v), seed);
    }

    /** Seed of the visiting order. */
    public LinearSvm withSeed(long v) {
        return new LinearSvm(c, maxEpochs, tolerance, v);
    }

    @Override
    public Model fit(double[][] x, int[] y) {
        String op = "LinearSvm.fit";
        int d = Inputs.matrix(op, x);
        Inputs.labels(op, y, x.length);
        int[] classes = Inputs.classes(op, y, 2);
        int[] enc = Inputs.encode(y, classes);
        int machines = classes.length == 2 ? 1 : classes.length;
        double[][] w = new double[machines][];
        for (int m = 0; m < machines; m++) {
            int positive = machines == 1 ? 1 : m;
            w[m] = solve(x, enc, positive, d, new SplittableRandom(seed + m));
        }
        return new Model(classes, w, d);
    }

    /** Dual coordinate descent for one binary problem; returns (w, b) of length d + 1. */
    private double[] solve(double[][] x, int[] enc, int positive, int d, SplittableRandom rnd) {
        int n = x.length;
        double[] w = new double[d + 1];
        double[] alpha = new double[n];
        double[] qii = new double[n];
        byte[] s = new byte[n];
        for (int i = 0; i < n; i++) {
            s[i] = (byte) (enc[i] == positive ? 1 : -1);
            double q = 1.0;   // the constant feature
            for (int j = 0; j < d; j++) {
                q += x[i][j] * x[i][j];
            }
            qii[i] = q;
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int epoch = 0; epoch < maxEpochs; epoch++) {
            for (int i = n - 1; i > 0; i--) {
                int j = rnd.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            double maxPg = Double.NEGATIVE_INFINITY;
            double minPg = Double.POSITIVE_INFINITY;
            for (int i : order) {
                double g = w[d];
                for (int j = 0; j < d; j++) {
                    g += w[j] * x[i][j];
                }
                g = s[i] * g - 1;
                double pg = alpha[i] == 0 ? Math.min(g, 0) : alpha[i] == c ? Math.max(g, 0) : g;
                maxPg = Math.max(maxPg, pg);
                minPg = Math.min(minPg, pg);
                if (pg != 0) {
                    double old = alpha[i];
                    alpha[i] = Math.min(Math.max(old - g / qii[i], 0), c);
                    double delta = (alpha[i] - old) * s[i];
                    for (int j = 0; j < d; j++) {
                        w[j] += delta * x[i][j];
                    }
                    w[d] += delta;
                }
            }
            if (maxPg - minPg <= tolerance) {
                break;
            }
        }
        return w;
    }

    /** A fitted linear SVM. */
    public static final class Model implements ClassifierModel, Persistable {
        private final int[] classes;
        private final double[][] w;
        private final int d;

        Model(int[] classes, double[][] w, int d) {
            this.classes = classes;
            this.w = w;
            this.d = d;
        }

        @Override
        public String formatName() {
            return "LinearSvm";
        }

        @Override
        public void writeTo(DataOutput out) throws IOException {
            Codec.ints(out, classes);
            out.writeInt(d);
            Codec.matrix(out, w);
        }

        /** Reads what {@link #writeTo} wrote (used by ModelIO). */
        public static Model readFrom(DataInput in) throws IOException {
            int[] classes = Codec.ints(in);
            int d = Codec.bounded(in, "features", 1, Integer.MAX_VALUE);
            double[][] w = Codec.matrix(in);
            int machines = classes.length == 2 ? 1 : classes.length;
            if (classes.length < 2 || w.length != machines) {
                throw new IOException("SVM with " + classes.length + " classes and " + w.length
                        + " machines");
            }
            for (double[] row : w) {
                if (row.length != d + 1) {
                    throw new IOException("SVM weight row of " + row.length + ", not " + (d + 1));
                }
            }
            return new Model(classes, w, d);
        }

        @Override
        public int[] classes() {
            return classes.clone();
        }

        @Override
        public int featureCount() {
            return d;
        }

        /** Weights, one row per binary machine (1 for two classes). */
        public double[][] coefficients() {
            double[][] out = new double[w.length][];
            for (int m = 0; m < w.length; m++) {
                out[m] = java.util.Arrays.copyOf(w[m], d);
            }
            return out;
        }

        /** Intercepts, one per machine. */
        public double[] intercepts() {
            double[] out = new double[w.length];
            for (int m = 0; m < w.length; m++) {
                out[m] = w[m][d];
            }
            return out;
        }

        /** Decision values {@code w·x + b}, one column per machine. */
        public double[][] decisionFunction(double[][] x) {
            Inputs.matrix("LinearSvm.Model.decisionFunction", x, d);
            double[][] out = new double[x.length][w.length];
            for (int i = 0; i < x.length; i++) {
                for (int m = 0; m < w.length; m++) {
                    double s = w[m][d];
                    for (int j = 0; j < d; j++) {
                        s += w[m][j] * x[i][j];
                    }
                    out[i][m] = s;
                }
            }
            return out;
        }

        @Override
        public int[] predict(double[][] x) {
            double[][] f = decisionFunction(x);
            int[] out = new int[x.length];
            for (int i = 0; i < x.length; i++) {
                if (w.length == 1) {
                    out[i] = classes[f[i][0] > 0 ? 1 : 0];
                    continue;
                }
                out[i] = classes[Probabilities.argmax(f[i])];
            }
            return out;
        }

        @Override
        public double[][] predictProba(double[][] x) {
            double[][] f = decisionFunction(x);
            double[][] out = new double[x.length][classes.length];
            for (int i = 0; i < x.length; i++) {
                if (w.length == 1) {
                    double p = 1 / (1 + Math.exp(-f[i][0]));
                    out[i][0] = 1 - p;
                    out[i][1] = p;
                    continue;
                }
                System.arraycopy(f[i], 0, out[i], 0, w.length);
                Probabilities.softmaxRows(new double[][] {out[i]});
            }
            return out;
        }
    }
}
