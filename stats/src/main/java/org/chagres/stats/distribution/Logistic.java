package org.chagres.stats.distribution;

import java.util.random.RandomGenerator;

/**
 * The logistic distribution with location μ and scale s: cdf {@code 1/(1 + e^(-z))},
 * {@code z = (x-μ)/s}, density {@code e^(-z)/(s(1 + e^(-z))²)}.
 *
 * <p>Each tail is written in terms of {@code e^(-|z|)} (never {@code 1 - small}); z is carried
 * as a double-double with its low part applied to first order. Quantiles
 * {@code μ + s(log p - log1p(-p))}. Sampling: inversion.
 */
public final class Logistic implements ContinuousDistribution {

    private final double mu;
    private final double scale;

    private Logistic(double mu, double scale) {
        this.mu = mu;
        this.scale = scale;
    }

    /**
     * Returns Logistic(mu, scale).
     * @throws IllegalArgumentException unless mu is finite and scale &gt; 0 and finite
     */
    public static Logistic of(double mu, double scale) {
        Checks.finite("Logistic.of", "mu", mu);
        Checks.positiveFinite("Logistic.of", "scale", scale);
        return new Logistic(mu, scale);
    }

    /** Returns μ. */
    public double mu() {
        return mu;
    }

    /** Returns s. */
    public double scale() {
        return scale;
    }

    /** Returns {@code 1/(1 + e^(-z))} for z + zLo, accurate in the lower tail. */
    private static double standardCdf(double z, double zLo) {
        if (z < 0) {
            double e = Math.exp(z);
            double c = e / (1 + e);
            return c * (1 + (1 - c) * zLo);             // d log F/dz = 1 - F
        }
        double e = Math.exp(-z);
        return 1 / (1 + e) + e / ((1 + e) * (1 + e)) * zLo;
    }

    @Override
    public double pdf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double[] zz = Standardised.of(x, mu, scale);
        double z = zz[0];
        double e = Math.exp(-Math.abs(z));
        double v = e / ((1 + e) * (1 + e));
        double slope = z < 0 ? (1 - e) / (1 + e) : -(1 - e) / (1 + e);  // d log pdf/dz
        return v * (1 + slope * zz[1]) / scale;
    }

    @Override
    public double logPdf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double az = Math.abs((x - mu) / scale);
        return -az - 2 * Math.log1p(Math.exp(-az)) - Math.log(scale);
    }

    @Override
    public double cdf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double[] z = Standardised.of(x, mu, scale);
        return Double.isInfinite(z[0]) ? (z[0] > 0 ? 1.0 : 0.0) : standardCdf(z[0], z[1]);
    }

    @Override
    public double sf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double[] z = Standardised.of(x, mu, scale);
        return Double.isInfinite(z[0]) ? (z[0] > 0 ? 0.0 : 1.0) : standardCdf(-z[0], -z[1]);
    }

    @Override
    public double quantile(double p) {
        Checks.probabilityOrNaN("Logistic.quantile", "p", p);
        if (p > 0.5) {
            double q = 1 - p;
            return mu + scale * (Math.log1p(-q) - Math.log(q));
        }
        return mu + scale * (Math.log(p) - Math.log1p(-p));
    }

    @Override
    public double inverseSf(double q) {
        Checks.probabilityOrNaN("Logistic.inverseSf", "q", q);
        if (q > 0.5) {
            double p = 1 - q;
            return mu + scale * (Math.log(p) - Math.log1p(-p));
        }
        return mu + scale * (Math.log1p(-q) - Math.log(q));
    }

    @Override
    public double mean() {
        return mu;
    }

    @Override
    public double variance() {
        return scale * scale * Math.PI * Math.PI / 3;
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
        double u = Samplers.openUniform(rng);
        return mu + scale * (Math.log(u) - Math.log1p(-u));
    }

    @Override
    public String toString() {
        return "Logistic(mu=" + mu + ", scale=" + scale + ")";
    }
}
