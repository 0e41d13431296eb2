package org.chagres.stats.distribution;

import java.util.random.RandomGenerator;
import org.chagres.stats.special.Gamma;
import org.chagres.stats.special.IncompleteBeta;

/**
 * The beta distribution on [0, 1] with shapes α, β: density
 * {@code x^(α-1)(1-x)^(β-1)/B(α, β)}.
 *
 * <p>pdf through {@link IncompleteBeta#prefix} (Stirling-scaled for large shapes), cdf
 * {@code I_x(α, β)}, sf its complement from the same call; quantiles by
 * {@link IncompleteBeta#inverse} / {@link IncompleteBeta#inverseComplement}, which reach
 * {@code quantile(1e-300) ≈ 2.58e-151} for Beta(2, 5). Sampling: {@code X/(X+Y)} with
 * X ~ Gamma(α), Y ~ Gamma(β) (Marsaglia–Tsang).
 */
public final class Beta implements ContinuousDistribution {

    private final double alpha;
    private final double beta;

    private Beta(double alpha, double beta) {
        this.alpha = alpha;
        this.beta = beta;
    }

    /**
     * Returns Beta(alpha, beta).
     * @throws IllegalArgumentException unless both are &gt; 0 and finite
     */
    public static Beta of(double alpha, double beta) {
        Checks.positiveFinite("Beta.of", "alpha", alpha);
        Checks.positiveFinite("Beta.of", "beta", beta);
        return new Beta(alpha, beta);
    }

    /** Returns α. */
    public double alpha() {
        return alpha;
    }

    /** Returns β. */
    public double beta() {
        return beta;
    }

    @Override
    public double pdf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x < 0 || x > 1) {
            return 0.0;
        }
        if (x == 0 || x == 1) {
            double s = x == 0 ? alpha : beta;
            if (s < 1) {
                return Double.POSITIVE_INFINITY;
            }
            return s == 1 ? Math.exp(-Gamma.logBeta(alpha, beta)) : 0.0;
        }
        double y = 1 - x;
        double v = IncompleteBeta.prefix(alpha, beta, x, y) / x / y;
        if (v > Double.MIN_NORMAL || v == 0 && !(logPdf(x) > -745)) {
            return v;
        }
        return Math.exp(logPdf(x));
    }

    @Override
    public double logPdf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (!(x > 0 && x < 1)) {
            return Math.log(pdf(x));
        }
        double lx = x < 0.5 ? Math.log(x) : Math.log1p(-(1 - x));
        double ly = Math.log1p(-x);
        return (alpha - 1) * lx + (beta - 1) * ly - Gamma.logBeta(alpha, beta);
    }

    @Override
    public double cdf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        return x <= 0 ? 0.0 : x >= 1 ? 1.0 : IncompleteBeta.value(alpha, beta, x, 1 - x);
    }

    @Override
    public double sf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        return x <= 0 ? 1.0 : x >= 1 ? 0.0 : IncompleteBeta.complement(alpha, beta, x, 1 - x);
    }

    @Override
    public double quantile(double p) {
        Checks.probabilityOrNaN("Beta.quantile", "p", p);
        return IncompleteBeta.inverse(alpha, beta, p);
    }

    @Override
    public double inverseSf(double q) {
        Checks.probabilityOrNaN("Beta.inverseSf", "q", q);
        return IncompleteBeta.inverseComplement(alpha, beta, q);
    }

    @Override
    public double mean() {
        return alpha / (alpha + beta);
    }

    @Override
    public double variance() {
        double c = alpha + beta;
        return alpha * beta / (c * c * (c + 1));
    }

    @Override
    public double supportLower() {
        return 0.0;
    }

    @Override
    public double supportUpper() {
        return 1.0;
    }

    @Override
    public double sample(RandomGenerator rng) {
        double x = Samplers.standardGamma(rng, alpha);
        double y = Samplers.standardGamma(rng, beta);
        double s = x + y;
        if (s == 0) {
            // both underflowed (tiny shapes): fall back to the ratio of logs' winner
            return alpha >= beta ? 1.0 : 0.0;
        }
        return x / s;
    }

    @Override
    public String toString() {
        return "Beta(alpha=" + alpha + ", beta=" + beta + ")";
    }
}
