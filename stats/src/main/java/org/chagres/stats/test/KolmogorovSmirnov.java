package org.chagres.stats.test;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;
import org.chagres.stats.distribution.ContinuousDistribution;

/**
 * Kolmogorov–Smirnov tests: one sample against a continuous cdf F, and two samples against
 * each other. Statistics (SciPy's conventions): GREATER uses
 * {@code D+ = sup(F_n − F)} (two samples: {@code sup(F_x − F_y)}), LESS uses
 * {@code D− = sup(F − F_n)} ({@code sup(F_y − F_x)}), TWO_SIDED uses {@code D = max(D+, D−)}.
 *
 * <p>One-sample p-values. One-sided: exact by the Birnbaum–Tingey sum for n <= 100000
 * (asymptotic {@code exp(−2nd²)} beyond, or when asked). Two-sided, exact for n <= 1000:
 * {@code 2·P(D+ >= d)} where that is exact ({@code d >= 1/2}) or where the two tails cannot
 * both be crossed to double precision ({@code n·d² >= 18}), else
 * {@code 1 − P(D < d)} with P by Marsaglia, Tsang and Wang (2003), whose absolute error is about
 * 1e-14 (so p-values below about 1e-4 carry relative errors above 1e-10); asymptotic:
 * Kolmogorov's limit {@code P(K > sqrt(n)·d)}.
 *
 * <p>Two-sample p-values: exact for {@code n1·n2 <= 10^7} (AUTO) by summing the probability of
 * the lattice paths that reach the observed distance (exact for continuous data; with ties
 * the statistic is computed correctly but the null distribution assumes no ties, as SciPy);
 * asymptotic: Kolmogorov's limit at {@code sqrt(n1n2/(n1+n2))·D} (two-sided) or
 * {@code exp(−2·n1n2/(n1+n2)·D²)} (one-sided).
 */
public final class KolmogorovSmirnov {

    private static final int EXACT_ONE_SIDED = 100_000;
    private static final int EXACT_TWO_SIDED = 1000;
    private static final long EXACT_TWO_SAMPLE_AUTO = 10_000_000L;
    private static final long EXACT_TWO_SAMPLE_MAX = 100_000_000L;

    /**
     * A Kolmogorov–Smirnov result.
     *
     * @param statistic D, D+ or D− by the alternative
     * @param pValue    p-value
     * @param method    EXACT or ASYMPTOTIC, the method actually used
     */
    public record Result(double statistic, double pValue, PValueMethod method) {
    }

    private KolmogorovSmirnov() {
    }

    /** One-sample test against a distribution, AUTO p-value. */
    public static Result oneSample(double[] x, ContinuousDistribution dist,
            Alternative alternative) {
        Inputs.notNull("KolmogorovSmirnov.oneSample", "dist", dist);
        return oneSample(x, dist::cdf, alternative, PValueMethod.AUTO);
    }

