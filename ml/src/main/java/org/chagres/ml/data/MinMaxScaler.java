package org.chagres.ml.data;

import org.chagres.ml.Inputs;

/**
 * Maps each feature linearly from its training range [min, max] onto [lo, hi] (default
 * [0, 1]); a constant column maps to lo. Values outside the training range map outside
 * [lo, hi] (no clipping), as in scikit-learn.
 */
public final class MinMaxScaler {

    private final double[] min;
    private final double[] range;
    private final double lo;
    private final double hi;

    private MinMaxScaler(double[] min, double[] range, double lo, double hi) {
        this.min = min;
        this.range = range;
        this.lo = lo;
        this.hi = hi;
    }

    /** Learns column ranges from X (not modified), target interval [0, 1]. */
    public static MinMaxScaler fit(double[][] x) {
        return fit(x, 0.0, 1.0);
    }

    /** Learns column ranges from X (not modified), target interval [lo, hi], lo < hi. */
    public static MinMaxScaler fit(double[][] x, double lo, double hi) {
        if (!(lo < hi) || !Double.isFinite(lo) || !Double.isFinite(hi)) {
            throw new IllegalArgumentException("MinMaxScaler.fit: need finite lo < hi, got ["
                    + lo + ", " + hi + "]");
        }
        int d = Inputs.matrix("MinMaxScaler.fit", x);
        double[] min = x[0].clone();
        double[] max = x[0].clone();
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                min[j] = Math.min(min[j], row[j]);
                max[j] = Math.max(max[j], row[j]);
            }
        }
        double[] range = new double[d];
        for (int j = 0; j < d; j++) {
            range[j] = max[j] - min[j];
        }
        return new MinMaxScaler(min, range, lo, hi);
    }

    /** Each column's training minimum. */
    public double[] dataMin() {
        return min.clone();
    }

    /** Scaled copy of X. */
    public double[][] transform(double[][] x) {
        Inputs.matrix("MinMaxScaler.transform", x, min.length);
        double[][] out = new double[x.length][min.length];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < min.length; j++) {
                out[i][j] = range[j] > 0 ? lo + (x[i][j] - min[j]) / range[j] * (hi - lo) : lo;
            }
        }
        return out;
    }

    /** Unscaled copy of Z (constant columns come back as their value). */
    public double[][] inverseTransform(double[][] z) {
        Inputs.matrix("MinMaxScaler.inverseTransform", z, min.length);
        double[][] out = new double[z.length][min.length];
        for (int i = 0; i < z.length; i++) {
            for (int j = 0; j < min.length; j++) {
                out[i][j] = min[j] + (z[i][j] - lo) / (hi - lo) * range[j];
            }
        }
        return out;
    }
}
