package org.chagres.stats.distribution;

import java.util.random.RandomGenerator;
import org.chagres.stats.special.Gamma;
import org.chagres.stats.special.IncompleteBeta;
import org.chagres.stats.special.Roots;

/**
 * Fisher–Snedecor's F distribution with d₁, d₂ &gt; 0 degrees of freedom.
 *
 * <p>{@code cdf(x) = I_u(d₁/2, d₂/2)} with {@code u = d₁x/(d₁x+d₂)} and
 * {@code 1 - u = d₂/(d₁x+d₂)} both formed directly; sf is the complement from the same call;
 * the density is {@code x^(-1)·u^(d₁/2)(1-u)^(d₂/2)/B(d₁/2, d₂/2)} through
 * {@link IncompleteBeta#prefix}, which has no cancellation for large degrees of freedom.
 * Quantiles: safeguarded Newton on cdf or sf ({@link Roots}) started from the inverse
 * incomplete beta. Sampling: ratio of two χ² draws.
 */
public final class FDistribution implements ContinuousDistribution {

    private final double d1;
    private final double d2;
    private final double a;
    private final double b;

    private FDistribution(double d1, double d2) {
        this.d1 = d1;
        this.d2 = d2;
        this.a = 0.5 * d1;
        this.b = 0.5 * d2;
    }

    /**
     * Returns F(d1, d2).
     * @throws IllegalArgumentException unless both are &gt; 0 and finite
     */
    public static FDistribution of(double d1, double d2) {
        Checks.positiveFinite("FDistribution.of", "d1", d1);
        Checks.positiveFinite("FDistribution.of", "d2", d2);
        return new FDistribution(d1, d2);
    }

    /** Returns d₁. */
    public double d1() {
        return d1;
    }

    /** Returns d₂. */
    public double d2() {
        return d2;
    }

    /** Returns {@code {u, 1-u}} for x &gt; 0 finite. */
    private double[] betaArgument(double x) {
        double t = d1 * x;
        if (t > 1e300) {
            double r = d2 / d1 / x;
            return new double[] {1 / (1 + r), r / (1 + r)};
        }
        double s = t + d2;
        return new double[] {t / s, d2 / s};
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
            return a < 1 ? Double.POSITIVE_INFINITY : a == 1 ? 1.0 : 0.0;
        }
        if (x == Double.POSITIVE_INFINITY) {
            return 0.0;
        }
        double[] u = betaArgument(x);
        double pre = IncompleteBeta.prefix(a, b, u[0], u[1]);
        return pre / x;
    }

    @Override
    public double logPdf(double x) {
        double p = pdf(x);
        if (p > Double.MIN_NORMAL || !(x > 0) || x == Double.POSITIVE_INFINITY) {
            return Math.log(p);
        }
        double[] u = betaArgument(x);
        double lu = u[0] < 0.5 ? Math.log(u[0]) : Math.log1p(-u[1]);
        double lv = u[1] < 0.5 ? Math.log(u[1]) : Math.log1p(-u[0]);
        return a * lu + b * lv - Gamma.logBeta(a, b) - Math.log(x);
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
        double[] u = betaArgument(x);
        return IncompleteBeta.value(a, b, u[0], u[1]);
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
        double[] u = betaArgument(x);
        return IncompleteBeta.complement(a, b, u[0], u[1]);
    }

    @Override
    public double quantile(double p) {
        Checks.probabilityOrNaN("FDistribution.quantile", "p", p);
        if (Double.isNaN(p) || p == 0) {
            return p == 0 ? 0.0 : p;
        }
        if (p == 1) {
            return Double.POSITIVE_INFINITY;
        }
        return p > 0.5 ? solve(1 - p, true) : solve(p, false);
    }

    @Override
    public double inverseSf(double q) {
        Checks.probabilityOrNaN("FDistribution.inverseSf", "q", q);
        if (Double.isNaN(q) || q == 1) {
            return q == 1 ? 0.0 : q;
        }
        if (q == 0) {
            return Double.POSITIVE_INFINITY;
        }
        return q > 0.5 ? solve(1 - q, false) : solve(q, true);
    }

    private double solve(double target, boolean upper) {
        // start from the inverse beta in the variable that is small in this tail:
        // u = d1x/(d1x+d2) for the lower tail, v = 1 - u = d2/(d1x+d2) for the upper
        double x0;
        if (upper) {
            double v = IncompleteBeta.inverse(b, a, target);
            x0 = d2 * (1 - v) / (d1 * v);
        } else {
            double u = IncompleteBeta.inverse(a, b, target);
            x0 = d2 * u / (d1 * (1 - u));
        }
        if (!(x0 > 0 && x0 < Double.POSITIVE_INFINITY)) {
            x0 = 1;
        }
        return upper
                ? Roots.solve(this::sf, x -> -pdf(x), target, false, 0.0,
                        Double.POSITIVE_INFINITY, x0)
                : Roots.solve(this::cdf, this::pdf, target, true, 0.0,
                        Double.POSITIVE_INFINITY, x0);
    }

    @Override
    public double mean() {
        return d2 > 2 ? d2 / (d2 - 2) : Double.NaN;
    }

    @Override
    public double variance() {
        if (d2 > 4) {
            double m = d2 - 2;
            return 2 * d2 * d2 * (d1 + d2 - 2) / (d1 * m * m * (d2 - 4));
        }
        return d2 > 2 ? Double.POSITIVE_INFINITY : Double.NaN;
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
        double x = Samplers.standardGamma(rng, a) / a;
        double y = Samplers.standardGamma(rng, b) / b;
        return x / y;
    }

    @Override
    public String toString() {
        return "FDistribution(d1=" + d1 + ", d2=" + d2 + ")";
    }
}
