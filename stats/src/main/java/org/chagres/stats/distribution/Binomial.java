package org.chagres.stats.distribution;

import java.util.random.RandomGenerator;
import org.chagres.stats.special.IncompleteBeta;
import org.chagres.stats.special.StandardNormal;

/**
 * The binomial distribution: successes in n independent trials of probability p,
 * {@code P(X = k) = C(n, k) pᵏ (1-p)ⁿ⁻ᵏ}.
 *
 * <p>pmf: {@link IncompleteBeta#prefix}{@code (k+1, n-k+1, p, 1-p) / ((n+1)p(1-p))}, whose
 * Stirling-scaled form keeps a few ulps for large n (the role of Loader's saddle-point
 * algorithm in R). cdf: {@code P(X ≤ k) = I_{1-p}(n-k, k+1)}, sf: {@code I_p(k+1, n-k)}, each
 * the directly computed tail. Quantiles: the exact smallest k, by a galloping search around
 * the Cornish–Fisher estimate, on cdf in the lower half and on sf in the upper half.
 * Sampling: inversion — sequential from 0 when {@code n·min(p, 1-p) < 20}, otherwise a
 * chop-down search outward from the mode with pmf recurrences (exact; expected O(σ) steps).
 */
public final class Binomial implements DiscreteDistribution {

    private final int n;
    private final double p;
    private final double q;
    private final int mode;
    private final double cdfAtMode;
    private final double pmfAtMode;

    private Binomial(int n, double p) {
        this.n = n;
        this.p = p;
        this.q = 1 - p;
        this.mode = (int) Math.min(n, Math.floor((n + 1.0) * p));
        this.cdfAtMode = cdf(mode);
        this.pmfAtMode = pmf(mode);
    }

    /**
     * Returns Binomial(n, p).
     * @throws IllegalArgumentException if n &lt; 0 or p is not in [0, 1]
     */
    public static Binomial of(int n, double p) {
        if (n < 0) {
            throw new IllegalArgumentException("Binomial.of: n must be >= 0, got " + n);
        }
        Checks.probability("Binomial.of", "p", p);
        return new Binomial(n, p);
    }

    /** Returns n. */
    public int trials() {
        return n;
    }

    /** Returns p. */
    public double probability() {
        return p;
    }

    @Override
    public double pmf(int k) {
        return pmf(k, n, p, q);
    }

    /** Returns {@code C(n, k) pᵏ qⁿ⁻ᵏ} with {@code q = 1 - p} (shared with Hypergeometric). */
    static double pmf(int k, int n, double p, double q) {
        if (k < 0 || k > n) {
            return 0.0;
        }
        if (p == 0 || p == 1) {
            return (p == 0 ? k == 0 : k == n) ? 1.0 : 0.0;
        }
        if (k == 0) {
            return Math.exp(n * (p < 0.5 ? Math.log1p(-p) : Math.log(q)));
        }
        if (k == n) {
            return Math.exp(n * (p > 0.5 ? Math.log1p(-q) : Math.log(p)));
        }
        double pre = IncompleteBeta.prefix(k + 1.0, n - k + 1.0, p, q);
        return pre / p / q / (n + 1.0);
    }

    @Override
    public double logPmf(int k) {
        double v = pmf(k);
        if (v > Double.MIN_NORMAL || v == 0 && (k < 0 || k > n || p == 0 || p == 1)) {
            return Math.log(v);
        }
        return org.chagres.stats.special.Gamma.logBinomial(n, k) + k * Math.log(p)
                + (n - k) * Math.log1p(-p);
    }

    @Override
    public double cdf(int k) {
        if (k < 0) {
            return 0.0;
        }
        if (k >= n) {
            return 1.0;
        }
        if (p == 0 || p == 1) {
            return p == 0 ? 1.0 : 0.0;
        }
        return IncompleteBeta.complement(k + 1.0, n - (double) k, p, q);
    }

    @Override
    public double sf(int k) {
        if (k < 0) {
            return 1.0;
        }
        if (k >= n) {
            return 0.0;
        }
        if (p == 0 || p == 1) {
            return p == 0 ? 0.0 : 1.0;
        }
        return IncompleteBeta.value(k + 1.0, n - (double) k, p, q);
    }

    private long estimate(double z) {
        double sd = Math.sqrt(n * p * q);
        double g = (q - p) / (6 * sd);             // skewness correction (Cornish–Fisher)
        return (long) Math.floor(n * p + sd * (z + g * (z * z - 1)) + 0.5);
    }

    @Override
    public int quantile(double prob) {
        Checks.probability("Binomial.quantile", "p", prob);
        if (prob == 0) {
            return 0;
        }
        if (prob == 1) {
            return p == 0 ? 0 : n;
        }
        long est = estimate(StandardNormal.quantile(prob));
        if (prob <= 0.5) {
            return DiscreteSearch.smallest(k -> cdf(k) >= prob, 0, n, est);
        }
        double tail = 1 - prob;                      // exact
        return DiscreteSearch.smallest(k -> sf(k) <= tail, 0, n, est);
    }

    @Override
    public int inverseSf(double tail) {
        Checks.probability("Binomial.inverseSf", "q", tail);
        if (tail == 1) {
            return 0;
        }
        if (tail == 0) {
            return p == 0 ? 0 : n;
        }
        long est = estimate(StandardNormal.inverseSf(tail));
        if (tail <= 0.5) {
            return DiscreteSearch.smallest(k -> sf(k) <= tail, 0, n, est);
        }
        double prob = 1 - tail;
        return DiscreteSearch.smallest(k -> cdf(k) >= prob, 0, n, est);
    }

    @Override
    public double mean() {
        return n * p;
    }

    @Override
    public double variance() {
        return n * p * q;
    }

    @Override
    public int supportLower() {
        return 0;
    }

    @Override
    public int supportUpper() {
        return n;
    }

    @Override
    public int sample(RandomGenerator rng) {
        if (p == 0 || p == 1 || n == 0) {
            return p == 1 ? n : 0;
        }
        double small = Math.min(p, q);
        if (n * small < 20) {
            int k = sequential(rng, small);
            return small == p ? k : n - k;
        }
        return fromMode(rng);
    }

    /** Inversion from 0 for success probability s ≤ ½ with n·s &lt; 20. */
    private int sequential(RandomGenerator rng, double s) {
        double ratio = s / (1 - s);
        double prob = Math.exp(n * Math.log1p(-s));
        double u = rng.nextDouble();
        int k = 0;
        while (u > prob && k < n) {
            u -= prob;
            prob *= ratio * (n - k) / (k + 1.0);
            k++;
        }
        return k;
    }

    /** Inversion by chop-down search from the mode: smallest k with F(k) ≥ u. */
    private int fromMode(RandomGenerator rng) {
        double u = rng.nextDouble();
        int k = mode;
        double cum = cdfAtMode;
        double pk = pmfAtMode;
        double odds = p / q;
        if (u <= cum) {
            while (k > 0 && u <= cum - pk) {
                cum -= pk;
                pk *= k / ((n - k + 1.0) * odds);
                k--;
            }
            return k;
        }
        while (cum < u && k < n) {
            pk *= (n - k) * odds / (k + 1.0);
            k++;
            cum += pk;
        }
        return k;
    }

    @Override
    public String toString() {
        return "Binomial(n=" + n + ", p=" + p + ")";
    }
}
