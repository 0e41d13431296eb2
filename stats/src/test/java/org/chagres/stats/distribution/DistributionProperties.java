package org.chagres.stats.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleUnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

/**
 * Properties every distribution must have, on random points of the catalogue's
 * parameterisations: cdf monotone and in [0, 1], cdf + sf = 1, quantile round trips, and
 * {@code cdf(b) - cdf(a) = ∫ pdf} by adaptive Simpson quadrature; for the discrete ones the
 * cdf is the running sum of the pmf and the quantile is the smallest k with cdf(k) ≥ p.
 */
class DistributionProperties {

    @Provide
    Arbitrary<ContinuousDistribution> continuous() {
        return Arbitraries.of(Catalogue.CONTINUOUS);
    }

    @Provide
    Arbitrary<DiscreteDistribution> discrete() {
        return Arbitraries.of(Catalogue.DISCRETE);
    }

    /** Maps u in (0, 1) to a point of the support through the quantile (covers both tails). */
    private static double point(ContinuousDistribution d, double u) {
        return d.quantile(u);
    }

    @Property
    void cdfIsMonotoneAndInUnitInterval(@ForAll("continuous") ContinuousDistribution d,
            @ForAll @DoubleRange(min = 1e-12, max = 0.999999) @Scale(15) double u1,
            @ForAll @DoubleRange(min = 0, max = 1) @Scale(15) double frac) {
        double a = point(d, u1);
        double b = point(d, u1 + frac * (1 - u1) * 0.999999);
        double fa = d.cdf(a);
        double fb = d.cdf(b);
        assertTrue(fa >= 0 && fb <= 1 && fa <= fb * (1 + 1e-14),
                d + ": cdf(" + a + ") = " + fa + ", cdf(" + b + ") = " + fb);
        assertTrue(d.sf(a) >= d.sf(b) * (1 - 1e-14), d + ": sf not decreasing at " + a + ", " + b);
    }

    @Property
    void cdfPlusSfIsOne(@ForAll("continuous") ContinuousDistribution d,
            @ForAll @DoubleRange(min = 1e-6, max = 0.999999) @Scale(15) double u) {
        double x = point(d, u);
        double s = d.cdf(x) + d.sf(x);
        assertEquals(1.0, s, 1e-14, d + " at x = " + x);
    }

    /** Issue targets: quantiles within 1e-12 relative, cdf and sf within 1e-13 relative. */
    private static final double QUANTILE_TOL = 1e-12;
    private static final double CDF_TOL = 1e-13;

    /**
     * The true quantile lies within {@code w = max(1e-12·|x - bound|, ulp(x))} of the returned x,
     * as far as a cdf accurate to 1e-13 can tell: p is bracketed by the cdf at x ± w. The bracket
     * follows the conditioning by itself (a relative error δ in x moves the cdf by
     * {@code δ·|x·pdf/F|}), also where linearising fails: x on a finite support end, or the
     * true quantile nearer to that end than the doubles beside it. {@code bound} is the support
     * end on the side of the tail (0 for an infinite one), so a beta {@code inverseSf} is judged
     * on {@code 1 - x}, which is what a tiny upper tail determines. Found flaky with the former
     * linearised check, which assumed 2-ulp quantiles and so failed on cdf rounding alone.
     */
    @Property
    void quantileInvertsCdf(@ForAll("continuous") ContinuousDistribution d,
            @ForAll @DoubleRange(min = -300, max = 0) @Scale(15) double log10p,
            @ForAll boolean upper) {
        double p = Math.min(Math.pow(10, log10p), 0.5);
        double x = upper ? d.inverseSf(p) : d.quantile(p);
        double end = upper ? d.supportUpper() : d.supportLower();
        double bound = Double.isFinite(end) ? end : 0.0;
        // a subnormal result has no 1e-12 relative precision to give: there the tolerance is
        // absolute, MIN_NORMAL (and the cdf is asked for its accuracy at normal points only)
        double w = Math.max(QUANTILE_TOL * Math.abs(x - bound),
                Math.max(Math.ulp(x), Math.abs(x - bound) < Double.MIN_NORMAL
                        ? Double.MIN_NORMAL : 0.0));
        double below = x == Double.POSITIVE_INFINITY ? Double.MAX_VALUE : x - w;
        double above = x == Double.NEGATIVE_INFINITY ? -Double.MAX_VALUE : x + w;
        // in the direction of the tail: the probability at the far point must reach p, the one
        // at the near point must not exceed it
        double far = upper ? d.sf(below) : d.cdf(above);
        double near = upper ? d.sf(above) : d.cdf(below);
        String what = d + (upper ? ".inverseSf(" : ".quantile(") + p + ") = " + x;
        assertTrue(far >= p * (1 - CDF_TOL), what + ", but the tail only reaches " + far);
        assertTrue(near <= p * (1 + CDF_TOL), what + ", but the tail is already " + near);
    }

