package org.chagres.stats;

import java.util.Arrays;
import org.chagres.kernels.Backend;
import org.chagres.kernels.Backends;

/**
 * Descriptive statistics of a sample {@code x[0..n)}: location, spread, shape and order
 * statistics. Every method leaves its array arguments unmodified.
 *
 * <p>Special values, for every method unless it says otherwise:
 * <ul>
 *   <li>Empty input (after dropping NaN under {@link NanPolicy#OMIT}) gives NaN, as NumPy
 *       does (without its warning); so does {@code n <= ddof}.</li>
 *   <li>NaN follows the {@link NanPolicy}; the overloads without one use
 *       {@link NanPolicy#PROPAGATE}.</li>
 *   <li>±Inf is a value: the mean of {@code [1, +Inf]} is +Inf, its variance NaN (Inf − Inf).</li>
 * </ul>
 *
 * <p>Accuracy: sums are blocked (see {@code Reduce}); mean, variance, skewness and kurtosis use
 * the corrected two-pass algorithm about a first-pass mean, so large offsets
 * ({@code 1e16 + small spread}) lose nothing, and the data are scaled by a power of two when
 * their powers would overflow or underflow, so values near 1e308 still give correct standard
 * deviation, skewness and kurtosis (the variance itself is +Inf when it exceeds
 * {@code Double.MAX_VALUE}).
 */
public final class Descriptive {

    private Descriptive() {
    }

    // ---------------------------------------------------------------- location and spread

    /** Returns {@code Σ x_i} (blocked summation); 0 for empty input, NaN if any is NaN. */
    public static double sum(double[] x) {
        notNull("sum", x);
        return Reduce.sum(x, 0, x.length);
    }

    /** Returns the arithmetic mean {@code Σx_i / n}; see the class notes for special values. */
    public static double mean(double[] x) {
        return mean(x, NanPolicy.PROPAGATE);
    }

    /** Returns the arithmetic mean {@code Σx_i / n} with the given NaN policy. */
    public static double mean(double[] x, NanPolicy policy) {
        return mean(x, policy, Backends.preferred());
    }

    /**
     * Returns the arithmetic mean computed by the given backend's kernels (results differ
     * between backends only by summation order).
     */
    public static double mean(double[] x, NanPolicy policy, Backend backend) {
        double[] v = prepare("mean", x, policy);
        notNull("mean", backend);
        int n = v.length;
        if (n == 0) {
            return Double.NaN;
        }
        double sum = Reduce.sum(backend, v, 0, n);
        if (Double.isFinite(sum) || sum != sum || Central.hasInfinity(v, 0, n)) {
            return sum / n;
        }
        return Central.of(backend, v, 0, n, false).mean();   // the sum overflowed: scaled path
    }

    /**
     * Returns the variance {@code Σ(x_i − x̄)² / (n − ddof)}: ddof 0 is the population (maximum
     * likelihood) variance, ddof 1 the unbiased sample variance. NaN when {@code n <= ddof}.
     *
     * @throws IllegalArgumentException if ddof < 0
     */
    public static double variance(double[] x, int ddof) {
        return variance(x, ddof, NanPolicy.PROPAGATE);
    }

    /** {@link #variance(double[], int)} with the given NaN policy. */
    public static double variance(double[] x, int ddof, NanPolicy policy) {
        return variance(x, ddof, policy, Backends.preferred());
    }

    /** {@link #variance(double[], int)} computed by the given backend's kernels. */
    public static double variance(double[] x, int ddof, NanPolicy policy, Backend backend) {
        notNull("variance", backend);
        checkDdof("variance", ddof);
        double[] v = prepare("variance", x, policy);
        if (v.length == 0 || v.length <= ddof) {
            return Double.NaN;
        }
        return Central.of(backend, v, 0, v.length, false).variance(ddof);
    }

    /**
     * Returns the standard deviation {@code sqrt(Σ(x_i − x̄)² / (n − ddof))}, computed without
     * overflow even when the variance itself would overflow. NaN when {@code n <= ddof}.
     *
     * @throws IllegalArgumentException if ddof < 0
     */
    public static double sd(double[] x, int ddof) {
        return sd(x, ddof, NanPolicy.PROPAGATE);
    }

