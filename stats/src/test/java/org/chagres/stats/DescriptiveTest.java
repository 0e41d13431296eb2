package org.chagres.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Hand-computed examples, special values and bad input. */
class DescriptiveTest {

    private static final double NaN = Double.NaN;

    @Test
    void emptyAndTooSmallGiveNaN() {
        double[] e = {};
        assertEquals(NaN, Descriptive.mean(e));
        assertEquals(NaN, Descriptive.variance(e, 0));
        assertEquals(NaN, Descriptive.median(e));
        assertEquals(NaN, Descriptive.min(e));
        assertEquals(NaN, Descriptive.max(e));
        assertEquals(NaN, Descriptive.quantile(e, 0.3, QuantileMethod.HAZEN));
        assertEquals(NaN, Descriptive.mode(e).value());
        assertEquals(0.0, Descriptive.sum(e));
        assertEquals(0.0, Descriptive.variance(new double[] {3}, 0));
        assertEquals(NaN, Descriptive.variance(new double[] {3}, 1));
        assertEquals(NaN, Descriptive.variance(new double[] {3, 4}, 2));
        assertEquals(NaN, Descriptive.skewness(new double[] {3, 4}, false));
        assertEquals(NaN, Descriptive.kurtosis(new double[] {3, 4, 5}, false));
        assertEquals(NaN, Descriptive.skewness(new double[] {2, 2, 2, 2}, true), "constant");
        assertEquals(0.0, Descriptive.variance(new double[] {1e300, 1e300, 1e300}, 1));
        assertEquals(NaN, new Moments().mean());
        assertEquals(NaN, new Moments().add(1).variance(1));
    }

