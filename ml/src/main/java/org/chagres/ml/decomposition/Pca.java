package org.chagres.ml.decomposition;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Objects;
import org.chagres.kernels.Backend;
import org.chagres.kernels.Backends;
import org.chagres.linalg.Matrix;
import org.chagres.linalg.Svd;
import org.chagres.ml.Inputs;
import org.chagres.ml.io.Codec;
import org.chagres.ml.io.Persistable;

/**
 * Principal component analysis by the thin SVD of the centred data, {@code X − μ = U·S·Vᵀ}:
 * the components are the first rows of Vᵀ, explained variances {@code sᵢ² / (n − 1)}, ratios
 * {@code sᵢ² / Σ s²}. Signs follow scikit-learn's rule (the largest-magnitude entry of each
 * column of U is positive) so components compare one to one. With whitening, the projections
 * are divided by the square roots of the explained variances (unit variance each).
 */
public final class Pca {

    private final int components;
    private final boolean whiten;
    private final Backend backend;

    private Pca(int components, boolean whiten, Backend backend) {
        this.components = components;
        this.whiten = whiten;
        this.backend = backend;
    }

    /** Keep {@code components} components (≥ 1), no whitening. */
    public static Pca withComponents(int components) {
        return new Pca(Inputs.positive("Pca.withComponents", "components", components), false,
                null);
    }

    /** Whether projections are scaled to unit variance. */
    public Pca withWhitening(boolean w) {
        return new Pca(components, w, backend);
    }

    /** Backend for the SVD. */
    public Pca withBackend(Backend b) {
        return new Pca(components, whiten,
                Objects.requireNonNull(b, "Pca.withBackend: backend is null"));
    }

    /**
     * Fits the components to X (not modified).
     *
     * @throws IllegalArgumentException on bad X or components > min(n, d)
     */
    public Model fit(double[][] x) {
        String op = "Pca.fit";
        int d = Inputs.matrix(op, x);
        int n = x.length;
        if (components > Math.min(n, d)) {
            throw new IllegalArgumentException(op + ": components must be <= min(samples,"
                    + " features) = " + Math.min(n, d) + ", got " + components);
        }
        double[] mean = new double[d];
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                mean[j] += row[j];
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= n;
        }
        Matrix c = Matrix.zeros(n, d);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                c.set(i, j, x[i][j] - mean[j]);
            }
        }
        Svd svd = Svd.of(c, backend != null ? backend : Backends.preferred());
        double[] s = svd.singularValues();
        Matrix u = svd.u();
        Matrix v = svd.v();
        double total = 0;
        for (double si : s) {
            total += si * si;
        }
        double[][] comp = new double[components][d];
        double[] var = new double[components];
        double[] ratio = new double[components];
        for (int k = 0; k < components; k++) {
            int arg = 0;
            for (int i = 1; i < n; i++) {
                if (Math.abs(u.get(i, k)) > Math.abs(u.get(arg, k))) {
                    arg = i;
                }
            }
            double sign = u.get(arg, k) < 0 ? -1.0 : 1.0;
            for (int j = 0; j < d; j++) {
                comp[k][j] = sign * v.get(j, k);
            }
            var[k] = s[k] * s[k] / Math.max(1, n - 1);
            ratio[k] = total > 0 ? s[k] * s[k] / total : 0.0;
        }
        return new Model(mean, comp, var, ratio, whiten);
    }

    /** A fitted PCA: mean, components and their variances. */
    public static final class Model implements Persistable {
        private final double[] mean;
        private final double[][] comp;
        private final double[] var;
        private final double[] ratio;
        private final boolean whiten;

        Model(double[] mean, double[][] comp, double[] var, double[] ratio, boolean whiten) {
            this.mean = mean;
            this.comp = comp;
            this.var = var;
            this.ratio = ratio;
            this.whiten = whiten;
        }

        /** Principal axes, one unit row per component, by decreasing variance. */
        public double[][] components() {
            double[][] c = new double[comp.length][];
            for (int i = 0; i < c.length; i++) {
                c[i] = comp[i].clone();
            }
            return c;
        }

        /** Variance along each component, {@code s² / (n − 1)}. */
        public double[] explainedVariance() {
            return var.clone();
        }

        /** Share of the total variance along each component. */
        public double[] explainedVarianceRatio() {
            return ratio.clone();
        }

        /** Feature means subtracted before projecting. */
        public double[] mean() {
            return mean.clone();
        }

        /** Coordinates of the rows of X along the components (whitened if configured). */
        public double[][] transform(double[][] x) {
            Inputs.matrix("Pca.Model.transform", x, mean.length);
            double[][] out = new double[x.length][comp.length];
            for (int i = 0; i < x.length; i++) {
                for (int k = 0; k < comp.length; k++) {
                    double s = 0;
                    for (int j = 0; j < mean.length; j++) {
                        s += (x[i][j] - mean[j]) * comp[k][j];
                    }
                    out[i][k] = whiten ? s / Math.sqrt(var[k]) : s;
                }
            }
            return out;
        }

        /** Points in feature space whose coordinates are Z: the inverse of transform on the span. */
        public double[][] inverseTransform(double[][] z) {
            Inputs.matrix("Pca.Model.inverseTransform", z, comp.length);
            double[][] out = new double[z.length][mean.length];
            for (int i = 0; i < z.length; i++) {
                double[] row = out[i];
                System.arraycopy(mean, 0, row, 0, mean.length);
                for (int k = 0; k < comp.length; k++) {
                    double zk = whiten ? z[i][k] * Math.sqrt(var[k]) : z[i][k];
                    for (int j = 0; j < mean.length; j++) {
                        row[j] += zk * comp[k][j];
                    }
                }
            }
            return out;
        }

        @Override
        public String formatName() {
            return "Pca";
        }

        @Override
        public void writeTo(DataOutput out) throws IOException {
            Codec.doubles(out, mean);
            Codec.matrix(out, comp);
            Codec.doubles(out, var);
            Codec.doubles(out, ratio);
            out.writeBoolean(whiten);
        }

        /** Reads what {@link #writeTo} wrote (used by ModelIO). */
        public static Model readFrom(DataInput in) throws IOException {
            double[] mean = Codec.doubles(in);
            double[][] comp = Codec.matrix(in);
            double[] var = Codec.doubles(in);
            double[] ratio = Codec.doubles(in);
            if (comp.length == 0 || var.length != comp.length || ratio.length != comp.length) {
                throw new IOException("PCA with " + comp.length + " components, " + var.length
                        + " variances");
            }
            for (double[] c : comp) {
                if (c.length != mean.length) {
                    throw new IOException("PCA component of length " + c.length + ", not "
                            + mean.length);
                }
            }
            return new Model(mean, comp, var, ratio, in.readBoolean());
        }
    }
}
