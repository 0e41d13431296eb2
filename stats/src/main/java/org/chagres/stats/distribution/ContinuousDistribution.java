package org.chagres.stats.distribution;

import java.util.random.RandomGenerator;

/**
 * A continuous probability distribution on the real line.
 *
 * <p>Conventions shared by every implementation:
 * <ul>
 *   <li>{@code pdf}, {@code cdf}, {@code sf} of NaN are NaN; outside the support they are 0 (pdf),
 *       0 or 1 (cdf) and 1 or 0 (sf); at ±Infinity they take their limits;</li>
 *   <li>{@code cdf} is accurate where it is small, {@code sf} where it is small: use
 *       {@code sf(x)} rather than {@code 1 - cdf(x)} for upper-tail probabilities;</li>
 *   <li>{@code quantile(p)} of NaN is NaN; p outside [0, 1] throws
 *       {@link IllegalArgumentException}; {@code quantile(0)} and {@code quantile(1)} are the
 *       support bounds; {@code inverseSf(q)} is {@code quantile(1 - q)} without the rounding of
 *       {@code 1 - q}, so tiny upper-tail probabilities keep their accuracy.</li>
 * </ul>
 * Instances are immutable and thread-safe; sampling draws from the generator passed in.
 */
public interface ContinuousDistribution {

    /** Returns the density at x. */
    double pdf(double x);

    /** Returns {@code log pdf(x)}, finite further into the tails than {@code log(pdf(x))}. */
    double logPdf(double x);

    /** Returns {@code P(X ≤ x)}. */
    double cdf(double x);

    /** Returns the survival function {@code P(X > x) = 1 - cdf(x)}, accurate when small. */
    double sf(double x);

    /** Returns the smallest x with {@code cdf(x) ≥ p}. */
    double quantile(double p);

    /** Returns x with {@code sf(x) = q}, accurate for tiny q. */
    double inverseSf(double q);

    /** Returns the mean (NaN where undefined, +Infinity where infinite). */
    double mean();

    /** Returns the variance (NaN where undefined, +Infinity where infinite). */
    double variance();

    /** Returns the lower end of the support (may be -Infinity). */
    double supportLower();

    /** Returns the upper end of the support (may be +Infinity). */
    double supportUpper();

    /** Returns one draw using {@code rng}. */
    double sample(RandomGenerator rng);

    /**
     * Returns n independent draws; the same generator state gives the same array.
     * @throws IllegalArgumentException if n &lt; 0
     */
    default double[] sample(RandomGenerator rng, int n) {
        Checks.sampleCount(getClass().getSimpleName(), n);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = sample(rng);
        }
        return out;
    }
}
