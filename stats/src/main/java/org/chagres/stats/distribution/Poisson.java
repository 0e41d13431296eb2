package org.chagres.stats.distribution;

import java.util.random.RandomGenerator;
import org.chagres.stats.special.Gamma;
import org.chagres.stats.special.IncompleteGamma;
import org.chagres.stats.special.StandardNormal;

/**
 * The Poisson distribution with mean λ: {@code P(X = k) = λᵏe^(-λ)/k!}.
 *
 * <p>pmf {@code prefix(k+1, λ)/λ} ({@link IncompleteGamma#prefix}, Stirling-scaled for large
 * k); cdf {@code Q(k+1, λ)}, sf {@code P(k+1, λ)}. Quantiles: exact smallest k by a galloping
 * search around the Cornish–Fisher estimate. Sampling: inversion from 0 for λ &lt; 10, else
 * Hörmann's PTRS (transformed rejection with squeeze, W. Hörmann 1993, "The transformed
 * rejection method for generating Poisson random variables").
 * λ ≤ 1e9 keeps every quantile inside the int range.
 */
public final class Poisson implements DiscreteDistribution {

    private static final double MAX_MEAN = 1e9;

    private final double mean;

    private Poisson(double mean) {
        this.mean = mean;
    }

    /**
     * Returns Poisson(mean).
     * @throws IllegalArgumentException unless 0 &lt; mean ≤ 1e9
     */
    public static Poisson of(double mean) {
        if (mean > 0 && mean <= MAX_MEAN) {
            return new Poisson(mean);
        }
        throw new IllegalArgumentException("Poisson.of: mean must be in (0, 1e9], got " + mean);
    }

    @Override
    public double pmf(int k) {
        if (k < 0) {
            return 0.0;
        }
        if (k == 0) {
            return Math.exp(-mean);
        }
        return IncompleteGamma.prefix(k + 1.0, mean) / mean;
    }

    @Override
    public double logPmf(int k) {
        if (k < 0) {
            return Double.NEGATIVE_INFINITY;
        }
        double v = pmf(k);
        if (v > Double.MIN_NORMAL) {
            return Math.log(v);
        }
        return k * Math.log(mean) - mean - Gamma.logGamma(k + 1.0);
    }

    @Override
    public double cdf(int k) {
        return k < 0 ? 0.0 : IncompleteGamma.q(k + 1.0, mean);
    }

    @Override
    public double sf(int k) {
        return k < 0 ? 1.0 : IncompleteGamma.p(k + 1.0, mean);
    }

    private long estimate(double z) {
        double s = Math.sqrt(mean);
        return (long) Math.floor(mean + s * z + (z * z - 1) / 6 + 0.5);
    }

    @Override
    public int quantile(double p) {
        Checks.probability("Poisson.quantile", "p", p);
        if (p == 0) {
            return 0;
        }
        if (p == 1) {
            return Integer.MAX_VALUE;
        }
        long est = estimate(StandardNormal.quantile(p));
        if (p <= 0.5) {
            return DiscreteSearch.smallest(k -> cdf(k) >= p, 0, Integer.MAX_VALUE, est);
        }
        double q = 1 - p;
        return DiscreteSearch.smallest(k -> sf(k) <= q, 0, Integer.MAX_VALUE, est);
    }

    @Override
    public int inverseSf(double q) {
        Checks.probability("Poisson.inverseSf", "q", q);
        if (q == 1) {
            return 0;
        }
        if (q == 0) {
            return Integer.MAX_VALUE;
        }
        long est = estimate(StandardNormal.inverseSf(q));
        if (q <= 0.5) {
            return DiscreteSearch.smallest(k -> sf(k) <= q, 0, Integer.MAX_VALUE, est);
        }
        double p = 1 - q;
        return DiscreteSearch.smallest(k -> cdf(k) >= p, 0, Integer.MAX_VALUE, est);
    }

    @Override
    public double mean() {
        return mean;
    }

    @Override
    public double variance() {
        return mean;
    }

    @Override
    public int supportLower() {
        return 0;
    }

    /** Returns Integer.MAX_VALUE (the support is unbounded). */
    @Override
    public int supportUpper() {
        return Integer.MAX_VALUE;
    }

    @Override
    public int sample(RandomGenerator rng) {
        return (int) sample(rng, mean);
    }

    /** Draws Poisson(lambda) for any lambda ≥ 0 (shared with the negative binomial). */
    static long sample(RandomGenerator rng, double lambda) {
        if (lambda < 10) {
            // inversion from 0
            double prob = Math.exp(-lambda);
            double u = rng.nextDouble();
            long k = 0;
            while (u > prob) {
                u -= prob;
                k++;
                prob *= lambda / k;
                if (prob == 0) {
                    break;
                }
            }
            return k;
        }
        // PTRS, Hörmann (1993), with his constants
        double slam = Math.sqrt(lambda);
        double logLam = Math.log(lambda);
        double b = 0.931 + 2.53 * slam;
        double a = -0.059 + 0.02483 * b;
        double invAlpha = 1.1239 + 1.1328 / (b - 3.4);
        double vr = 0.9277 - 3.6224 / (b - 2);
        while (true) {
            double u = rng.nextDouble() - 0.5;
            double v = rng.nextDouble();
            double us = 0.5 - Math.abs(u);
            long k = (long) Math.floor((2 * a / us + b) * u + lambda + 0.43);
            if (us >= 0.07 && v <= vr) {
                return k;
            }
            if (k < 0 || (us < 0.013 && v > us)) {
                continue;
            }
            if (Math.log(v) + Math.log(invAlpha) - Math.log(a / (us * us) + b)
                    <= -lambda + k * logLam - Gamma.logGamma(k + 1.0)) {
                return k;
            }
        }
    }

    @Override
    public String toString() {
        return "Poisson(mean=" + mean + ")";
    }
}
