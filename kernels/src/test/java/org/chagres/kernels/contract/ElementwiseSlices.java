package org.chagres.kernels.contract;

import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * Guarded slices and comparisons for the Elementwise tests. A slice of n values at offset off
 * sits in an array of {@code off + n + GUARD} elements whose other elements are guards: NaN
 * in inputs (a kernel that reads them spoils its result) and a NaN with a payload in outputs
 * (a kernel that writes them is caught by a bitwise check).
 */
public final class ElementwiseSlices {

    /** Guard elements after every slice. */
    public static final int GUARD = 5;
    /** Guard written around output slices: a quiet NaN with a recognisable payload. */
    public static final long OUT_GUARD_BITS = 0x7ff8_0000_0000_deadL;
    /** Float output guard. */
    public static final int OUT_GUARD_FLOAT_BITS = 0x7fc0_dead;

    private ElementwiseSlices() {
    }

    /** {@code values} at {@code off}, NaN guards around. */
    public static double[] input(double[] values, int off) {
        double[] a = new double[off + values.length + GUARD];
        Arrays.fill(a, Double.NaN);
        System.arraycopy(values, 0, a, off, values.length);
        return a;
    }

    /** {@code values} at {@code off}, NaN guards around. */
    public static float[] input(float[] values, int off) {
        float[] a = new float[off + values.length + GUARD];
        Arrays.fill(a, Float.NaN);
        System.arraycopy(values, 0, a, off, values.length);
        return a;
    }

    /** An output array for n values at off, filled with the payload guard. */
    public static double[] output(int n, int off) {
        double[] a = new double[off + n + GUARD];
        Arrays.fill(a, Double.longBitsToDouble(OUT_GUARD_BITS));
        return a;
    }

    /** An output array for n values at off, filled with the payload guard. */
    public static float[] outputFloat(int n, int off) {
        float[] a = new float[off + n + GUARD];
        Arrays.fill(a, Float.intBitsToFloat(OUT_GUARD_FLOAT_BITS));
        return a;
    }

    /** Checks that {@code a} outside {@code [off, off + n)} still holds the output guard. */
    public static void assertOutputGuards(String what, double[] a, int off, int n) {
        for (int i = 0; i < a.length; i++) {
            if ((i < off || i >= off + n) && Double.doubleToRawLongBits(a[i]) != OUT_GUARD_BITS) {
                fail(what + ": wrote guard element " + i + " (slice [" + off + ", " + (off + n)
                        + ")): " + a[i]);
            }
        }
    }

    /** Checks that {@code a} outside {@code [off, off + n)} still holds the output guard. */
    public static void assertOutputGuards(String what, float[] a, int off, int n) {
        for (int i = 0; i < a.length; i++) {
            if ((i < off || i >= off + n) && Float.floatToRawIntBits(a[i]) != OUT_GUARD_FLOAT_BITS) {
                fail(what + ": wrote guard element " + i + " (slice [" + off + ", " + (off + n)
                        + ")): " + a[i]);
            }
        }
    }

    /** Checks that an input array is bit for bit what it was. */
    public static void assertUnchanged(String what, double[] before, double[] after) {
        for (int i = 0; i < before.length; i++) {
            if (Double.doubleToRawLongBits(before[i]) != Double.doubleToRawLongBits(after[i])) {
                fail(what + ": input modified at " + i + ": " + before[i] + " -> " + after[i]);
            }
        }
    }

    /** Checks that an input array is bit for bit what it was. */
    public static void assertUnchanged(String what, float[] before, float[] after) {
        for (int i = 0; i < before.length; i++) {
            if (Float.floatToRawIntBits(before[i]) != Float.floatToRawIntBits(after[i])) {
                fail(what + ": input modified at " + i + ": " + before[i] + " -> " + after[i]);
            }
        }
    }

    /** Equal bit for bit, or both NaN (NaN payloads are not specified). */
    public static boolean same(double a, double b) {
        return Double.doubleToRawLongBits(a) == Double.doubleToRawLongBits(b)
                || (a != a && b != b);
    }

    /** Equal bit for bit, or both NaN. */
    public static boolean same(float a, float b) {
        return Float.floatToRawIntBits(a) == Float.floatToRawIntBits(b) || (a != a && b != b);
    }

    /**
     * The number of doubles between a and b (0 if equal; ±0 count as equal), +Inf if exactly
     * one of them is NaN.
     */
    public static double ulps(double a, double b) {
        if (a != a || b != b) {
            return a != a && b != b ? 0 : Double.POSITIVE_INFINITY;
        }
        long d = ordered(a) - ordered(b);   // exact unless the signs differ and both are huge
        return (ordered(a) < 0) == (ordered(b) < 0) ? Math.abs((double) d)
                : Math.abs((double) ordered(a)) + Math.abs((double) ordered(b));
    }

    /** The number of floats between a and b; see {@link #ulps(double, double)}. */
    public static double ulps(float a, float b) {
        if (a != a || b != b) {
            return a != a && b != b ? 0 : Double.POSITIVE_INFINITY;
        }
        return Math.abs((long) ordered(a) - (long) ordered(b));
    }

    private static long ordered(double v) {
        long bits = Double.doubleToRawLongBits(v);
        return bits < 0 ? Long.MIN_VALUE - bits : bits;
    }

    private static int ordered(float v) {
        int bits = Float.floatToRawIntBits(v);
        return bits < 0 ? Integer.MIN_VALUE - bits : bits;
    }

    /** The exact sum of finite values. */
    public static BigDecimal exactSum(double[] x) {
        BigDecimal s = BigDecimal.ZERO;
        for (double v : x) {
            s = s.add(new BigDecimal(v));
        }
        return s;
    }

    /** The exact sum of finite values. */
    public static BigDecimal exactSum(float[] x) {
        BigDecimal s = BigDecimal.ZERO;
        for (float v : x) {
            s = s.add(new BigDecimal(v));
        }
        return s;
    }

    /** The vector lane counts the tests must cover: the longest is 512-bit floats. */
    public static final int MAX_LANES = 16;
    /** The longest slice the generated tests use: {@code 4·lanes + 3}. */
    public static final int MAX_N = 4 * MAX_LANES + 3;

    /** The floats as doubles (exact), for streams and BigDecimal. */
    public static double[] widen(float[] a) {
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = a[i];
        }
        return d;
    }
}
