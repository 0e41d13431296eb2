package org.chagres.stats.distribution;

import java.util.random.RandomGenerator;
import org.chagres.stats.special.StandardNormal;

/**
 * The log-normal distribution: {@code log X ~ N(μ, σ²)}; density
 * {@code φ((log x - μ)/σ) / (σx)} for x &gt; 0.
 *
 * <p>{@code log x} is formed as a double-double ({@code e·log 2 + log m} for
 * {@code x = m·2ᵉ}, with log 2 split so that {@code e·log2_hi} is exact) and standardised as in
 * {@link Normal}, so far tails keep a few ulps. Quantiles {@code exp(μ + σΦ⁻¹(p))}.
 * Sampling: {@code exp} of a polar-method normal.
 */
public final class LogNormal implements ContinuousDistribution {

    /** fdlibm's split of log 2: LN2_HI has 32 trailing zero bits, so e·LN2_HI is exact. */
    private static final double LN2_HI = 6.93147180369123816490e-01;
    private static final double LN2_LO = 1.90821492927058770002e-10;

    private final double mu;
    private final double sigma;

    private LogNormal(double mu, double sigma) {
        this.mu = mu;
        this.sigma = sigma;
    }

    /**
     * Returns the log-normal with log-mean mu and log-sd sigma.
     * @throws IllegalArgumentException unless mu is finite and sigma is &gt; 0 and finite
     */
    public static LogNormal of(double mu, double sigma) {
        Checks.finite("LogNormal.of", "mu", mu);
        Checks.positiveFinite("LogNormal.of", "sigma", sigma);
        return new LogNormal(mu, sigma);
    }

    /** Returns μ (mean of log X). */
    public double mu() {
        return mu;
    }

    /** Returns σ (sd of log X). */
    public double sigma() {
        return sigma;
    }

    /** Returns {@code z + zLo = (log x - μ)/σ} for finite x &gt; 0. */
    private double[] standardise(double x) {
        int e = Math.getExponent(x);
        double m;
        if (e < Double.MIN_EXPONENT) {                  // subnormal: scale up first
            double y = x * 0x1p60;
            e = Math.getExponent(y);
            m = y / Math.scalb(1.0, e);
            e -= 60;
        } else {
            m = x / Math.scalb(1.0, e);
        }
        if (m > Math.sqrt(2)) {
            m *= 0.5;
            e += 1;
        }
        double lm = Math.log(m);                        // |lm| ≤ 0.35, error ≤ 1 ulp of that
        double hi = e * LN2_HI;                         // exact
        double s = hi + lm;
        double bb = s - hi;
        double err = (hi - (s - bb)) + (lm - bb) + e * LN2_LO;
        double sum = s + err;                            // renormalise (Fast2Sum, |s| ≥ |err|)
        return Standardised.of(sum, err - (sum - s), mu, sigma);
    }

    @Override
    public double pdf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x <= 0 || x == Double.POSITIVE_INFINITY) {
            return 0.0;
        }
        double[] z = standardise(x);
        double v = StandardNormal.pdf(z[0], z[1]) / sigma;
        return v / x;
    }

    @Override
    public double logPdf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x <= 0 || x == Double.POSITIVE_INFINITY) {
            return Double.NEGATIVE_INFINITY;
        }
        double lx = Math.log(x);
        double z = (lx - mu) / sigma;
        return StandardNormal.logPdf(z) - Math.log(sigma) - lx;
    }

    @Override
    public double cdf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x <= 0) {
            return 0.0;
        }
        if (x == Double.POSITIVE_INFINITY) {
            return 1.0;
        }
        double[] z = standardise(x);
        return StandardNormal.sf(-z[0], -z[1]);
    }

    @Override
    public double sf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x <= 0) {
            return 1.0;
        }
        if (x == Double.POSITIVE_INFINITY) {
            return 0.0;
        }
        double[] z = standardise(x);
        return StandardNormal.sf(z[0], z[1]);
    }

    @Override
    public double quantile(double p) {
        Checks.probabilityOrNaN("LogNormal.quantile", "p", p);
        return Math.exp(Math.fma(sigma, StandardNormal.quantile(p), mu));
    }

    @Override
    public double inverseSf(double q) {
        Checks.probabilityOrNaN("LogNormal.inverseSf", "q", q);
        return Math.exp(Math.fma(sigma, StandardNormal.inverseSf(q), mu));
    }

    @Override
    public double mean() {
        return Math.exp(mu + 0.5 * sigma * sigma);
    }

    @Override
    public double variance() {
        double s2 = sigma * sigma;
        return Math.expm1(s2) * Math.exp(2 * mu + s2);
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
        return Math.exp(mu + sigma * Samplers.standardNormal(rng));
    }

    @Override
    public String toString() {
        return "LogNormal(mu=" + mu + ", sigma=" + sigma + ")";
    }
}
