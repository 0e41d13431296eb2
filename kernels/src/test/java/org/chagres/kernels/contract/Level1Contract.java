package org.chagres.kernels.contract;

import static org.chagres.kernels.testing.Bounds.U_DOUBLE;
import static org.chagres.kernels.testing.Bounds.U_FLOAT;
import static org.chagres.kernels.testing.Bounds.assertBitsEqual;
import static org.chagres.kernels.testing.Bounds.assertClose;
import static org.chagres.kernels.testing.Bounds.assertRejects;
import static org.chagres.kernels.testing.Bounds.assertSameClass;
import static org.chagres.kernels.testing.Bounds.gamma;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.chagres.kernels.Backends;
import org.chagres.kernels.FloatGivens;
import org.chagres.kernels.Givens;
import org.chagres.kernels.Level1;
import org.chagres.kernels.testing.Bounds;
import org.chagres.kernels.testing.FloatGuarded;
import org.chagres.kernels.testing.Guarded;
import org.chagres.kernels.testing.Values;

/**
 * The Level 1 contract every backend passes: results within error bounds of accurate
 * references, NaN/Inf where the scalar reference has them, nothing written outside the slices
 * (NaN guard bands), read-only operands unchanged, bad arguments rejected before anything is
 * written. Lengths {@code 0 … 4·16+3} hit every tail of the widest vectors; offsets
 * {@code 0 … 3}; strides {@code 1 … 3}. Extend it and implement {@link #level1()}.
 */
public abstract class Level1Contract {

    /** 4·16 + 3: every tail of four unrolled 512-bit float vectors. */
    protected static final int MAX_N = 67;

    private static final Level1 REF = Backends.scalar().level1();

    /** The family under test. */
    protected abstract Level1 level1();

    @Provide
    Arbitrary<Integer> inc() {
        return Values.increments();
    }

    private static boolean unit(int incX, int incY) {
        return incX == 1 && incY == 1;
    }

    // ------------------------------------------------------------------ dot

    @Property
    void dotIsWithinTheErrorBound(@ForAll @IntRange(max = MAX_N) int n,
            @ForAll @IntRange(max = 3) int xOff, @ForAll @IntRange(max = 3) int yOff,
            @ForAll("inc") int incX, @ForAll("inc") int incY, @ForAll boolean specials,
            @ForAll long seed) {
        Random r = new Random(seed);
        double[] xv = Values.doubles(r, n, specials);
        double[] yv = Values.doubles(r, n, specials);
        Guarded x = Guarded.vector(xv, xOff, incX);
        Guarded y = Guarded.vector(yv, yOff, incY);
        double got = unit(incX, incY) ? level1().dot(n, x.array(), xOff, y.array(), yOff)
                : level1().dot(n, x.array(), xOff, incX, y.array(), yOff, incY);
        x.assertUnchanged("dot x");
        y.assertUnchanged("dot y");
        if (specials) {
            assertSameClass("dot", got, REF.dot(n, xv, 0, yv, 0));
        } else {
            double bound = 2 * gamma(n, U_DOUBLE) * Bounds.absDot(xv, yv)
                    + 2 * n * Double.MIN_VALUE;
            assertClose("dot", got, Bounds.dot2(xv, yv), bound);
        }
    }

    @Property
    void floatDotIsWithinTheErrorBound(@ForAll @IntRange(max = MAX_N) int n,
            @ForAll @IntRange(max = 3) int xOff, @ForAll @IntRange(max = 3) int yOff,
            @ForAll("inc") int incX, @ForAll("inc") int incY, @ForAll boolean specials,
            @ForAll long seed) {
        Random r = new Random(seed);
        float[] xv = Values.floats(r, n, specials);
        float[] yv = Values.floats(r, n, specials);
        FloatGuarded x = FloatGuarded.vector(xv, xOff, incX);
        FloatGuarded y = FloatGuarded.vector(yv, yOff, incY);
        float got = unit(incX, incY) ? level1().dot(n, x.array(), xOff, y.array(), yOff)
                : level1().dot(n, x.array(), xOff, incX, y.array(), yOff, incY);
        x.assertUnchanged("dot x");
        y.assertUnchanged("dot y");
        if (specials) {
            assertSameClass("dot", got, REF.dot(n, xv, 0, yv, 0));
        } else {
            double[] xd = Values.widen(xv);
            double[] yd = Values.widen(yv);
            double bound = 2 * gamma(n + 1, U_FLOAT) * Bounds.absDot(xd, yd)
                    + 2 * n * Float.MIN_VALUE;
            assertClose("dot", got, Bounds.dot2(xd, yd), bound);
        }
    }

