package org.chagres.stats;

/**
 * A streaming accumulator of the first four moments: count, mean and the central sums
 * {@code M2 = Σ(x − x̄)²}, {@code M3}, {@code M4}, plus min and max. Values are added one at a
 * time (Welford's update extended by Terriberry) or whole partial results are merged with the
 * pairwise formulas of Chan, Golub and LeVeque (1979) and Pébay (2008), so chunks accumulated in
 * separate threads combine into the same result as one pass, up to rounding.
 *
 * <p>To keep large offsets harmless ({@code 1e16 + small spread}), values are accumulated
 * relative to a shift, the first value seen, which makes {@code x − shift} exact when the data
 * lie close together. The fourth power overflows for deviations beyond about 1e77: for data of
 * extreme magnitude use {@link Descriptive}, which rescales.
 *
 * <p>Not thread-safe: give each thread its own accumulator and {@link #merge} them.
 * A NaN added makes the mean and every moment NaN; min and max ignore it.
 */
public final class Moments {

    private long n;
    private double shift;
    private double mean;      // mean of (x − shift)
    private double m2;
    private double m3;
    private double m4;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    /** An empty accumulator. */
    public Moments() {
    }

    /** Returns an accumulator holding the values of x (not modified). */
    public static Moments of(double[] x) {
        Descriptive.notNull("Moments.of", x);
        Moments m = new Moments();
        m.addAll(x, 0, x.length);
        return m;
    }

    /** Adds one value. */
    public Moments add(double x) {
        if (n == 0) {
            shift = x;
        }
        double y = x - shift;
        long n1 = n;
        n++;
        double delta = y - mean;
        double dn = delta / n;
        double dn2 = dn * dn;
        double term1 = delta * dn * n1;
        mean += dn;
        m4 += term1 * dn2 * ((double) n * n - 3.0 * n + 3.0) + 6.0 * dn2 * m2 - 4.0 * dn * m3;
        m3 += term1 * dn * (n - 2.0) - 3.0 * dn * m2;
        m2 += term1;
        if (x < min) {
            min = x;
        }
        if (x > max) {
            max = x;
        }
        return this;
    }

