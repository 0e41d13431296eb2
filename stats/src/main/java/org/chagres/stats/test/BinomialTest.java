package org.chagres.stats.test;

import org.chagres.stats.distribution.Beta;
import org.chagres.stats.distribution.Binomial;

/**
 * The exact binomial test of a success probability: k successes in n trials against
 * {@code p0}. GREATER: {@code P(X >= k)}; LESS: {@code P(X <= k)}; TWO_SIDED: the
 * minimum-likelihood p-value {@code Σ P(X = i)} over all i with
 * {@code P(X = i) <= P(X = k)·(1 + 1e-7)} (the relative tolerance of R's {@code binom.test}
 * and SciPy's {@code binomtest}, which absorbs rounding in the pmf). The tails are found by
 * binary search on the unimodal pmf and summed through the distribution's cdf and sf.
 * The confidence interval is Clopper–Pearson's, from beta quantiles.
 */
public final class BinomialTest {

    private static final double RELATIVE = 1.0 + 1e-7;

    /**
     * A binomial test result.
     *
     * @param successes   k
     * @param trials      n
     * @param pValue      p-value
     * @param estimate    k/n
     * @param interval    Clopper–Pearson confidence interval for the probability
     * @param alternative the alternative tested
     */
    public record Result(int successes, int trials, double pValue, double estimate,
            ConfidenceInterval interval, Alternative alternative) {
    }

    private BinomialTest() {
    }

    /** The test with a 95% interval. */
    public static Result test(int k, int n, double p0, Alternative alternative) {
        return test(k, n, p0, alternative, 0.95);
    }

    /**
     * The exact test of k successes in n trials against probability p0.
     *
     * @throws IllegalArgumentException if n < 1, k not in [0, n], p0 not in [0, 1], or the
     *     level is not in (0, 1)
     */
    public static Result test(int k, int n, double p0, Alternative alternative,
            double confidence) {
        String op = "BinomialTest.test";
        if (n < 1) {
            throw new IllegalArgumentException(op + ": n must be >= 1, got " + n);
        }
        if (k < 0 || k > n) {
            throw new IllegalArgumentException(op + ": k must be in [0, n], got k = " + k
                    + ", n = " + n);
        }
        if (!(p0 >= 0.0 && p0 <= 1.0)) {
            throw new IllegalArgumentException(op + ": p must be in [0, 1], got " + p0);
        }
        Inputs.notNull(op, "alternative", alternative);
        Inputs.confidence(op, confidence);
        Binomial b = Binomial.of(n, p0);
        double p = switch (alternative) {
            case GREATER -> b.sf(k - 1);
            case LESS -> b.cdf(k);
            case TWO_SIDED -> twoSided(b, k, n, p0);
        };
        return new Result(k, n, Inputs.clamp(p), (double) k / n,
                clopperPearson(k, n, alternative, confidence), alternative);
    }

    private static double twoSided(Binomial b, int k, int n, double p0) {
        double np = n * p0;
        if (k == np) {
            return 1.0;
        }
        double d = b.pmf(k) * RELATIVE;
        if (k < np) {
            // smallest j >= ceil(np) with pmf(j) <= d: the pmf decreases there
            int lo = (int) Math.ceil(np);
            int hi = n + 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (b.pmf(mid) <= d) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return Math.min(1.0, b.cdf(k) + b.sf(lo - 1));
        }
        // largest j <= floor(np) with pmf(j) <= d: the pmf increases there
        int lo = -1;
        int hi = (int) Math.floor(np);
        while (lo < hi) {
            int mid = (lo + hi + 1) >> 1;
            if (b.pmf(mid) <= d) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return Math.min(1.0, b.cdf(lo) + b.sf(k - 1));
    }

    private static ConfidenceInterval clopperPearson(int k, int n, Alternative alt,
            double level) {
        double lowerTail = alt == Alternative.TWO_SIDED ? (1.0 - level) / 2.0 : 1.0 - level;
        double lower = 0.0;
        double upper = 1.0;
        if (alt != Alternative.LESS && k > 0) {
            lower = Beta.of(k, n - k + 1.0).quantile(lowerTail);
        }
        if (alt != Alternative.GREATER && k < n) {
            upper = Beta.of(k + 1.0, (double) n - k).inverseSf(lowerTail);
        }
        return new ConfidenceInterval(lower, upper, level);
    }
}