    // ------------------------------------------------------------------ axpy

    @Property
    void axpyIsWithinTheErrorBound(@ForAll @IntRange(max = MAX_N) int n,
            @ForAll @IntRange(max = 3) int xOff, @ForAll @IntRange(max = 3) int yOff,
            @ForAll("inc") int incX, @ForAll("inc") int incY, @ForAll boolean specials,
            @ForAll long seed) {
        Random r = new Random(seed);
        double alpha = Values.factor(r);
        double[] xv = Values.doubles(r, n, specials);
        double[] yv = Values.doubles(r, n, specials);
        Guarded x = Guarded.vector(xv, xOff, incX);
        Guarded y = Guarded.vector(yv, yOff, incY);
        if (unit(incX, incY)) {
            level1().axpy(n, alpha, x.array(), xOff, y.array(), yOff);
        } else {
            level1().axpy(n, alpha, x.array(), xOff, incX, y.array(), yOff, incY);
        }
        x.assertUnchanged("axpy x");
        y.assertGuardsIntact("axpy y");
        double[] got = y.values();
        double[] ref = yv.clone();
        REF.axpy(n, alpha, xv, 0, ref, 0);
        for (int i = 0; i < n; i++) {
            if (specials) {
                assertSameClass("axpy y", i, got[i], ref[i]);
            } else {
                double bound = 2 * U_DOUBLE * (Math.abs(alpha * xv[i]) + Math.abs(yv[i]))
                        + Double.MIN_VALUE;
                assertClose("axpy y", i, got[i], Math.fma(alpha, xv[i], yv[i]), bound);
            }
        }
    }

    @Property
    void floatAxpyIsWithinTheErrorBound(@ForAll @IntRange(max = MAX_N) int n,
            @ForAll @IntRange(max = 3) int xOff, @ForAll @IntRange(max = 3) int yOff,
            @ForAll("inc") int incX, @ForAll("inc") int incY, @ForAll boolean specials,
            @ForAll long seed) {
        Random r = new Random(seed);
        float alpha = (float) Values.factor(r);
        float[] xv = Values.floats(r, n, specials);
        float[] yv = Values.floats(r, n, specials);
        FloatGuarded x = FloatGuarded.vector(xv, xOff, incX);
        FloatGuarded y = FloatGuarded.vector(yv, yOff, incY);
        if (unit(incX, incY)) {
            level1().axpy(n, alpha, x.array(), xOff, y.array(), yOff);
        } else {
            level1().axpy(n, alpha, x.array(), xOff, incX, y.array(), yOff, incY);
        }
        x.assertUnchanged("axpy x");
        y.assertGuardsIntact("axpy y");
        float[] got = y.values();
        float[] ref = yv.clone();
        REF.axpy(n, alpha, xv, 0, ref, 0);
        for (int i = 0; i < n; i++) {
            if (specials) {
                assertSameClass("axpy y", i, got[i], ref[i]);
            } else {
                double exact = (double) alpha * xv[i] + yv[i];
                double bound = 2 * U_FLOAT * (Math.abs((double) alpha * xv[i]) + Math.abs(yv[i]))
                        + Float.MIN_VALUE;
                assertClose("axpy y", i, got[i], exact, bound);
            }
        }
    }

    // ------------------------------------------------------------------ scal, copy, swap