    /** {@link #sd(double[], int)} with the given NaN policy. */
    public static double sd(double[] x, int ddof, NanPolicy policy) {
        Central c = central("sd", x, ddof, policy, false);
        return c == null ? Double.NaN : c.sd(ddof);
    }

    /**
     * Returns the sample skewness: with {@code m_k = Σ(x_i − x̄)^k / n}, the biased
     * {@code g1 = m3 / m2^(3/2)} or, with {@code bias = false}, the adjusted Fisher–Pearson
     * {@code G1 = g1·sqrt(n(n−1))/(n−2)} (SciPy's {@code skew(bias=False)}).
     * NaN for constant data (m2 = 0), for n = 0, and for n < 3 when {@code bias = false}
     * (SciPy returns the biased value there instead).
     */
    public static double skewness(double[] x, boolean bias) {
        return skewness(x, bias, NanPolicy.PROPAGATE);
    }

    /** {@link #skewness(double[], boolean)} with the given NaN policy. */
    public static double skewness(double[] x, boolean bias, NanPolicy policy) {
        Central c = central("skewness", x, 0, policy, true);
        if (c == null) {
            return Double.NaN;
        }
        double g1 = c.skewness();
        if (bias) {
            return g1;
        }
        double n = c.n();
        return c.n() > 2 ? g1 * Math.sqrt(n * (n - 1.0)) / (n - 2.0) : Double.NaN;
    }

    /**
     * Returns the excess kurtosis: the biased {@code g2 = m4/m2² − 3} or, with
     * {@code bias = false}, {@code G2 = ((n+1)·g2 + 6)·(n−1)/((n−2)(n−3))} (SciPy's
     * {@code kurtosis(fisher=True, bias=False)}). NaN for constant data, n = 0, and n < 4
     * when {@code bias = false}.
     */
    public static double kurtosis(double[] x, boolean bias) {
        return kurtosis(x, bias, NanPolicy.PROPAGATE);
    }

    /** {@link #kurtosis(double[], boolean)} with the given NaN policy. */
    public static double kurtosis(double[] x, boolean bias, NanPolicy policy) {
        Central c = central("kurtosis", x, 0, policy, true);
        if (c == null) {
            return Double.NaN;
        }
        double g2 = c.kurtosis();
        if (bias) {
            return g2;
        }
        double n = c.n();
        return c.n() > 3 ? ((n + 1.0) * g2 + 6.0) * (n - 1.0) / ((n - 2.0) * (n - 3.0))
                : Double.NaN;
    }

    /**
     * Returns the z-scores {@code (x_i − x̄)/sd(x, ddof)} as a new array. Under PROPAGATE a NaN
     * makes every element NaN; under OMIT NaN elements stay NaN and the others are scored
     * against the non-NaN sample. Constant data gives NaN everywhere (0/0), as SciPy.
     */
    public static double[] zScores(double[] x, int ddof, NanPolicy policy) {
        notNull("zScores", x);
        checkDdof("zScores", ddof);
        double[] v = prepare("zScores", x, policy);
        double[] out = new double[x.length];
        if (v.length == 0) {
            Arrays.fill(out, Double.NaN);
            return out;
        }
        Central c = Central.of(v, 0, v.length, false);
        double mean = c.mean();
        double sd = c.sd(ddof);
        for (int i = 0; i < x.length; i++) {
            out[i] = (x[i] - mean) / sd;
        }
        return out;
    }

    /** {@link #zScores(double[], int, NanPolicy)} with PROPAGATE. */
    public static double[] zScores(double[] x, int ddof) {
        return zScores(x, ddof, NanPolicy.PROPAGATE);
    }

    // ---------------------------------------------------------------- order statistics

    /** Returns the smallest value; NaN for empty input. −0.0 and 0.0 compare equal. */
    public static double min(double[] x) {
        return min(x, NanPolicy.PROPAGATE);
    }

    /** {@link #min(double[])} with the given NaN policy. */
    public static double min(double[] x, NanPolicy policy) {
        double[] v = prepare("min", x, policy);
        double m = Double.POSITIVE_INFINITY;
        boolean nan = false;
        for (double e : v) {
            if (e < m) {
                m = e;
            } else if (e != e) {
                nan = true;
            }
        }
        return v.length == 0 || nan ? Double.NaN : m;
    }

