package org.chagres.stats.distribution;

import java.util.random.RandomGenerator;
import org.chagres.stats.special.IncompleteGamma;

/**
 * The gamma distribution with shape k and scale θ: density
 * {@code x^(k-1) e^(-x/θ) / (Γ(k) θ^k)}.
 *
 * <p>{@code y = x/θ} is carried as a double-double and its low part enters to first order
 * (the derivative of the log density, or the density for cdf and sf), so results do not pay
 * {@code |k - y|·ε} for the rounding of x/θ. cdf {@code P(k, y)}, sf {@code Q(k, y)}
 * ({@link IncompleteGamma}), quantiles {@code θ·P⁻¹(k, p)}, {@code θ·Q⁻¹(k, q)}.
 * Sampling: Marsaglia–Tsang.
 */
public final class Gamma implements ContinuousDistribution {

    private final double shape;
    private final double scale;

    private Gamma(double shape, double scale) {
        this.shape = shape;
        this.scale = scale;
    }

    /**
     * Returns Gamma(shape, scale) (mean shape·scale).
     * @throws IllegalArgumentException unless both are &gt; 0 and finite
     */
    public static Gamma of(double shape, double scale) {
        Checks.positiveFinite("Gamma.of", "shape", shape);
        Checks.positiveFinite("Gamma.of", "scale", scale);
        return new Gamma(shape, scale);
    }

    /** Returns k. */
    public double shape() {
        return shape;
    }

    /** Returns θ. */
    public double scale() {
        return scale;
    }

    /** Returns {@code {y, yLo}} with {@code y + yLo = x/θ}. */
    private double[] standardise(double x) {
        return Standardised.of(x, 0.0, scale);
    }

    /** Density of the standard gamma at y: {@code y^(k-1)e^(-y)/Γ(k)}. */
    private double standardPdf(double y) {
        double pre = IncompleteGamma.prefix(shape, y);
        return pre / y;
    }

    @Override
    public double pdf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x <= 0) {
            if (x < 0) {
                return 0.0;
            }
            return shape < 1 ? Double.POSITIVE_INFINITY : shape == 1 ? 1 / scale : 0.0;
        }
        if (x == Double.POSITIVE_INFINITY) {
            return 0.0;
        }
        double[] y = standardise(x);
        double v = standardPdf(y[0]);
        if (!(v > 0) || v == Double.POSITIVE_INFINITY) {
            return Math.exp(logPdf(x));
        }
        return v * (1 + ((shape - 1) / y[0] - 1) * y[1]) / scale;
    }

    @Override
    public double logPdf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x <= 0 || x == Double.POSITIVE_INFINITY) {
            return Math.log(pdf(x));
        }
        double y = x / scale;
        return (shape - 1) * Math.log(y) - y
                - org.chagres.stats.special.Gamma.logGamma(shape) - Math.log(scale);
    }

    @Override
    public double cdf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x <= 0) {
            return 0.0;
        }
        if (x / scale < Double.MIN_NORMAL) {
            // x/θ would lose its bits as a subnormal; P(k, y) = y^k/Γ(k+1)·(1 + O(y))
            return Math.exp(shape * (Math.log(x) - Math.log(scale))
                    - org.chagres.stats.special.Gamma.logGamma1p(shape));
        }
        double[] y = standardise(x);
        double p = IncompleteGamma.p(shape, y[0]);
        return y[1] == 0 || p == 1 ? p : p + standardPdf(y[0]) * y[1];
    }

    @Override
    public double sf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x <= 0) {
            return 1.0;
        }
        double[] y = standardise(x);
        double q = IncompleteGamma.q(shape, y[0]);
        return y[1] == 0 || q == 0 ? q : q - standardPdf(y[0]) * y[1];
    }

    @Override
    public double quantile(double p) {
        Checks.probabilityOrNaN("Gamma.quantile", "p", p);
        return scale * IncompleteGamma.inverseP(shape, p);
    }

    @Override
    public double inverseSf(double q) {
        Checks.probabilityOrNaN("Gamma.inverseSf", "q", q);
        return scale * IncompleteGamma.inverseQ(shape, q);
    }

    @Override
    public double mean() {
        return shape * scale;
    }

    @Override
    public double variance() {
        return shape * scale * scale;
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
        return scale * Samplers.standardGamma(rng, shape);
    }

    @Override
    public String toString() {
        return "Gamma(shape=" + shape + ", scale=" + scale + ")";
    }
}
