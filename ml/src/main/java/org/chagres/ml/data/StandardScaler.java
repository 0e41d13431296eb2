package org.chagres.ml.data;

import org.chagres.ml.Inputs;

/**
 * Standardises features: {@code (x − mean) / sd} per column, with the population standard
 * deviation (ddof 0, as scikit-learn); a constant column keeps scale 1 so it maps to 0.
 * Fitting computes mean and variance in two passes for accuracy.
 */
public final class StandardScaler {

    private final double[] mean;
    private final double[] scale;

    private StandardScaler(double[] mean, double[] scale) {
        this.mean = mean;
        this.scale = scale;
    }

    /** Learns each column's mean and standard deviation from X (not modified). */
    public static StandardScaler fit(double[][] x) {
        int d = Inputs.matrix("StandardScaler.fit", x);
        int n = x.length;
        double[] mean = new double[d];
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                mean[j] += row[j];
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= n;
        }
        double[] var = new double[d];
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                double e = row[j] - mean[j];
                var[j] += e * e;
            }
        }
        double[] scale = new double[d];
        for (int j = 0; j < d; j++) {
            double sd = Math.sqrt(var[j] / n);
            scale[j] = sd > 0 ? sd : 1.0;
        }
        return new StandardScaler(mean, scale);
    }

    /** Column means. */
    public double[] mean() {
        return mean.clone();
    }

    /** Column scales (standard deviations; 1 for constant columns). */
    public double[] scale() {
        return scale.clone();
    }

    /** {@code (x − mean) / scale}, as a new matrix. */
    public double[][] transform(double[][] x) {
        Inputs.matrix("StandardScaler.transform", x, mean.length);
        double[][] out = new double[x.length][mean.length];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < mean.length; j++) {
                out[i][j] = (x[i][j] - mean[j]) / scale[j];
            }
        }
        return out;
    }

    /** {@code z·scale + mean}, as a new matrix. */
    public double[][] inverseTransform(double[][] z) {
        Inputs.matrix("StandardScaler.inverseTransform", z, mean.length);
        double[][] out = new double[z.length][mean.length];
        for (int i = 0; i < z.length; i++) {
            for (int j = 0; j < mean.length; j++) {
                out[i][j] = z[i][j] * scale[j] + mean[j];
            }
        }
        return out;
    }
}
