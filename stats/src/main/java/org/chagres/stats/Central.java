package org.chagres.stats;

import org.chagres.kernels.Backend;
import org.chagres.kernels.Backends;

/**
 * Central sums of a sample by two passes: a blocked sum gives a first mean {@code c}, then
 * the sums {@code S_k = Σ (x_i·s − c)^k} are taken about it and corrected for the error in
 * {@code c} through {@code S_1} (the "corrected two-pass algorithm" of Chan, Golub and LeVeque
 * 1983, extended to the third and fourth moments by the binomial expansion about
 * {@code δ = S_1/n}, which is tiny). The scale {@code s} is a power of two (so scaling is
 * exact): 1 for ordinary data, {@code 2^-e} with {@code 2^e <= max|x|} when the sum or the
 * powers would overflow or underflow (data near 1e308 or below 1e-70).
 *
 * @param n  number of values, > 0
 * @param s  the power-of-two scale
 * @param c  the first-pass mean of the scaled values
 * @param s1 {@code Σ(x·s − c)}
 * @param m2 {@code Σ(x·s − x̄·s)²}
 * @param m3 {@code Σ(x·s − x̄·s)³} (0 unless four moments were asked for)
 * @param m4 {@code Σ(x·s − x̄·s)⁴} (0 unless four moments were asked for)
 */
record Central(int n, double s, double c, double s1, double m2, double m3, double m4) {

    private static final double TINY2 = 0x1p-480;   // mean square below which d⁴ may underflow
    private static final double TINY1 = 0x1p-960;   // mean square below which d² may be subnormal

    /** Computes the central sums of {@code x[off, off + n)}, n > 0, no NaN expected. */
    static Central of(double[] x, int off, int n, boolean four) {
        return of(Backends.preferred(), x, off, n, four);
    }

    /** {@link #of(double[], int, int, boolean)} on the given backend. */
    static Central of(Backend backend, double[] x, int off, int n, boolean four) {
        double sum = Reduce.sum(backend, x, off, n);
        if (Double.isFinite(sum)) {
            Central r = about(backend, x, off, n, 1.0, sum / n, four);
            double ms = r.m2 / n;
            boolean ok = Double.isFinite(r.m2) && (!four || Double.isFinite(r.m4))
                    && (ms >= (four ? TINY2 : TINY1) || (ms == 0.0 && constant(x, off, n)));
            if (ok) {
                return r;
            }
        } else if (sum != sum || hasInfinity(x, off, n)) {
            // NaN or ±Inf in the data: plain arithmetic gives the IEEE answer (NaN or ±Inf)
            return about(backend, x, off, n, 1.0, sum / n, four);
        }
        double s = Reduce.scaleFor(Reduce.maxAbs(x, off, n));
        double scaledSum = 0.0;
        int end = off + n;
        for (int i = off; i < end; i++) {
            scaledSum += x[i] * s;
        }
        return about(backend, x, off, n, s, scaledSum / n, four);
    }

    private static boolean constant(double[] x, int off, int n) {
        for (int i = off + 1; i < off + n; i++) {
            if (x[i] != x[off]) {
                return false;
            }
        }
        return true;
    }

    static boolean hasInfinity(double[] x, int off, int n) {
        for (int i = off; i < off + n; i++) {
            if (Double.isInfinite(x[i])) {
                return true;
            }
        }
        return false;
    }

    private static Central about(Backend backend, double[] x, int off, int n, double s,
            double c, boolean four) {
        double[] t = new double[4];
        if (four) {
            Reduce.centered4(backend, x, off, n, s, c, t);
        } else {
            Reduce.centered2(backend, x, off, n, s, c, t);
        }
        double d = t[0] / n;                // error of the first-pass mean, tiny
        double m2 = t[1] - t[0] * d;
        double m3 = 0.0, m4 = 0.0;
        if (four) {
            m3 = t[2] - 3.0 * d * t[1] + 2.0 * n * d * d * d;
            m4 = t[3] - 4.0 * d * t[2] + 6.0 * d * d * t[1] - 3.0 * n * d * d * d * d;
        }
        return new Central(n, s, c, t[0], Math.max(m2, 0.0), m3, Math.max(m4, 0.0));
    }

    /** The mean {@code (c + S_1/n)/s}. */
    double mean() {
        return (c + s1 / n) / s;
    }

    /** {@code M2/(n − ddof)} in the original units. */
    double variance(int ddof) {
        return n > ddof ? m2 / (n - ddof) / s / s : Double.NaN;
    }

    /** {@code sqrt(M2/(n − ddof))} in the original units, without overflowing the square. */
    double sd(int ddof) {
        return n > ddof ? Math.sqrt(m2 / (n - ddof)) / s : Double.NaN;
    }

    /** The biased skewness {@code g1 = sqrt(n)·M3 / M2^(3/2)}; NaN when M2 = 0. */
    double skewness() {
        if (!(m2 > 0.0 && m2 < Double.POSITIVE_INFINITY)) {
            return Double.NaN;
        }
        return Math.sqrt(n) * m3 / (m2 * Math.sqrt(m2));
    }

    /** The biased excess kurtosis {@code g2 = n·M4/M2² − 3}; NaN when M2 = 0. */
    double kurtosis() {
        if (!(m2 > 0.0 && m2 < Double.POSITIVE_INFINITY)) {
            return Double.NaN;
        }
        return n * (m4 / m2) / m2 - 3.0;
    }
}
