package org.chagres.ml.linear;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Objects;
import org.chagres.kernels.Backend;
import org.chagres.kernels.Backends;
import org.chagres.kernels.Transpose;
import org.chagres.ml.Classifier;
import org.chagres.ml.ClassifierModel;
import org.chagres.ml.Inputs;
import org.chagres.ml.Probabilities;
import org.chagres.ml.io.Codec;
import org.chagres.ml.io.Persistable;

/**
 * L2-regularised logistic regression fitted by {@link Lbfgs}, with scikit-learn's objective:
 * {@code C·Σᵢ loss(xᵢ, yᵢ) + ½‖W‖²} (the intercept is not penalised). Two classes: one weight
 * vector, {@code P(y = classes[1] | x) = σ(w·x + b)}. More classes: the multinomial (softmax)
 * model with one weight row per class. The scores {@code X·Wᵀ} and the gradient {@code Gᵀ·X}
 * are gemm calls, so a fit runs at matrix-multiply speed.
 */
public final class LogisticRegression implements Classifier<LogisticRegression.Model> {

    private final double c;
    private final boolean intercept;
    private final int maxIterations;
    private final double tolerance;
    private final Backend backend;

    private LogisticRegression(double c, boolean intercept, int maxIterations, double tolerance,
            Backend backend) {
        this.c = c;
        this.intercept = intercept;
        this.maxIterations = maxIterations;
        this.tolerance = tolerance;
        this.backend = backend;
    }

    /** C = 1, with intercept, 100 iterations, gradient tolerance 1e-4 (scikit-learn's). */
    public static LogisticRegression withDefaults() {
        return new LogisticRegression(1.0, true, 100, 1e-4, null);
    }

    /** Inverse regularisation strength C > 0. */
    public LogisticRegression withC(double v) {
        return new LogisticRegression(Inputs.positive("LogisticRegression.withC", "C", v),
                intercept, maxIterations, tolerance, backend);
    }

    /** Whether to fit an intercept. */
    public LogisticRegression withIntercept(boolean v) {
        return new LogisticRegression(c, v, maxIterations, tolerance, backend);
    }

    /** L-BFGS iteration limit, ≥ 1. */
    public LogisticRegression withMaxIterations(int v) {
        return new LogisticRegression(c, intercept, Inputs.positive(
                "LogisticRegression.withMaxIterations", "maxIterations", v), tolerance, backend);
    }

    /** Stop when every gradient component is at most this, > 0. */
    public LogisticRegression withTolerance(double v) {
        return new LogisticRegression(c, intercept, maxIterations,
                Inputs.positive("LogisticRegression.withTolerance", "tolerance", v), backend);
    }

    /** Backend for the gemm calls. */
    public LogisticRegression withBackend(Backend b) {
        return new LogisticRegression(c, intercept, maxIterations, tolerance,
                Objects.requireNonNull(b, "LogisticRegression.withBackend: backend is null"));
    }

    @Override
    public Model fit(double[][] x, int[] y) {
        String op = "LogisticRegression.fit";
        int d = Inputs.matrix(op, x);
        Inputs.labels(op, y, x.length);
        int[] classes = Inputs.classes(op, y, 2);
        int[] enc = Inputs.encode(y, classes);
        int n = x.length;
        int rowsW = classes.length == 2 ? 1 : classes.length;
        double[] data = Inputs.rowMajor(x);
        Backend b = backend != null ? backend : Backends.preferred();
        double[] theta = new double[rowsW * d + (intercept ? rowsW : 0)];
        Lbfgs.Objective f = rowsW == 1 ? binary(b, data, n, d, enc)
                : multinomial(b, data, n, d, enc, rowsW);
        Lbfgs.Result r = Lbfgs.minimize(f, theta, tolerance, maxIterations);
        double[] w = java.util.Arrays.copyOf(theta, rowsW * d);
        double[] b0 = intercept ? java.util.Arrays.copyOfRange(theta, rowsW * d, theta.length)
                : new double[rowsW];
        return new Model(classes, w, b0, d, r.iterations(), r.converged());
    }

    private Lbfgs.Objective binary(Backend b, double[] x, int n, int d, int[] enc) {
        double[] z = new double[n];
        double[] gz = new double[n];
        return (theta, grad) -> {
            double bias = intercept ? theta[d] : 0.0;
            b.level2().gemv(Transpose.NO, n, d, 1.0, x, 0, d, theta, 0, 0.0, z, 0);
            double loss = 0;
            for (int i = 0; i < n; i++) {
                double s = enc[i] == 1 ? 1.0 : -1.0;
                double m = s * (z[i] + bias);
                // log(1 + e^{-m}) without overflow; derivative −s·σ(−m)
                loss += m > 0 ? Math.log1p(Math.exp(-m)) : -m + Math.log1p(Math.exp(m));
                double sig = m > 0 ? Math.exp(-m) / (1 + Math.exp(-m)) : 1 / (1 + Math.exp(m));
                gz[i] = -s * sig * c;
            }
            b.level2().gemv(Transpose.YES, n, d, 1.0, x, 0, d, gz, 0, 0.0, grad, 0);
            double reg = 0;
            for (int j = 0; j < d; j++) {
                grad[j] += theta[j];
                reg += theta[j] * theta[j];
            }
            if (intercept) {
                double s = 0;
                for (double v : gz) {
                    s += v;
                }
                grad[d] = s;
            }
            return c * loss + 0.5 * reg;
        };
    }

