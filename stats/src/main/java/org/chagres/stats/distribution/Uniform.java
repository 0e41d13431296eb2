package org.chagres.stats.distribution;

import java.util.random.RandomGenerator;

/**
 * The continuous uniform distribution on {@code [a, b]}: density {@code 1/(b-a)}.
 * cdf {@code (x-a)/(b-a)}, sf {@code (b-x)/(b-a)} (each from its own end, so both tails are
 * accurate); quantile {@code a + p(b-a)}, inverseSf {@code b - q(b-a)}.
 * Sampling: {@code a + (b-a)·U}.
 */
public final class Uniform implements ContinuousDistribution {

    private final double a;
    private final double b;
    private final double width;

    private Uniform(double a, double b) {
        this.a = a;
        this.b = b;
        this.width = b - a;
    }

    /**
     * Returns the uniform distribution on [a, b].
     * @throws IllegalArgumentException unless a &lt; b, both finite, with b - a finite
     */
    public static Uniform of(double a, double b) {
        Checks.finite("Uniform.of", "a", a);
        Checks.finite("Uniform.of", "b", b);
        if (a < b && b - a < Double.POSITIVE_INFINITY) {
            return new Uniform(a, b);
        }
        throw new IllegalArgumentException(
                "Uniform.of: need a < b with b - a finite, got a=" + a + ", b=" + b);
    }

    /** Returns a. */
    public double lower() {
        return a;
    }

    /** Returns b. */
    public double upper() {
        return b;
    }

    @Override
    public double pdf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        return x >= a && x <= b ? 1 / width : 0.0;
    }

    @Override
    public double logPdf(double x) {
        return Math.log(pdf(x));
    }

    @Override
    public double cdf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        return x <= a ? 0.0 : x >= b ? 1.0 : (x - a) / width;
    }

    @Override
    public double sf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        return x <= a ? 1.0 : x >= b ? 0.0 : (b - x) / width;
    }

    @Override
    public double quantile(double p) {
        Checks.probabilityOrNaN("Uniform.quantile", "p", p);
        return p > 0.5 ? b - (1 - p) * width : Math.fma(p, width, a);
    }

    @Override
    public double inverseSf(double q) {
        Checks.probabilityOrNaN("Uniform.inverseSf", "q", q);
        return q > 0.5 ? Math.fma(1 - q, width, a) : b - q * width;
    }

    @Override
    public double mean() {
        return a + 0.5 * width;
    }

    @Override
    public double variance() {
        return width * width / 12;
    }

    @Override
    public double supportLower() {
        return a;
    }

    @Override
    public double supportUpper() {
        return b;
    }

    @Override
    public double sample(RandomGenerator rng) {
        return Math.fma(rng.nextDouble(), width, a);
    }

    @Override
    public String toString() {
        return "Uniform(a=" + a + ", b=" + b + ")";
    }
}
