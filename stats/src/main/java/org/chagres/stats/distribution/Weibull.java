package org.chagres.stats.distribution;

import java.util.random.RandomGenerator;
import org.chagres.stats.special.Gamma;

/**
 * The Weibull distribution with shape k and scale λ: sf {@code e^(-(x/λ)ᵏ)}, density
 * {@code (k/λ)(x/λ)^(k-1) e^(-(x/λ)ᵏ)}.
 *
 * <p>{@code x/λ} is carried as a double-double so that {@code (x/λ)ᵏ} does not pick up
 * {@code k·ε} of relative error; cdf {@code -expm1(-(x/λ)ᵏ)}. Quantiles
 * {@code λ(-log1p(-p))^(1/k)}, {@code λ(-log q)^(1/k)}. Sampling: inversion.
 */
public final class Weibull implements ContinuousDistribution {

    private final double shape;
    private final double scale;

    private Weibull(double shape, double scale) {
        this.shape = shape;
        this.scale = scale;
    }

    /**
     * Returns Weibull(shape, scale).
     * @throws IllegalArgumentException unless both are &gt; 0 and finite
     */
    public static Weibull of(double shape, double scale) {
        Checks.positiveFinite("Weibull.of", "shape", shape);
        Checks.positiveFinite("Weibull.of", "scale", scale);
        return new Weibull(shape, scale);
    }

    /** Returns k. */
    public double shape() {
        return shape;
    }

    /** Returns λ. */
    public double scale() {
        return scale;
    }

    /** Returns {@code {t, (x/λ)ᵏ}} with the low part of t = x/λ folded into the power. */
    private double[] power(double x) {
        double[] t = Standardised.of(x, 0.0, scale);
        double z = Math.pow(t[0], shape);
        if (t[1] != 0 && t[0] > 0) {
            z *= 1 + shape * t[1] / t[0];
        }
        return new double[] {t[0], z};
    }

    @Override
    public double pdf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x < 0 || x == Double.POSITIVE_INFINITY) {
            return 0.0;
        }
        if (x == 0) {
            return shape < 1 ? Double.POSITIVE_INFINITY : shape == 1 ? 1 / scale : 0.0;
        }
        double[] tz = power(x);
        // (k/λ) t^(k-1) e^(-z) = (k/λ)(z/t) e^(-z)
        return shape / scale * (tz[1] / tz[0]) * Math.exp(-tz[1]);
    }

    @Override
    public double logPdf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (!(x > 0) || x == Double.POSITIVE_INFINITY) {
            return Math.log(pdf(x));
        }
        double t = x / scale;
        return Math.log(shape / scale) + (shape - 1) * Math.log(t) - Math.pow(t, shape);
    }

    @Override
    public double cdf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        return x <= 0 ? 0.0 : -Math.expm1(-power(x)[1]);
    }

    @Override
    public double sf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        return x <= 0 ? 1.0 : Math.exp(-power(x)[1]);
    }

    @Override
    public double quantile(double p) {
        Checks.probabilityOrNaN("Weibull.quantile", "p", p);
        return scale * Math.pow(-Math.log1p(-p), 1 / shape);
    }

    @Override
    public double inverseSf(double q) {
        Checks.probabilityOrNaN("Weibull.inverseSf", "q", q);
        return scale * Math.pow(-Math.log(q), 1 / shape);
    }

    @Override
    public double mean() {
        return scale * Gamma.gamma(1 + 1 / shape);
    }

    @Override
    public double variance() {
        double g1 = Gamma.gamma(1 + 1 / shape);
        return scale * scale * (Gamma.gamma(1 + 2 / shape) - g1 * g1);
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
        return scale * Math.pow(-Math.log(Samplers.openUniform(rng)), 1 / shape);
    }

    @Override
    public String toString() {
        return "Weibull(shape=" + shape + ", scale=" + scale + ")";
    }
}