    @Property(tries = 120)
    void cdfDifferenceIsIntegralOfPdf(@ForAll("continuous") ContinuousDistribution d,
            @ForAll @DoubleRange(min = 0.002, max = 0.998) @Scale(15) double u1,
            @ForAll @DoubleRange(min = 0.002, max = 0.998) @Scale(15) double u2) {
        double a = point(d, Math.min(u1, u2));
        double b = point(d, Math.max(u1, u2));
        if (!(b > a)) {
            return;
        }
        double integral = a > 0 && b > 8 * a
                // log substitution x = e^s absorbs power singularities at 0 (Gamma, Beta, F)
                ? Quadrature.simpson(s -> d.pdf(Math.exp(s)) * Math.exp(s), Math.log(a),
                        Math.log(b), 1e-12)
                : Quadrature.simpson(d::pdf, a, b, 1e-12);
        double diff = d.cdf(b) - d.cdf(a);
        double sfDiff = d.sf(a) - d.sf(b);
        double expected = Math.abs(diff) > Math.abs(sfDiff) ? diff : sfDiff;
        assertEquals(expected, integral, 1e-9 * Math.abs(expected) + 1e-14,
                d + ": ∫pdf over [" + a + ", " + b + "]");
    }

    @Property
    void discreteCdfIsRunningSumOfPmf(@ForAll("discrete") DiscreteDistribution d,
            @ForAll @DoubleRange(min = 0.001, max = 0.999) @Scale(15) double u) {
        int k = d.quantile(u);
        int lo = Math.max(d.supportLower(), k - 60);
        double sum = d.cdf(lo - 1);
        for (int j = lo; j <= k; j++) {
            sum += d.pmf(j);
        }
        assertEquals(d.cdf(k), sum, 1e-13 + 1e-12 * sum, d + " at k = " + k);
        assertEquals(1.0, d.cdf(k) + d.sf(k), 1e-14, d + ": cdf + sf at k = " + k);
    }

    @Property
    void discreteQuantileIsSmallestK(@ForAll("discrete") DiscreteDistribution d,
            @ForAll @DoubleRange(min = -300, max = 0) @Scale(15) double log10p, @ForAll boolean mirror) {
        double p = Math.pow(10, log10p);
        double prob = mirror ? 1 - p : p;
        int k = d.quantile(prob);
        assertTrue(prob <= 0.5 ? d.cdf(k) >= prob : d.sf(k) <= 1 - prob, d + ": quantile(" + prob + ") = " + k);
        if (k > d.supportLower() && prob < 1) {
            assertTrue(prob <= 0.5 ? d.cdf(k - 1) < prob : d.sf(k - 1) > 1 - prob,
                    d + ": quantile(" + prob + ") = " + k + " is not the smallest");
        }
        int j = d.inverseSf(p);
        // near q = 1 an sf is 1 - (tiny) rounded to ulp(1): judge there on the exact 1 - q
        // against the cdf, as the quantile check above does
        boolean ok = p <= 0.5
                ? d.sf(j) <= p && (j == d.supportLower() || d.sf(j - 1) > p)
                : d.cdf(j) >= 1 - p && (j == d.supportLower() || d.cdf(j - 1) < 1 - p);
        assertTrue(ok, d + ": inverseSf(" + p + ") = " + j);
    }

    @Property(tries = 50)
    void pmfSumsToOne(@ForAll("discrete") DiscreteDistribution d, @ForAll @IntRange(min = 0, max = 0) int unused) {
        int lo = d.quantile(0);
        int hi = d.inverseSf(1e-18);
        double sum = 0;
        for (int k = lo; k <= hi; k++) {
            sum += d.pmf(k);
        }
        assertEquals(1.0, sum, 1e-12 * (hi - lo + 1), d.toString());
    }

    /** Adaptive Simpson quadrature (Lyness 1969) with Richardson correction. */
    static final class Quadrature {
        private Quadrature() {
        }

        static double simpson(DoubleUnaryOperator f, double a, double b, double tol) {
            double fa = f.applyAsDouble(a);
            double fb = f.applyAsDouble(b);
            double m = 0.5 * (a + b);
            double fm = f.applyAsDouble(m);
            double whole = (b - a) / 6 * (fa + 4 * fm + fb);
            return step(f, a, b, fa, fm, fb, whole, tol * Math.abs(whole) + 1e-300, 50);
        }

        private static double step(DoubleUnaryOperator f, double a, double b, double fa,
                                   double fm, double fb, double whole, double tol, int depth) {
            double m = 0.5 * (a + b);
            double lm = 0.5 * (a + m);
            double rm = 0.5 * (m + b);
            double flm = f.applyAsDouble(lm);
            double frm = f.applyAsDouble(rm);
            double left = (m - a) / 6 * (fa + 4 * flm + fm);
            double right = (b - m) / 6 * (fm + 4 * frm + fb);
            double delta = left + right - whole;
            if (depth <= 0 || Math.abs(delta) <= 15 * tol) {
                return left + right + delta / 15;
            }
            return step(f, a, m, fa, flm, fm, left, 0.5 * tol, depth - 1)
                    + step(f, m, b, fm, frm, fb, right, 0.5 * tol, depth - 1);
        }
    }
}
