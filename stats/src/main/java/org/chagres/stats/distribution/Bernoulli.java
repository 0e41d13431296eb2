package org.chagres.stats.distribution;

import java.util.random.RandomGenerator;

/**
 * The Bernoulli distribution: 1 with probability p, 0 with probability 1 - p.
 * cdf(0) = 1 - p, sf(0) = p (exact). Sampling: {@code U < p}.
 */
public final class Bernoulli implements DiscreteDistribution {

    private final double p;

    private Bernoulli(double p) {
        this.p = p;
    }

    /**
     * Returns Bernoulli(p).
     * @throws IllegalArgumentException unless p is in [0, 1]
     */
    public static Bernoulli of(double p) {
        return new Bernoulli(Checks.probability("Bernoulli.of", "p", p));
    }

    /** Returns p. */
    public double probability() {
        return p;
    }

    @Override
    public double pmf(int k) {
        return k == 1 ? p : k == 0 ? 1 - p : 0.0;
    }

    @Override
    public double logPmf(int k) {
        return k == 1 ? Math.log(p) : k == 0 ? Math.log1p(-p) : Double.NEGATIVE_INFINITY;
    }

    @Override
    public double cdf(int k) {
        return k < 0 ? 0.0 : k == 0 ? 1 - p : 1.0;
    }

    @Override
    public double sf(int k) {
        return k < 0 ? 1.0 : k == 0 ? p : 0.0;
    }

    @Override
    public int quantile(double prob) {
        Checks.probability("Bernoulli.quantile", "p", prob);
        return prob <= 1 - p ? 0 : 1;
    }

    @Override
    public int inverseSf(double q) {
        Checks.probability("Bernoulli.inverseSf", "q", q);
        return p <= q ? 0 : 1;
    }

    @Override
    public double mean() {
        return p;
    }

    @Override
    public double variance() {
        return p * (1 - p);
    }

    @Override
    public int supportLower() {
        return 0;
    }

    @Override
    public int supportUpper() {
        return 1;
    }

    @Override
    public int sample(RandomGenerator rng) {
        return rng.nextDouble() < p ? 1 : 0;
    }

    @Override
    public String toString() {
        return "Bernoulli(p=" + p + ")";
    }
}
