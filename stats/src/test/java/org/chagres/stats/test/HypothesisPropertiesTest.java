package org.chagres.stats.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.chagres.stats.distribution.Normal;
import org.junit.jupiter.api.Test;

/** Properties every test must have, and rejected input. */
class HypothesisPropertiesTest {

    @Provide
    Arbitrary<double[]> small() {
        return Arbitraries.doubles().between(-10, 10).ofScale(3).array(double[].class)
                .ofMinSize(3).ofMaxSize(25);
    }

    @Provide
    Arbitrary<double[]> distinct() {      // continuous-looking values: ties are very unlikely
        return Arbitraries.doubles().between(-10, 10).array(double[].class).ofMinSize(3)
                .ofMaxSize(20).filter(a -> Arrays.stream(a).distinct().count() == a.length);
    }

    private static void probability(double p, String what) {
        assertTrue(p >= 0.0 && p <= 1.0, what + ": p-value " + p + " not in [0, 1]");
    }

    private static void twoSidedIsTwiceMin(double two, double less, double greater, String w) {
        probability(two, w + " two-sided");
        probability(less, w + " less");
        probability(greater, w + " greater");
        Reference2.close(Math.min(1.0, 2.0 * Math.min(less, greater)), two, 1e-12, 1e-15, w);
    }

    @Property
    void tTestsAreSymmetricAndDualToTheirIntervals(@ForAll("small") double[] x,
            @ForAll("small") double[] y, @ForAll @DoubleRange(min = -3, max = 3) double mu) {
        if (variance(x) == 0 || variance(y) == 0) {
            return;
        }
        TTest.Result t2 = TTest.oneSample(x, mu, Alternative.TWO_SIDED);
        TTest.Result tl = TTest.oneSample(x, mu, Alternative.LESS);
        TTest.Result tg = TTest.oneSample(x, mu, Alternative.GREATER);
        twoSidedIsTwiceMin(t2.pValue(), tl.pValue(), tg.pValue(), "oneSample");
        Reference2.close(1.0, tl.pValue() + tg.pValue(), 1e-12, 0, "less + greater");
        if (Math.abs(t2.pValue() - 0.05) > 1e-9) {
            assertEquals(t2.pValue() < 0.05, !t2.interval().contains(mu),
                    "p < 0.05 iff the 95% interval excludes mu");
        }
        TTest.Result w2 = TTest.welch(x, y, Alternative.TWO_SIDED);
        twoSidedIsTwiceMin(w2.pValue(), TTest.welch(x, y, Alternative.LESS).pValue(),
                TTest.welch(x, y, Alternative.GREATER).pValue(), "welch");
        TTest.Result p2 = TTest.pooled(x, y, Alternative.TWO_SIDED);
        twoSidedIsTwiceMin(p2.pValue(), TTest.pooled(x, y, Alternative.LESS).pValue(),
                TTest.pooled(x, y, Alternative.GREATER).pValue(), "pooled");
        assertTrue(w2.df() >= Math.min(x.length, y.length) - 1 - 1e-9
                && w2.df() <= x.length + y.length - 2 + 1e-9, "Welch df out of its bounds");
    }

