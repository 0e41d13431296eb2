package org.chagres.stats;

/**
 * Blocked reductions used by {@link Descriptive} and {@link Moments}: each block of
 * {@value #BLOCK} elements is summed with four independent accumulators (which hides the
 * floating-point add latency: the JIT does not reorder additions itself) and block results are
 * added in order, so the rounding error of a sum of n terms is bounded by about
 * {@code (BLOCK/4 + n/BLOCK)·ε·Σ|terms|} instead of {@code n·ε·Σ|terms|}.
 */
final class Reduce {

    /** Elements per block; 1024 doubles (8 KiB) stay in L1 between the accumulators. */
    static final int BLOCK = 1024;

    private Reduce() {
    }

    /** Returns {@code Σ x[off + i]}, {@code 0 <= i < n}. */
    static double sum(double[] x, int off, int n) {
        double total = 0.0;
        int end = off + n;
        for (int b = off; b < end; b += BLOCK) {
            int e = Math.min(end, b + BLOCK);
            double s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0;
            int i = b;
            for (; i + 3 < e; i += 4) {
                s0 += x[i];
                s1 += x[i + 1];
                s2 += x[i + 2];
                s3 += x[i + 3];
            }
            for (; i < e; i++) {
                s0 += x[i];
            }
            total += (s0 + s1) + (s2 + s3);
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
     * {@code out[0]} and {@code Σd²} to {@code out[1]}.
     */
    static void centered2(double[] x, int off, int n, double s, double c, double[] out) {
        double t1 = 0.0, t2 = 0.0;
        int end = off + n;
        for (int b = off; b < end; b += BLOCK) {
            int e = Math.min(end, b + BLOCK);
            double a1 = 0.0, a2 = 0.0, b1 = 0.0, b2 = 0.0;
            int i = b;
            for (; i + 1 < e; i += 2) {
                double d = x[i] * s - c;
                double f = x[i + 1] * s - c;
                a1 += d;
                a2 += d * d;
                b1 += f;
                b2 += f * f;
            }
            if (i < e) {
                double d = x[i] * s - c;
                a1 += d;
                a2 += d * d;
            }
            t1 += a1 + b1;
            t2 += a2 + b2;
        }
        out[0] = t1;
        out[1] = t2;
    }

    /**
     * Sums of powers of the deviations {@code d_i = x[off+i]·s − c}: writes {@code Σd^k} to
     * {@code out[k − 1]} for k = 1..4.
     */
    static void centered4(double[] x, int off, int n, double s, double c, double[] out) {
        double t1 = 0.0, t2 = 0.0, t3 = 0.0, t4 = 0.0;
        int end = off + n;
        for (int b = off; b < end; b += BLOCK) {
            int e = Math.min(end, b + BLOCK);
            double a1 = 0.0, a2 = 0.0, a3 = 0.0, a4 = 0.0;
            double b1 = 0.0, b2 = 0.0, b3 = 0.0, b4 = 0.0;
            int i = b;
            for (; i + 1 < e; i += 2) {
                double d = x[i] * s - c;
                double f = x[i + 1] * s - c;
                double d2 = d * d;
                double f2 = f * f;
                a1 += d;
                a2 += d2;
                a3 += d2 * d;
                a4 += d2 * d2;
                b1 += f;
                b2 += f2;
                b3 += f2 * f;
                b4 += f2 * f2;
            }
            if (i < e) {
                double d = x[i] * s - c;
                double d2 = d * d;
                a1 += d;
                a2 += d2;
                a3 += d2 * d;
                a4 += d2 * d2;
            }
            t1 += a1 + b1;
            t2 += a2 + b2;
            t3 += a3 + b3;
            t4 += a4 + b4;
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
