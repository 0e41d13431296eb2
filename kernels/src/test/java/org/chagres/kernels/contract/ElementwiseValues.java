package org.chagres.kernels.contract;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * Value generators for the Elementwise tests: moderate values, the whole range as random bit
 * patterns, and the special values (NaN, ±Inf, ±0.0, subnormals, the overflow and underflow
 * thresholds of exp) that every kernel must get right.
 */
public final class ElementwiseValues {

    private ElementwiseValues() {
    }

    /** Special doubles, including exp's thresholds and tanh's saturation point. */
    public static final double[] SPECIAL_DOUBLES = {
        Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0, -0.0,
        Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, -Double.MIN_NORMAL,
        Double.MAX_VALUE, -Double.MAX_VALUE, 1.0, -1.0, 0.5, -0.5, Math.ulp(1.0),
        1.0 + Math.ulp(1.0), 1.0 - Math.ulp(1.0) / 2, 1e-300, -1e-300, 1e-17, -1e-17,
        709.782712893384, 709.7827128933841, 710.0, -708.3964185322641, -708.4,
        -745.1332191019411, -745.1332191019412, -746.0, 19.0, 19.1, -19.1, 36.8, -36.8,
        0.5493061443340549, -0.5493061443340549, 0.34657359027997264, -0.34657359027997264,
    };

    /** Special floats, including expf's thresholds and tanhf's saturation point. */
    public static final float[] SPECIAL_FLOATS = {
        Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 0.0f, -0.0f,
        Float.MIN_VALUE, -Float.MIN_VALUE, Float.MIN_NORMAL, -Float.MIN_NORMAL,
        Float.MAX_VALUE, -Float.MAX_VALUE, 1.0f, -1.0f, 0.5f, -0.5f, Math.ulp(1.0f),
        1.0f + Math.ulp(1.0f), 1.0f - Math.ulp(1.0f) / 2, 1e-38f, -1e-38f, 1e-8f, -1e-8f,
        88.72283f, 88.72284f, 89.0f, -87.33655f, -87.34f, -103.27893f, -103.97208f,
        -103.972084f, -104.0f, 9.0f, 9.1f, -9.1f, 17.0f, -17.0f, 0.54930615f, -0.54930615f,
        0.34657359f, -0.34657359f,
    };

    /** Any double: moderate, wide, random bit patterns and special values. */
    public static Arbitrary<Double> anyDouble() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, uniform(-30, 30)),
                Tuple.of(2, uniform(-800, 800)),
                Tuple.of(2, Arbitraries.longs().map(Double::longBitsToDouble)),
                Tuple.of(2, Arbitraries.of(boxed(SPECIAL_DOUBLES))));
    }

    /** Any float: moderate, wide, random bit patterns and special values. */
    public static Arbitrary<Float> anyFloat() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, uniformFloat(-30, 30)),
                Tuple.of(2, uniformFloat(-120, 120)),
                Tuple.of(2, Arbitraries.integers().map(Float::intBitsToFloat)),
                Tuple.of(2, Arbitraries.of(boxed(SPECIAL_FLOATS))));
    }

    /** Finite values of mixed sign and magnitude whose absolute sum cannot overflow. */
    public static Arbitrary<Double> finiteDouble() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, uniform(-1e3, 1e3)),
                Tuple.of(2, uniform(-1e-3, 1e-3)),
                Tuple.of(2, uniform(-1e12, 1e12)),
                Tuple.of(1, Arbitraries.of(0.0, -0.0, Double.MIN_VALUE, 1e-310)));
    }

    /** Finite floats of mixed sign and magnitude whose absolute sum cannot overflow. */
    public static Arbitrary<Float> finiteFloat() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, uniformFloat(-1e3f, 1e3f)),
                Tuple.of(2, uniformFloat(-1e-3f, 1e-3f)),
                Tuple.of(2, uniformFloat(-1e12f, 1e12f)),
                Tuple.of(1, Arbitraries.of(0.0f, -0.0f, Float.MIN_VALUE, 1e-40f)));
    }

    /** Logits: mostly moderate, some far apart, some -Inf. */
    public static Arbitrary<Double> logitDouble() {
        return Arbitraries.frequencyOf(
                Tuple.of(5, uniform(-20, 20)),
                Tuple.of(2, uniform(-1000, 1000)),
                Tuple.of(1, Arbitraries.of(Double.NEGATIVE_INFINITY, 0.0, 1.0)));
    }

    /** Logits: mostly moderate, some far apart, some -Inf. */
    public static Arbitrary<Float> logitFloat() {
        return Arbitraries.frequencyOf(
                Tuple.of(5, uniformFloat(-20, 20)),
                Tuple.of(2, uniformFloat(-200, 200)),
                Tuple.of(1, Arbitraries.of(Float.NEGATIVE_INFINITY, 0.0f, 1.0f)));
    }

    /** Arrays of 0 … {@link ElementwiseSlices#MAX_N} doubles. */
    public static Arbitrary<double[]> doubles(Arbitrary<Double> values) {
        return values.list().ofMaxSize(ElementwiseSlices.MAX_N).map(l -> {
            double[] a = new double[l.size()];
            for (int i = 0; i < a.length; i++) {
                a[i] = l.get(i);
            }
            return a;
        });
    }

    /** Arrays of 0 … {@link ElementwiseSlices#MAX_N} floats. */
    public static Arbitrary<float[]> floats(Arbitrary<Float> values) {
        return values.list().ofMaxSize(ElementwiseSlices.MAX_N).map(l -> {
            float[] a = new float[l.size()];
            for (int i = 0; i < a.length; i++) {
                a[i] = l.get(i);
            }
            return a;
        });
    }

    private static Double[] boxed(double[] a) {
        Double[] b = new Double[a.length];
        for (int i = 0; i < a.length; i++) {
            b[i] = a[i];
        }
        return b;
    }

    private static Float[] boxed(float[] a) {
        Float[] b = new Float[a.length];
        for (int i = 0; i < a.length; i++) {
            b[i] = a[i];
        }
        return b;
    }

    /** Full-precision doubles spread evenly over {@code [lo, hi)}. */
    public static Arbitrary<Double> uniform(double lo, double hi) {
        return Arbitraries.randomValue(r -> lo + (hi - lo) * r.nextDouble());
    }

    /** Full-precision floats spread evenly over {@code [lo, hi)}. */
    public static Arbitrary<Float> uniformFloat(float lo, float hi) {
        return Arbitraries.randomValue(r -> (float) (lo + ((double) hi - lo) * r.nextDouble()));
    }
}
