package org.chagres.kernels.contract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.chagres.kernels.Elementwise;
import org.chagres.kernels.scalar.ScalarElementwise;
import org.chagres.kernels.testing.Bounds;
import org.junit.jupiter.api.function.Executable;

/**
 * The contract every Elementwise backend passes (extend it and return the backend from
 * {@link #elementwise()}). Exact operations must equal the scalar reference bit for bit;
 * exp, log, tanh and sigmoid must stay within {@link #ulpBoundDouble}/{@link #ulpBoundFloat}
 * ulp of it (random values, random bit patterns over the whole range, and dense sweeps along
 * the overflow, underflow, subnormal and saturation edges); sums within Higham's bound
 * {@code γn·Σ|x|} of the exact sum; softmax and log-sum-exp within bounds derived from those.
 * Every slice sits between NaN guards at offsets 0…3 with lengths 0…4·16+3, inputs must stay
 * unchanged, output guards unwritten, in-place calls must agree with out-of-place ones, and bad
 * arguments must throw the documented exception with its message and write nothing.
 */
public abstract class ElementwiseContract {

    /** The oracle. */
    protected static final Elementwise REFERENCE = new ScalarElementwise();

    /** The backend under test. */
    protected abstract Elementwise elementwise();

    /** The backend's ulp bound for a double transcendental op vs the reference (issue 3: 4). */
    protected double ulpBoundDouble(String op) {
        return 4;
    }

    /** The backend's ulp bound for a float transcendental op vs the reference (issue 3: 2). */
    protected double ulpBoundFloat(String op) {
        return 2;
    }

    /**
     * Whether the edge sweeps are worth running: not for the reference itself, which would
     * only be compared with itself.
     */
    protected boolean sweepsEdges() {
        return elementwise().getClass() != ScalarElementwise.class;
    }

    /** Prints the largest error a sweep measured, so the numbers can be quoted. */
    protected void report(String what, double worstUlps) {
        System.out.printf("%s %s: max %.0f ulp vs StrictMath over the edge sweeps%n",
                elementwise().getClass().getSimpleName(), what, worstUlps);
    }

    /** Sweeps call the kernel on chunks this long, so that it gets compiled early. */
    private static final int CHUNK = 4096;

    private static void expect(Class<? extends Throwable> type, String message, Executable call) {
        Throwable t = assertThrows(type, call);
        assertEquals(message, t.getMessage());
    }

    // ==== double ================================================================================

    /** {@code op(e, n, x, xOff, out, outOff)} for one double unary operation. */
    @FunctionalInterface
    protected interface DoubleUnary {
        void run(Elementwise e, int n, double[] x, int xOff, double[] out, int outOff);
    }

    /** {@code op(e, n, x, xOff, y, yOff, out, outOff)}. */
    @FunctionalInterface
    protected interface DoubleBinary {
        void run(Elementwise e, int n, double[] x, int xOff, double[] y, int yOff, double[] out,
                int outOff);
    }

    /** {@code op(e, n, x, xOff, s, out, outOff)}. */
    @FunctionalInterface
    protected interface DoubleWithScalar {
        void run(Elementwise e, int n, double[] x, int xOff, double s, double[] out, int outOff);
    }

    /** Exact unary operations: bit for bit equal to the reference. */
    protected static final Map<String, DoubleUnary> EXACT_DOUBLE = Map.of(
            "neg", Elementwise::neg, "abs", Elementwise::abs, "sqrt", Elementwise::sqrt,
            "relu", Elementwise::relu);
    /** Transcendental unary operations: within the backend's ulp bound. */
    protected static final Map<String, DoubleUnary> APPROX_DOUBLE = Map.of(
            "exp", Elementwise::exp, "log", Elementwise::log, "tanh", Elementwise::tanh,
            "sigmoid", Elementwise::sigmoid);
    /** Array–array operations. */
    protected static final Map<String, DoubleBinary> BINARY_DOUBLE = Map.of(
            "add", Elementwise::add, "sub", Elementwise::sub, "mul", Elementwise::mul,
            "div", Elementwise::div);
    /** Array–scalar operations. */
    protected static final Map<String, DoubleWithScalar> SCALAR_DOUBLE = Map.of(
            "add", Elementwise::add, "sub", Elementwise::sub, "mul", Elementwise::mul,
            "div", Elementwise::div);

    @Provide
    Arbitrary<double[]> anyDoubles() {
        return ElementwiseValues.doubles(ElementwiseValues.anyDouble());
    }

    @Provide
    Arbitrary<double[]> finiteDoubles() {
        return ElementwiseValues.doubles(ElementwiseValues.finiteDouble());
    }

    @Provide
    Arbitrary<double[]> logitDoubles() {
        return ElementwiseValues.doubles(ElementwiseValues.logitDouble());
    }

    @Provide
    Arbitrary<Double> anyDouble() {
        return ElementwiseValues.anyDouble();
    }

    /** Runs op on guarded copies in the backend and the reference; returns {got, expected}. */
    private double[][] runBoth(String op, DoubleUnary f, double[] v, int xOff, int outOff) {
        int n = v.length;
        double[] x = ElementwiseSlices.input(v, xOff);
        double[] x0 = x.clone();
        double[] out = ElementwiseSlices.output(n, outOff);
        double[] ref = ElementwiseSlices.output(n, outOff);
        f.run(elementwise(), n, x, xOff, out, outOff);
        f.run(REFERENCE, n, x0.clone(), xOff, ref, outOff);
        ElementwiseSlices.assertUnchanged(op, x0, x);
        ElementwiseSlices.assertOutputGuards(op, out, outOff, n);
        return new double[][] {Arrays.copyOfRange(out, outOff, outOff + n),
            Arrays.copyOfRange(ref, outOff, outOff + n)};
    }

    private void assertInPlaceSame(String op, DoubleUnary f, double[] v, int off, double[] got) {
        double[] x = ElementwiseSlices.input(v, off);
        f.run(elementwise(), v.length, x, off, x, off);
        for (int i = 0; i < v.length; i++) {
            assertSame(op + " in place", v[i], got[i], x[off + i]);
        }
    }

    private static void assertSame(String op, double in, double expected, double got) {
        if (!ElementwiseSlices.same(expected, got)) {
            fail(op + "(" + in + ") = " + got + ", expected " + expected);
        }
    }

    @Property
    void exactUnaryDoubleOpsEqualTheReference(@ForAll("anyDoubles") double[] v,
            @ForAll @IntRange(max = 3) int xOff, @ForAll @IntRange(max = 3) int outOff) {
        EXACT_DOUBLE.forEach((op, f) -> {
            double[][] r = runBoth(op, f, v, xOff, outOff);
            for (int i = 0; i < v.length; i++) {
                assertSame(op, v[i], r[1][i], r[0][i]);
            }
            assertInPlaceSame(op, f, v, xOff, r[0]);
        });
    }

    @Property
    void transcendentalDoubleOpsStayWithinTheUlpBound(@ForAll("anyDoubles") double[] v,
            @ForAll @IntRange(max = 3) int xOff, @ForAll @IntRange(max = 3) int outOff) {
        APPROX_DOUBLE.forEach((op, f) -> {
            double[][] r = runBoth(op, f, v, xOff, outOff);
            for (int i = 0; i < v.length; i++) {
                assertWithinUlps(op, v[i], r[1][i], r[0][i], ulpBoundDouble(op));
            }
            assertInPlaceSame(op, f, v, xOff, r[0]);
        });
    }