    @Property
    void scalMultipliesEachElementOnce(@ForAll @IntRange(max = MAX_N) int n,
            @ForAll @IntRange(max = 3) int off, @ForAll("inc") int inc,
            @ForAll boolean specials, @ForAll long seed) {
        Random r = new Random(seed);
        double alpha = specials && r.nextInt(4) == 0 ? Values.special(r) : Values.factor(r);
        double[] v = Values.doubles(r, n, specials);
        Guarded x = Guarded.vector(v, off, inc);
        if (inc == 1) {
            level1().scal(n, alpha, x.array(), off);
        } else {
            level1().scal(n, alpha, x.array(), off, inc);
        }
        x.assertGuardsIntact("scal x");
        double[] got = x.values();
        for (int i = 0; i < n; i++) {
            double want = alpha * v[i];
            if (Double.compare(got[i], want) != 0) {
                assertEquals(want, got[i], "scal x[" + i + "] = " + alpha + "·" + v[i]);
            }
        }
        float fa = (float) alpha;
        float[] fv = Values.floats(r, n, specials);
        FloatGuarded fx = FloatGuarded.vector(fv, off, inc);
        if (inc == 1) {
            level1().scal(n, fa, fx.array(), off);
        } else {
            level1().scal(n, fa, fx.array(), off, inc);
        }
        fx.assertGuardsIntact("scal x (float)");
        float[] fgot = fx.values();
        for (int i = 0; i < n; i++) {
            float want = fa * fv[i];
            if (Float.compare(fgot[i], want) != 0) {
                assertEquals(want, fgot[i], "scal x[" + i + "] = " + fa + "·" + fv[i]);
            }
        }
    }

    @Property
    void copyAndSwapMoveBitsExactly(@ForAll @IntRange(max = MAX_N) int n,
            @ForAll @IntRange(max = 3) int xOff, @ForAll @IntRange(max = 3) int yOff,
            @ForAll("inc") int incX, @ForAll("inc") int incY, @ForAll long seed) {
        Random r = new Random(seed);
        double[] xv = Values.doubles(r, n, true);
        double[] yv = Values.doubles(r, n, true);
        Guarded x = Guarded.vector(xv, xOff, incX);
        Guarded y = Guarded.vector(yv, yOff, incY);
        if (unit(incX, incY)) {
            level1().copy(n, x.array(), xOff, y.array(), yOff);
        } else {
            level1().copy(n, x.array(), xOff, incX, y.array(), yOff, incY);
        }
        x.assertUnchanged("copy x");
        y.assertGuardsIntact("copy y");
        assertBitsEqual("copy y", y.values(), xv);
        Guarded s = Guarded.vector(yv, yOff, incY);
        if (unit(incX, incY)) {
            level1().swap(n, x.array(), xOff, s.array(), yOff);
        } else {
            level1().swap(n, x.array(), xOff, incX, s.array(), yOff, incY);
        }
        x.assertGuardsIntact("swap x");
        s.assertGuardsIntact("swap y");
        assertBitsEqual("swap x", x.values(), yv);
        assertBitsEqual("swap y", s.values(), xv);

        float[] fx = Values.floats(r, n, true);
        float[] fy = Values.floats(r, n, true);
        FloatGuarded gx = FloatGuarded.vector(fx, xOff, incX);
        FloatGuarded gy = FloatGuarded.vector(fy, yOff, incY);
        if (unit(incX, incY)) {
            level1().swap(n, gx.array(), xOff, gy.array(), yOff);
        } else {
            level1().swap(n, gx.array(), xOff, incX, gy.array(), yOff, incY);
        }
        gx.assertGuardsIntact("swap x (float)");
        gy.assertGuardsIntact("swap y (float)");
        assertBitsEqual("swap x (float)", gx.values(), fy);
        assertBitsEqual("swap y (float)", gy.values(), fx);
        FloatGuarded gc = FloatGuarded.vector(fy, yOff, incY);
        if (unit(incX, incY)) {
            level1().copy(n, gx.array(), xOff, gc.array(), yOff);
        } else {
            level1().copy(n, gx.array(), xOff, incX, gc.array(), yOff, incY);
        }
        gc.assertGuardsIntact("copy y (float)");
        assertBitsEqual("copy y (float)", gc.values(), fy);
    }