    /** Returns the largest value; NaN for empty input. */
    public static double max(double[] x) {
        return max(x, NanPolicy.PROPAGATE);
    }

    /** {@link #max(double[])} with the given NaN policy. */
    public static double max(double[] x, NanPolicy policy) {
        double[] v = prepare("max", x, policy);
        double m = Double.NEGATIVE_INFINITY;
        boolean nan = false;
        for (double e : v) {
            if (e > m) {
                m = e;
            } else if (e != e) {
                nan = true;
            }
        }
        return v.length == 0 || nan ? Double.NaN : m;
    }

    /** Returns the median (type 7 = type 2 = type 5 at p = 1/2); NaN for empty input. */
    public static double median(double[] x) {
        return quantile(x, 0.5, QuantileMethod.LINEAR, NanPolicy.PROPAGATE);
    }

    /** {@link #median(double[])} with the given NaN policy. */
    public static double median(double[] x, NanPolicy policy) {
        return quantile(x, 0.5, QuantileMethod.LINEAR, policy);
    }

    /**
     * Returns the sample quantile of probability p by the given Hyndman–Fan definition (see
     * {@link QuantileMethod}), by selection in expected O(n) on a copy.
     *
     * @throws IllegalArgumentException if p is not in [0, 1]
     */
    public static double quantile(double[] x, double p, QuantileMethod method) {
        return quantile(x, p, method, NanPolicy.PROPAGATE);
    }

    /** {@link #quantile(double[], double, QuantileMethod)} with the given NaN policy. */
    public static double quantile(double[] x, double p, QuantileMethod method,
            NanPolicy policy) {
        return quantiles(x, new double[] {p}, method, policy)[0];
    }

