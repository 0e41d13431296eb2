package org.chagres.stats.distribution;

import java.util.random.RandomGenerator;

/**
 * The exponential distribution with rate λ: density {@code λe^(-λx)}, x ≥ 0.
 * The product {@code λx} is carried exactly (FMA remainder) into {@code e^(-λx)}, so sf and pdf
 * keep a few ulps out to the underflow threshold; cdf {@code -expm1(-λx)}; quantile
 * {@code -log1p(-p)/λ}, inverseSf {@code -log(q)/λ}. Sampling: {@code -log(U)/λ}, U in (0, 1].
 */
public final class Exponential implements ContinuousDistribution {

    private final double rate;

    private Exponential(double rate) {
        this.rate = rate;
    }

    /**
     * Returns the exponential distribution with the given rate (mean 1/rate).
     * @throws IllegalArgumentException unless rate is &gt; 0 and finite
     */
    public static Exponential of(double rate) {
        return new Exponential(Checks.positiveFinite("Exponential.of", "rate", rate));
    }

    /** Returns λ. */
    public double rate() {
        return rate;
    }

    /** Returns {@code e^(-λx)} with λx split exactly. */
    private double expMinusRateX(double x) {
        double hi = rate * x;
        if (!(hi < 800)) {
            return hi >= 800 ? 0.0 : Math.exp(-hi);
        }
        double lo = Math.fma(rate, x, -hi);
        return Math.exp(-hi) * (1 - lo);
    }

    @Override
    public double pdf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        return x < 0 ? 0.0 : rate * expMinusRateX(x);
    }

    @Override
    public double logPdf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        return x < 0 ? Double.NEGATIVE_INFINITY : Math.log(rate) - rate * x;
    }

    @Override
    public double cdf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        return x <= 0 ? 0.0 : -Math.expm1(-rate * x);
    }

    @Override
    public double sf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        return x <= 0 ? 1.0 : expMinusRateX(x);
    }

    @Override
    public double quantile(double p) {
        Checks.probabilityOrNaN("Exponential.quantile", "p", p);
        return -Math.log1p(-p) / rate;
    }

    @Override
    public double inverseSf(double q) {
        Checks.probabilityOrNaN("Exponential.inverseSf", "q", q);
        return q > 0.5 ? -Math.log1p(-(1 - q)) / rate : -Math.log(q) / rate;
    }

    @Override
    public double mean() {
        return 1 / rate;
    }

    @Override
    public double variance() {
        return 1 / (rate * rate);
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
        return -Math.log(Samplers.openUniform(rng)) / rate;
    }

    @Override
    public String toString() {
        return "Exponential(rate=" + rate + ")";
    }
}