    @Property
    void rankTestsAreSymmetric(@ForAll("distinct") double[] x, @ForAll("distinct") double[] y) {
        twoSidedIsTwiceMin(MannWhitney.test(x, y, Alternative.TWO_SIDED).pValue(),
                MannWhitney.test(x, y, Alternative.LESS).pValue(),
                MannWhitney.test(x, y, Alternative.GREATER).pValue(), "MannWhitney");
        MannWhitney.Result swapped = MannWhitney.test(y, x, Alternative.TWO_SIDED);
        Reference2.close(MannWhitney.test(x, y, Alternative.TWO_SIDED).pValue(),
                swapped.pValue(), 1e-12, 0, "swap");
        Wilcoxon.Result w2 = Wilcoxon.oneSample(x, Alternative.TWO_SIDED);
        if (w2.method() == PValueMethod.EXACT && 2 * w2.statistic() != w2.n() * (w2.n() + 1) / 2.0) {
            twoSidedIsTwiceMin(w2.pValue(), Wilcoxon.oneSample(x, Alternative.LESS).pValue(),
                    Wilcoxon.oneSample(x, Alternative.GREATER).pValue(), "Wilcoxon");
        }
        int n = Math.min(x.length, y.length);
        double[] a = Arrays.copyOf(x, n);
        double[] b = Arrays.copyOf(y, n);
        if (n >= 3 && Arrays.stream(b).distinct().count() == n) {
            twoSidedIsTwiceMin(CorrelationTest.kendall(a, b, Alternative.TWO_SIDED).pValue(),
                    CorrelationTest.kendall(a, b, Alternative.LESS).pValue(),
                    CorrelationTest.kendall(a, b, Alternative.GREATER).pValue(), "Kendall");
        }
        for (Alternative alt : Alternative.values()) {
            probability(KolmogorovSmirnov.twoSample(x, y, alt).pValue(), "KS2 " + alt);
            probability(KolmogorovSmirnov.oneSample(x, Normal.of(0, 5), alt).pValue(),
                    "KS1 " + alt);
        }
        probability(ShapiroWilk.test(x).pValue(), "ShapiroWilk");
    }

    @Property
    void exactAndNormalApproximationAgreeForModerateSizes(
            @ForAll @IntRange(min = 1, max = 1000) int seed) {
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
        double[] x = r.doubles(8).map(v -> v + 0.2).toArray();
        double[] y = r.doubles(40).toArray();
        double exact = MannWhitney.test(x, y, Alternative.TWO_SIDED, PValueMethod.EXACT, true)
                .pValue();
        double approx = MannWhitney.test(x, y, Alternative.TWO_SIDED, PValueMethod.ASYMPTOTIC,
                true).pValue();
        assertTrue(Math.abs(exact - approx) < 0.02, exact + " vs " + approx);
        double[] d = r.doubles(40).map(v -> v - 0.4).toArray();
        double we = Wilcoxon.oneSample(d, Alternative.GREATER, PValueMethod.EXACT, false)
                .pValue();
        double wa = Wilcoxon.oneSample(d, Alternative.GREATER, PValueMethod.ASYMPTOTIC, true)
                .pValue();
        assertTrue(Math.abs(we - wa) < 0.01, we + " vs " + wa);
    }

    @Property
    void binomialPValuesAreProbabilitiesAndIntervalsCoverTheEstimate(
            @ForAll @IntRange(min = 1, max = 300) int n, @ForAll @IntRange(min = 0, max = 300)
            int k0, @ForAll @DoubleRange(min = 0.01, max = 0.99) double p0) {
        int k = k0 % (n + 1);
        for (Alternative alt : Alternative.values()) {
            BinomialTest.Result r = BinomialTest.test(k, n, p0, alt);
            probability(r.pValue(), "binomial " + alt);
            assertTrue(r.interval().lower() <= r.estimate() + 1e-12
                    && r.estimate() <= r.interval().upper() + 1e-12, r.interval().toString());
        }
        assertTrue(BinomialTest.test(k, n, p0, Alternative.TWO_SIDED).pValue() + 1e-12
                >= BinomialTest.test(k, n, p0, Alternative.LESS).pValue()
                * (k <= n * p0 ? 1.0 : 0.0), "two-sided contains the near tail");
    }

    @Test
    void exactNullDistributionsAreNormalised() {
        double[] c = NullDistributions.signedRankCounts(20);
        assertEquals(Math.scalb(1.0, 20), Arrays.stream(c).sum(), 0.0);
        assertEquals(1.0, NullDistributions.mannWhitneyCdf(7, 9, 63), 0.0);
        assertEquals(0.5, NullDistributions.kendallCdf(6, 7), 1e-15);   // symmetric, 16 values
        Reference2.close(1.0 / 120.0, NullDistributions.kendallCdf(5, 0), 1e-14, 0, "1/5!");
        // Mann–Whitney with m = 1: U uniform on 0..n
        Reference2.close(4.0 / 11.0, NullDistributions.mannWhitneyCdf(1, 10, 3), 1e-15, 0, "m1");
        // a monotone path must leave the band: P(D = 1) = 2 / C(n1+n2, n1)
        Reference2.close(2.0 / 35.0, NullDistributions.ksTwoSampleSf(3, 4, 12,
                Alternative.TWO_SIDED), 1e-14, 0, "ks2 D=1");
        Reference2.close(1.0, NullDistributions.kolmogorovCdf(5, 1.0), 0, 0, "K(1)");
    }