    /**
     * One-sample test of x (not modified) against the continuous cdf F.
     *
     * @throws IllegalArgumentException if x is empty or holds a non-finite value, F returns a
     *     value outside [0, 1], or EXACT is asked for beyond the limits above
     */
    public static Result oneSample(double[] x, DoubleUnaryOperator cdf, Alternative alternative,
            PValueMethod method) {
        String op = "KolmogorovSmirnov.oneSample";
        Inputs.sample(op, "x", x, 1);
        Inputs.notNull(op, "cdf", cdf);
        Inputs.notNull(op, "alternative", alternative);
        Inputs.notNull(op, "method", method);
        int n = x.length;
        double[] s = x.clone();
        Arrays.sort(s);
        double dPlus = 0.0;
        double dMinus = 0.0;
        for (int i = 0; i < n; i++) {
            double f = cdf.applyAsDouble(s[i]);
            if (!(f >= 0.0 && f <= 1.0)) {
                throw new IllegalArgumentException(op + ": cdf must return values in [0, 1], got "
                        + "cdf(" + s[i] + ") = " + f);
            }
            dPlus = Math.max(dPlus, (i + 1.0) / n - f);
            dMinus = Math.max(dMinus, f - (double) i / n);
        }
        double d = switch (alternative) {
            case GREATER -> dPlus;
            case LESS -> dMinus;
            case TWO_SIDED -> Math.max(dPlus, dMinus);
        };
        boolean twoSided = alternative == Alternative.TWO_SIDED;
        int limit = twoSided ? EXACT_TWO_SIDED : EXACT_ONE_SIDED;
        PValueMethod used = method;
        if (method == PValueMethod.AUTO) {
            used = n <= limit ? PValueMethod.EXACT : PValueMethod.ASYMPTOTIC;
        } else if (method == PValueMethod.EXACT && n > limit) {
            throw new IllegalArgumentException(op + ": exact p-value needs n <= " + limit
                    + ", got " + n);
        }
        double p;
        if (used == PValueMethod.EXACT) {
            if (!twoSided) {
                p = NullDistributions.smirnovSf(n, d);
            } else if (d >= 0.5 || n * d * d >= 18.0) {
                p = Math.min(1.0, 2.0 * NullDistributions.smirnovSf(n, d));
            } else {
                p = 1.0 - NullDistributions.kolmogorovCdf(n, d);
            }
        } else {
            p = twoSided ? NullDistributions.kolmogorovLimitSf(Math.sqrt(n) * d)
                    : Math.exp(-2.0 * n * d * d);
        }
        return new Result(d, Inputs.clamp(p), used);
    }

    /** Two-sample test, AUTO p-value. */
    public static Result twoSample(double[] x, double[] y, Alternative alternative) {
        return twoSample(x, y, alternative, PValueMethod.AUTO);
    }

    /**
     * Two-sample test of x and y (not modified).
     *
     * @throws IllegalArgumentException if a sample is empty or holds a non-finite value, or
     *     EXACT is asked for with {@code n1·n2 > 10^8}
     */
    public static Result twoSample(double[] x, double[] y, Alternative alternative,
            PValueMethod method) {
        String op = "KolmogorovSmirnov.twoSample";
        Inputs.sample(op, "x", x, 1);
        Inputs.sample(op, "y", y, 1);
        Inputs.notNull(op, "alternative", alternative);
        Inputs.notNull(op, "method", method);
        int n1 = x.length;
        int n2 = y.length;
        double[] a = x.clone();
        double[] b = y.clone();
        Arrays.sort(a);
        Arrays.sort(b);
        long hPlus = 0;
        long hMinus = 0;
        int i = 0;
        int j = 0;
        while (i < n1 || j < n2) {
            double v = j >= n2 || (i < n1 && a[i] <= b[j]) ? a[i] : b[j];
            while (i < n1 && a[i] == v) {
                i++;
            }
            while (j < n2 && b[j] == v) {
                j++;
            }
            long diff = (long) i * n2 - (long) j * n1;   // n1·n2·(F_x − F_y)
            hPlus = Math.max(hPlus, diff);
            hMinus = Math.max(hMinus, -diff);
        }
        long h = switch (alternative) {
            case GREATER -> hPlus;
            case LESS -> hMinus;
            case TWO_SIDED -> Math.max(hPlus, hMinus);
        };
        long nn = (long) n1 * n2;
        double d = (double) h / nn;
        PValueMethod used = method;
        if (method == PValueMethod.AUTO) {
            used = nn <= EXACT_TWO_SAMPLE_AUTO ? PValueMethod.EXACT : PValueMethod.ASYMPTOTIC;
        } else if (method == PValueMethod.EXACT && nn > EXACT_TWO_SAMPLE_MAX) {
            throw new IllegalArgumentException(op + ": exact p-value needs n1·n2 <= "
                    + EXACT_TWO_SAMPLE_MAX + ", got " + n1 + "·" + n2);
        }
        double p;
        if (used == PValueMethod.EXACT) {
            p = NullDistributions.ksTwoSampleSf(n1, n2, h, alternative);
        } else {
            double en = (double) nn / (n1 + n2);
            p = alternative == Alternative.TWO_SIDED
                    ? NullDistributions.kolmogorovLimitSf(Math.sqrt(en) * d)
                    : Math.exp(-2.0 * en * d * d);
        }
        return new Result(d, Inputs.clamp(p), used);
    }
}
