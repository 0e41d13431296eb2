package org.chagres.stats;

import org.chagres.kernels.Backend;
import org.chagres.kernels.Backends;
import org.chagres.kernels.Elementwise;
import org.chagres.kernels.Level1;

/**
 * Blocked reductions used by {@link Descriptive}, {@link Moments} and {@link Correlation}: each
 * block of {@value #BLOCK} elements is reduced by the preferred backend's kernels (SIMD sum and
 * dot, whose lane accumulators also shorten the rounding chains) and block results are added in
 * order, so the rounding error of a sum of n terms stays within about
 * {@code (BLOCK + n/BLOCK)·ε·Σ|terms|} even on the scalar backend, instead of
 * {@code n·ε·Σ|terms|}.
 */
final class Reduce {

    /** Elements per block; a 1024-double (8 KiB) deviation buffer stays in L1. */
    static final int BLOCK = 1024;

    private Reduce() {
    }

    /** Returns {@code Σ x[off + i]}, {@code 0 <= i < n}, one kernel sum per block. */
    static double sum(double[] x, int off, int n) {
        return sum(Backends.preferred(), x, off, n);
    }

    /** {@link #sum(double[], int, int)} on the given backend. */
    static double sum(Backend backend, double[] x, int off, int n) {
        Elementwise ew = backend.elementwise();
        double total = 0.0;
        int end = off + n;
        for (int b = off; b < end; b += BLOCK) {
            total += ew.sum(Math.min(BLOCK, end - b), x, b);
        }
        return total;
    }

    /** Returns {@code max |x[i]|} ignoring NaN (0 for n = 0). */
    static double maxAbs(double[] x, int off, int n) {
        double m0 = 0.0, m1 = 0.0;
        int end = off + n;
        int i = off;
        for (; i + 1 < end; i += 2) {
            double a = Math.abs(x[i]);
            double b = Math.abs(x[i + 1]);
            if (a > m0) {
                m0 = a;
            }
            if (b > m1) {
                m1 = b;
            }
        }
        if (i < end && Math.abs(x[i]) > m0) {
            m0 = Math.abs(x[i]);
        }
        return Math.max(m0, m1);
    }

    /** Returns {@code 2^-e} with {@code 2^e <= maxAbs < 2^(e+1)}, or 1 for 0, NaN and ±Inf. */
    static double scaleFor(double maxAbs) {
        if (!(maxAbs > 0.0 && maxAbs < Double.POSITIVE_INFINITY)) {
            return 1.0;
        }
        int e = Math.getExponent(maxAbs);
        if (e < Double.MIN_EXPONENT) {
            e = Double.MIN_EXPONENT;       // subnormal: 2^1022 keeps the scaled values >= 2^-52
        }
        return Math.scalb(1.0, -e);
    }

    /**
     * Sums of powers of the deviations {@code d_i = x[off+i]·s − c}: writes {@code Σd} to
     * {@code out[0]} and {@code Σd²} to {@code out[1]}. Each block's deviations are formed in
     * an L1-resident buffer by the element-wise kernels and reduced by the sum and dot kernels.
     */
    static void centered2(Backend backend, double[] x, int off, int n, double s, double c,
            double[] out) {
        centered(backend, x, off, n, s, c, out, false);
    }

    /**
     * Sums of powers of the deviations {@code d_i = x[off+i]·s − c}: writes {@code Σd^k} to
     * {@code out[k − 1]} for k = 1..4 (blocked kernels as {@link #centered2}).
     */
    static void centered4(Backend backend, double[] x, int off, int n, double s, double c,
            double[] out) {
        centered(backend, x, off, n, s, c, out, true);
    }

    private static void centered(Backend backend, double[] x, int off, int n, double s,
            double c, double[] out, boolean four) {
        Elementwise ew = backend.elementwise();
        Level1 l1 = backend.level1();
        double[] d = new double[Math.min(n, BLOCK)];
        double[] d2 = four ? new double[d.length] : null;
        double t1 = 0.0, t2 = 0.0, t3 = 0.0, t4 = 0.0;
        int end = off + n;
        for (int b = off; b < end; b += BLOCK) {
            int len = Math.min(BLOCK, end - b);
            if (s == 1.0) {
                ew.sub(len, x, b, c, d, 0);
            } else {
                ew.mul(len, x, b, s, d, 0);
                ew.sub(len, d, 0, c, d, 0);
            }
            t1 += ew.sum(len, d, 0);
            t2 += l1.dot(len, d, 0, d, 0);
            if (four) {
                ew.mul(len, d, 0, d, 0, d2, 0);
                t3 += l1.dot(len, d2, 0, d, 0);
                t4 += l1.dot(len, d2, 0, d2, 0);
            }
        }
        out[0] = t1;
        out[1] = t2;
        out[2] = t3;
        out[3] = t4;
    }

    /** Returns the index of the first NaN in {@code x[off, off + n)}, or −1. */
    static int firstNaN(double[] x, int off, int n) {
        for (int i = off; i < off + n; i++) {
            if (x[i] != x[i]) {
                return i - off;
            }
        }
        return -1;
    }
}