    /**
     * Adds {@code x[off, off + len)} (not modified) by the two-pass algorithm on the chunk and
     * one merge, which is both faster and more accurate than adding value by value.
     *
     * @throws IndexOutOfBoundsException if the range leaves the array
     */
    public Moments addAll(double[] x, int off, int len) {
        Descriptive.notNull("Moments.addAll", x);
        if (off < 0 || len < 0 || off > x.length - len) {
            throw new IndexOutOfBoundsException("Moments.addAll: range [" + off + ", "
                    + ((long) off + len) + ") out of bounds for length " + x.length);
        }
        if (len == 0) {
            return this;
        }
        Moments chunk = new Moments();
        chunk.shift = x[off];
        double sum = 0.0;
        for (int i = off; i < off + len; i++) {
            sum += x[i] - chunk.shift;
        }
        double c = sum / len;
        double[] t = new double[4];
        Reduce.centered4(org.chagres.kernels.Backends.preferred(), x, off, len, 1.0,
                chunk.shift + c, t);
        // deviations were taken about shift + c, rounded; recenter exactly as Central does
        double cs = (chunk.shift + c) - chunk.shift;
        double d = t[0] / len;
        chunk.n = len;
        chunk.mean = cs + d;
        chunk.m2 = Math.max(t[1] - t[0] * d, 0.0);
        chunk.m3 = t[2] - 3.0 * d * t[1] + 2.0 * len * d * d * d;
        chunk.m4 = Math.max(t[3] - 4.0 * d * t[2] + 6.0 * d * d * t[1] - 3.0 * len * d * d * d * d,
                0.0);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = off; i < off + len; i++) {
            double v = x[i];
            if (v < lo) {
                lo = v;
            }
            if (v > hi) {
                hi = v;
            }
        }
        chunk.min = lo;
        chunk.max = hi;
        return merge(chunk);
    }

    /**
     * Merges another accumulator into this one (the other is not modified): afterwards this
     * holds the moments of the union of both samples.
     */
    public Moments merge(Moments other) {
        Descriptive.notNull("Moments.merge", other);
        if (other.n == 0) {
            return this;
        }
        if (n == 0) {
            n = other.n;
            shift = other.shift;
            mean = other.mean;
            m2 = other.m2;
            m3 = other.m3;
            m4 = other.m4;
            min = other.min;
            max = other.max;
            return this;
        }
        double na = n;
        double nb = other.n;
        double nt = na + nb;
        // other's mean relative to this shift; shift difference is exact for nearby data
        double delta = (other.shift - shift) + other.mean - mean;
        double d2 = delta * delta;
        double ma2 = m2;
        double ma3 = m3;
        double mb2 = other.m2;
        double mb3 = other.m3;
        m4 = m4 + other.m4 + d2 * d2 * na * nb * (na * na - na * nb + nb * nb) / (nt * nt * nt)
                + 6.0 * d2 * (na * na * mb2 + nb * nb * ma2) / (nt * nt)
                + 4.0 * delta * (na * mb3 - nb * ma3) / nt;
        m3 = ma3 + mb3 + d2 * delta * na * nb * (na - nb) / (nt * nt)
                + 3.0 * delta * (na * mb2 - nb * ma2) / nt;
        m2 = ma2 + mb2 + d2 * na * nb / nt;
        mean += delta * nb / nt;
        n += other.n;
        min = Math.min(min, other.min);
        max = Math.max(max, other.max);
        return this;
    }

    /** Number of values added. */
    public long count() {
        return n;
    }

    /** The mean; NaN when empty. */
    public double mean() {
        return n == 0 ? Double.NaN : shift + mean;
    }

    /** {@code M2/(n − ddof)}; NaN when {@code n <= ddof}. */
    public double variance(int ddof) {
        Descriptive.checkDdof("Moments.variance", ddof);
        return n > ddof ? m2 / (n - ddof) : Double.NaN;
    }

    /** {@code sqrt(variance(ddof))}. */
    public double sd(int ddof) {
        return Math.sqrt(variance(ddof));
    }

    /** Skewness as {@link Descriptive#skewness(double[], boolean)}. */
    public double skewness(boolean bias) {
        if (n == 0 || !(m2 > 0.0 && m2 < Double.POSITIVE_INFINITY)) {
            return Double.NaN;
        }
        double nn = n;
        double g1 = Math.sqrt(nn) * m3 / (m2 * Math.sqrt(m2));
        if (bias) {
            return g1;
        }
        return n > 2 ? g1 * Math.sqrt(nn * (nn - 1.0)) / (nn - 2.0) : Double.NaN;
    }

    /** Excess kurtosis as {@link Descriptive#kurtosis(double[], boolean)}. */
    public double kurtosis(boolean bias) {
        if (n == 0 || !(m2 > 0.0 && m2 < Double.POSITIVE_INFINITY)) {
            return Double.NaN;
        }
        double nn = n;
        double g2 = nn * (m4 / m2) / m2 - 3.0;
        if (bias) {
            return g2;
        }
        return n > 3 ? ((nn + 1.0) * g2 + 6.0) * (nn - 1.0) / ((nn - 2.0) * (nn - 3.0))
                : Double.NaN;
    }

    /** Smallest value added (NaN ignored); NaN when empty. */
    public double min() {
        return n == 0 ? Double.NaN : min;
    }

    /** Largest value added (NaN ignored); NaN when empty. */
    public double max() {
        return n == 0 ? Double.NaN : max;
    }

    /** The central sum {@code M2 = Σ(x − x̄)²}. */
    public double m2() {
        return m2;
    }

    /** The central sum {@code M3 = Σ(x − x̄)³}. */
    public double m3() {
        return m3;
    }

    /** The central sum {@code M4 = Σ(x − x̄)⁴}. */
    public double m4() {
        return m4;
    }

    @Override
    public String toString() {
        return "Moments[n=" + n + ", mean=" + mean() + ", variance=" + variance(0) + "]";
    }
}
