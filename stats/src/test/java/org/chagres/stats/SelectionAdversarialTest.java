package org.chagres.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Quantiles on inputs that break naive selection (sorted, reversed, constant, few distinct
 * values, organ pipe, sawtooth), on both sides of {@link Select#WINDOW_MIN}, against the
 * sorted copy: every one of the nine Hyndman–Fan types must equal the formula on the sorted
 * sample bit for bit.
 */
class SelectionAdversarialTest {

    private static final double[] PS = {0.0, 1e-4, 0.1, 0.25, 0.5, 0.9, 0.999, 1.0};

    private static double[] make(String shape, int n) {
        SplittableRandom r = new SplittableRandom(n * 31L + shape.hashCode());
        IntFunction<Double> f = switch (shape) {
            case "sorted" -> i -> (double) i;
            case "reversed" -> i -> (double) (n - i);
            case "equal" -> i -> 7.5;
            case "fewDistinct" -> i -> (double) r.nextInt(3);
            case "organPipe" -> i -> (double) Math.min(i, n - 1 - i);
            case "sawtooth" -> i -> (double) (i % 17);
            case "outlier" -> i -> i == n / 3 ? 1e300 : r.nextDouble();
            case "signedZeros" -> i -> i % 3 == 0 ? -0.0 : i % 3 == 1 ? 0.0 : r.nextDouble() - 0.5;
            case "infinities" -> i -> i % 5 == 0 ? Double.NEGATIVE_INFINITY
                    : i % 7 == 0 ? Double.POSITIVE_INFINITY : r.nextGaussian();
            case "highInfinities" -> i -> i % 3 == 0 ? r.nextGaussian() : Double.POSITIVE_INFINITY;
            default -> i -> r.nextGaussian() * 1e-3 + 1e3;
        };
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = f.apply(i);
        }
        return x;
    }

    /** The quantile from the sorted sample, computed with the same position rule. */
    private static double expected(double[] sorted, double p, QuantileMethod m) {
        double[] q = Descriptive.quantiles(sorted.clone(), new double[] {p}, m);
        return q[0];
    }

    @Test
    void adversarialShapesMatchSortedReference() {
        String[] shapes = {"sorted", "reversed", "equal", "fewDistinct", "organPipe", "sawtooth",
            "outlier", "signedZeros", "infinities", "highInfinities", "normal"};
        for (int n : new int[] {1, 2, 3, 2047, 2048, 5001, 40000}) {
            for (String shape : shapes) {
                double[] x = make(shape, n);
                double[] copy = x.clone();
                double[] s = x.clone();
                Arrays.sort(s);
                for (QuantileMethod m : QuantileMethod.values()) {
                    double[] got = Descriptive.quantiles(x, PS, m);
                    for (int i = 0; i < PS.length; i++) {
                        double want = sortedQuantile(s, PS[i], m);
                        assertEquals(want, got[i], 0.0,
                                shape + " n=" + n + " " + m + " p=" + PS[i]);
                        assertEquals(want, Descriptive.quantile(x, PS[i], m), 0.0,
                                "single p: " + shape + " n=" + n + " " + m + " p=" + PS[i]);
                    }
                }
                assertArrayEquals(copy, x, "input modified: " + shape);
            }
        }
    }

    /** Type-by-type quantile of a sorted array through the many-ranks (sorting) path. */
    private static double sortedQuantile(double[] s, double p, QuantileMethod m) {
        double[] many = new double[64];
        Arrays.fill(many, p);
        return Descriptive.quantiles(s, many, m)[0];
    }

    @Test
    void nanFollowsPolicyOnLargeInputs() {
        double[] x = make("normal", 10000);
        double[] clean = x.clone();
        x[4321] = Double.NaN;
        assertTrue(Double.isNaN(Descriptive.median(x)));
        assertTrue(Double.isNaN(Descriptive.quantile(x, 0.9, QuantileMethod.LINEAR)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Descriptive.median(x, NanPolicy.RAISE));
        assertTrue(e.getMessage().contains("x[4321] is NaN"), e.getMessage());
        double[] omitted = new double[clean.length - 1];
        System.arraycopy(clean, 0, omitted, 0, 4321);
        System.arraycopy(clean, 4322, omitted, 4321, clean.length - 4322);
        assertEquals(Descriptive.median(omitted), Descriptive.median(x, NanPolicy.OMIT), 0.0);
    }

    @Test
    void windowBracketsTheRanksOrDeclines() {
        double[] x = make("normal", 100000);
        double[] s = x.clone();
        Arrays.sort(s);
        Select.Window w = Select.window(x, 49999, 50000);
        assertTrue(w != null && w.below() <= 49999 && w.below() + w.count() > 50000);
        assertTrue(w.count() < x.length / 8, "window too wide: " + w.count());
        double[] v = Arrays.copyOf(w.values(), w.count());
        Arrays.sort(v);
        assertEquals(s[49999], v[49999 - w.below()], 0.0);
        assertEquals(s[50000], v[50000 - w.below()], 0.0);
        x[5] = Double.NaN;
        assertNull(Select.window(x, 49999, 50000));
    }

    @Test
    void smallInputs() {
        assertEquals(3.0, Descriptive.median(new double[] {3.0}), 0.0);
        assertEquals(2.5, Descriptive.median(new double[] {3.0, 2.0}), 0.0);
        assertEquals(2.0, Descriptive.quantile(new double[] {3.0, 2.0}, 0.5,
                QuantileMethod.INVERTED_CDF), 0.0);
        assertTrue(Double.isNaN(Descriptive.median(new double[0])));
    }
}
