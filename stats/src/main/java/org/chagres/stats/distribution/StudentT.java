package org.chagres.stats.distribution;

import java.util.random.RandomGenerator;
import org.chagres.stats.special.Elementary;
import org.chagres.stats.special.Gamma;
import org.chagres.stats.special.IncompleteBeta;
import org.chagres.stats.special.Roots;

/**
 * Student's t distribution with ν &gt; 0 degrees of freedom: density
 * {@code (1 + t²/ν)^(-(ν+1)/2) / (√ν B(ν/2, ½))}.
 *
 * <p>{@code P(T ≤ -|t|) = ½ I_x(ν/2, ½)} with {@code x = ν/(ν+t²)} and {@code 1 - x = t²/(ν+t²)}
 * both formed directly (no cancellation), and the centre {@code P(T ≤ t) - ½ = ½ I_{1-x}(½, ν/2)}
 * is kept separately so tiny |t| keep their relative accuracy. Quantiles: closed forms for
 * ν = 1 ({@code -cot(πp)}) and ν = 2; otherwise safeguarded Newton ({@link Roots}) on the tail
 * or on the centred cdf, from the power-law tail asymptote or a Cornish–Fisher start.
 * Sampling: {@code Z / √(G/ν)} with G a χ²(ν) draw (Marsaglia–Tsang).
 */
public final class StudentT implements ContinuousDistribution {

    private final double df;
    private final double logNorm;     // -½ log ν - log B(ν/2, ½)

    private StudentT(double df) {
        this.df = df;
        this.logNorm = -0.5 * Math.log(df) - Gamma.logBeta(0.5 * df, 0.5);
    }

    /**
     * Returns the t distribution with {@code df} degrees of freedom.
     * @throws IllegalArgumentException unless df is &gt; 0 and finite
     */
    public static StudentT of(double df) {
        return new StudentT(Checks.positiveFinite("StudentT.of", "df", df));
    }

    /** Returns ν. */
    public double df() {
        return df;
    }

    /** Returns {@code log(1 + t²/ν)} without overflow for huge |t|. */
    private double log1pT2(double t) {
        double at = Math.abs(t);
        if (at > 1e150) {
            return 2 * Math.log(at) - Math.log(df) + Math.log1p(df / at / at);
        }
        return Math.log1p(t * t / df);
    }

    @Override
    public double pdf(double t) {
        return Math.exp(logPdf(t));
    }

    @Override
    public double logPdf(double t) {
        if (Double.isNaN(t)) {
            return t;
        }
        if (Double.isInfinite(t)) {
            return Double.NEGATIVE_INFINITY;
        }
        return logNorm - 0.5 * (df + 1) * log1pT2(t);
    }

    /** Returns {@code {x, 1-x}} with {@code x = ν/(ν+t²)}, both to a few ulps. */
    private double[] betaArgument(double t) {
        double at = Math.abs(t);
        if (at > 1e150 || at * at > 1e300) {
            double r = df / at / at;
            return new double[] {r / (1 + r), 1 / (1 + r)};
        }
        double t2 = t * t;
        double s = df + t2;
        return new double[] {df / s, t2 / s};
    }

    /** Returns {@code P(T ≤ -|t|)}. */
    private double tail(double t) {
        if (Double.isInfinite(t)) {
            return 0.0;
        }
        double at = Math.abs(t);
        if (at > 1e150) {
            // x = ν/t² would be subnormal (10% off at t = 3e161 for ν = 1); there
            // I_x(ν/2, ½) = x^(ν/2)/((ν/2) B(ν/2, ½))·(1 + O(x)), and x^(ν/2) = (√ν/|t|)^ν
            double a = 0.5 * df;
            return 0.5 * Math.pow(Math.sqrt(df) / at, df)
                    * Math.exp(-Gamma.logBeta(a, 0.5)) / a;
        }
        double[] xy = betaArgument(t);
        return 0.5 * IncompleteBeta.value(0.5 * df, 0.5, xy[0], xy[1]);
    }

    /** Returns {@code P(T ≤ t) - ½} for any t, accurate relative to itself. */
    private double centred(double t) {
        if (Double.isInfinite(t)) {
            return Math.copySign(0.5, t);
        }
        double[] xy = betaArgument(t);
        return Math.copySign(0.5 * IncompleteBeta.complement(0.5 * df, 0.5, xy[0], xy[1]), t);
    }

    @Override
    public double cdf(double t) {
        if (Double.isNaN(t)) {
            return t;
        }
        return t < 0 ? tail(t) : 0.5 + centred(t);
    }

    @Override
    public double sf(double t) {
        if (Double.isNaN(t)) {
            return t;
        }
        return t > 0 ? tail(t) : 0.5 - centred(t);
    }

    @Override
    public double quantile(double p) {
        Checks.probabilityOrNaN("StudentT.quantile", "p", p);
        if (Double.isNaN(p)) {
            return p;
        }
        if (p > 0.5) {
            return -lowerQuantile(1 - p);              // 1 - p exact
        }
        return lowerQuantile(p);
    }

    @Override
    public double inverseSf(double q) {
        Checks.probabilityOrNaN("StudentT.inverseSf", "q", q);
        if (Double.isNaN(q)) {
            return q;
        }
        return q > 0.5 ? lowerQuantile(1 - q) : -lowerQuantile(q);
    }

    /** Returns t ≤ 0 with {@code P(T ≤ t) = p}, p ≤ ½. */
    private double lowerQuantile(double p) {
        if (p == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (p == 0.5) {
            return 0.0;
        }
        if (df == 1) {
            return -Elementary.cosPi(p) / Elementary.sinPi(p);
        }
        if (df == 2) {
            // P(T ≤ t) = ½ + t/(2√(2 + t²))  ⇒  t = (2p - 1)/√(2p(1-p))
            return -(1 - 2 * p) / Math.sqrt(2 * p * (1 - p));
        }
        // start: the larger of the tail asymptote P ≈ ν^(ν/2-1)|t|^(-ν)/B and Cornish–Fisher
        double z = org.chagres.stats.special.StandardNormal.quantile(p);
        double cf = z + (z * z * z + z) / (4 * df);
        double tailStart = -Math.exp(-(Math.log(p) + Math.log(df) - logNorm
                - 0.5 * (df + 1) * Math.log(df)) / df);
        double t0 = Math.min(cf, tailStart);
        if (!(t0 < 0) || Double.isInfinite(t0)) {
            t0 = cf < 0 ? cf : -1;
        }
        if (p > 0.25) {
            double d = p - 0.5;                         // exact, in (-¼, 0)
            return Roots.solve(this::centred, this::pdf, d, true,
                    Double.NEGATIVE_INFINITY, 0.0, t0);
        }
        return Roots.solve(this::tail, this::pdf, p, true, Double.NEGATIVE_INFINITY, 0.0, t0);
    }

    @Override
    public double mean() {
        return df > 1 ? 0.0 : Double.NaN;
    }

    @Override
    public double variance() {
        if (df > 2) {
            return df / (df - 2);
        }
        return df > 1 ? Double.POSITIVE_INFINITY : Double.NaN;
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
        double z = Samplers.standardNormal(rng);
        double g = 2 * Samplers.standardGamma(rng, 0.5 * df);
        return z / Math.sqrt(g / df);
    }

    @Override
    public String toString() {
        return "StudentT(df=" + df + ")";
    }
}