    // ------------------------------------------------------------------ asum, nrm2

    @Property
    void asumIsWithinTheErrorBound(@ForAll @IntRange(max = MAX_N) int n,
            @ForAll @IntRange(max = 3) int off, @ForAll("inc") int inc,
            @ForAll boolean specials, @ForAll long seed) {
        Random r = new Random(seed);
        double[] v = Values.doubles(r, n, specials);
        Guarded x = Guarded.vector(v, off, inc);
        double got = inc == 1 ? level1().asum(n, x.array(), off)
                : level1().asum(n, x.array(), off, inc);
        x.assertUnchanged("asum x");
        double[] abs = new double[n];
        double[] ones = new double[n];
        for (int i = 0; i < n; i++) {
            abs[i] = Math.abs(v[i]);
            ones[i] = 1.0;
        }
        if (specials) {
            assertSameClass("asum", got, REF.asum(n, v, 0));
        } else {
            double exact = Bounds.dot2(abs, ones);
            assertClose("asum", got, exact, 2 * gamma(n, U_DOUBLE) * exact);
        }
        float[] fv = Values.floats(r, n, specials);
        FloatGuarded fx = FloatGuarded.vector(fv, off, inc);
        float fgot = inc == 1 ? level1().asum(n, fx.array(), off)
                : level1().asum(n, fx.array(), off, inc);
        fx.assertUnchanged("asum x (float)");
        if (specials) {
            assertSameClass("asum (float)", fgot, REF.asum(n, fv, 0));
        } else {
            double exact = 0;
            for (float f : fv) {
                exact += Math.abs(f);
            }
            assertClose("asum (float)", fgot, exact, 2 * gamma(n + 1, U_FLOAT) * exact);
        }
    }

    /** scale 2^(300·k) for doubles, 2^(40·k) for floats: squares overflow or underflow. */
    @Property
    void nrm2IsAccurateAtEveryScale(@ForAll @IntRange(max = MAX_N) int n,
            @ForAll @IntRange(max = 3) int off, @ForAll("inc") int inc,
            @ForAll @IntRange(min = -2, max = 2) int k, @ForAll boolean specials,
            @ForAll long seed) {
        Random r = new Random(seed);
        double[] v = Values.doubles(r, n, specials);
        float[] fv = Values.floats(r, n, specials);
        for (int i = 0; i < n; i++) {
            v[i] = Math.scalb(v[i], 300 * k);
            fv[i] = Math.scalb(fv[i], 40 * k);
        }
        Guarded x = Guarded.vector(v, off, inc);
        double got = inc == 1 ? level1().nrm2(n, x.array(), off)
                : level1().nrm2(n, x.array(), off, inc);
        x.assertUnchanged("nrm2 x");
        FloatGuarded fx = FloatGuarded.vector(fv, off, inc);
        float fgot = inc == 1 ? level1().nrm2(n, fx.array(), off)
                : level1().nrm2(n, fx.array(), off, inc);
        fx.assertUnchanged("nrm2 x (float)");
        if (specials) {
            assertSameClass("nrm2", got, REF.nrm2(n, v, 0));
            assertSameClass("nrm2 (float)", fgot, REF.nrm2(n, fv, 0));
            return;
        }
        double exact = exactNorm(v);
        assertClose("nrm2", got, exact, 2 * gamma(n + 2, U_DOUBLE) * exact + Double.MIN_VALUE);
        double fexact = exactNorm(Values.widen(fv));
        assertClose("nrm2 (float)", fgot, fexact,
                2 * gamma(n + 2, U_FLOAT) * fexact + Float.MIN_VALUE);
    }

