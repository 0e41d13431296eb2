package org.chagres.stats.distribution;

import java.util.random.RandomGenerator;
import org.chagres.stats.special.Gamma;
import org.chagres.stats.special.IncompleteGamma;

/**
 * The χ² distribution with k &gt; 0 degrees of freedom, the gamma distribution with shape
 * {@code k/2} and scale 2: {@code cdf(x) = P(k/2, x/2)}, {@code sf(x) = Q(k/2, x/2)},
 * quantiles by {@link IncompleteGamma#inverseP}/{@link IncompleteGamma#inverseQ} (x/2 and 2y
 * are exact, so the accuracy is that of the incomplete gamma functions).
 * Sampling: {@code 2·Gamma(k/2)} by Marsaglia–Tsang.
 */
public final class ChiSquared implements ContinuousDistribution {

    private final double df;
    private final double shape;

    private ChiSquared(double df) {
        this.df = df;
        this.shape = 0.5 * df;
    }

    /**
     * Returns χ²(df).
     * @throws IllegalArgumentException unless df is &gt; 0 and finite
     */
    public static ChiSquared of(double df) {
        return new ChiSquared(Checks.positiveFinite("ChiSquared.of", "df", df));
    }

    /** Returns k. */
    public double df() {
        return df;
    }

    @Override
    public double pdf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x <= 0) {
            return x == 0 ? atZero() : 0.0;
        }
        if (x == Double.POSITIVE_INFINITY) {
            return 0.0;
        }
        double pre = IncompleteGamma.prefix(shape, 0.5 * x);
        if (pre > 0 && pre < Double.POSITIVE_INFINITY) {
            return pre / x;
        }
        return Math.exp(logPdf(x));
    }

    private double atZero() {
        return shape < 1 ? Double.POSITIVE_INFINITY : shape == 1 ? 0.5 : 0.0;
    }

    @Override
    public double logPdf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x <= 0 || x == Double.POSITIVE_INFINITY) {
            return Math.log(pdf(x));
        }
        return (shape - 1) * Math.log(0.5 * x) - 0.5 * x - Gamma.logGamma(shape) - Math.log(2);
    }

    @Override
    public double cdf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        return x <= 0 ? 0.0 : IncompleteGamma.p(shape, 0.5 * x);
    }

    @Override
    public double sf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        return x <= 0 ? 1.0 : IncompleteGamma.q(shape, 0.5 * x);
    }

    @Override
    public double quantile(double p) {
        Checks.probabilityOrNaN("ChiSquared.quantile", "p", p);
        return 2 * IncompleteGamma.inverseP(shape, p);
    }

    @Override
    public double inverseSf(double q) {
        Checks.probabilityOrNaN("ChiSquared.inverseSf", "q", q);
        return 2 * IncompleteGamma.inverseQ(shape, q);
    }

    @Override
    public double mean() {
        return df;
    }

    @Override
    public double variance() {
        return 2 * df;
    }

    @Override
    public double supportLower() {
        return 0.0;
    }

    @Override
    public double supportUpper() {
        return Double.POSITIVE_INFINITY;
    }

    @Override
    public double sample(RandomGenerator rng) {
        return 2 * Samplers.standardGamma(rng, shape);
    }

    @Override
    public String toString() {
        return "ChiSquared(df=" + df + ")";
    }
}
