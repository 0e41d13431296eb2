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

    @Property
    void quantileInvertsCdf(@ForAll("continuous") ContinuousDistribution d,
            @ForAll @DoubleRange(min = -300, max = 0) @Scale(15) double log10p,
            @ForAll boolean upper) {
        double p = Math.pow(10, log10p);
        if (p > 0.5) {
            p = 0.5;
        }
        double x = upper ? d.inverseSf(p) : d.quantile(p);
        if (!(Math.abs(x) < Double.POSITIVE_INFINITY && Math.abs(x) >= Double.MIN_NORMAL)
                || d.pdf(x) == 0) {
            return;                              // beyond the double range: nothing to invert
        }
        double back = upper ? d.sf(x) : d.cdf(x);
        // the cdf is accurate to ~1e-14 relative; the round trip may not do better than that
        // amplified by the conditioning |x·pdf/F| of the quantile
        double slack = 1e-13 + 4e-16 * Math.abs(x * d.pdf(x) / p);
        assertTrue(Math.abs(back - p) <= slack * p,
                d + (upper ? ".sf(inverseSf(" : ".cdf(quantile(") + p + ")) = " + back);
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
        assertTrue(d.sf(j) <= p && (j == d.supportLower() || d.sf(j - 1) > p),
                d + ": inverseSf(" + p + ") = " + j);
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
