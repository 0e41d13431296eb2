package org.chagres.ml.metrics;

import org.chagres.kernels.Backend;
import org.chagres.kernels.Transpose;
import org.chagres.ml.Inputs;

/**
 * Pairwise Euclidean distances computed the way scikit-learn does, with one gemm:
 * {@code ‖aᵢ − bⱼ‖² = ‖aᵢ‖² + ‖bⱼ‖² − 2·aᵢ·bⱼ}. The product runs at matrix-multiply speed; the
 * price is cancellation for near-identical points (absolute error about ε·(‖aᵢ‖² + ‖bⱼ‖²)),
 * so results are clamped at 0. Nearest-neighbour rankings tolerate this; exact small
 * distances need a direct formula.
 */
public final class Distances {

    private Distances() {
    }

    /**
     * Squared distances between the rows of A (n × d, row-major) and of B (m × d), written
     * to D (n × m, row-major), with the given backend's gemm.
     *
     * @param aNorms ‖aᵢ‖², or null to compute them
     * @param bNorms ‖bⱼ‖², or null to compute them
     */
    public static void squaredEuclidean(Backend backend, int n, int m, int d, double[] a,
            double[] aNorms, double[] b, double[] bNorms, double[] dist) {
        double[] an = aNorms != null ? aNorms : rowNorms(a, n, d);
        squaredEuclidean(backend, n, m, d, a, 0, an, b, bNorms, dist);
    }

    /**
     * As {@link #squaredEuclidean(Backend, int, int, int, double[], double[], double[],
     * double[], double[])} for the n rows of A starting at row {@code aRow} (their norms at
     * {@code aNorms[aRow …]}, not null), so that row blocks need no copy.
     */
    public static void squaredEuclidean(Backend backend, int n, int m, int d, double[] a,
            int aRow, double[] aNorms, double[] b, double[] bNorms, double[] dist) {
        double[] bn = bNorms != null ? bNorms : rowNorms(b, m, d);
        backend.level3().gemm(Transpose.NO, Transpose.YES, n, m, d, -2.0, a, aRow * d, d, b, 0,
                d, 0.0, dist, 0, m);
        for (int i = 0; i < n; i++) {
            int row = i * m;
            double ai = aNorms[aRow + i];
            for (int j = 0; j < m; j++) {
                double v = dist[row + j] + ai + bn[j];
                dist[row + j] = v > 0 ? v : 0.0;
            }
        }
    }

    /** ‖rowᵢ‖² of a row-major n × d matrix. */
    public static double[] rowNorms(double[] a, int n, int d) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < d; j++) {
                double v = a[i * d + j];
                s += v * v;
            }
            out[i] = s;
        }
        return out;
    }

    /**
     * Euclidean distance matrix between the rows of A and of B (same width), computed
     * directly as {@code sqrt(Σ (aᵢₖ − bⱼₖ)²)}: exact to rounding, so duplicate points are at
     * distance 0 (the gemm form would leave about sqrt(ε)·‖x‖ there). O(n·m·d) scalar work;
     * use {@link #squaredEuclidean} where speed matters more than small distances.
     */
    public static double[][] euclidean(double[][] a, double[][] b) {
        int d = Inputs.matrix("Distances.euclidean", a);
        Inputs.matrix("Distances.euclidean", b, d);
        double[][] out = new double[a.length][b.length];
        for (int i = 0; i < a.length; i++) {
            double[] ai = a[i];
            for (int j = 0; j < b.length; j++) {
                double[] bj = b[j];
                double s = 0;
                for (int t = 0; t < d; t++) {
                    double e = ai[t] - bj[t];
                    s += e * e;
                }
                out[i][j] = Math.sqrt(s);
            }
        }
        return out;
    }
}
