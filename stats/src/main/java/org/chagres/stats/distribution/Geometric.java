package org.chagres.stats.distribution;

import java.util.random.RandomGenerator;

/**
 * The geometric distribution: the number of failures before the first success,
 * {@code P(X = k) = p(1-p)ᵏ}, k = 0, 1, 2, … (SciPy's {@code geom} counts trials instead,
 * k + 1).
 *
 * <p>sf {@code (1-p)^(k+1) = exp((k+1)·log1p(-p))}, cdf {@code -expm1((k+1)·log1p(-p))}.
 * Quantiles from the closed form {@code ⌈log1p(-u)/log1p(-p)⌉ - 1}, then checked and moved by
 * the exact search, and clamped to Integer.MAX_VALUE. Sampling: {@code ⌊log U / log1p(-p)⌋}.
 */
public final class Geometric implements DiscreteDistribution {

    private final double p;
    private final double log1mp;
    private final double q;

    private Geometric(double p) {
        this.p = p;
        this.q = 1 - p;
        this.log1mp = Math.log1p(-p);
    }

    /**
     * Returns Geometric(p).
     * @throws IllegalArgumentException unless 0 &lt; p ≤ 1
     */
    public static Geometric of(double p) {
        if (p > 0 && p <= 1) {
            return new Geometric(p);
        }
        throw new IllegalArgumentException("Geometric.of: p must be in (0, 1], got " + p);
    }

    /** Returns p. */
    public double probability() {
        return p;
    }

    @Override
    public double pmf(int k) {
        if (k < 0) {
            return 0.0;
        }
        return p == 1 ? (k == 0 ? 1.0 : 0.0) : k == 0 ? p : p * sf(k - 1);
    }

    @Override
    public double logPmf(int k) {
        if (k < 0 || p == 1 && k > 0) {
            return Double.NEGATIVE_INFINITY;
        }
        return Math.log(p) + (k == 0 ? 0.0 : k * log1mp);
    }

    @Override
    public double cdf(int k) {
        return k < 0 ? 0.0 : -Math.expm1((k + 1.0) * log1mp);
    }

    @Override
    public double sf(int k) {
        if (k < 0) {
            return 1.0;
        }
        // when 1 - p is exact, pow is correctly rounded to within an ulp at any k (and exact
        // for p = ½), better than exp of a product that carries (k+1)·|log(1-p)|·ε
        return q == 1 - p && 1 - q == p ? Math.pow(q, k + 1.0) : Math.exp((k + 1.0) * log1mp);
    }

    private long estimate(double logTail) {
        if (p == 1) {
            return 0;
        }
        double k = Math.ceil(logTail / log1mp) - 1;
        return (long) Math.min(Integer.MAX_VALUE, Math.max(0, k));
    }

    @Override
    public int quantile(double prob) {
        Checks.probability("Geometric.quantile", "p", prob);
        if (prob == 1) {
            return p == 1 ? 0 : Integer.MAX_VALUE;
        }
        long est = estimate(Math.log1p(-prob));
        if (prob <= 0.5) {
            return DiscreteSearch.smallest(k -> cdf(k) >= prob, 0, Integer.MAX_VALUE, est);
        }
        double q = 1 - prob;
        return DiscreteSearch.smallest(k -> sf(k) <= q, 0, Integer.MAX_VALUE, est);
    }

    @Override
    public int inverseSf(double q) {
        Checks.probability("Geometric.inverseSf", "q", q);
        if (q == 0) {
            return p == 1 ? 0 : Integer.MAX_VALUE;
        }
        long est = estimate(Math.log(q));
        if (q <= 0.5) {
            return DiscreteSearch.smallest(k -> sf(k) <= q, 0, Integer.MAX_VALUE, est);
        }
        double prob = 1 - q;
        return DiscreteSearch.smallest(k -> cdf(k) >= prob, 0, Integer.MAX_VALUE, est);
    }

    @Override
    public double mean() {
        return (1 - p) / p;
    }

    @Override
    public double variance() {
        return (1 - p) / (p * p);
    }

    @Override
    public int supportLower() {
        return 0;
    }

    @Override
    public int supportUpper() {
        return p == 1 ? 0 : Integer.MAX_VALUE;
    }

    @Override
    public int sample(RandomGenerator rng) {
        if (p == 1) {
            return 0;
        }
        double k = Math.floor(Math.log(Samplers.openUniform(rng)) / log1mp);
        return (int) Math.min(Integer.MAX_VALUE, k);
    }

    @Override
    public String toString() {
        return "Geometric(p=" + p + ")";
    }
}
