package org.chagres.kernels.testing;

import org.junit.jupiter.api.Assertions;

/**
 * Error bounds and accurate references. {@code u} is the unit roundoff (2^−53 for double,
 * 2^−24 for float) and {@code γₙ = n·u / (1 − n·u)} (Higham, Accuracy and Stability of
 * Numerical Algorithms, §3.1): a sum of n products computed in any order is within
 * {@code γₙ·Σ|xᵢyᵢ|} of the exact value, so two different orders are within {@code 2γₙ}.
 */
public final class Bounds {

    /** Unit roundoff of double, 2^−53. */
    public static final double U_DOUBLE = 0x1p-53;
    /** Unit roundoff of float, 2^−24. */
    public static final double U_FLOAT = 0x1p-24;

    private Bounds() {
    }

    /** {@code γₙ = n·u / (1 − n·u)}. */
    public static double gamma(int n, double u) {
        double nu = n * u;
        if (!(nu < 1)) {
            throw new IllegalArgumentException("gamma: n·u must be < 1, got " + nu);
        }
        return nu / (1 - nu);
    }

    /**
     * {@code Σ x[i]·y[i]} by Ogita, Rump and Oishi's Dot2 ("Accurate sum and dot product",
     * SIAM J. Sci. Comput. 26(6), 2005): as accurate as if computed in twice the working
     * precision, so it serves as the exact value in double bounds. Finite inputs only.
     */
    public static double dot2(double[] x, double[] y) {
        double p = 0.0;
        double s = 0.0;
        for (int i = 0; i < x.length; i++) {
            double h = x[i] * y[i];
            double r = Math.fma(x[i], y[i], -h);
            double q = p + h;
            double z = q - p;
            s += (p - (q - z)) + (h - z) + r;
            p = q;
        }
        return p + s;
    }

    /** {@code Σ |x[i]·y[i]|}. */
    public static double absDot(double[] x, double[] y) {
        double s = 0.0;
        for (int i = 0; i < x.length; i++) {
            s += Math.abs(x[i] * y[i]);
        }
        return s;
    }

    /**
     * Asserts {@code |got − ref| <= bound} for finite ref; NaN ref demands NaN, an infinite
     * ref demands the same infinity.
     */
    public static void assertClose(String what, double got, double ref, double bound) {
        if (Double.isNaN(ref) || Double.isInfinite(ref)) {
            assertSameClass(what, got, ref);
            return;
        }
        if (!(Math.abs(got - ref) <= bound)) {
            Assertions.fail(what + ": got " + got + ", expected " + ref + " ± " + bound
                    + " (off by " + Math.abs(got - ref) + ")");
        }
    }

    /** {@link #assertClose(String, double, double, double)} for element {@code index}. */
    public static void assertClose(String what, int index, double got, double ref,
            double bound) {
        if (Double.isNaN(ref) || Double.isInfinite(ref) ? Double.isNaN(got) == Double.isNaN(ref)
                && (!Double.isInfinite(ref) || got == ref) : Math.abs(got - ref) <= bound) {
            return;
        }
        assertClose(what + "[" + index + "]", got, ref, bound);
    }

    /** {@link #assertSameClass(String, double, double)} for element {@code index}. */
    public static void assertSameClass(String what, int index, double got, double ref) {
        if (Double.isNaN(ref) == Double.isNaN(got) && (!Double.isInfinite(ref) || got == ref)) {
            return;
        }
        assertSameClass(what + "[" + index + "]", got, ref);
    }

    /**
     * Asserts that got is NaN exactly when ref is, and equals ref when ref is infinite: the
     * check for special values, where summation order must not matter.
     */
    public static void assertSameClass(String what, double got, double ref) {
        if (Double.isNaN(ref) != Double.isNaN(got)) {
            Assertions.fail(what + ": got " + got + " but the reference gives " + ref);
        }
        if (Double.isInfinite(ref) && got != ref) {
            Assertions.fail(what + ": got " + got + " but the reference gives " + ref);
        }
    }

    /** {@link #assertSameClass} element by element. */
    public static void assertSameClass(String what, double[] got, double[] ref) {
        Assertions.assertEquals(ref.length, got.length, what + ": length");
        for (int i = 0; i < ref.length; i++) {
            assertSameClass(what, i, got[i], ref[i]);
        }
    }

    /** {@link #assertSameClass} element by element, floats. */
    public static void assertSameClass(String what, float[] got, float[] ref) {
        Assertions.assertEquals(ref.length, got.length, what + ": length");
        for (int i = 0; i < ref.length; i++) {
            assertSameClass(what, i, got[i], ref[i]);
        }
    }

    /** Asserts the arrays are equal bit for bit. */
    public static void assertBitsEqual(String what, double[] got, double[] want) {
        Assertions.assertEquals(want.length, got.length, what + ": length");
        for (int i = 0; i < want.length; i++) {
            if (Double.doubleToRawLongBits(got[i]) != Double.doubleToRawLongBits(want[i])) {
                Assertions.fail(what + "[" + i + "]: got " + got[i] + ", expected " + want[i]);
            }
        }
    }

    /** Asserts the arrays are equal bit for bit. */
    public static void assertBitsEqual(String what, float[] got, float[] want) {
        Assertions.assertEquals(want.length, got.length, what + ": length");
        for (int i = 0; i < want.length; i++) {
            if (Float.floatToRawIntBits(got[i]) != Float.floatToRawIntBits(want[i])) {
                Assertions.fail(what + "[" + i + "]: got " + got[i] + ", expected " + want[i]);
            }
        }
    }

    /**
     * Asserts that calling {@code call} throws {@code type} with a message that starts with
     * {@code op + ": "}.
     */
    public static <T extends RuntimeException> T assertRejects(Class<T> type, String op,
            Runnable call) {
        T e = Assertions.assertThrows(type, call::run, op + " should throw "
                + type.getSimpleName());
        String m = e.getMessage();
        Assertions.assertNotNull(m, op + ": exception without message");
        Assertions.assertTrue(m.startsWith(op + ": "), "message should start with '" + op
                + ": ', got '" + m + "'");
        return e;
    }
}