    /**
     * Returns the sample quantiles of the probabilities p (any order) by one method: a new
     * array, {@code out[i]} for {@code p[i]}. NaN for empty input or a NaN under PROPAGATE.
     *
     * @throws IllegalArgumentException if a p is not in [0, 1]
     */
    public static double[] quantiles(double[] x, double[] p, QuantileMethod method,
            NanPolicy policy) {
        String op = "quantile";
        notNull(op, x);
        notNull(op, p);
        notNull(op, method);
        notNull(op, policy);
        for (int i = 0; i < p.length; i++) {
            if (!(p[i] >= 0.0 && p[i] <= 1.0)) {
                throw new IllegalArgumentException(
                        op + ": p must be in [0, 1], got p[" + i + "] = " + p[i]);
            }
        }
        double[] out = new double[p.length];
        OrderStatistics os = p.length == 0 ? null : windowed(x, p, method, out);
        if (os != null) {
            return out;
        }
        double[] a = copyForOrder(op, x, policy);
        if (a == null || a.length == 0) {
            Arrays.fill(out, Double.NaN);
            return out;
        }
        int n = a.length;
        int[] lo = new int[p.length];
        double[] gamma = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            position(n, p[i], method, lo, gamma, i);
        }
        os = new OrderStatistics(a, a.length, 0, lo, gamma);
        fill(out, os, lo, gamma, n);
        return out;
    }

    /**
     * The quantiles from a {@link Select#window} of x, which copies only the values near the
     * wanted ranks; null (out untouched) when x is short, holds NaN or the window missed.
     */
    private static OrderStatistics windowed(double[] x, double[] p, QuantileMethod method,
            double[] out) {
        int n = x.length;
        if (n < Select.WINDOW_MIN) {
            return null;
        }
        int[] lo = new int[p.length];
        double[] gamma = new double[p.length];
        int kLo = n;
        int kHi = -1;
        for (int i = 0; i < p.length; i++) {
            position(n, p[i], method, lo, gamma, i);
            kLo = Math.min(kLo, lo[i]);
            kHi = Math.max(kHi, gamma[i] == 0.0 ? lo[i] : Math.min(lo[i] + 1, n - 1));
        }
        Select.Window w = Select.window(x, kLo, kHi);
        if (w == null) {
            return null;
        }
        OrderStatistics os = new OrderStatistics(w.values(), w.count(), w.below(), lo, gamma);
        fill(out, os, lo, gamma, n);
        return os;
    }

    private static void fill(double[] out, OrderStatistics os, int[] lo, double[] gamma,
            int n) {
        for (int i = 0; i < lo.length; i++) {
            double xj = os.get(lo[i]);
            double g = gamma[i];
            out[i] = g == 0.0 ? xj : lerp(xj, os.get(Math.min(lo[i] + 1, n - 1)), g);
        }
    }

    /** {@link #quantiles(double[], double[], QuantileMethod, NanPolicy)} with PROPAGATE. */
    public static double[] quantiles(double[] x, double[] p, QuantileMethod method) {
        return quantiles(x, p, method, NanPolicy.PROPAGATE);
    }

    /** Returns the interquartile range {@code Q(0.75) − Q(0.25)} by the given method. */
    public static double iqr(double[] x, QuantileMethod method) {
        double[] q = quantiles(x, new double[] {0.25, 0.75}, method, NanPolicy.PROPAGATE);
        return q[1] - q[0];
    }

    /** Returns the interquartile range by type 7 (R and NumPy default). */
    public static double iqr(double[] x) {
        return iqr(x, QuantileMethod.LINEAR);
    }

    /** The most frequent value and its count. */
    public record Mode(double value, int count) {
    }

    /**
     * Returns the most frequent value (the smallest one when several share the highest count,
     * as SciPy's {@code mode}) with its count; {@code (NaN, 0)} for empty input. −0.0 and 0.0
     * count as one value.
     */
    public static Mode mode(double[] x, NanPolicy policy) {
        double[] a = copyForOrder("mode", x, policy);
        if (a == null) {
            return new Mode(Double.NaN, 0);
        }
        if (a.length == 0) {
            return new Mode(Double.NaN, 0);
        }
        Arrays.sort(a);
        double best = a[0];
        int bestCount = 0;
        int i = 0;
        while (i < a.length) {
            int j = i + 1;
            while (j < a.length && a[j] == a[i]) {
                j++;
            }
            if (j - i > bestCount) {
                bestCount = j - i;
                best = a[i];
            }
            i = j;
        }
        return new Mode(best == 0.0 ? 0.0 : best, bestCount);
    }

    /** {@link #mode(double[], NanPolicy)} with PROPAGATE (a NaN gives {@code (NaN, 0)}). */
    public static Mode mode(double[] x) {
        return mode(x, NanPolicy.PROPAGATE);
    }

    // ---------------------------------------------------------------- weighted

    /** What weights in {@link #weightedVariance} stand for. */
    public enum Weights {
        /**
         * Frequency (repeat) weights: w_i copies of x_i; the unbiased variance divides by
         * {@code Σw − 1}, as if the sample had been expanded. Integer weights expected.
         */
        FREQUENCY,
        /**
         * Reliability (precision) weights, e.g. inverse variances: the unbiased variance
         * divides by {@code V1 − V2/V1} with {@code V1 = Σw, V2 = Σw²}; scale-free in w.
         */
        RELIABILITY
    }

    /**
     * Returns the weighted mean {@code Σw_i·x_i / Σw_i}. NaN for empty input; NaN in x
     * propagates.
     *
     * @throws IllegalArgumentException if lengths differ, a weight is negative or not finite,
     *     or all weights are 0
     */
    public static double weightedMean(double[] x, double[] w) {
        checkWeights("weightedMean", x, w);
        if (x.length == 0) {
            return Double.NaN;
        }
        return weightedCentral(x, w)[0];
    }

    /**
     * Returns the unbiased weighted variance {@code Σw_i(x_i − x̄_w)² / D} where D depends on
     * the kind of weights (see {@link Weights}); NaN when D <= 0 (for example a single
     * observation) or for empty input.
     *
     * @throws IllegalArgumentException as {@link #weightedMean}
     */
    public static double weightedVariance(double[] x, double[] w, Weights kind) {
        checkWeights("weightedVariance", x, w);
        notNull("weightedVariance", kind);
        if (x.length == 0) {
            return Double.NaN;
        }
        double[] r = weightedCentral(x, w);
        double v1 = r[2];
        double d = kind == Weights.FREQUENCY ? v1 - 1.0 : v1 - r[3] / v1;
        return d > 0.0 ? r[1] / d : Double.NaN;
    }

    /** Returns {mean, Σw(x − mean)², Σw, Σw²} by two passes with correction. */
    private static double[] weightedCentral(double[] x, double[] w) {
        double sw = 0.0, swx = 0.0, sw2 = 0.0;
        for (int i = 0; i < x.length; i++) {
            sw += w[i];
            swx += w[i] * x[i];
            sw2 += w[i] * w[i];
        }
        double m = swx / sw;
        double s1 = 0.0, s2 = 0.0;
        for (int i = 0; i < x.length; i++) {
            double d = x[i] - m;
            s1 += w[i] * d;
            s2 += w[i] * d * d;
        }
        return new double[] {m + s1 / sw, s2 - s1 * s1 / sw, sw, sw2};
    }

    private static void checkWeights(String op, double[] x, double[] w) {
        notNull(op, x);
        if (w == null) {
            throw new NullPointerException(op + ": w is null");
        }
        if (x.length != w.length) {
            throw new IllegalArgumentException(op + ": x and w lengths differ, got "
                    + x.length + " and " + w.length);
        }
        double sw = 0.0;
        for (int i = 0; i < w.length; i++) {
            if (!(w[i] >= 0.0 && w[i] < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException(
                        op + ": weights must be finite and >= 0, got w[" + i + "] = " + w[i]);
            }
            sw += w[i];
        }
        if (w.length > 0 && !(sw > 0.0)) {
            throw new IllegalArgumentException(op + ": weights sum to 0, got n = " + w.length);
        }
    }

    // ---------------------------------------------------------------- helpers

    static void notNull(String op, Object a) {
        if (a == null) {
            throw new NullPointerException(op + ": argument is null");
        }
    }

    static void checkDdof(String op, int ddof) {
        if (ddof < 0) {
            throw new IllegalArgumentException(op + ": ddof must be >= 0, got " + ddof);
        }
    }

    /** Central sums of x under a policy, or null when the answer is NaN (empty, n <= ddof). */
    private static Central central(String op, double[] x, int ddof, NanPolicy policy,
            boolean four) {
        checkDdof(op, ddof);
        double[] v = prepare(op, x, policy);
        if (v.length == 0 || v.length <= ddof) {
            return null;
        }
        return Central.of(v, 0, v.length, four);
    }

    /**
     * Applies a NaN policy for a statistic whose arithmetic propagates NaN by itself: returns
     * x (PROPAGATE, or no NaN present) or a copy without NaN (OMIT); throws under RAISE.
     */
    static double[] prepare(String op, double[] x, NanPolicy policy) {
        notNull(op, x);
        notNull(op, policy);
        if (policy == NanPolicy.PROPAGATE) {
            return x;
        }
        int first = Reduce.firstNaN(x, 0, x.length);
        if (first < 0) {
            return x;
        }
        if (policy == NanPolicy.RAISE) {
            throw new IllegalArgumentException(op + ": x[" + first
                    + "] is NaN (NanPolicy.RAISE); remove it or use NanPolicy.OMIT");
        }
        return withoutNaN(x);
    }

    /**
     * A copy of x fit for ordering: without NaN (OMIT), or null when x holds a NaN under
     * PROPAGATE (the answer is NaN); throws under RAISE.
     */
    static double[] copyForOrder(String op, double[] x, NanPolicy policy) {
        notNull(op, x);
        notNull(op, policy);
        double[] a = new double[x.length];
        boolean nan = false;
        for (int i = 0; i < x.length; i++) {
            double v = x[i];
            a[i] = v;
            if (v != v) {
                nan = true;
            }
        }
        if (!nan) {
            return a;
        }
        return switch (policy) {
            case PROPAGATE -> null;
            case OMIT -> withoutNaN(x);
            case RAISE -> throw new IllegalArgumentException(op + ": x["
                    + Reduce.firstNaN(x, 0, x.length)
                    + "] is NaN (NanPolicy.RAISE); remove it or use NanPolicy.OMIT");
        };
    }

    static double[] withoutNaN(double[] x) {
        int k = 0;
        double[] a = new double[x.length];
        for (double v : x) {
            if (v == v) {
                a[k++] = v;
            }
        }
        return Arrays.copyOf(a, k);
    }

    /**
     * Writes the 0-based lower index and the interpolation weight γ of the quantile p of n
     * sorted values.
     */
    private static void position(int n, double p, QuantileMethod method, int[] lo,
            double[] gamma, int i) {
        if (method.discontinuous()) {
            double nppm = method.type() == 3 ? n * p - 0.5 : n * p;
            double fuzz = 4.0 * Math.ulp(1.0) * Math.max(1.0, Math.abs(nppm));
            double j = Math.floor(nppm + fuzz);
            double g = nppm - j;
            boolean atKnot = Math.abs(g) <= fuzz;
            double gm = switch (method.type()) {
                case 1 -> atKnot ? 0.0 : 1.0;
                case 2 -> atKnot ? 0.5 : 1.0;
                default -> atKnot && ((long) j) % 2 == 0 ? 0.0 : 1.0;
            };
            // 1-based x[j], x[j+1] (clamped to x[1], x[n]) are 0-based j-1 and j
            if (j < 1.0) {
                lo[i] = 0;
                gamma[i] = 0.0;
            } else if (j >= n) {
                lo[i] = n - 1;
                gamma[i] = 0.0;
            } else {
                lo[i] = (int) j - 1;
                gamma[i] = gm;
            }
            return;
        }
        double h = method.virtualIndex(n, p);
        if (h <= 0.0) {
            lo[i] = 0;
            gamma[i] = 0.0;
        } else if (h >= n - 1) {
            lo[i] = n - 1;
            gamma[i] = 0.0;
        } else {
            double f = Math.floor(h);
            lo[i] = (int) f;
            gamma[i] = h - f;
        }
    }

    /** NumPy's {@code _lerp}: monotone in t and exact at both ends. */
    static double lerp(double a, double b, double t) {
        double d = b - a;
        double r;
        if (Double.isInfinite(d) && Double.isFinite(a) && Double.isFinite(b)) {
            r = (1.0 - t) * a + t * b;        // b − a overflowed
        } else {
            r = t >= 0.5 ? b - d * (1.0 - t) : a + d * t;
        }
        return a == b ? a : r;
    }

    /**
     * Lazily selected order statistics of {@code a[0, size)}, which holds the ranks
     * {@code [shift, shift + size)} of the sample: selects each needed rank once, narrowing the
     * range with the ranks already placed; sorts when many ranks are asked for.
     */
    private static final class OrderStatistics {
        private final double[] a;
        private final int size;
        private final int shift;
        private final boolean sorted;
        private final java.util.TreeSet<Integer> placed = new java.util.TreeSet<>();

        OrderStatistics(double[] a, int size, int shift, int[] lo, double[] gamma) {
            this.a = a;
            this.size = size;
            this.shift = shift;
            int needed = 0;
            for (int i = 0; i < lo.length; i++) {
                needed += gamma[i] == 0.0 ? 1 : 2;
            }
            boolean many = needed > 2 * (32 - Integer.numberOfLeadingZeros(size));
            if (many) {
                Arrays.sort(a, 0, size);
            }
            this.sorted = many;
        }

        /** The value of sample rank r (shift <= r < shift + size). */
        double get(int r) {
            int k = r - shift;
            if (sorted || placed.contains(k)) {
                return a[k];
            }
            Integer below = placed.lower(k);
            Integer above = placed.higher(k);
            int from = below == null ? 0 : below + 1;
            int to = above == null ? size : above;
            if (below != null && below == k - 1 && k < to) {
                a[k] = selectMinToFront(from, to);   // next rank above a placed one is a min
            } else {
                Select.select(a, from, to, k);
            }
            placed.add(k);
            return a[k];
        }

        private double selectMinToFront(int from, int to) {
            int best = from;
            for (int i = from + 1; i < to; i++) {
                if (a[i] < a[best]) {
                    best = i;
                }
            }
            double t = a[from];
            a[from] = a[best];
            a[best] = t;
            return a[from];
        }
    }
}
