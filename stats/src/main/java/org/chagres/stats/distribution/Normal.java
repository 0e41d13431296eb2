package org.chagres.stats.distribution;

import java.util.random.RandomGenerator;
import org.chagres.stats.special.StandardNormal;

/**
 * The normal distribution {@code N(μ, σ²)}: density {@code e^(-(x-μ)²/(2σ²)) / (σ√(2π))}.
 *
 * <p>The standardised value {@code z = (x - μ)/σ} is carried as a double-double (exact
 * difference, FMA remainder of the division), so pdf, cdf and sf keep a few ulps of relative
 * accuracy far into the tails for any μ, σ; the tails use {@code erfcx} (see
 * {@link StandardNormal}); {@code cdf(μ - 38σ) ≈ 2.9e-316} is a correct subnormal.
 * Quantiles: {@code μ + σ·Φ⁻¹(p)}, Halley-refined (see {@link StandardNormal}).
 * Sampling: Marsaglia's polar method.
 */
public final class Normal implements ContinuousDistribution {

    private static final Normal STANDARD = new Normal(0, 1);

    private final double mu;
    private final double sd;

    private Normal(double mu, double sd) {
        this.mu = mu;
        this.sd = sd;
    }

    /**
     * Returns {@code N(mu, sd²)}.
     * @throws IllegalArgumentException if mu is not finite or sd is not &gt; 0 and finite
     */
    public static Normal of(double mu, double sd) {
        Checks.finite("Normal.of", "mu", mu);
        Checks.positiveFinite("Normal.of", "sd", sd);
        return mu == 0 && sd == 1 ? STANDARD : new Normal(mu, sd);
    }

    /** Returns the standard normal {@code N(0, 1)}. */
    public static Normal standard() {
        return STANDARD;
    }

    /** Returns μ. */
    public double mu() {
        return mu;
    }

    /** Returns σ. */
    public double sd() {
        return sd;
    }

    private double[] standardise(double x) {
        return Standardised.of(x, mu, sd);
    }

    @Override
    public double pdf(double x) {
        double[] z = standardise(x);
        return StandardNormal.pdf(z[0], z[1]) / sd;
    }

    @Override
    public double logPdf(double x) {
        double z = (x - mu) / sd;
        return StandardNormal.logPdf(z) - Math.log(sd);
    }

    @Override
    public double cdf(double x) {
        double[] z = standardise(x);
        return StandardNormal.sf(-z[0], -z[1]);
    }

    @Override
    public double sf(double x) {
        double[] z = standardise(x);
        return StandardNormal.sf(z[0], z[1]);
    }

    @Override
    public double quantile(double p) {
        Checks.probabilityOrNaN("Normal.quantile", "p", p);
        return Math.fma(sd, StandardNormal.quantile(p), mu);
    }

    @Override
    public double inverseSf(double q) {
        Checks.probabilityOrNaN("Normal.inverseSf", "q", q);
        return Math.fma(sd, StandardNormal.inverseSf(q), mu);
    }

    @Override
    public double mean() {
        return mu;
    }

    @Override
    public double variance() {
        return sd * sd;
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
        return mu + sd * Samplers.standardNormal(rng);
    }

    @Override
    public double[] sample(RandomGenerator rng, int n) {
        Checks.sampleCount("Normal", n);
        double[] out = new double[n];
        Samplers.standardNormals(rng, out);
        for (int i = 0; i < n; i++) {
            out[i] = mu + sd * out[i];
        }
        return out;
    }

    @Override
    public String toString() {
        return "Normal(mu=" + mu + ", sd=" + sd + ")";
    }
}
