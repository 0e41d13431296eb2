package org.chagres.stats.distribution;

import java.util.random.RandomGenerator;

/**
 * A distribution on the integers.
 *
 * <p>Conventions: {@code pmf} is 0 off the support; {@code cdf(k) = P(X ≤ k)} and
 * {@code sf(k) = P(X > k)}, each accurate where it is small. {@code quantile(p)} is the smallest
 * k with {@code cdf(k) ≥ p}, found exactly by a search around an estimate;
 * {@code inverseSf(q)} is the smallest k with {@code sf(k) ≤ q}. p or q outside [0, 1], or NaN,
 * throws {@link IllegalArgumentException} (an int has no NaN).
 */
public interface DiscreteDistribution {

    /** Returns {@code P(X = k)}. */
    double pmf(int k);

    /** Returns {@code log P(X = k)}; -Infinity off the support. */
    double logPmf(int k);

    /** Returns {@code P(X ≤ k)}. */
    double cdf(int k);

    /** Returns {@code P(X > k)}. */
    double sf(int k);

    /** Returns the smallest k with {@code cdf(k) ≥ p}. */
    int quantile(double p);

    /** Returns the smallest k with {@code sf(k) ≤ q}. */
    int inverseSf(double q);

    /** Returns the mean. */
    double mean();

    /** Returns the variance. */
    double variance();

    /** Returns the smallest value of the support. */
    int supportLower();

    /** Returns the largest value of the support. */
    int supportUpper();

    /** Returns one draw using {@code rng}. */
    int sample(RandomGenerator rng);

    /**
     * Returns n independent draws.
     * @throws IllegalArgumentException if n &lt; 0
     */
    default int[] sample(RandomGenerator rng, int n) {
        Checks.sampleCount(getClass().getSimpleName(), n);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = sample(rng);
        }
        return out;
    }
}