    /** A value gives the same bits at every position of a slice (tails included). */
    @Property(tries = 50)
    void doubleResultsDoNotDependOnPosition(@ForAll("anyDouble") double value,
            @ForAll @IntRange(max = 3) int off) {
        int n = 2 * ElementwiseSlices.MAX_N + 1;
        double[] v = new double[n];
        Arrays.fill(v, value);
        Map<String, DoubleUnary> all = new TreeMap<>(EXACT_DOUBLE);
        all.putAll(APPROX_DOUBLE);
        all.forEach((op, f) -> {
            double[] got = runBoth(op, f, v, off, 0)[0];
            for (int len = 1; len <= 3; len++) {
                double[] small = runBoth(op, f, Arrays.copyOf(v, len), off, 1)[0];
                assertSame(op + " of length " + len, value, got[0], small[len - 1]);
            }
            for (int i = 1; i < n; i++) {
                if (!ElementwiseSlices.same(got[0], got[i])) {
                    fail(op + "(" + value + ") is " + got[0] + " at index 0 but " + got[i]
                            + " at index " + i);
                }
            }
        });
    }

    static void assertWithinUlps(String op, double in, double expected, double got,
            double bound) {
        double u = ElementwiseSlices.ulps(expected, got);
        if (!(u <= bound)) {
            fail(op + "(" + in + " [0x" + Long.toHexString(Double.doubleToRawLongBits(in))
                    + "]) = " + got + ", reference " + expected + ": " + u + " ulp > " + bound);
        }
    }

    @Property
    void binaryDoubleOpsEqualTheReference(@ForAll("anyDoubles") double[] v,
            @ForAll("anyDoubles") double[] w, @ForAll @IntRange(max = 3) int xOff,
            @ForAll @IntRange(max = 3) int yOff, @ForAll @IntRange(max = 3) int outOff) {
        int n = Math.min(v.length, w.length);
        double[] x = ElementwiseSlices.input(Arrays.copyOf(v, n), xOff);
        double[] y = ElementwiseSlices.input(Arrays.copyOf(w, n), yOff);
        double[] x0 = x.clone();
        double[] y0 = y.clone();
        BINARY_DOUBLE.forEach((op, f) -> {
            double[] out = ElementwiseSlices.output(n, outOff);
            double[] ref = ElementwiseSlices.output(n, outOff);
            f.run(elementwise(), n, x, xOff, y, yOff, out, outOff);
            f.run(REFERENCE, n, x0.clone(), xOff, y0.clone(), yOff, ref, outOff);
            ElementwiseSlices.assertUnchanged(op, x0, x);
            ElementwiseSlices.assertUnchanged(op, y0, y);
            ElementwiseSlices.assertOutputGuards(op, out, outOff, n);
            for (int i = 0; i < n; i++) {
                assertSame(op, x[xOff + i], ref[outOff + i], out[outOff + i]);
            }
            double[] inX = x0.clone();
            f.run(elementwise(), n, inX, xOff, y, yOff, inX, xOff);
            double[] inY = y0.clone();
            f.run(elementwise(), n, x, xOff, inY, yOff, inY, yOff);
            for (int i = 0; i < n; i++) {
                assertSame(op + " in place of x", x[xOff + i], ref[outOff + i], inX[xOff + i]);
                assertSame(op + " in place of y", x[xOff + i], ref[outOff + i], inY[yOff + i]);
            }
        });
    }

    @Property
    void scalarDoubleOpsEqualTheReference(@ForAll("anyDoubles") double[] v,
            @ForAll("anyDouble") double s, @ForAll @IntRange(max = 3) int xOff,
            @ForAll @IntRange(max = 3) int outOff) {
        SCALAR_DOUBLE.forEach((op, f) -> {
            DoubleUnary g = (e, n, x, xo, out, oo) -> f.run(e, n, x, xo, s, out, oo);
            double[][] r = runBoth(op + " " + s, g, v, xOff, outOff);
            for (int i = 0; i < v.length; i++) {
                assertSame(op + " " + s, v[i], r[1][i], r[0][i]);
            }
            assertInPlaceSame(op + " " + s, g, v, xOff, r[0]);
        });
    }

    @Property
    void fmaDoubleEqualsTheReference(@ForAll("anyDoubles") double[] v,
            @ForAll("anyDoubles") double[] w, @ForAll("anyDoubles") double[] u,
            @ForAll @IntRange(max = 3) int off) {
        int n = Math.min(v.length, Math.min(w.length, u.length));
        double[] x = ElementwiseSlices.input(Arrays.copyOf(v, n), off);
        double[] y = ElementwiseSlices.input(Arrays.copyOf(w, n), 3 - off);
        double[] z = ElementwiseSlices.input(Arrays.copyOf(u, n), 1);
        double[] x0 = x.clone();
        double[] y0 = y.clone();
        double[] z0 = z.clone();
        double[] out = ElementwiseSlices.output(n, 2);
        elementwise().fma(n, x, off, y, 3 - off, z, 1, out, 2);
        ElementwiseSlices.assertUnchanged("fma", x0, x);
        ElementwiseSlices.assertUnchanged("fma", y0, y);
        ElementwiseSlices.assertUnchanged("fma", z0, z);
        ElementwiseSlices.assertOutputGuards("fma", out, 2, n);
        for (int i = 0; i < n; i++) {
            double expected = Math.fma(v[i], w[i], u[i]);
            assertSame("fma", v[i], expected, out[2 + i]);
        }
        elementwise().fma(n, z, 1, y, 3 - off, z, 1, z, 1);
        for (int i = 0; i < n; i++) {
            assertSame("fma in place of z", u[i], Math.fma(u[i], w[i], u[i]), z[1 + i]);
        }
    }

    @Property
    void maxMinArgmaxOfDoublesEqualTheReference(@ForAll("anyDoubles") double[] v,
            @ForAll @IntRange(max = 3) int off) {
        double[] x = ElementwiseSlices.input(v, off);
        double[] x0 = x.clone();
        int n = v.length;
        assertSame("max", Double.NaN, REFERENCE.max(n, x0, off), elementwise().max(n, x, off));
        assertSame("min", Double.NaN, REFERENCE.min(n, x0, off), elementwise().min(n, x, off));
        assertEquals(REFERENCE.argmax(n, x0, off), elementwise().argmax(n, x, off),
                () -> "argmax of " + Arrays.toString(v));
        ElementwiseSlices.assertUnchanged("max/min/argmax", x0, x);
    }

    @Property
    void argmaxOfDoublesIsTheFirstLargestOrTheFirstNaN(@ForAll("logitDoubles") double[] v,
            @ForAll @IntRange(max = 3) int off) {
        int n = v.length;
        int got = elementwise().argmax(n, ElementwiseSlices.input(v, off), off);
        if (n == 0) {
            assertEquals(-1, got);
            return;
        }
        double m = Arrays.stream(v).max().orElseThrow();
        int first = 0;
        while (!(v[first] == m || Double.isNaN(v[first]))) {
            first++;
        }
        assertEquals(first, got, () -> "argmax of " + Arrays.toString(v));
    }

    @Property
    void doubleSumIsWithinTheSummationBound(@ForAll("finiteDoubles") double[] v,
            @ForAll @IntRange(max = 3) int off) {
        assertSumWithinBound(v, off);
    }

