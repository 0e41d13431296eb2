package org.chagres.stats.distribution;

import java.util.random.RandomGenerator;
import org.chagres.stats.special.Elementary;

/**
 * The Cauchy distribution with location x₀ and scale γ: density
 * {@code 1/(πγ(1 + z²))}, {@code z = (x - x₀)/γ}.
 *
 * <p>Tails as {@code atan(1/|z|)/π} (no cancellation against ½); quantiles
 * {@code x₀ - γ·cot(πp)} with {@code sin(πp)}, {@code cos(πp)} reduced exactly, so
 * {@code quantile(1e-300) ≈ -3.18e299}. Mean and variance are undefined (NaN).
 * Sampling: inversion, {@code x₀ + γ·tan(π(U - ½))}.
 */
public final class Cauchy implements ContinuousDistribution {

    private final double location;
    private final double scale;

    private Cauchy(double location, double scale) {
        this.location = location;
        this.scale = scale;
    }

    /**
     * Returns Cauchy(location, scale).
     * @throws IllegalArgumentException unless location is finite and scale &gt; 0 and finite
     */
    public static Cauchy of(double location, double scale) {
        Checks.finite("Cauchy.of", "location", location);
        Checks.positiveFinite("Cauchy.of", "scale", scale);
        return new Cauchy(location, scale);
    }

    /** Returns x₀. */
    public double location() {
        return location;
    }

    /** Returns γ. */
    public double scale() {
        return scale;
    }

    @Override
    public double pdf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double z = (x - location) / scale;
        double az = Math.abs(z);
        if (az > 1e150) {
            double r = 1 / az;
            return r * r / (Math.PI * scale);
        }
        return 1 / (Math.PI * scale * (1 + z * z));
    }

    @Override
    public double logPdf(double x) {
        return Math.log(pdf(x));
    }

    /** Returns {@code P(Z ≤ z)} for the standard Cauchy. */
    private static double standardCdf(double z) {
        if (z < -1) {
            return Math.atan(-1 / z) / Math.PI;
        }
        return 0.5 + Math.atan(z) / Math.PI;
    }

    @Override
    public double cdf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        return standardCdf((x - location) / scale);
    }

    @Override
    public double sf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        return standardCdf((location - x) / scale);
    }

    @Override
    public double quantile(double p) {
        Checks.probabilityOrNaN("Cauchy.quantile", "p", p);
        if (p == 0 || p == 1) {
            return p == 0 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        // tan(π(p - ½)) = -cot(πp)
        return location - scale * (Elementary.cosPi(p) / Elementary.sinPi(p));
    }

    @Override
    public double inverseSf(double q) {
        Checks.probabilityOrNaN("Cauchy.inverseSf", "q", q);
        if (q == 0 || q == 1) {
            return q == 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        }
        return location + scale * (Elementary.cosPi(q) / Elementary.sinPi(q));
    }

    @Override
    public double mean() {
        return Double.NaN;
    }

    @Override
    public double variance() {
        return Double.NaN;
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
        double u = Samplers.openUniform(rng);          // (0, 1]
        return location - scale * (Elementary.cosPi(u) / Elementary.sinPi(u));
    }

    @Override
    public String toString() {
        return "Cauchy(location=" + location + ", scale=" + scale + ")";
    }
}
