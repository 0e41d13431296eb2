package org.chagres.stats.distribution;

import java.util.random.RandomGenerator;
import org.chagres.stats.special.Gamma;
import org.chagres.stats.special.IncompleteBeta;
import org.chagres.stats.special.StandardNormal;

/**
 * The negative binomial distribution: failures before the r-th success (r &gt; 0 real),
 * {@code P(X = k) = Γ(k+r)/(k! Γ(r)) pʳ (1-p)ᵏ}.
 *
 * <p>pmf {@code prefix(r, k+1, p, 1-p)/((1-p)(r+k))} ({@link IncompleteBeta#prefix}); cdf
 * {@code I_p(r, k+1)}, sf its complement. Quantiles: exact search. Sampling: the gamma–Poisson
 * mixture, {@code Poisson(Gamma(r)·(1-p)/p)}.
 */
public final class NegativeBinomial implements DiscreteDistribution {

    private final double r;
    private final double p;
    private final double q;

    private NegativeBinomial(double r, double p) {
        this.r = r;
        this.p = p;
        this.q = 1 - p;
    }

    /**
     * Returns NegativeBinomial(r, p).
     * @throws IllegalArgumentException unless r &gt; 0 finite and 0 &lt; p ≤ 1
     */
    public static NegativeBinomial of(double r, double p) {
        Checks.positiveFinite("NegativeBinomial.of", "r", r);
        if (p > 0 && p <= 1) {
            return new NegativeBinomial(r, p);
        }
        throw new IllegalArgumentException("NegativeBinomial.of: p must be in (0, 1], got " + p);
    }

    /** Returns r. */
    public double successes() {
        return r;
    }

    /** Returns p. */
    public double probability() {
        return p;
    }

    @Override
    public double pmf(int k) {
        if (k < 0) {
            return 0.0;
        }
        if (p == 1) {
            return k == 0 ? 1.0 : 0.0;
        }
        if (k == 0) {
            return Math.exp(r * Math.log(p));
        }
        return IncompleteBeta.prefix(r, k + 1.0, p, q) / (q * (r + k));
    }

    @Override
    public double logPmf(int k) {
        double v = pmf(k);
        if (v > Double.MIN_NORMAL || k < 0 || p == 1) {
            return Math.log(v);
        }
        return Gamma.logGamma(k + r) - Gamma.logGamma(k + 1.0) - Gamma.logGamma(r)
                + r * Math.log(p) + k * Math.log1p(-p);
    }

    @Override
    public double cdf(int k) {
        if (k < 0) {
            return 0.0;
        }
        return p == 1 ? 1.0 : IncompleteBeta.value(r, k + 1.0, p, q);
    }

    @Override
    public double sf(int k) {
        if (k < 0) {
            return 1.0;
        }
        return p == 1 ? 0.0 : IncompleteBeta.complement(r, k + 1.0, p, q);
    }

    private long estimate(double z) {
        return (long) Math.floor(mean() + z * Math.sqrt(variance()) + 0.5);
    }

    @Override
    public int quantile(double prob) {
        Checks.probability("NegativeBinomial.quantile", "p", prob);
        if (prob == 0 || p == 1) {
            return 0;
        }
        if (prob == 1) {
            return Integer.MAX_VALUE;
        }
        long est = estimate(StandardNormal.quantile(prob));
        if (prob <= 0.5) {
            return DiscreteSearch.smallest(k -> cdf(k) >= prob, 0, Integer.MAX_VALUE, est);
        }
        double t = 1 - prob;
        return DiscreteSearch.smallest(k -> sf(k) <= t, 0, Integer.MAX_VALUE, est);
    }

    @Override
    public int inverseSf(double t) {
        Checks.probability("NegativeBinomial.inverseSf", "q", t);
        if (t == 1 || p == 1) {
            return 0;
        }
        if (t == 0) {
            return Integer.MAX_VALUE;
        }
        long est = estimate(StandardNormal.inverseSf(t));
        if (t <= 0.5) {
            return DiscreteSearch.smallest(k -> sf(k) <= t, 0, Integer.MAX_VALUE, est);
        }
        double prob = 1 - t;
        return DiscreteSearch.smallest(k -> cdf(k) >= prob, 0, Integer.MAX_VALUE, est);
    }

    @Override
    public double mean() {
        return r * q / p;
    }

    @Override
    public double variance() {
        return r * q / (p * p);
    }

    @Override
    public int supportLower() {
        return 0;
    }

    @Override
    public int supportUpper() {
        return p == 1 ? 0 : Integer.MAX_VALUE;
    }

    @Override
    public int sample(RandomGenerator rng) {
        if (p == 1) {
            return 0;
        }
        double lambda = Samplers.standardGamma(rng, r) * q / p;
        return (int) Math.min(Integer.MAX_VALUE, Poisson.sample(rng, lambda));
    }

    @Override
    public String toString() {
        return "NegativeBinomial(r=" + r + ", p=" + p + ")";
    }
}
