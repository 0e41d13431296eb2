package org.chagres.kernels.contract;

import java.util.SplittableRandom;
import org.chagres.kernels.Transpose;

/**
 * Error measures for the Level 3 contract, all computed in double from the values the kernel
 * saw, and all normalised so that a correct kernel scores O(1) whatever the size (BLIS
 * testsuite style): a wrong kernel scores about 1/ε.
 */
public final class Level3Residuals {

    /** Largest normalised error a correct kernel may score. */
    public static final double BOUND = 10.0;

    private Level3Residuals() {
    }

    public static double eps(boolean single) {
        return single ? Math.ulp(1.0f) : Math.ulp(1.0);
    }

    /**
     * {@code ‖C·t − (β·C₀·t + α·op(A)·(op(B)·t))‖ / (max(m,n,k)·ε·(|α|‖A‖‖B‖ + |β|‖C₀‖)·‖t‖)}
     * for a random t; a term whose scalar is 0 is left out (its matrix may hold NaN).
     */
    public static double gemm(boolean single, Transpose tA, Transpose tB, double alpha,
            Level3Operand a, Level3Operand b, double beta, Level3Operand c0, Level3Operand c) {
        int m = c.rows;
        int n = c.cols;
        int k = a.opCols(tA);
        double[] t = randomVector(n, 17 + m + 31L * n + 961L * k);
        double[] ct = times(c, Transpose.NO, t, single);
        double[] want = new double[m];
        double scale = 0;
        if (beta != 0) {
            double[] c0t = times(c0, Transpose.NO, t, single);
            for (int i = 0; i < m; i++) {
                want[i] += beta * c0t[i];
            }
            scale += Math.abs(beta) * c0.norm(single);
        }
        if (alpha != 0 && k > 0) {
            double[] abt = times(a, tA, times(b, tB, t, single), single);
            for (int i = 0; i < m; i++) {
                want[i] += alpha * abt[i];
            }
            scale += Math.abs(alpha) * a.norm(single) * b.norm(single);
        }
        return ratio(ct, want, Math.max(m, Math.max(n, k)) * eps(single) * scale * norm(t));
    }

    /** op(X)·t in double. */
    public static double[] times(Level3Operand x, Transpose tr, double[] t, boolean single) {
        int r = x.opRows(tr);
        int cols = x.opCols(tr);
        double[] y = new double[r];
        for (int i = 0; i < r; i++) {
            double s = 0;
            for (int j = 0; j < cols; j++) {
                s += x.op(tr, i, j, single) * t[j];
            }
            y[i] = s;
        }
        return y;
    }

    /** ‖got − want‖ / scale, with 0/0 = 0 and x/0 = ∞. */
    public static double ratio(double[] got, double[] want, double scale) {
        double s = 0;
        for (int i = 0; i < got.length; i++) {
            double d = got[i] - want[i];
            s += d * d;
        }
        double r = Math.sqrt(s);
        if (Double.isNaN(r)) {
            return Double.POSITIVE_INFINITY;
        }
        return r == 0 ? 0 : r / scale;
    }

    public static double norm(double[] t) {
        double s = 0;
        for (double v : t) {
            s += v * v;
        }
        return Math.sqrt(s);
    }

    public static double[] randomVector(int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = 2 * rnd.nextDouble() - 1;
        }
        return t;
    }
}