    /**
     * {@code ‖v‖₂} to about one rounding: scaled by a power of two so that the largest |v| is
     * in [1, 2) (exact, except for values too small to matter), squares summed by Dot2.
     */
    private static double exactNorm(double[] v) {
        double max = 0;
        for (double d : v) {
            max = Math.max(max, Math.abs(d));
        }
        if (max == 0) {
            return 0;
        }
        int e = Math.getExponent(max);
        double[] s = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            s[i] = Math.scalb(v[i], -e);
        }
        return Math.scalb(Math.sqrt(Bounds.dot2(s, s)), e);
    }

    // ------------------------------------------------------------------ iamax

    @Property
    void iamaxFindsTheFirstLargestOrTheFirstNaN(@ForAll @IntRange(max = MAX_N) int n,
            @ForAll @IntRange(max = 3) int off, @ForAll("inc") int inc,
            @ForAll boolean specials, @ForAll boolean ties, @ForAll long seed) {
        Random r = new Random(seed);
        double[] v = Values.doubles(r, n, specials);
        float[] fv = Values.floats(r, n, specials);
        if (ties) {
            for (int i = 0; i < n; i++) {
                v[i] = r.nextInt(5) - 2;
                fv[i] = r.nextInt(5) - 2;
            }
        }
        Guarded x = Guarded.vector(v, off, inc);
        int got = inc == 1 ? level1().iamax(n, x.array(), off)
                : level1().iamax(n, x.array(), off, inc);
        x.assertUnchanged("iamax x");
        assertEquals(expectedIamax(v), got, "iamax");
        FloatGuarded fx = FloatGuarded.vector(fv, off, inc);
        int fgot = inc == 1 ? level1().iamax(n, fx.array(), off)
                : level1().iamax(n, fx.array(), off, inc);
        fx.assertUnchanged("iamax x (float)");
        assertEquals(expectedIamax(Values.widen(fv)), fgot, "iamax (float)");
    }

    private static int expectedIamax(double[] v) {
        for (int i = 0; i < v.length; i++) {
            if (Double.isNaN(v[i])) {
                return i;
            }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double d : v) {
            max = Math.max(max, Math.abs(d));
        }
        for (int i = 0; i < v.length; i++) {
            if (Math.abs(v[i]) == max) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Long vectors, where fast backends work in blocks: the largest |x| is planted at a random
     * place (sometimes twice, to test "first of ties" across blocks), sometimes after a NaN.
     */
    @Property(tries = 20)
    void longVectorsCrossEveryBlockBoundary(@ForAll @IntRange(min = 1000, max = 5000) int n,
            @ForAll @IntRange(max = 3) int off, @ForAll boolean withNaN, @ForAll long seed) {
        Random r = new Random(seed);
        double[] v = new double[n];
        float[] fv = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = r.nextDouble() * 2 - 1;
            fv[i] = (float) v[i];
        }
        int k = r.nextInt(n);
        int k2 = r.nextInt(n);
        v[k] = -3.0;
        v[k2] = 3.0;
        fv[k] = -3f;
        fv[k2] = 3f;
        if (withNaN) {
            int q = r.nextInt(n);
            v[q] = Double.NaN;
            fv[q] = Float.NaN;
        }
        Guarded x = Guarded.vector(v, off);
        FloatGuarded fx = FloatGuarded.vector(fv, off);
        assertEquals(expectedIamax(v), level1().iamax(n, x.array(), off), "iamax");
        assertEquals(expectedIamax(Values.widen(fv)), level1().iamax(n, fx.array(), off),
                "iamax (float)");
        double nrm = level1().nrm2(n, x.array(), off);
        float fnrm = level1().nrm2(n, fx.array(), off);
        double dot = level1().dot(n, x.array(), off, v, 0);
        x.assertUnchanged("x");
        fx.assertUnchanged("x (float)");
        if (withNaN) {
            assertSameClass("nrm2", nrm, Double.NaN);
            assertSameClass("nrm2 (float)", fnrm, Double.NaN);
            assertSameClass("dot", dot, Double.NaN);
            return;
        }
        double exact = exactNorm(v);
        assertClose("nrm2", nrm, exact, 2 * gamma(n + 2, U_DOUBLE) * exact);
        double fexact = exactNorm(Values.widen(fv));
        assertClose("nrm2 (float)", fnrm, fexact, 2 * gamma(n + 2, U_FLOAT) * fexact);
        assertClose("dot", dot, Bounds.dot2(v, v), 2 * gamma(n, U_DOUBLE) * Bounds.absDot(v, v));
    }

    // ------------------------------------------------------------------ rot, rotg

    @Property
    void rotIsWithinTheErrorBound(@ForAll @IntRange(max = MAX_N) int n,
            @ForAll @IntRange(max = 3) int xOff, @ForAll @IntRange(max = 3) int yOff,
            @ForAll("inc") int incX, @ForAll("inc") int incY, @ForAll boolean specials,
            @ForAll long seed) {
        Random r = new Random(seed);
        double theta = r.nextDouble() * 2 * Math.PI;
        double c = r.nextInt(6) == 0 ? 1.0 : Math.cos(theta);
        double s = c == 1.0 ? 0.0 : Math.sin(theta);
        double[] xv = Values.doubles(r, n, specials);
        double[] yv = Values.doubles(r, n, specials);
        Guarded x = Guarded.vector(xv, xOff, incX);
        Guarded y = Guarded.vector(yv, yOff, incY);
        if (unit(incX, incY)) {
            level1().rot(n, x.array(), xOff, y.array(), yOff, c, s);
        } else {
            level1().rot(n, x.array(), xOff, incX, y.array(), yOff, incY, c, s);
        }
        x.assertGuardsIntact("rot x");
        y.assertGuardsIntact("rot y");
        double[] rx = xv.clone();
        double[] ry = yv.clone();
        REF.rot(n, rx, 0, ry, 0, c, s);
        double[] gx = x.values();
        double[] gy = y.values();
        for (int i = 0; i < n; i++) {
            if (specials) {
                assertSameClass("rot x", i, gx[i], rx[i]);
                assertSameClass("rot y", i, gy[i], ry[i]);
            } else {
                double mx = Math.abs(c * xv[i]) + Math.abs(s * yv[i]);
                double my = Math.abs(c * yv[i]) + Math.abs(s * xv[i]);
                assertClose("rot x", i, gx[i], Math.fma(c, xv[i], s * yv[i]),
                        3 * gamma(2, U_DOUBLE) * mx + 2 * Double.MIN_VALUE);
                assertClose("rot y", i, gy[i], Math.fma(c, yv[i], -s * xv[i]),
                        3 * gamma(2, U_DOUBLE) * my + 2 * Double.MIN_VALUE);
            }
        }
        float fc = (float) c;
        float fs = (float) s;
        float[] fxv = Values.floats(r, n, specials);
        float[] fyv = Values.floats(r, n, specials);
        FloatGuarded fx = FloatGuarded.vector(fxv, xOff, incX);
        FloatGuarded fy = FloatGuarded.vector(fyv, yOff, incY);
        if (unit(incX, incY)) {
            level1().rot(n, fx.array(), xOff, fy.array(), yOff, fc, fs);
        } else {
            level1().rot(n, fx.array(), xOff, incX, fy.array(), yOff, incY, fc, fs);
        }
        fx.assertGuardsIntact("rot x (float)");
        fy.assertGuardsIntact("rot y (float)");
        float[] frx = fxv.clone();
        float[] fry = fyv.clone();
        REF.rot(n, frx, 0, fry, 0, fc, fs);
        float[] fgx = fx.values();
        float[] fgy = fy.values();
        for (int i = 0; i < n; i++) {
            if (specials) {
                assertSameClass("rot x (float)", i, fgx[i], frx[i]);
                assertSameClass("rot y (float)", i, fgy[i], fry[i]);
            } else {
                double ex = (double) fc * fxv[i] + (double) fs * fyv[i];
                double ey = (double) fc * fyv[i] - (double) fs * fxv[i];
                double mx = Math.abs((double) fc * fxv[i]) + Math.abs((double) fs * fyv[i]);
                double my = Math.abs((double) fc * fyv[i]) + Math.abs((double) fs * fxv[i]);
                assertClose("rot x (float)", i, fgx[i], ex,
                        2 * gamma(2, U_FLOAT) * mx + 2 * Float.MIN_VALUE);
                assertClose("rot y (float)", i, fgy[i], ey,
                        2 * gamma(2, U_FLOAT) * my + 2 * Float.MIN_VALUE);
            }
        }
    }

    /** a, b at scales 2^−1000 … 2^1000: no overflow or underflow in r, c, s. */
    @Property
    void rotgAnnihilatesTheSecondComponent(@ForAll long seed,
            @ForAll @IntRange(min = -1000, max = 1000) int scale) {
        Random r = new Random(seed);
        double a = Math.scalb(r.nextDouble() * 2 - 1, scale);
        double b = Math.scalb(r.nextDouble() * 2 - 1, scale + r.nextInt(9) - 4);
        Givens g = level1().rotg(a, b);
        double tol = 32 * U_DOUBLE; // r, c, s each carry a few roundings
        assertClose("rotg c²+s²", g.c() * g.c() + g.s() * g.s(), 1.0, tol);
        double hyp = Math.hypot(a, b);
        assertClose("rotg |r|", Math.abs(g.r()), hyp, tol * hyp);
        assertClose("rotg c·a+s·b", g.c() * a + g.s() * b, g.r(), tol * hyp);
        assertClose("rotg −s·a+c·b", -g.s() * a + g.c() * b, 0.0, tol * hyp);
        double roe = Math.abs(a) > Math.abs(b) ? a : b;
        assertEquals(Math.signum(roe), Math.signum(g.r()), "rotg: r has the sign of roe");
        double z = g.z();
        if (Math.abs(z) < 1) {
            assertClose("rotg z -> s", z, g.s(), 0.0);
            assertClose("rotg z -> c", Math.sqrt(1 - z * z), g.c(), tol);
        } else if (z == 1.0 && g.c() == 0.0) {
            assertEquals(1.0, g.s());
        } else {
            assertClose("rotg z -> c", 1 / z, g.c(), tol);
        }
        FloatGivens f = level1().rotg((float) Math.scalb(a, -scale), (float) Math.scalb(b, -scale));
        double ftol = 32 * U_FLOAT;
        assertClose("rotg c²+s² (float)", f.c() * f.c() + f.s() * f.s(), 1.0, ftol);
    }

    // ------------------------------------------------------------------ bad arguments

    @Example
    void badArgumentsAreRejectedBeforeAnythingIsWritten() {
        Guarded x = Guarded.vector(new double[] {1, 2, 3, 4}, 1);
        Guarded y = Guarded.vector(new double[] {5, 6, 7, 8}, 0);
        double[] a = x.array();
        double[] b = y.array();
        Level1 l = level1();
        assertRejects(IllegalArgumentException.class, "dot", () -> l.dot(-1, a, 0, b, 0));
        assertRejects(IndexOutOfBoundsException.class, "dot", () -> l.dot(4, a, 30, b, 0));
        assertRejects(IndexOutOfBoundsException.class, "dot", () -> l.dot(2, a, -1, b, 0));
        assertRejects(NullPointerException.class, "dot", () -> l.dot(1, a, 0, null, 0));
        assertRejects(IllegalArgumentException.class, "dot", () -> l.dot(2, a, 0, 0, b, 0, 1));
        assertRejects(IndexOutOfBoundsException.class, "axpy",
                () -> l.axpy(4, 2.0, a, 0, b, b.length - 3));
        assertRejects(IllegalArgumentException.class, "axpy",
                () -> l.axpy(-2, 2.0, a, 0, b, 0));
        assertRejects(IllegalArgumentException.class, "axpy",
                () -> l.axpy(2, 2.0, a, 0, 1, b, 0, -1));
        assertRejects(NullPointerException.class, "axpy", () -> l.axpy(1, 2.0, null, 0, b, 0));
        assertRejects(IndexOutOfBoundsException.class, "scal", () -> l.scal(3, 2.0, b, -1));
        assertRejects(IndexOutOfBoundsException.class, "scal",
                () -> l.scal(10, 2.0, b, 0, 3));
        assertRejects(IndexOutOfBoundsException.class, "copy",
                () -> l.copy(3, a, 0, b, b.length - 2));
        assertRejects(IndexOutOfBoundsException.class, "swap",
                () -> l.swap(3, a, 0, b, b.length - 2));
        assertRejects(NullPointerException.class, "swap", () -> l.swap(0, a, 0, null, 0));
        assertRejects(IllegalArgumentException.class, "asum", () -> l.asum(-1, a, 0));
        assertRejects(IndexOutOfBoundsException.class, "nrm2", () -> l.nrm2(30, a, 0));
        assertRejects(IllegalArgumentException.class, "nrm2", () -> l.nrm2(3, a, 0, 0));
        assertRejects(IndexOutOfBoundsException.class, "iamax", () -> l.iamax(1, a, a.length));
        assertRejects(IndexOutOfBoundsException.class, "rot",
                () -> l.rot(4, a, 0, b, b.length - 1, 0.6, 0.8));
        assertRejects(IllegalArgumentException.class, "rot",
                () -> l.rot(2, a, 0, 1, b, 0, 0, 0.6, 0.8));
        x.assertUnchanged("x after rejected calls");
        y.assertUnchanged("y after rejected calls");

        FloatGuarded fx = FloatGuarded.vector(new float[] {1, 2, 3, 4}, 1);
        FloatGuarded fy = FloatGuarded.vector(new float[] {5, 6, 7, 8}, 2);
        float[] c = fx.array();
        float[] d = fy.array();
        assertRejects(IllegalArgumentException.class, "dot", () -> l.dot(-1, c, 0, d, 0));
        assertRejects(IndexOutOfBoundsException.class, "axpy",
                () -> l.axpy(4, 2f, c, 0, d, d.length - 3));
        assertRejects(NullPointerException.class, "scal", () -> l.scal(1, 2f, (float[]) null, 0));
        assertRejects(IllegalArgumentException.class, "copy",
                () -> l.copy(1, c, 0, 0, d, 0, 1));
        assertRejects(IndexOutOfBoundsException.class, "swap",
                () -> l.swap(3, c, 0, 3, d, 0, 20));
        assertRejects(IndexOutOfBoundsException.class, "rot",
                () -> l.rot(3, c, -2, d, 0, 0.6f, 0.8f));
        assertRejects(IllegalArgumentException.class, "iamax", () -> l.iamax(2, c, 0, 0));
        fx.assertUnchanged("x (float) after rejected calls");
        fy.assertUnchanged("y (float) after rejected calls");
    }

    @Example
    void alphaZeroAxpyDoesNotReadX() {
        double[] x = {Double.NaN, Double.POSITIVE_INFINITY};
        double[] y = {1, 2};
        level1().axpy(2, 0.0, x, 0, y, 0);
        assertBitsEqual("axpy with α = 0", y, new double[] {1, 2});
        float[] fx = {Float.NaN, Float.NEGATIVE_INFINITY};
        float[] fy = {3, 4};
        level1().axpy(2, 0f, fx, 0, fy, 0);
        assertBitsEqual("axpy with α = 0 (float)", fy, new float[] {3, 4});
    }

    @Example
    void emptyInputsGiveTheDocumentedValues() {
        double[] e = {};
        float[] f = {};
        Level1 l = level1();
        assertEquals(0.0, l.dot(0, e, 0, e, 0));
        assertEquals(0f, l.dot(0, f, 0, f, 0));
        assertEquals(0.0, l.asum(0, e, 0));
        assertEquals(0.0, l.nrm2(0, e, 0));
        assertEquals(0f, l.nrm2(0, f, 0));
        assertEquals(-1, l.iamax(0, e, 0));
        assertEquals(-1, l.iamax(0, f, 0, 2));
    }
}