    @Test
    void badInputIsRejectedWithMessages() {
        double[] x = {1, 2, 3, 4};
        double[] copy = x.clone();
        assertEquals("TTest.oneSample: x needs at least 2 values, got 1", assertThrows(
                IllegalArgumentException.class,
                () -> TTest.oneSample(new double[] {1}, 0, Alternative.LESS)).getMessage());
        assertEquals("TTest.welch: y[1] is NaN; remove non-finite values first", assertThrows(
                IllegalArgumentException.class,
                () -> TTest.welch(x, new double[] {1, Double.NaN}, Alternative.LESS))
                .getMessage());
        assertEquals("TTest.paired: x and y lengths differ, got 4 and 3", assertThrows(
                IllegalArgumentException.class,
                () -> TTest.paired(x, new double[] {1, 2, 3}, Alternative.LESS)).getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> TTest.oneSample(x, 0, Alternative.LESS, 1.0));
        assertThrows(IllegalArgumentException.class, () -> Anova.oneWay(x));
        assertThrows(IllegalArgumentException.class, () -> Anova.oneWay(x, new double[0]));
        assertThrows(IllegalArgumentException.class,
                () -> ChiSquareTest.goodnessOfFit(new double[] {1, -1}));
        assertThrows(IllegalArgumentException.class,
                () -> ChiSquareTest.independence(new double[][] {{1, 2}, {3}}, false));
        assertThrows(IllegalArgumentException.class,
                () -> ChiSquareTest.independence(new double[][] {{0, 0}, {3, 4}}, false));
        assertThrows(IllegalArgumentException.class,
                () -> MannWhitney.test(x, new double[0], Alternative.LESS));
        assertEquals("MannWhitney.test: exact p-value needs no ties and n1·n2 <= 10000, got "
                + "ties, n1 = 4, n2 = 2", assertThrows(IllegalArgumentException.class,
                () -> MannWhitney.test(x, new double[] {1, 7}, Alternative.LESS,
                        PValueMethod.EXACT, true)).getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Wilcoxon.oneSample(new double[] {0, 0}, Alternative.LESS));
        assertThrows(IllegalArgumentException.class,
                () -> KolmogorovSmirnov.oneSample(x, v -> 2.0, Alternative.LESS,
                        PValueMethod.AUTO));
        assertThrows(IllegalArgumentException.class,
                () -> CorrelationTest.pearson(new double[] {1, 2}, new double[] {1, 2},
                        Alternative.LESS));
        assertThrows(IllegalArgumentException.class,
                () -> ShapiroWilk.test(new double[] {1, 1, 1, 1}));
        assertThrows(IllegalArgumentException.class, () -> ShapiroWilk.test(new double[2]));
        assertEquals("BinomialTest.test: k must be in [0, n], got k = 11, n = 10", assertThrows(
                IllegalArgumentException.class,
                () -> BinomialTest.test(11, 10, 0.5, Alternative.LESS)).getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> BinomialTest.test(1, 10, Double.NaN, Alternative.LESS));
        assertThrows(NullPointerException.class, () -> TTest.oneSample(x, 0, null));
        assertEquals(List.of(1.0, 2.0, 3.0, 4.0), Arrays.stream(x).boxed().toList());
        assertTrue(Arrays.equals(copy, x));
    }

    private static double variance(double[] x) {
        return org.chagres.stats.Descriptive.variance(x, 1);
    }

    /** Local alias for the shared tolerance assertion. */
    private static final class Reference2 {
        static void close(double want, double got, double rel, double abs, String what) {
            org.chagres.stats.Reference.close(want, got, rel, abs, what);
        }
    }
}