    private Lbfgs.Objective multinomial(Backend b, double[] x, int n, int d, int[] enc, int k) {
        double[] z = new double[n * k];
        return (theta, grad) -> {
            b.level3().gemm(Transpose.NO, Transpose.YES, n, k, d, 1.0, x, 0, d, theta, 0, d, 0.0,
                    z, 0, k);
            double loss = 0;
            for (int i = 0; i < n; i++) {
                int row = i * k;
                double max = Double.NEGATIVE_INFINITY;
                for (int cl = 0; cl < k; cl++) {
                    z[row + cl] += intercept ? theta[k * d + cl] : 0.0;
                    max = Math.max(max, z[row + cl]);
                }
                double sum = 0;
                for (int cl = 0; cl < k; cl++) {
                    sum += Math.exp(z[row + cl] - max);
                }
                double lse = max + Math.log(sum);
                loss += lse - z[row + enc[i]];
                for (int cl = 0; cl < k; cl++) {   // z becomes C·(softmax − one-hot)
                    z[row + cl] = c * (Math.exp(z[row + cl] - lse) - (cl == enc[i] ? 1 : 0));
                }
            }
            b.level3().gemm(Transpose.YES, Transpose.NO, k, d, n, 1.0, z, 0, k, x, 0, d, 0.0,
                    grad, 0, d);
            double reg = 0;
            for (int j = 0; j < k * d; j++) {
                grad[j] += theta[j];
                reg += theta[j] * theta[j];
            }
            if (intercept) {
                for (int cl = 0; cl < k; cl++) {
                    double s = 0;
                    for (int i = 0; i < n; i++) {
                        s += z[i * k + cl];
                    }
                    grad[k * d + cl] = s;
                }
            }
            return c * loss + 0.5 * reg;
        };
    }

    /** A fitted logistic regression. */
    public static final class Model implements ClassifierModel, Persistable {
        private final int[] classes;
        private final double[] w;
        private final double[] b;
        private final int d;
        private final int iterations;
        private final boolean converged;

        Model(int[] classes, double[] w, double[] b, int d, int iterations, boolean converged) {
            this.classes = classes;
            this.w = w;
            this.b = b;
            this.d = d;
            this.iterations = iterations;
            this.converged = converged;
        }

        @Override
        public String formatName() {
            return "LogisticRegression";
        }

        @Override
        public void writeTo(DataOutput out) throws IOException {
            Codec.ints(out, classes);
            Codec.doubles(out, w);
            Codec.doubles(out, b);
            out.writeInt(d);
            out.writeInt(iterations);
            out.writeBoolean(converged);
        }

        /** Reads what {@link #writeTo} wrote (used by ModelIO). */
        public static Model readFrom(DataInput in) throws IOException {
            int[] classes = Codec.ints(in);
            double[] w = Codec.doubles(in);
            double[] b = Codec.doubles(in);
            int d = Codec.bounded(in, "features", 1, Integer.MAX_VALUE);
            int rows = classes.length == 2 ? 1 : classes.length;
            if (classes.length < 2 || b.length != rows || w.length != (long) rows * d) {
                throw new IOException("logistic model with " + classes.length + " classes, "
                        + w.length + " weights, " + b.length + " intercepts, " + d + " features");
            }
            return new Model(classes, w, b, d, in.readInt(), in.readBoolean());
        }

        @Override
        public int[] classes() {
            return classes.clone();
        }

        @Override
        public int featureCount() {
            return d;
        }

        /** Weights: 1 × d for two classes, k × d otherwise. */
        public double[][] coefficients() {
            int rows = b.length;
            double[][] out = new double[rows][d];
            for (int r = 0; r < rows; r++) {
                System.arraycopy(w, r * d, out[r], 0, d);
            }
            return out;
        }

        /** Intercepts, one per weight row. */
        public double[] intercepts() {
            return b.clone();
        }

        /** L-BFGS iterations used. */
        public int iterations() {
            return iterations;
        }

        /** Whether the optimiser met its tolerance within the iteration limit. */
        public boolean converged() {
            return converged;
        }

        @Override
        public int[] predict(double[][] x) {
            return Probabilities.labels(proba("LogisticRegression.Model.predict", x), classes);
        }

        @Override
        public double[][] predictProba(double[][] x) {
            return proba("LogisticRegression.Model.predictProba", x);
        }

        private double[][] proba(String op, double[][] x) {
            Inputs.matrix(op, x, d);
            double[][] out = new double[x.length][classes.length];
            for (int i = 0; i < x.length; i++) {
                if (b.length == 1) {
                    double z = b[0] + Lbfgs.dot(w, x[i]);
                    double p1 = z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
                    out[i][0] = 1 - p1;
                    out[i][1] = p1;
                    continue;
                }
                for (int cl = 0; cl < classes.length; cl++) {
                    double z = b[cl];
                    for (int j = 0; j < d; j++) {
                        z += w[cl * d + j] * x[i][j];
                    }
                    out[i][cl] = z;
                }
                Probabilities.softmaxRows(new double[][] {out[i]});
            }
            return out;
        }
    }
}