    @Test
    void nanPolicies() {
        double[] x = {1, 2, NaN, 4};
        assertEquals(NaN, Descriptive.mean(x));
        assertEquals(7.0 / 3.0, Descriptive.mean(x, NanPolicy.OMIT), 1e-15);
        assertEquals(2.0, Descriptive.median(x, NanPolicy.OMIT));
        assertEquals(NaN, Descriptive.median(x));
        assertEquals(NaN, Descriptive.max(x));
        assertEquals(4.0, Descriptive.max(x, NanPolicy.OMIT));
        assertEquals(1.0, Descriptive.variance(new double[] {NaN, 1, 3, NaN}, 1,
                NanPolicy.OMIT) / 2.0);
        assertEquals(NaN, Descriptive.variance(new double[] {NaN, NaN}, 0, NanPolicy.OMIT));
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> Descriptive.variance(x, 1, NanPolicy.RAISE));
        assertEquals("variance: x[2] is NaN (NanPolicy.RAISE); remove it or use NanPolicy.OMIT",
                ex.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Descriptive.quantile(x, 0.5, QuantileMethod.LINEAR, NanPolicy.RAISE));
        double[] r = Ranks.rank(x, TieMethod.AVERAGE, NanPolicy.OMIT);
        assertArrayEquals(new double[] {1, 2, NaN, 3}, r);
        assertTrue(Double.isNaN(Ranks.rank(x)[0]));
        double[] z = Descriptive.zScores(x, 0, NanPolicy.OMIT);
        assertEquals(NaN, z[2]);
        assertEquals(0.0, z[0] + z[1] + z[3], 1e-15);
    }

    @Test
    void infinitiesAreValues() {
        assertEquals(Double.POSITIVE_INFINITY, Descriptive.mean(new double[] {1, Double.POSITIVE_INFINITY}));
        assertEquals(NaN, Descriptive.variance(new double[] {1, Double.POSITIVE_INFINITY}, 0));
        assertEquals(NaN, Descriptive.mean(new double[] {Double.NEGATIVE_INFINITY,
            Double.POSITIVE_INFINITY}));
        assertEquals(Double.POSITIVE_INFINITY, Descriptive.median(new double[] {1,
            Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY}));
    }

    @Test
    void overflowingSumStillGivesMean() {
        assertEquals(1.5e308, Descriptive.mean(new double[] {1.4e308, 1.6e308}), 1e293);
        assertEquals(1e308, Descriptive.sd(new double[] {1e308, -1e308}, 0), 1e293);
        assertEquals(Double.POSITIVE_INFINITY, Descriptive.variance(new double[] {1e308, -1e308}, 0));
    }

    @Test
    void handExamples() {
        double[] x = {2, 4, 4, 4, 5, 5, 7, 9};
        assertEquals(5.0, Descriptive.mean(x));
        assertEquals(4.0, Descriptive.variance(x, 0));
        assertEquals(2.0, Descriptive.sd(x, 0));
        assertEquals(4.5, Descriptive.median(x));
        assertEquals(new Descriptive.Mode(4.0, 3), Descriptive.mode(x));
        assertEquals(new Descriptive.Mode(1.0, 2), Descriptive.mode(new double[] {3, 1, 3, 1}));
        assertEquals(2.0, Descriptive.iqr(new double[] {1, 2, 3, 4, 5}));
        // R: quantile(1:10, 0.3, type = 1) is 3 although 10 * 0.3 = 3.0000000000000004
        double[] t = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertEquals(3.0, Descriptive.quantile(t, 0.3, QuantileMethod.INVERTED_CDF));
        assertEquals(3.5, Descriptive.quantile(t, 0.3, QuantileMethod.AVERAGED_INVERTED_CDF));
        assertEquals(3.7, Descriptive.quantile(t, 0.3, QuantileMethod.LINEAR), 1e-15);
        assertEquals(QuantileMethod.MEDIAN_UNBIASED, QuantileMethod.of("type8"));
        assertEquals(QuantileMethod.HAZEN, QuantileMethod.ofType(5));
        assertArrayEquals(new double[] {1, 2, 2, 3}, Ranks.rank(new double[] {10, 20, 20, 30},
                TieMethod.DENSE));
        double[] w = {1, 2, 3};
        double[] v = {1, 2, 4};
        assertEquals(17.0 / 6.0, Descriptive.weightedMean(v, w), 1e-15);
        // frequency: sample {1, 2, 2, 4, 4, 4}: variance with ddof 1
        assertEquals(Descriptive.variance(new double[] {1, 2, 2, 4, 4, 4}, 1),
                Descriptive.weightedVariance(v, w, Descriptive.Weights.FREQUENCY), 1e-14);
        // reliability weights are scale-free
        double[] w10 = {10, 20, 30};
        assertEquals(Descriptive.weightedVariance(v, w, Descriptive.Weights.RELIABILITY),
                Descriptive.weightedVariance(v, w10, Descriptive.Weights.RELIABILITY), 1e-14);
        Histogram h = Histogram.of(new double[] {0, 1, 1, 2, 3, 3}, 3);
        assertArrayEquals(new long[] {1, 2, 3}, h.counts());
        assertArrayEquals(new double[] {0, 1, 2, 3}, h.edges());
    }

    @Test
    void badInputIsRejectedWithMessages() {
        double[] x = {1, 2, 3};
        double[] copy = x.clone();
        assertEquals("variance: ddof must be >= 0, got -1", assertThrows(
                IllegalArgumentException.class, () -> Descriptive.variance(x, -1)).getMessage());
        assertEquals("quantile: p must be in [0, 1], got p[0] = 1.5", assertThrows(
                IllegalArgumentException.class,
                () -> Descriptive.quantile(x, 1.5, QuantileMethod.LINEAR)).getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Descriptive.quantile(x, NaN, QuantileMethod.LINEAR));
        assertEquals("weightedMean: x and w lengths differ, got 3 and 2", assertThrows(
                IllegalArgumentException.class,
                () -> Descriptive.weightedMean(x, new double[] {1, 2})).getMessage());
        assertEquals("weightedMean: weights must be finite and >= 0, got w[1] = -2.0",
                assertThrows(IllegalArgumentException.class,
                        () -> Descriptive.weightedMean(x, new double[] {1, -2, 1})).getMessage());
        assertEquals("pearson: x and y lengths differ, got 3 and 1", assertThrows(
                IllegalArgumentException.class,
                () -> Correlation.pearson(x, new double[] {1})).getMessage());
        assertThrows(IllegalArgumentException.class, () -> QuantileMethod.of("cubic"));
        assertThrows(IllegalArgumentException.class, () -> QuantileMethod.ofType(10));
        assertThrows(IllegalArgumentException.class, () -> Histogram.of(x, 0));
        assertThrows(IllegalArgumentException.class, () -> Histogram.of(new double[] {}, 3));
        assertThrows(IllegalArgumentException.class,
                () -> Histogram.of(new double[] {1, NaN}, Histogram.BinRule.AUTO));
        assertThrows(IllegalArgumentException.class,
                () -> Correlation.covarianceMatrix(new double[][] {{1, 2}, {3}}, 1));
        assertThrows(IllegalArgumentException.class,
                () -> Correlation.covarianceMatrix(new double[5], 2, 3, 1));
        assertThrows(IndexOutOfBoundsException.class, () -> new Moments().addAll(x, 2, 2));
        assertThrows(NullPointerException.class, () -> Descriptive.mean(null));
        assertArrayEquals(copy, x);
    }
}
