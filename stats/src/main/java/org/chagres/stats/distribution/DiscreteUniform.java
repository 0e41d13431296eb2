package org.chagres.stats.distribution;

import java.util.random.RandomGenerator;

/**
 * The discrete uniform distribution on the integers {@code a, a+1, …, b}:
 * {@code P(X = k) = 1/(b - a + 1)}. cdf {@code (k - a + 1)/n}, sf {@code (b - k)/n}.
 * Quantile: {@code a - 1 + ⌈p·n⌉}, checked against the cdf. Sampling:
 * {@code a + nextLong(n)} (unbiased bounded draw).
 */
public final class DiscreteUniform implements DiscreteDistribution {

    private final int a;
    private final int b;
    private final long count;

    private DiscreteUniform(int a, int b) {
        this.a = a;
        this.b = b;
        this.count = (long) b - a + 1;
    }

    /**
     * Returns the uniform distribution on {a, …, b}.
     * @throws IllegalArgumentException if a &gt; b
     */
    public static DiscreteUniform of(int a, int b) {
        if (a <= b) {
            return new DiscreteUniform(a, b);
        }
        throw new IllegalArgumentException("DiscreteUniform.of: need a <= b, got a=" + a + ", b=" + b);
    }

    @Override
    public double pmf(int k) {
        return k >= a && k <= b ? 1.0 / count : 0.0;
    }

    @Override
    public double logPmf(int k) {
        return Math.log(pmf(k));
    }

    @Override
    public double cdf(int k) {
        return k < a ? 0.0 : k >= b ? 1.0 : ((long) k - a + 1) / (double) count;
    }

    @Override
    public double sf(int k) {
        return k < a ? 1.0 : k >= b ? 0.0 : ((long) b - k) / (double) count;
    }

    @Override
    public int quantile(double p) {
        Checks.probability("DiscreteUniform.quantile", "p", p);
        long est = a - 1L + (long) Math.ceil(p * count);
        return DiscreteSearch.smallest(k -> cdf(k) >= p, a, b, est);
    }

    @Override
    public int inverseSf(double q) {
        Checks.probability("DiscreteUniform.inverseSf", "q", q);
        long est = b - (long) Math.floor(q * count);
        return DiscreteSearch.smallest(k -> sf(k) <= q, a, b, est);
    }

    @Override
    public double mean() {
        return 0.5 * ((double) a + b);
    }

    @Override
    public double variance() {
        double n = count;
        return (n * n - 1) / 12;
    }

    @Override
    public int supportLower() {
        return a;
    }

    @Override
    public int supportUpper() {
        return b;
    }

    @Override
    public int sample(RandomGenerator rng) {
        return (int) (a + rng.nextLong(count));
    }

    @Override
    public String toString() {
        return "DiscreteUniform(a=" + a + ", b=" + b + ")";
    }
}