    /** Long sums exercise the blocked/pairwise paths of vector backends. */
    @Property(tries = 15)
    void longDoubleSumsAreWithinTheSummationBound(@ForAll @IntRange(max = 20_000) int n,
            @ForAll long seed, @ForAll @IntRange(max = 3) int off) {
        var rnd = new java.util.Random(seed);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = (rnd.nextDouble() - 0.45) * Math.scalb(1.0, rnd.nextInt(40) - 20);
        }
        assertSumWithinBound(v, off);
    }

    private void assertSumWithinBound(double[] v, int off) {
        int n = v.length;
        double[] x = ElementwiseSlices.input(v, off);
        double[] x0 = x.clone();
        double got = elementwise().sum(n, x, off);
        ElementwiseSlices.assertUnchanged("sum", x0, x);
        BigDecimal exact = ElementwiseSlices.exactSum(v);
        double abs = 0;
        for (double d : v) {
            abs += Math.abs(d);
        }
        double bound = Bounds.gamma(Math.max(n, 1), Bounds.U_DOUBLE) * abs * (1 + 0x1p-50);
        double err = new BigDecimal(got).subtract(exact).abs().doubleValue();
        assertTrue(err <= bound, () -> "sum of " + n + ": got " + got + ", exact " + exact
                + ", error " + err + " > γn·Σ|x| = " + bound);
    }

    @Property
    void doubleSumOfSpecialValuesFollowsIeee(@ForAll("anyDoubles") double[] v,
            @ForAll @IntRange(max = 3) int off) {
        boolean nan = false;
        boolean pos = false;
        boolean neg = false;
        double[] w = v.clone();
        for (int i = 0; i < w.length; i++) {
            if (Double.isFinite(w[i])) {
                w[i] = Math.min(Math.max(w[i], -1e300), 1e300) * 1e-10;   // no overflow
            }
            nan |= Double.isNaN(w[i]);
            pos |= w[i] == Double.POSITIVE_INFINITY;
            neg |= w[i] == Double.NEGATIVE_INFINITY;
        }
        double got = elementwise().sum(w.length, ElementwiseSlices.input(w, off), off);
        if (nan || (pos && neg)) {
            assertTrue(Double.isNaN(got), () -> "sum " + Arrays.toString(w) + " = " + got);
        } else if (pos || neg) {
            assertEquals(pos ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY, got);
        } else {
            assertTrue(Double.isFinite(got), () -> "sum " + Arrays.toString(w) + " = " + got);
        }
    }

    @Example
    void doubleSumOfNegativeZerosIsNegativeZero() {
        for (int n = 1; n <= ElementwiseSlices.MAX_N; n++) {
            double[] v = new double[n];
            Arrays.fill(v, -0.0);
            assertSame("sum of " + n + " -0.0", -0.0, -0.0,
                    elementwise().sum(n, ElementwiseSlices.input(v, 1), 1));
        }
    }

    @Property
    void doubleLogSumExpIsCloseToTheReference(@ForAll("logitDoubles") double[] v,
            @ForAll @IntRange(max = 3) int off) {
        int n = v.length;
        double[] x = ElementwiseSlices.input(v, off);
        double[] x0 = x.clone();
        double got = elementwise().logSumExp(n, x, off);
        double ref = REFERENCE.logSumExp(n, x0.clone(), off);
        ElementwiseSlices.assertUnchanged("logSumExp", x0, x);
        if (!Double.isFinite(ref)) {
            assertSame("logSumExp", Double.NaN, ref, got);
            return;
        }
        double tol = (2 * n + 2 * ulpBoundDouble("exp") + 8) * 0x1p-53
                * (1 + Math.abs(ref) + Math.log(n));
        assertTrue(Math.abs(got - ref) <= tol, () -> "logSumExp " + Arrays.toString(v) + " = "
                + got + ", reference " + ref + ", tolerance " + tol);
    }

    @Property
    void doubleLogSumExpOfSpecialValues(@ForAll("anyDoubles") double[] v,
            @ForAll @IntRange(max = 3) int off) {
        double got = elementwise().logSumExp(v.length, ElementwiseSlices.input(v, off), off);
        boolean nan = Arrays.stream(v).anyMatch(Double::isNaN);
        boolean inf = Arrays.stream(v).anyMatch(d -> d == Double.POSITIVE_INFINITY);
        boolean empty = Arrays.stream(v).allMatch(d -> d == Double.NEGATIVE_INFINITY);
        double expected = nan ? Double.NaN : inf ? Double.POSITIVE_INFINITY
                : empty ? Double.NEGATIVE_INFINITY : 0;
        if (nan || inf || empty) {
            assertSame("logSumExp " + Arrays.toString(v), Double.NaN, expected, got);
        } else {
            assertTrue(Double.isFinite(got), () -> "logSumExp " + Arrays.toString(v) + " = "
                    + got);
        }
    }

    @Property
    void doubleSoftmaxIsCloseToTheReference(@ForAll("logitDoubles") double[] v,
            @ForAll @IntRange(max = 3) int xOff, @ForAll @IntRange(max = 3) int outOff) {
        DoubleUnary f = Elementwise::softmax;
        double[][] r = runBoth("softmax", f, v, xOff, outOff);
        int n = v.length;
        double rel = (2 * n + 4 * ulpBoundDouble("exp") + 8) * 0x1p-53;
        double abs = (2 * ulpBoundDouble("exp") + 2) * Double.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            double got = r[0][i];
            double ref = r[1][i];
            if (Double.isNaN(ref)) {
                assertSame("softmax", v[i], ref, got);
            } else {
                assertTrue(Math.abs(got - ref) <= rel * ref + abs, () -> "softmax "
                        + Arrays.toString(v) + " [" + Arrays.asList(got) + "] vs " + ref);
            }
            if (v[i] == Double.NEGATIVE_INFINITY && !Double.isNaN(ref)) {
                assertSame("softmax(-Inf)", v[i], 0.0, got);
            }
        }
        assertInPlaceSame("softmax", f, v, xOff, r[0]);
    }

    @Property
    void doubleSoftmaxOfSpecialValuesIsAllNaN(@ForAll("anyDoubles") double[] v,
            @ForAll @IntRange(max = 3) int off) {
        boolean undefined = v.length > 0 && (Arrays.stream(v).anyMatch(
                d -> Double.isNaN(d) || d == Double.POSITIVE_INFINITY)
                || Arrays.stream(v).allMatch(d -> d == Double.NEGATIVE_INFINITY));
        double[] out = ElementwiseSlices.output(v.length, off);
        elementwise().softmax(v.length, ElementwiseSlices.input(v, 0), 0, out, off);
        double sum = 0;
        for (int i = 0; i < v.length; i++) {
            if (undefined) {
                assertTrue(Double.isNaN(out[off + i]), () -> "softmax " + Arrays.toString(v));
            } else {
                assertTrue(out[off + i] >= 0 && out[off + i] <= 1,
                        () -> "softmax " + Arrays.toString(v));
                sum += out[off + i];
            }
        }
        if (!undefined && v.length > 0) {
            assertEquals(1.0, sum, (v.length + 20) * 0x1p-52, () -> "Σ softmax "
                    + Arrays.toString(v));
        }
    }

    @Example
    void badDoubleArgumentsAreRejectedAndNothingIsWritten() {
        Map<String, DoubleUnary> all = new TreeMap<>(EXACT_DOUBLE);
        all.putAll(APPROX_DOUBLE);
        all.put("softmax", Elementwise::softmax);
        BINARY_DOUBLE.forEach((op, f) -> all.put(op + "(array)",
                (e, n, x, xo, out, oo) -> f.run(e, n, x, xo, x.clone(), xo, out, oo)));
        SCALAR_DOUBLE.forEach((op, f) -> all.put(op + "(scalar)",
                (e, n, x, xo, out, oo) -> f.run(e, n, x, xo, 2.0, out, oo)));
        all.put("fma", (e, n, x, xo, out, oo) -> e.fma(n, x, xo, x.clone(), xo, x.clone(), xo,
                out, oo));
        all.forEach((name, f) -> {
            String op = name.replaceAll("\\(.*", "");
            double[] x = {1, 2, 3, 4, 5, 6};
            double[] out = ElementwiseSlices.output(6, 0);
            expect(IllegalArgumentException.class, op + ": n must be >= 0, got -1",
                    () -> f.run(elementwise(), -1, x, 0, out, 0));
            expect(IndexOutOfBoundsException.class,
                    op + ": x range [2, 7) out of bounds for length 6",
                    () -> f.run(elementwise(), 5, x, 2, out, 0));
            expect(IndexOutOfBoundsException.class,
                    op + ": x range [-1, 2) out of bounds for length 6",
                    () -> f.run(elementwise(), 3, x, -1, out, 0));
            expect(IndexOutOfBoundsException.class,
                    op + ": out range [9, 12) out of bounds for length 11",
                    () -> f.run(elementwise(), 3, x, 0, out, 9));
            expect(NullPointerException.class, op + ": out is null",
                    () -> f.run(elementwise(), 3, x, 0, null, 0));
            double[] same = {1, 2, 3, 4, 5, 6};
            expect(IllegalArgumentException.class, op + ": out overlaps x partially, got xOff 0,"
                    + " outOff 2, n 3 (use the same offset to work in place)",
                    () -> f.run(elementwise(), 3, same, 0, same, 2));
            assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, same, name + " wrote on error");
            assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, x, name + " wrote on error");
            ElementwiseSlices.assertOutputGuards(name + " on error", out, 0, 0);
            double[] apart = {1, 2, 3, 4, 5, 6};
            f.run(elementwise(), 3, apart, 0, apart, 3);   // same array, disjoint: allowed
        });
        assertThrows(NullPointerException.class, () -> elementwise().exp(1, null, 0,
                new double[1], 0), "exp: x is null");
        expect(IllegalArgumentException.class, "add: out overlaps y partially, got yOff 1, "
                + "outOff 0, n 4 (use the same offset to work in place)",
                () -> {
                    double[] y = new double[5];
                    elementwise().add(4, new double[4], 0, y, 1, y, 0);
                });
        expect(IndexOutOfBoundsException.class, "sum: x range [3, 5) out of bounds for length 4",
                () -> elementwise().sum(2, new double[4], 3));
        expect(IllegalArgumentException.class, "argmax: n must be >= 0, got -2",
                () -> elementwise().argmax(-2, new double[4], 0));
        expect(NullPointerException.class, "logSumExp: x is null",
                () -> elementwise().logSumExp(1, (double[]) null, 0));
    }

    @Example
    void emptyDoubleSlicesGiveTheIdentities() {
        double[] x = {Double.NaN};
        assertSame("sum", 0, 0.0, elementwise().sum(0, x, 1));
        assertSame("max", 0, Double.NEGATIVE_INFINITY, elementwise().max(0, x, 0));
        assertSame("min", 0, Double.POSITIVE_INFINITY, elementwise().min(0, x, 0));
        assertSame("logSumExp", 0, Double.NEGATIVE_INFINITY, elementwise().logSumExp(0, x, 0));
        assertEquals(-1, elementwise().argmax(0, x, 0));
        double[] out = ElementwiseSlices.output(0, 1);
        elementwise().softmax(0, x, 0, out, 1);
        elementwise().exp(0, x, 1, out, 1);
        ElementwiseSlices.assertOutputGuards("empty", out, 1, 0);
    }

    // ---- double sweeps along the edges of the transcendental functions ------------------------

    /** Compares op on every value of {@code xs} against the reference; returns the max ulp. */
    protected double sweep(String op, DoubleUnary f, double[] all) {
        double worst = 0;
        for (int from = 0; from < all.length; from += CHUNK) {
            double[] xs = Arrays.copyOfRange(all, from, Math.min(all.length, from + CHUNK));
            worst = Math.max(worst, sweepChunk(op, f, xs));
        }
        return worst;
    }

    private double sweepChunk(String op, DoubleUnary f, double[] xs) {
        double[] got = new double[xs.length];
        double[] ref = new double[xs.length];
        f.run(elementwise(), xs.length, xs, 0, got, 0);
        f.run(REFERENCE, xs.length, xs, 0, ref, 0);
        double worst = 0;
        for (int i = 0; i < xs.length; i++) {
            assertWithinUlps(op, xs[i], ref[i], got[i], ulpBoundDouble(op));
            worst = Math.max(worst, ElementwiseSlices.ulps(ref[i], got[i]));
        }
        return worst;
    }

    /** {@code count} consecutive doubles starting at {@code from}, going up. */
    protected static double[] consecutive(double from, int count) {
        double[] a = new double[count];
        double v = from;
        for (int i = 0; i < count; i++) {
            a[i] = v;
            v = Math.nextUp(v);
        }
        return a;
    }

    /** {@code count} values evenly spaced in {@code [lo, hi]}. */
    protected static double[] spaced(double lo, double hi, int count) {
        double[] a = new double[count];
        for (int i = 0; i < count; i++) {
            a[i] = lo + (hi - lo) * i / (count - 1);
        }
        return a;
    }

    /** Random bit patterns: the whole double range, sign and all. */
    protected static double[] randomBits(long seed, int count) {
        var rnd = new java.util.Random(seed);
        double[] a = new double[count];
        for (int i = 0; i < count; i++) {
            a[i] = Double.longBitsToDouble(rnd.nextLong());
        }
        return a;
    }

    @Example
    void doubleExpAlongItsEdges() {
        if (!sweepsEdges()) {
            return;
        }
        double w = 0;
        w = Math.max(w, sweep("exp", Elementwise::exp, consecutive(709.782712893384 - 1e-12,
                20_000)));
        w = Math.max(w, sweep("exp", Elementwise::exp, spaced(700, 711, 20_000)));
        w = Math.max(w, sweep("exp", Elementwise::exp, spaced(-746, -700, 20_000)));
        w = Math.max(w, sweep("exp", Elementwise::exp, consecutive(-745.1332191019412 - 1e-12,
                20_000)));
        w = Math.max(w, sweep("exp", Elementwise::exp, consecutive(-708.3964185322641 - 1e-12,
                20_000)));
        w = Math.max(w, sweep("exp", Elementwise::exp, spaced(-1, 1, 20_000)));
        w = Math.max(w, sweep("exp", Elementwise::exp, consecutive(-1e-300, 5_000)));
        w = Math.max(w, sweep("exp", Elementwise::exp, randomBits(1, 30_000)));
        w = Math.max(w, sweep("exp", Elementwise::exp, spaced(-50, 50, 20_000)));
        report("exp double", w);
    }

    @Example
    void doubleLogAlongItsEdges() {
        if (!sweepsEdges()) {
            return;
        }
        double w = 0;
        double[] sub = randomBits(2, 20_000);
        for (int i = 0; i < sub.length; i++) {
            sub[i] = Math.abs(sub[i]) * 0x1p-1074 * 0x1p-30;   // into the subnormal range
            if (!(sub[i] < Double.MIN_NORMAL)) {
                sub[i] = Double.MIN_VALUE * (i + 1);
            }
        }
        w = Math.max(w, sweep("log", Elementwise::log, sub));
        w = Math.max(w, sweep("log", Elementwise::log, consecutive(Double.MIN_VALUE, 5_000)));
        w = Math.max(w, sweep("log", Elementwise::log, consecutive(1 - 1e-12, 20_000)));
        w = Math.max(w, sweep("log", Elementwise::log, spaced(0.5, 2, 20_000)));
        w = Math.max(w, sweep("log", Elementwise::log, spaced(0.70, 0.71, 10_000)));
        w = Math.max(w, sweep("log", Elementwise::log, spaced(1.41, 1.42, 10_000)));
        w = Math.max(w, sweep("log", Elementwise::log, consecutive(Math.nextDown(
                Double.MAX_VALUE) - 1e293, 2_000)));
        double[] powers = new double[2100];
        for (int i = 0; i < powers.length; i++) {
            powers[i] = Math.scalb(1.0, i - 1075);
        }
        w = Math.max(w, sweep("log", Elementwise::log, powers));
        w = Math.max(w, sweep("log", Elementwise::log, randomBits(3, 30_000)));
        report("log double", w);
    }

    @Example
    void doubleTanhAlongItsEdges() {
        if (!sweepsEdges()) {
            return;
        }
        double w = 0;
        double[] small = new double[20_000];
        for (int i = 0; i < small.length; i++) {
            small[i] = (i % 2 == 0 ? 1 : -1) * Math.pow(10, -320 + 320.5 * i / small.length);
        }
        w = Math.max(w, sweep("tanh", Elementwise::tanh, small));
        w = Math.max(w, sweep("tanh", Elementwise::tanh, spaced(-1, 1, 20_000)));
        w = Math.max(w, sweep("tanh", Elementwise::tanh, spaced(-25, 25, 20_000)));
        w = Math.max(w, sweep("tanh", Elementwise::tanh, spaced(18, 20, 10_000)));
        w = Math.max(w, sweep("tanh", Elementwise::tanh, randomBits(4, 30_000)));
        report("tanh double", w);
    }

    @Example
    void doubleSigmoidAlongItsEdges() {
        if (!sweepsEdges()) {
            return;
        }
        double w = 0;
        w = Math.max(w, sweep("sigmoid", Elementwise::sigmoid, spaced(-750, -700, 20_000)));
        w = Math.max(w, sweep("sigmoid", Elementwise::sigmoid, spaced(-40, 40, 20_000)));
        w = Math.max(w, sweep("sigmoid", Elementwise::sigmoid, spaced(-1e-3, 1e-3, 10_000)));
        w = Math.max(w, sweep("sigmoid", Elementwise::sigmoid, spaced(30, 800, 10_000)));
        w = Math.max(w, sweep("sigmoid", Elementwise::sigmoid, randomBits(5, 30_000)));
        report("sigmoid double", w);
    }
    // ==== float ================================================================================

    /** {@code op(e, n, x, xOff, out, outOff)} for one float unary operation. */
    @FunctionalInterface
    protected interface FloatUnary {
        void run(Elementwise e, int n, float[] x, int xOff, float[] out, int outOff);
    }

    /** {@code op(e, n, x, xOff, y, yOff, out, outOff)}. */
    @FunctionalInterface
    protected interface FloatBinary {
        void run(Elementwise e, int n, float[] x, int xOff, float[] y, int yOff, float[] out,
                int outOff);
    }

    /** {@code op(e, n, x, xOff, s, out, outOff)}. */
    @FunctionalInterface
    protected interface FloatWithScalar {
        void run(Elementwise e, int n, float[] x, int xOff, float s, float[] out, int outOff);
    }

    /** Exact unary operations: bit for bit equal to the reference. */
    protected static final Map<String, FloatUnary> EXACT_FLOAT = Map.of(
            "neg", Elementwise::neg, "abs", Elementwise::abs, "sqrt", Elementwise::sqrt,
            "relu", Elementwise::relu);
    /** Transcendental unary operations: within the backend's ulp bound. */
    protected static final Map<String, FloatUnary> APPROX_FLOAT = Map.of(
            "exp", Elementwise::exp, "log", Elementwise::log, "tanh", Elementwise::tanh,
            "sigmoid", Elementwise::sigmoid);
    /** Array–array operations. */
    protected static final Map<String, FloatBinary> BINARY_FLOAT = Map.of(
            "add", Elementwise::add, "sub", Elementwise::sub, "mul", Elementwise::mul,
            "div", Elementwise::div);
    /** Array–scalar operations. */
    protected static final Map<String, FloatWithScalar> SCALAR_FLOAT = Map.of(
            "add", Elementwise::add, "sub", Elementwise::sub, "mul", Elementwise::mul,
            "div", Elementwise::div);

    @Provide
    Arbitrary<float[]> anyFloats() {
        return ElementwiseValues.floats(ElementwiseValues.anyFloat());
    }

    @Provide
    Arbitrary<float[]> finiteFloats() {
        return ElementwiseValues.floats(ElementwiseValues.finiteFloat());
    }

    @Provide
    Arbitrary<float[]> logitFloats() {
        return ElementwiseValues.floats(ElementwiseValues.logitFloat());
    }

    @Provide
    Arbitrary<Float> anyFloat() {
        return ElementwiseValues.anyFloat();
    }

    /** Runs op on guarded copies in the backend and the reference; returns {got, expected}. */
    private float[][] runBoth(String op, FloatUnary f, float[] v, int xOff, int outOff) {
        int n = v.length;
        float[] x = ElementwiseSlices.input(v, xOff);
        float[] x0 = x.clone();
        float[] out = ElementwiseSlices.outputFloat(n, outOff);
        float[] ref = ElementwiseSlices.outputFloat(n, outOff);
        f.run(elementwise(), n, x, xOff, out, outOff);
        f.run(REFERENCE, n, x0.clone(), xOff, ref, outOff);
        ElementwiseSlices.assertUnchanged(op, x0, x);
        ElementwiseSlices.assertOutputGuards(op, out, outOff, n);
        return new float[][] {Arrays.copyOfRange(out, outOff, outOff + n),
            Arrays.copyOfRange(ref, outOff, outOff + n)};
    }

    private void assertInPlaceSame(String op, FloatUnary f, float[] v, int off, float[] got) {
        float[] x = ElementwiseSlices.input(v, off);
        f.run(elementwise(), v.length, x, off, x, off);
        for (int i = 0; i < v.length; i++) {
            assertSame(op + " in place", v[i], got[i], x[off + i]);
        }
    }

    private static void assertSame(String op, float in, float expected, float got) {
        if (!ElementwiseSlices.same(expected, got)) {
            fail(op + "(" + in + ") = " + got + ", expected " + expected);
        }
    }

    @Property
    void exactUnaryFloatOpsEqualTheReference(@ForAll("anyFloats") float[] v,
            @ForAll @IntRange(max = 3) int xOff, @ForAll @IntRange(max = 3) int outOff) {
        EXACT_FLOAT.forEach((op, f) -> {
            float[][] r = runBoth(op, f, v, xOff, outOff);
            for (int i = 0; i < v.length; i++) {
                assertSame(op, v[i], r[1][i], r[0][i]);
            }
            assertInPlaceSame(op, f, v, xOff, r[0]);
        });
    }

    @Property
    void transcendentalFloatOpsStayWithinTheUlpBound(@ForAll("anyFloats") float[] v,
            @ForAll @IntRange(max = 3) int xOff, @ForAll @IntRange(max = 3) int outOff) {
        APPROX_FLOAT.forEach((op, f) -> {
            float[][] r = runBoth(op, f, v, xOff, outOff);
            for (int i = 0; i < v.length; i++) {
                assertWithinUlps(op, v[i], r[1][i], r[0][i], ulpBoundFloat(op));
            }
            assertInPlaceSame(op, f, v, xOff, r[0]);
        });
    }

    /** A value gives the same bits at every position of a slice (tails included). */
    @Property(tries = 50)
    void floatResultsDoNotDependOnPosition(@ForAll("anyFloat") float value,
            @ForAll @IntRange(max = 3) int off) {
        int n = 2 * ElementwiseSlices.MAX_N + 1;
        float[] v = new float[n];
        Arrays.fill(v, value);
        Map<String, FloatUnary> all = new TreeMap<>(EXACT_FLOAT);
        all.putAll(APPROX_FLOAT);
        all.forEach((op, f) -> {
            float[] got = runBoth(op, f, v, off, 0)[0];
            for (int len = 1; len <= 3; len++) {
                float[] small = runBoth(op, f, Arrays.copyOf(v, len), off, 1)[0];
                assertSame(op + " of length " + len, value, got[0], small[len - 1]);
            }
            for (int i = 1; i < n; i++) {
                if (!ElementwiseSlices.same(got[0], got[i])) {
                    fail(op + "(" + value + ") is " + got[0] + " at index 0 but " + got[i]
                            + " at index " + i);
                }
            }
        });
    }

    static void assertWithinUlps(String op, float in, float expected, float got,
            double bound) {
        double u = ElementwiseSlices.ulps(expected, got);
        if (!(u <= bound)) {
            fail(op + "(" + in + " [0x" + Integer.toHexString(Float.floatToRawIntBits(in))
                    + "]) = " + got + ", reference " + expected + ": " + u + " ulp > " + bound);
        }
    }

    @Property
    void binaryFloatOpsEqualTheReference(@ForAll("anyFloats") float[] v,
            @ForAll("anyFloats") float[] w, @ForAll @IntRange(max = 3) int xOff,
            @ForAll @IntRange(max = 3) int yOff, @ForAll @IntRange(max = 3) int outOff) {
        int n = Math.min(v.length, w.length);
        float[] x = ElementwiseSlices.input(Arrays.copyOf(v, n), xOff);
        float[] y = ElementwiseSlices.input(Arrays.copyOf(w, n), yOff);
        float[] x0 = x.clone();
        float[] y0 = y.clone();
        BINARY_FLOAT.forEach((op, f) -> {
            float[] out = ElementwiseSlices.outputFloat(n, outOff);
            float[] ref = ElementwiseSlices.outputFloat(n, outOff);
            f.run(elementwise(), n, x, xOff, y, yOff, out, outOff);
            f.run(REFERENCE, n, x0.clone(), xOff, y0.clone(), yOff, ref, outOff);
            ElementwiseSlices.assertUnchanged(op, x0, x);
            ElementwiseSlices.assertUnchanged(op, y0, y);
            ElementwiseSlices.assertOutputGuards(op, out, outOff, n);
            for (int i = 0; i < n; i++) {
                assertSame(op, x[xOff + i], ref[outOff + i], out[outOff + i]);
            }
            float[] inX = x0.clone();
            f.run(elementwise(), n, inX, xOff, y, yOff, inX, xOff);
            float[] inY = y0.clone();
            f.run(elementwise(), n, x, xOff, inY, yOff, inY, yOff);
            for (int i = 0; i < n; i++) {
                assertSame(op + " in place of x", x[xOff + i], ref[outOff + i], inX[xOff + i]);
                assertSame(op + " in place of y", x[xOff + i], ref[outOff + i], inY[yOff + i]);
            }
        });
    }

    @Property
    void scalarFloatOpsEqualTheReference(@ForAll("anyFloats") float[] v,
            @ForAll("anyFloat") float s, @ForAll @IntRange(max = 3) int xOff,
            @ForAll @IntRange(max = 3) int outOff) {
        SCALAR_FLOAT.forEach((op, f) -> {
            FloatUnary g = (e, n, x, xo, out, oo) -> f.run(e, n, x, xo, s, out, oo);
            float[][] r = runBoth(op + " " + s, g, v, xOff, outOff);
            for (int i = 0; i < v.length; i++) {
                assertSame(op + " " + s, v[i], r[1][i], r[0][i]);
            }
            assertInPlaceSame(op + " " + s, g, v, xOff, r[0]);
        });
    }

    @Property
    void fmaFloatEqualsTheReference(@ForAll("anyFloats") float[] v,
            @ForAll("anyFloats") float[] w, @ForAll("anyFloats") float[] u,
            @ForAll @IntRange(max = 3) int off) {
        int n = Math.min(v.length, Math.min(w.length, u.length));
        float[] x = ElementwiseSlices.input(Arrays.copyOf(v, n), off);
        float[] y = ElementwiseSlices.input(Arrays.copyOf(w, n), 3 - off);
        float[] z = ElementwiseSlices.input(Arrays.copyOf(u, n), 1);
        float[] x0 = x.clone();
        float[] y0 = y.clone();
        float[] z0 = z.clone();
        float[] out = ElementwiseSlices.outputFloat(n, 2);
        elementwise().fma(n, x, off, y, 3 - off, z, 1, out, 2);
        ElementwiseSlices.assertUnchanged("fma", x0, x);
        ElementwiseSlices.assertUnchanged("fma", y0, y);
        ElementwiseSlices.assertUnchanged("fma", z0, z);
        ElementwiseSlices.assertOutputGuards("fma", out, 2, n);
        for (int i = 0; i < n; i++) {
            float expected = Math.fma(v[i], w[i], u[i]);
            assertSame("fma", v[i], expected, out[2 + i]);
        }
        elementwise().fma(n, z, 1, y, 3 - off, z, 1, z, 1);
        for (int i = 0; i < n; i++) {
            assertSame("fma in place of z", u[i], Math.fma(u[i], w[i], u[i]), z[1 + i]);
        }
    }

    @Property
    void maxMinArgmaxOfFloatsEqualTheReference(@ForAll("anyFloats") float[] v,
            @ForAll @IntRange(max = 3) int off) {
        float[] x = ElementwiseSlices.input(v, off);
        float[] x0 = x.clone();
        int n = v.length;
        assertSame("max", Float.NaN, REFERENCE.max(n, x0, off), elementwise().max(n, x, off));
        assertSame("min", Float.NaN, REFERENCE.min(n, x0, off), elementwise().min(n, x, off));
        assertEquals(REFERENCE.argmax(n, x0, off), elementwise().argmax(n, x, off),
                () -> "argmax of " + Arrays.toString(v));
        ElementwiseSlices.assertUnchanged("max/min/argmax", x0, x);
    }

    @Property
    void argmaxOfFloatsIsTheFirstLargestOrTheFirstNaN(@ForAll("logitFloats") float[] v,
            @ForAll @IntRange(max = 3) int off) {
        int n = v.length;
        int got = elementwise().argmax(n, ElementwiseSlices.input(v, off), off);
        if (n == 0) {
            assertEquals(-1, got);
            return;
        }
        double m = Arrays.stream(ElementwiseSlices.widen(v)).max().orElseThrow();
        int first = 0;
        while (!(v[first] == m || Float.isNaN(v[first]))) {
            first++;
        }
        assertEquals(first, got, () -> "argmax of " + Arrays.toString(v));
    }

    @Property
    void floatSumIsWithinTheSummationBound(@ForAll("finiteFloats") float[] v,
            @ForAll @IntRange(max = 3) int off) {
        assertSumWithinBound(v, off);
    }

    /** Long sums exercise the blocked/pairwise paths of vector backends. */
    @Property(tries = 15)
    void longFloatSumsAreWithinTheSummationBound(@ForAll @IntRange(max = 20_000) int n,
            @ForAll long seed, @ForAll @IntRange(max = 3) int off) {
        var rnd = new java.util.Random(seed);
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (rnd.nextFloat() - 0.45f) * Math.scalb(1.0f, rnd.nextInt(40) - 20);
        }
        assertSumWithinBound(v, off);
    }

    private void assertSumWithinBound(float[] v, int off) {
        int n = v.length;
        float[] x = ElementwiseSlices.input(v, off);
        float[] x0 = x.clone();
        float got = elementwise().sum(n, x, off);
        ElementwiseSlices.assertUnchanged("sum", x0, x);
        BigDecimal exact = ElementwiseSlices.exactSum(v);
        double abs = 0;
        for (float d : v) {
            abs += Math.abs(d);
        }
        double bound = Bounds.gamma(Math.max(n, 1), Bounds.U_FLOAT) * abs * (1 + 0x1p-21);
        double err = new BigDecimal(got).subtract(exact).abs().doubleValue();
        assertTrue(err <= bound, () -> "sum of " + n + ": got " + got + ", exact " + exact
                + ", error " + err + " > γn·Σ|x| = " + bound);
    }

    @Property
    void floatSumOfSpecialValuesFollowsIeee(@ForAll("anyFloats") float[] v,
            @ForAll @IntRange(max = 3) int off) {
        boolean nan = false;
        boolean pos = false;
        boolean neg = false;
        float[] w = v.clone();
        for (int i = 0; i < w.length; i++) {
            if (Float.isFinite(w[i])) {
                w[i] = Math.min(Math.max(w[i], -1e30f), 1e30f) * 1e-10f;   // no overflow
            }
            nan |= Float.isNaN(w[i]);
            pos |= w[i] == Float.POSITIVE_INFINITY;
            neg |= w[i] == Float.NEGATIVE_INFINITY;
        }
        float got = elementwise().sum(w.length, ElementwiseSlices.input(w, off), off);
        if (nan || (pos && neg)) {
            assertTrue(Float.isNaN(got), () -> "sum " + Arrays.toString(w) + " = " + got);
        } else if (pos || neg) {
            assertEquals(pos ? Float.POSITIVE_INFINITY : Float.NEGATIVE_INFINITY, got);
        } else {
            assertTrue(Float.isFinite(got), () -> "sum " + Arrays.toString(w) + " = " + got);
        }
    }

    @Example
    void floatSumOfNegativeZerosIsNegativeZero() {
        for (int n = 1; n <= ElementwiseSlices.MAX_N; n++) {
            float[] v = new float[n];
            Arrays.fill(v, -0.0f);
            assertSame("sum of " + n + " -0.0", -0.0, -0.0,
                    elementwise().sum(n, ElementwiseSlices.input(v, 1), 1));
        }
    }

    @Property
    void floatLogSumExpIsCloseToTheReference(@ForAll("logitFloats") float[] v,
            @ForAll @IntRange(max = 3) int off) {
        int n = v.length;
        float[] x = ElementwiseSlices.input(v, off);
        float[] x0 = x.clone();
        float got = elementwise().logSumExp(n, x, off);
        float ref = REFERENCE.logSumExp(n, x0.clone(), off);
        ElementwiseSlices.assertUnchanged("logSumExp", x0, x);
        if (!Float.isFinite(ref)) {
            assertSame("logSumExp", Float.NaN, ref, got);
            return;
        }
        double tol = (2 * n + 2 * ulpBoundFloat("exp") + 8) * 0x1p-24
                * (1 + Math.abs(ref) + Math.log(n));
        assertTrue(Math.abs(got - ref) <= tol, () -> "logSumExp " + Arrays.toString(v) + " = "
                + got + ", reference " + ref + ", tolerance " + tol);
    }

    @Property
    void floatLogSumExpOfSpecialValues(@ForAll("anyFloats") float[] v,
            @ForAll @IntRange(max = 3) int off) {
        float got = elementwise().logSumExp(v.length, ElementwiseSlices.input(v, off), off);
        boolean nan = Arrays.stream(ElementwiseSlices.widen(v)).anyMatch(Double::isNaN);
        boolean inf = Arrays.stream(ElementwiseSlices.widen(v)).anyMatch(d -> d == Float.POSITIVE_INFINITY);
        boolean empty = Arrays.stream(ElementwiseSlices.widen(v)).allMatch(d -> d == Float.NEGATIVE_INFINITY);
        float expected = nan ? Float.NaN : inf ? Float.POSITIVE_INFINITY
                : empty ? Float.NEGATIVE_INFINITY : 0;
        if (nan || inf || empty) {
            assertSame("logSumExp " + Arrays.toString(v), Float.NaN, expected, got);
        } else {
            assertTrue(Float.isFinite(got), () -> "logSumExp " + Arrays.toString(v) + " = "
                    + got);
        }
    }

    @Property
    void floatSoftmaxIsCloseToTheReference(@ForAll("logitFloats") float[] v,
            @ForAll @IntRange(max = 3) int xOff, @ForAll @IntRange(max = 3) int outOff) {
        FloatUnary f = Elementwise::softmax;
        float[][] r = runBoth("softmax", f, v, xOff, outOff);
        int n = v.length;
        double rel = (2 * n + 4 * ulpBoundFloat("exp") + 8) * 0x1p-24;
        double abs = (2 * ulpBoundFloat("exp") + 2) * Float.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            float got = r[0][i];
            float ref = r[1][i];
            if (Float.isNaN(ref)) {
                assertSame("softmax", v[i], ref, got);
            } else {
                assertTrue(Math.abs(got - ref) <= rel * ref + abs, () -> "softmax "
                        + Arrays.toString(v) + " [" + Arrays.asList(got) + "] vs " + ref);
            }
            if (v[i] == Float.NEGATIVE_INFINITY && !Float.isNaN(ref)) {
                assertSame("softmax(-Inf)", v[i], 0.0, got);
            }
        }
        assertInPlaceSame("softmax", f, v, xOff, r[0]);
    }

    @Property
    void floatSoftmaxOfSpecialValuesIsAllNaN(@ForAll("anyFloats") float[] v,
            @ForAll @IntRange(max = 3) int off) {
        boolean undefined = v.length > 0 && (Arrays.stream(ElementwiseSlices.widen(v)).anyMatch(
                d -> Double.isNaN(d) || d == Float.POSITIVE_INFINITY)
                || Arrays.stream(ElementwiseSlices.widen(v)).allMatch(d -> d == Float.NEGATIVE_INFINITY));
        float[] out = ElementwiseSlices.outputFloat(v.length, off);
        elementwise().softmax(v.length, ElementwiseSlices.input(v, 0), 0, out, off);
        float sum = 0;
        for (int i = 0; i < v.length; i++) {
            if (undefined) {
                assertTrue(Float.isNaN(out[off + i]), () -> "softmax " + Arrays.toString(v));
            } else {
                assertTrue(out[off + i] >= 0 && out[off + i] <= 1,
                        () -> "softmax " + Arrays.toString(v));
                sum += out[off + i];
            }
        }
        if (!undefined && v.length > 0) {
            assertEquals(1.0, sum, (v.length + 20) * 0x1p-23, () -> "Σ softmax "
                    + Arrays.toString(v));
        }
    }

    @Example
    void badFloatArgumentsAreRejectedAndNothingIsWritten() {
        Map<String, FloatUnary> all = new TreeMap<>(EXACT_FLOAT);
        all.putAll(APPROX_FLOAT);
        all.put("softmax", Elementwise::softmax);
        BINARY_FLOAT.forEach((op, f) -> all.put(op + "(array)",
                (e, n, x, xo, out, oo) -> f.run(e, n, x, xo, x.clone(), xo, out, oo)));
        SCALAR_FLOAT.forEach((op, f) -> all.put(op + "(scalar)",
                (e, n, x, xo, out, oo) -> f.run(e, n, x, xo, 2.0f, out, oo)));
        all.put("fma", (e, n, x, xo, out, oo) -> e.fma(n, x, xo, x.clone(), xo, x.clone(), xo,
                out, oo));
        all.forEach((name, f) -> {
            String op = name.replaceAll("\\(.*", "");
            float[] x = {1, 2, 3, 4, 5, 6};
            float[] out = ElementwiseSlices.outputFloat(6, 0);
            expect(IllegalArgumentException.class, op + ": n must be >= 0, got -1",
                    () -> f.run(elementwise(), -1, x, 0, out, 0));
            expect(IndexOutOfBoundsException.class,
                    op + ": x range [2, 7) out of bounds for length 6",
                    () -> f.run(elementwise(), 5, x, 2, out, 0));
            expect(IndexOutOfBoundsException.class,
                    op + ": x range [-1, 2) out of bounds for length 6",
                    () -> f.run(elementwise(), 3, x, -1, out, 0));
            expect(IndexOutOfBoundsException.class,
                    op + ": out range [9, 12) out of bounds for length 11",
                    () -> f.run(elementwise(), 3, x, 0, out, 9));
            expect(NullPointerException.class, op + ": out is null",
                    () -> f.run(elementwise(), 3, x, 0, null, 0));
            float[] same = {1, 2, 3, 4, 5, 6};
            expect(IllegalArgumentException.class, op + ": out overlaps x partially, got xOff 0,"
                    + " outOff 2, n 3 (use the same offset to work in place)",
                    () -> f.run(elementwise(), 3, same, 0, same, 2));
            assertArrayEquals(new float[] {1, 2, 3, 4, 5, 6}, same, name + " wrote on error");
            assertArrayEquals(new float[] {1, 2, 3, 4, 5, 6}, x, name + " wrote on error");
            ElementwiseSlices.assertOutputGuards(name + " on error", out, 0, 0);
            float[] apart = {1, 2, 3, 4, 5, 6};
            f.run(elementwise(), 3, apart, 0, apart, 3);   // same array, disjoint: allowed
        });
        assertThrows(NullPointerException.class, () -> elementwise().exp(1, null, 0,
                new float[1], 0), "exp: x is null");
        expect(IllegalArgumentException.class, "add: out overlaps y partially, got yOff 1, "
                + "outOff 0, n 4 (use the same offset to work in place)",
                () -> {
                    float[] y = new float[5];
                    elementwise().add(4, new float[4], 0, y, 1, y, 0);
                });
        expect(IndexOutOfBoundsException.class, "sum: x range [3, 5) out of bounds for length 4",
                () -> elementwise().sum(2, new float[4], 3));
        expect(IllegalArgumentException.class, "argmax: n must be >= 0, got -2",
                () -> elementwise().argmax(-2, new float[4], 0));
        expect(NullPointerException.class, "logSumExp: x is null",
                () -> elementwise().logSumExp(1, (float[]) null, 0));
    }

    @Example
    void emptyFloatSlicesGiveTheIdentities() {
        float[] x = {Float.NaN};
        assertSame("sum", 0, 0.0, elementwise().sum(0, x, 1));
        assertSame("max", 0, Float.NEGATIVE_INFINITY, elementwise().max(0, x, 0));
        assertSame("min", 0, Float.POSITIVE_INFINITY, elementwise().min(0, x, 0));
        assertSame("logSumExp", 0, Float.NEGATIVE_INFINITY, elementwise().logSumExp(0, x, 0));
        assertEquals(-1, elementwise().argmax(0, x, 0));
        float[] out = ElementwiseSlices.outputFloat(0, 1);
        elementwise().softmax(0, x, 0, out, 1);
        elementwise().exp(0, x, 1, out, 1);
        ElementwiseSlices.assertOutputGuards("empty", out, 1, 0);
    }

    // ---- float sweeps along the edges of the transcendental functions -------------------------

    /** Compares op on every value of {@code xs} against the reference; returns the max ulp. */
    protected double sweep(String op, FloatUnary f, float[] all) {
        double worst = 0;
        for (int from = 0; from < all.length; from += CHUNK) {
            float[] xs = Arrays.copyOfRange(all, from, Math.min(all.length, from + CHUNK));
            worst = Math.max(worst, sweepChunk(op, f, xs));
        }
        return worst;
    }

    private double sweepChunk(String op, FloatUnary f, float[] xs) {
        float[] got = new float[xs.length];
        float[] ref = new float[xs.length];
        f.run(elementwise(), xs.length, xs, 0, got, 0);
        f.run(REFERENCE, xs.length, xs, 0, ref, 0);
        double worst = 0;
        for (int i = 0; i < xs.length; i++) {
            assertWithinUlps(op, xs[i], ref[i], got[i], ulpBoundFloat(op));
            worst = Math.max(worst, ElementwiseSlices.ulps(ref[i], got[i]));
        }
        return worst;
    }

    /** Every {@code step}-th float from {@code from} up to {@code to} (inclusive), in chunks. */
    protected double sweepFloats(String op, FloatUnary f, float from, float to, int step) {
        double worst = 0;
        int a = Float.floatToRawIntBits(from);
        int b = Float.floatToRawIntBits(to);
        int lo = Math.min(a, b);
        int hi = Math.max(a, b);   // same sign: bit patterns are monotone in magnitude
        float[] chunk = new float[CHUNK];
        int k = 0;
        for (long bits = lo; bits <= hi; bits += step) {
            chunk[k++] = Float.intBitsToFloat((int) bits);
            if (k == chunk.length || bits + step > hi) {
                worst = Math.max(worst, sweep(op, f, Arrays.copyOf(chunk, k)));
                k = 0;
            }
        }
        return worst;
    }

    /** {@code count} values evenly spaced in {@code [lo, hi]}. */
    protected static float[] spacedFloats(float lo, float hi, int count) {
        float[] a = new float[count];
        for (int i = 0; i < count; i++) {
            a[i] = (float) (lo + (double) (hi - lo) * i / (count - 1));
        }
        return a;
    }

    /** Random bit patterns: the whole float range. */
    protected static float[] randomFloatBits(long seed, int count) {
        var rnd = new java.util.Random(seed);
        float[] a = new float[count];
        for (int i = 0; i < count; i++) {
            a[i] = Float.intBitsToFloat(rnd.nextInt());
        }
        return a;
    }

    @Example
    void floatExpAlongItsEdges() {
        if (!sweepsEdges()) {
            return;
        }
        FloatUnary f = Elementwise::exp;
        double w = 0;
        w = Math.max(w, sweepFloats("exp", f, 88.0f, 89.0f, 1));         // overflow: every float
        w = Math.max(w, sweepFloats("exp", f, -103.2f, -104.0f, 1));     // last subnormals: all
        w = Math.max(w, sweepFloats("exp", f, -87.0f, -104.0f, 13));      // subnormal results
        w = Math.max(w, sweepFloats("exp", f, -1e-30f, -1.0f, 4099));
        w = Math.max(w, sweepFloats("exp", f, 1e-30f, 1.0f, 4099));
        w = Math.max(w, sweep("exp", f, spacedFloats(-87, 88, 50_000)));
        w = Math.max(w, sweep("exp", f, randomFloatBits(1, 50_000)));
        report("exp float", w);
    }

    @Example
    void floatLogAlongItsEdges() {
        if (!sweepsEdges()) {
            return;
        }
        FloatUnary f = Elementwise::log;
        double w = 0;
        w = Math.max(w, sweepFloats("log", f, Float.MIN_VALUE, Float.MIN_NORMAL, 41));
        w = Math.max(w, sweepFloats("log", f, 0.70f, 1.42f, 131));
        w = Math.max(w, sweepFloats("log", f, 0.99f, 1.01f, 1));
        w = Math.max(w, sweepFloats("log", f, Float.MIN_NORMAL, Float.MAX_VALUE, 8191));
        w = Math.max(w, sweep("log", f, randomFloatBits(3, 50_000)));
        report("log float", w);
    }

    @Example
    void floatTanhAlongItsEdges() {
        if (!sweepsEdges()) {
            return;
        }
        FloatUnary f = Elementwise::tanh;
        double w = 0;
        w = Math.max(w, sweepFloats("tanh", f, Float.MIN_VALUE, 1.0f, 16381));
        w = Math.max(w, sweepFloats("tanh", f, -Float.MIN_VALUE, -1.0f, 16381));
        w = Math.max(w, sweepFloats("tanh", f, 0.5f, 0.6f, 5));          // the branch point
        w = Math.max(w, sweepFloats("tanh", f, 8.5f, 9.5f, 3));          // saturation
        w = Math.max(w, sweep("tanh", f, spacedFloats(-20, 20, 50_000)));
        w = Math.max(w, sweep("tanh", f, randomFloatBits(4, 50_000)));
        report("tanh float", w);
    }

    @Example
    void floatSigmoidAlongItsEdges() {
        if (!sweepsEdges()) {
            return;
        }
        FloatUnary f = Elementwise::sigmoid;
        double w = 0;
        w = Math.max(w, sweepFloats("sigmoid", f, -87.0f, -104.0f, 13));
        w = Math.max(w, sweepFloats("sigmoid", f, -1e-20f, -16.0f, 4099));
        w = Math.max(w, sweepFloats("sigmoid", f, 1e-20f, 20.0f, 4099));
        w = Math.max(w, sweep("sigmoid", f, spacedFloats(-120, 120, 50_000)));
        w = Math.max(w, sweep("sigmoid", f, randomFloatBits(5, 50_000)));
        report("sigmoid float", w);
    }
}
