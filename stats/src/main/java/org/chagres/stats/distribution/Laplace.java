package org.chagres.stats.distribution;

import java.util.random.RandomGenerator;

/**
 * The Laplace (double exponential) distribution with location μ and scale b: density
 * {@code e^(-|x-μ|/b)/(2b)}.
 *
 * <p>{@code z = (x-μ)/b} is carried as a double-double, its low part applied as the factor
 * {@code e^(∓zLo)}, so {@code e^(-|z|)} keeps a few ulps down to the underflow threshold;
 * the tail on each side is computed directly. Quantiles {@code μ + b·log(2p)} (lower half),
 * {@code μ - b·log(2q)} (upper half). Sampling: inversion.
 */
public final class Laplace implements ContinuousDistribution {

    private final double mu;
    private final double scale;

    private Laplace(double mu, double scale) {
        this.mu = mu;
        this.scale = scale;
    }

    /**
     * Returns Laplace(mu, scale).
     * @throws IllegalArgumentException unless mu is finite and scale &gt; 0 and finite
     */
    public static Laplace of(double mu, double scale) {
        Checks.finite("Laplace.of", "mu", mu);
        Checks.positiveFinite("Laplace.of", "scale", scale);
        return new Laplace(mu, scale);
    }

    /** Returns μ. */
    public double mu() {
        return mu;
    }

    /** Returns b. */
    public double scale() {
        return scale;
    }

    /** Returns {@code ½e^(-|z|)} for the double-double z. */
    private static double halfTail(double[] z) {
        double az = Math.abs(z[0]);
        double lo = z[0] < 0 ? -z[1] : z[1];
        return 0.5 * Math.exp(-az) * (1 - lo);
    }

    @Override
    public double pdf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        return halfTail(Standardised.of(x, mu, scale)) / scale;
    }

    @Override
    public double logPdf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        return -Math.abs(x - mu) / scale - Math.log(2 * scale);
    }

    @Override
    public double cdf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double[] z = Standardised.of(x, mu, scale);
        double t = halfTail(z);
        return z[0] < 0 ? t : 1 - t;
    }

    @Override
    public double sf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double[] z = Standardised.of(x, mu, scale);
        double t = halfTail(z);
        return z[0] > 0 ? t : 1 - t;
    }

    @Override
    public double quantile(double p) {
        Checks.probabilityOrNaN("Laplace.quantile", "p", p);
        return p <= 0.5 ? mu + scale * Math.log(2 * p) : mu - scale * Math.log(2 * (1 - p));
    }

    @Override
    public double inverseSf(double q) {
        Checks.probabilityOrNaN("Laplace.inverseSf", "q", q);
        return q <= 0.5 ? mu - scale * Math.log(2 * q) : mu + scale * Math.log(2 * (1 - q));
    }

    @Override
    public double mean() {
        return mu;
    }

    @Override
    public double variance() {
        return 2 * scale * scale;
    }

    @Override
    public double supportLower() {
        return Double.NEGATIVE_INFINITY;
    }

    @Override
    public double supportUpper() {
        return Double.POSITIVE_INFINITY;
    }

    @Override
    public double sample(RandomGenerator rng) {
        double e = -Math.log(Samplers.openUniform(rng));
        return rng.nextBoolean() ? mu + scale * e : mu - scale * e;
    }

    @Override
    public String toString() {
        return "Laplace(mu=" + mu + ", scale=" + scale + ")";
    }
}
