package org.chagres.kernels.contract;

import static org.chagres.kernels.testing.Bounds.U_DOUBLE;
import static org.chagres.kernels.testing.Bounds.U_FLOAT;
import static org.chagres.kernels.testing.Bounds.assertBitsEqual;
import static org.chagres.kernels.testing.Bounds.assertClose;
import static org.chagres.kernels.testing.Bounds.assertRejects;
import static org.chagres.kernels.testing.Bounds.assertSameClass;
import static org.chagres.kernels.testing.Bounds.gamma;

import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.chagres.kernels.Backends;
import org.chagres.kernels.Diag;
import org.chagres.kernels.Level2;
import org.chagres.kernels.Transpose;
import org.chagres.kernels.Uplo;
import org.chagres.kernels.testing.Bounds;
import org.chagres.kernels.testing.FloatGuarded;
import org.chagres.kernels.testing.Guarded;
import org.chagres.kernels.testing.Values;

/**
 * The Level 2 contract every backend passes: each result element within the error bound of a
 * sum of products ({@code 2·γ·(|α|·Σ|aᵢⱼxⱼ| + |β·yᵢ|)}) around an accurate reference, solves
 * checked by their componentwise residual, NaN/Inf where the scalar reference has them, NaN
 * guards around every matrix and vector and between rows ({@code ld > cols}), the unused
 * triangle filled with NaN, and bad arguments rejected before anything is written. Widths
 * {@code 0 … 4·16+3} hit every vector tail; heights {@code 0 … 13} every block of rows.
 */
public abstract class Level2Contract {

    /** 4·16 + 3: every tail of four unrolled 512-bit float vectors. */
    protected static final int MAX_N = 67;
    /** Rows: every remainder of blocks of up to 8 rows, and more than one block. */
    protected static final int MAX_M = 13;

    private static final Level2 REF = Backends.scalar().level2();

    /** The family under test. */
    protected abstract Level2 level2();

    // ------------------------------------------------------------------ references

    /** {@code α·op(A)·x + β·y} in double-double, and the magnitudes for the error bound. */
    private static double[][] gemvReference(Transpose t, int m, int n, double alpha,
            double[] a, double[] x, double beta, double[] y) {
        int lenY = t == Transpose.NO ? m : n;
        int lenX = t == Transpose.NO ? n : m;
        double[] value = new double[lenY];
        double[] magnitude = new double[lenY];
        for (int i = 0; i < lenY; i++) {
            double[] row = new double[lenX];
            for (int j = 0; j < lenX; j++) {
                row[j] = t == Transpose.NO ? a[i * n + j] : a[j * n + i];
            }
            double yi = beta == 0 ? 0 : beta * y[i];
            value[i] = alpha * Bounds.dot2(row, x) + yi;
            magnitude[i] = Math.abs(alpha) * Bounds.absDot(row, x) + Math.abs(yi);
        }
        return new double[][] {value, magnitude};
    }

    /**
     * Checks {@code |got − ref| <= 2·γ·magnitude} per element, plus an allowance for gradual
     * underflow: each rounding in the subnormal range may lose up to half the smallest
     * subnormal {@code tiny}, and later products can magnify that by at most 2048 (factors
     * here are below 1e3 in magnitude, α and β below 2).
     */
    private static void assertWithinBound(String what, double[] got, double[][] ref, int terms,
            double u, double tiny) {
        for (int i = 0; i < got.length; i++) {
            assertClose(what + "", i, got[i], ref[0][i],
                    2 * gamma(terms + 2, u) * ref[1][i] + (terms + 2) * 2048 * tiny);
        }
    }

    private static double[] filled(int n, double v) {
        double[] a = new double[n];
        Arrays.fill(a, v);
        return a;
    }

    private static float[] narrow(double[] v) {
        float[] f = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            f[i] = (float) v[i];
        }
        return f;
    }

    // ------------------------------------------------------------------ gemv

    @Property
    void gemvIsWithinTheErrorBound(@ForAll Transpose t, @ForAll @IntRange(max = MAX_M) int m,
            @ForAll @IntRange(max = MAX_N) int n, @ForAll @IntRange(max = 3) int ldExtra,
            @ForAll @IntRange(max = 3) int aOff, @ForAll @IntRange(max = 3) int xOff,
            @ForAll @IntRange(max = 3) int yOff, @ForAll boolean specials, @ForAll long seed) {
        Random r = new Random(seed);
        double alpha = Values.factor(r);
        double beta = Values.factor(r);
        int lenX = t == Transpose.NO ? n : m;
        int lenY = t == Transpose.NO ? m : n;
        double[] av = Values.doubles(r, m * n, specials);
        double[] xv = Values.doubles(r, lenX, specials);
        // β = 0 must not read y: fill it with NaN then
        double[] yv = beta == 0 ? filled(lenY, Double.NaN) : Values.doubles(r, lenY, specials);
        Guarded a = Guarded.matrix(av, m, n, aOff, Math.max(1, n) + ldExtra);
        Guarded x = Guarded.vector(xv, xOff);
        Guarded y = Guarded.vector(yv, yOff);
        level2().gemv(t, m, n, alpha, a.array(), aOff, a.ld(), x.array(), xOff, beta,
                y.array(), yOff);
        a.assertUnchanged("gemv A");
        x.assertUnchanged("gemv x");
        y.assertGuardsIntact("gemv y");
        if (specials) {
            double[] ref = yv.clone();
            REF.gemv(t, m, n, alpha, av, 0, Math.max(1, n), xv, 0, beta, ref, 0);
            assertSameClass("gemv " + t + " y", y.values(), ref);
        } else {
            assertWithinBound("gemv " + t + " y", y.values(),
                    gemvReference(t, m, n, alpha, av, xv, beta, yv), lenX, U_DOUBLE,
                    Double.MIN_VALUE);
        }

        float fa = (float) alpha;
        float fb = (float) beta;
        float[] fav = Values.floats(r, m * n, specials);
        float[] fxv = Values.floats(r, lenX, specials);
        float[] fyv = beta == 0 ? narrow(filled(lenY, Double.NaN))
                : Values.floats(r, lenY, specials);
        FloatGuarded ga = FloatGuarded.matrix(fav, m, n, aOff, Math.max(1, n) + ldExtra);
        FloatGuarded gx = FloatGuarded.vector(fxv, xOff);
        FloatGuarded gy = FloatGuarded.vector(fyv, yOff);
        level2().gemv(t, m, n, fa, ga.array(), aOff, ga.ld(), gx.array(), xOff, fb,
                gy.array(), yOff);
        ga.assertUnchanged("gemv A (float)");
        gx.assertUnchanged("gemv x (float)");
        gy.assertGuardsIntact("gemv y (float)");
        if (specials) {
            float[] ref = fyv.clone();
            REF.gemv(t, m, n, fa, fav, 0, Math.max(1, n), fxv, 0, fb, ref, 0);
            assertSameClass("gemv " + t + " y (float)", gy.values(), ref);
        } else {
            assertWithinBound("gemv " + t + " y (float)", Values.widen(gy.values()),
                    gemvReference(t, m, n, fa, Values.widen(fav), Values.widen(fxv), fb,
                            Values.widen(fyv)), lenX, U_FLOAT, Float.MIN_VALUE);
        }
    }

    /** A few bigger shapes, where the blocked paths of fast backends run many times. */
    @Property(tries = 12)
    void gemvIsWithinTheErrorBoundOnBiggerMatrices(@ForAll Transpose t,
            @ForAll @IntRange(min = 60, max = 200) int m,
            @ForAll @IntRange(min = 60, max = 300) int n, @ForAll long seed) {
        Random r = new Random(seed);
        int lenX = t == Transpose.NO ? n : m;
        int lenY = t == Transpose.NO ? m : n;
        double[] av = Values.doubles(r, m * n, false);
        double[] xv = Values.doubles(r, lenX, false);
        double[] yv = Values.doubles(r, lenY, false);
        double[] y = yv.clone();
        level2().gemv(t, m, n, 1.5, av, 0, n, xv, 0, -0.5, y, 0);
        assertWithinBound("gemv " + t + " y", y, gemvReference(t, m, n, 1.5, av, xv, -0.5, yv),
                lenX, U_DOUBLE, Double.MIN_VALUE);
        float[] fav = narrow(av);
        float[] fxv = narrow(xv);
        float[] fy = narrow(yv);
        float[] fy0 = fy.clone();
        level2().gemv(t, m, n, 1.5f, fav, 0, n, fxv, 0, -0.5f, fy, 0);
        assertWithinBound("gemv " + t + " y (float)", Values.widen(fy),
                gemvReference(t, m, n, 1.5, Values.widen(fav), Values.widen(fxv), -0.5,
                        Values.widen(fy0)), lenX, U_FLOAT, Float.MIN_VALUE);
    }

    @Example
    void gemvAlphaZeroReadsNeitherAnorXandBetaZeroDoesNotReadY() {
        double[] nanA = filled(6, Double.NaN);
        double[] nanX = filled(3, Double.NaN);
        double[] y = {2, -3};
        level2().gemv(Transpose.NO, 2, 3, 0.0, nanA, 0, 3, nanX, 0, 0.5, y, 0);
        assertBitsEqual("gemv α = 0: y = β·y", y, new double[] {1, -1.5});
        double[] a = {1, 2, 3, 4, 5, 6};
        double[] x = {1, 1, 1};
        double[] nanY = {Double.NaN, Double.POSITIVE_INFINITY};
        level2().gemv(Transpose.NO, 2, 3, 1.0, a, 0, 3, x, 0, 0.0, nanY, 0);
        assertBitsEqual("gemv β = 0 ignores y", nanY, new double[] {6, 15});
        float[] fy = {Float.NaN, Float.NaN, Float.NaN};
        level2().gemv(Transpose.YES, 2, 3, 0f, new float[6], 0, 3, new float[2], 0, 0f, fy, 0);
        assertBitsEqual("gemv α = β = 0 gives zeros", fy, new float[3]);
        double[] keep = {Double.NaN, 7};
        level2().gemv(Transpose.YES, 0, 2, 1.0, new double[0], 0, 2, new double[0], 0, 0.0,
                keep, 0);
        assertBitsEqual("gemv with inner dimension 0: y = β·y", keep, new double[2]);
    }

    @Example
    void symvAlphaZeroReadsNeitherAnorXandBetaZeroDoesNotReadY() {
        double[] y = {2, -3};
        level2().symv(Uplo.LOWER, 2, 0.0, filled(4, Double.NaN), 0, 2, filled(2, Double.NaN), 0,
                -1.0, y, 0);
        assertBitsEqual("symv α = 0: y = β·y", y, new double[] {-2, 3});
        float[] fy = {Float.NaN, Float.NEGATIVE_INFINITY};
        level2().symv(Uplo.UPPER, 2, 1f, new float[] {1, 2, Float.NaN, 3}, 0, 2,
                new float[] {1, 1}, 0, 0f, fy, 0);
        assertBitsEqual("symv β = 0 ignores y", fy, new float[] {3, 5});
    }

    // ------------------------------------------------------------------ ger

    @Property
    void gerIsWithinTheErrorBound(@ForAll @IntRange(max = MAX_M) int m,
            @ForAll @IntRange(max = MAX_N) int n, @ForAll @IntRange(max = 3) int ldExtra,
            @ForAll @IntRange(max = 3) int aOff, @ForAll @IntRange(max = 3) int xOff,
            @ForAll @IntRange(max = 3) int yOff, @ForAll boolean specials, @ForAll long seed) {
        Random r = new Random(seed);
        double alpha = Values.factor(r);
        double[] xv = Values.doubles(r, m, specials);
        double[] yv = Values.doubles(r, n, specials);
        double[] av = Values.doubles(r, m * n, specials);
        Guarded x = Guarded.vector(xv, xOff);
        Guarded y = Guarded.vector(yv, yOff);
        Guarded a = Guarded.matrix(av, m, n, aOff, Math.max(1, n) + ldExtra);
        level2().ger(m, n, alpha, x.array(), xOff, y.array(), yOff, a.array(), aOff, a.ld());
        x.assertUnchanged("ger x");
        y.assertUnchanged("ger y");
        a.assertGuardsIntact("ger A");
        double[] got = a.dense();
        double[] ref = av.clone();
        REF.ger(m, n, alpha, xv, 0, yv, 0, ref, 0, Math.max(1, n));
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                int k = i * n + j;
                if (specials || alpha == 0) {
                    assertSameClass("ger A", k, got[k], ref[k]);
                    if (alpha == 0) {
                        assertBitsEqual("ger with α = 0", new double[] {got[k]},
                                new double[] {av[k]});
                    }
                } else {
                    double p = alpha * xv[i] * yv[j];
                    assertClose("ger A", k, got[k], av[k] + p,
                            2 * gamma(3, U_DOUBLE) * (Math.abs(av[k]) + Math.abs(p))
                                    + (Math.abs(yv[j]) + 2) * Double.MIN_VALUE);
                }
            }
        }

        float fa = (float) alpha;
        float[] fxv = Values.floats(r, m, specials);
        float[] fyv = Values.floats(r, n, specials);
        float[] fav = Values.floats(r, m * n, specials);
        FloatGuarded gx = FloatGuarded.vector(fxv, xOff);
        FloatGuarded gy = FloatGuarded.vector(fyv, yOff);
        FloatGuarded ga = FloatGuarded.matrix(fav, m, n, aOff, Math.max(1, n) + ldExtra);
        level2().ger(m, n, fa, gx.array(), xOff, gy.array(), yOff, ga.array(), aOff, ga.ld());
        gx.assertUnchanged("ger x (float)");
        gy.assertUnchanged("ger y (float)");
        ga.assertGuardsIntact("ger A (float)");
        float[] fgot = ga.dense();
        float[] fref = fav.clone();
        REF.ger(m, n, fa, fxv, 0, fyv, 0, fref, 0, Math.max(1, n));
        for (int k = 0; k < m * n; k++) {
            if (specials) {
                assertSameClass("ger A (float)", k, fgot[k], fref[k]);
            } else {
                double p = (double) fa * fxv[k / n] * fyv[k % n];
                assertClose("ger A (float)", k, fgot[k], fav[k] + p,
                        2 * gamma(3, U_FLOAT) * (Math.abs(fav[k]) + Math.abs(p))
                                + (Math.abs(fyv[k % n]) + 2) * Float.MIN_VALUE);
            }
        }
    }

    // ------------------------------------------------------------------ symv

    @Property
    void symvReadsOneTriangleAndIsWithinTheErrorBound(@ForAll Uplo uplo,
            @ForAll @IntRange(max = MAX_N) int n, @ForAll @IntRange(max = 3) int ldExtra,
            @ForAll @IntRange(max = 3) int aOff, @ForAll @IntRange(max = 3) int xOff,
            @ForAll @IntRange(max = 3) int yOff, @ForAll boolean specials, @ForAll long seed) {
        Random r = new Random(seed);
        double alpha = Values.factor(r);
        double beta = Values.factor(r);
        double[] full = Values.doubles(r, n * n, specials);
        double[] stored = full.clone();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                boolean inTriangle = uplo == Uplo.UPPER ? j >= i : j <= i;
                if (inTriangle) {
                    full[j * n + i] = full[i * n + j];
                } else {
                    stored[i * n + j] = Double.NaN;
                }
            }
        }
        double[] xv = Values.doubles(r, n, specials);
        double[] yv = beta == 0 ? filled(n, Double.NaN) : Values.doubles(r, n, specials);
        Guarded a = Guarded.matrix(stored, n, n, aOff, Math.max(1, n) + ldExtra);
        Guarded x = Guarded.vector(xv, xOff);
        Guarded y = Guarded.vector(yv, yOff);
        level2().symv(uplo, n, alpha, a.array(), aOff, a.ld(), x.array(), xOff, beta,
                y.array(), yOff);
        a.assertUnchanged("symv A");
        x.assertUnchanged("symv x");
        y.assertGuardsIntact("symv y");
        if (specials) {
            double[] ref = yv.clone();
            REF.symv(uplo, n, alpha, stored, 0, Math.max(1, n), xv, 0, beta, ref, 0);
            assertSameClass("symv " + uplo + " y", y.values(), ref);
        } else {
            assertWithinBound("symv " + uplo + " y", y.values(),
                    gemvReference(Transpose.NO, n, n, alpha, full, xv, beta, yv), n, U_DOUBLE,
                    Double.MIN_VALUE);
        }

        float fa = (float) alpha;
        float fb = (float) beta;
        float[] fstored = narrow(stored);
        float[] fx = narrow(xv);
        float[] fy = narrow(yv);
        FloatGuarded ga = FloatGuarded.matrix(fstored, n, n, aOff, Math.max(1, n) + ldExtra);
        FloatGuarded gx = FloatGuarded.vector(fx, xOff);
        FloatGuarded gy = FloatGuarded.vector(fy, yOff);
        level2().symv(uplo, n, fa, ga.array(), aOff, ga.ld(), gx.array(), xOff, fb, gy.array(),
                yOff);
        ga.assertUnchanged("symv A (float)");
        gx.assertUnchanged("symv x (float)");
        gy.assertGuardsIntact("symv y (float)");
        float[] ref = fy.clone();
        REF.symv(uplo, n, fa, fstored, 0, Math.max(1, n), fx, 0, fb, ref, 0);
        if (specials) {
            assertSameClass("symv " + uplo + " y (float)", gy.values(), ref);
        } else {
            double[] ffull = Values.widen(narrow(full));
            assertWithinBound("symv " + uplo + " y (float)", Values.widen(gy.values()),
                    gemvReference(Transpose.NO, n, n, fa, ffull, Values.widen(fx), fb,
                            Values.widen(fy)), n, U_FLOAT, Float.MIN_VALUE);
        }
    }

    // ------------------------------------------------------------------ trmv, trsv

    /**
     * A triangular matrix as stored (other triangle NaN, diagonal NaN when unit) and as the
     * dense matrix it means. The diagonal is in ±[1, 2] so that solves stay well scaled.
     */
    private static double[][] triangular(Random r, Uplo uplo, Diag diag, int n,
            boolean specials) {
        double[] stored = new double[n * n];
        double[] dense = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                int k = i * n + j;
                if (i == j) {
                    double d = (r.nextBoolean() ? 1 : -1) * (1 + r.nextDouble());
                    stored[k] = diag == Diag.UNIT ? Double.NaN : d;
                    dense[k] = diag == Diag.UNIT ? 1 : d;
                } else if (uplo == Uplo.UPPER ? j > i : j < i) {
                    double v = specials && r.nextInt(8) == 0 ? Values.special(r)
                            : r.nextDouble() * 2 - 1;
                    stored[k] = v;
                    dense[k] = v;
                } else {
                    stored[k] = Double.NaN;
                }
            }
        }
        return new double[][] {stored, dense};
    }

    @Property
    void trmvIsWithinTheErrorBound(@ForAll Uplo uplo, @ForAll Transpose t, @ForAll Diag diag,
            @ForAll @IntRange(max = MAX_N) int n, @ForAll @IntRange(max = 3) int ldExtra,
            @ForAll @IntRange(max = 3) int aOff, @ForAll @IntRange(max = 3) int xOff,
            @ForAll boolean specials, @ForAll long seed) {
        Random r = new Random(seed);
        double[][] tri = triangular(r, uplo, diag, n, specials);
        double[] xv = Values.doubles(r, n, specials);
        Guarded a = Guarded.matrix(tri[0], n, n, aOff, Math.max(1, n) + ldExtra);
        Guarded x = Guarded.vector(xv, xOff);
        level2().trmv(uplo, t, diag, n, a.array(), aOff, a.ld(), x.array(), xOff);
        a.assertUnchanged("trmv A");
        x.assertGuardsIntact("trmv x");
        String what = "trmv " + uplo + " " + t + " " + diag + " x";
        if (specials) {
            double[] ref = xv.clone();
            REF.trmv(uplo, t, diag, n, tri[0], 0, Math.max(1, n), ref, 0);
            assertSameClass(what, x.values(), ref);
        } else {
            assertWithinBound(what, x.values(),
                    gemvReference(t, n, n, 1.0, tri[1], xv, 0.0, xv), n, U_DOUBLE,
                    Double.MIN_VALUE);
        }

        float[] fstored = narrow(tri[0]);
        float[] fx = narrow(xv);
        FloatGuarded ga = FloatGuarded.matrix(fstored, n, n, aOff, Math.max(1, n) + ldExtra);
        FloatGuarded gx = FloatGuarded.vector(fx, xOff);
        level2().trmv(uplo, t, diag, n, ga.array(), aOff, ga.ld(), gx.array(), xOff);
        ga.assertUnchanged("trmv A (float)");
        gx.assertGuardsIntact("trmv x (float)");
        if (specials) {
            float[] ref = fx.clone();
            REF.trmv(uplo, t, diag, n, fstored, 0, Math.max(1, n), ref, 0);
            assertSameClass(what + " (float)", gx.values(), ref);
        } else {
            assertWithinBound(what + " (float)", Values.widen(gx.values()),
                    gemvReference(t, n, n, 1.0, Values.widen(narrow(tri[1])), Values.widen(fx),
                            0.0, null), n, U_FLOAT, Float.MIN_VALUE);
        }
    }

    /**
     * Checks the solve by its residual: a backward-stable substitution gives
     * {@code |b − op(A)·x| <= γₙ·|op(A)|·|x|} componentwise (Higham, Thm 8.5).
     */
    @Property
    void trsvHasASmallResidual(@ForAll Uplo uplo, @ForAll Transpose t, @ForAll Diag diag,
            @ForAll @IntRange(max = MAX_N) int n, @ForAll @IntRange(max = 3) int ldExtra,
            @ForAll @IntRange(max = 3) int aOff, @ForAll @IntRange(max = 3) int xOff,
            @ForAll boolean specials, @ForAll long seed) {
        Random r = new Random(seed);
        // specials only in b: NaN/Inf patterns then do not depend on rounding
        double[][] tri = triangular(r, uplo, diag, n, false);
        double[] bv = Values.doubles(r, n, specials);
        Guarded a = Guarded.matrix(tri[0], n, n, aOff, Math.max(1, n) + ldExtra);
        Guarded x = Guarded.vector(bv, xOff);
        level2().trsv(uplo, t, diag, n, a.array(), aOff, a.ld(), x.array(), xOff);
        a.assertUnchanged("trsv A");
        x.assertGuardsIntact("trsv x");
        String what = "trsv " + uplo + " " + t + " " + diag + " residual";
        double[] got = x.values();
        if (specials) {
            double[] ref = bv.clone();
            REF.trsv(uplo, t, diag, n, tri[0], 0, Math.max(1, n), ref, 0);
            assertSameClass(what, got, ref);
        } else {
            double[][] ax = gemvReference(t, n, n, 1.0, tri[1], got, 0.0, null);
            for (int i = 0; i < n; i++) {
                assertClose(what + "", i, ax[0][i], bv[i],
                        2 * gamma(n + 1, U_DOUBLE) * (ax[1][i] + Math.abs(bv[i]))
                                + (n + 2) * 2048 * Double.MIN_VALUE);
            }
        }

        float[] fstored = narrow(tri[0]);
        float[] fb = narrow(bv);
        FloatGuarded ga = FloatGuarded.matrix(fstored, n, n, aOff, Math.max(1, n) + ldExtra);
        FloatGuarded gx = FloatGuarded.vector(fb, xOff);
        level2().trsv(uplo, t, diag, n, ga.array(), aOff, ga.ld(), gx.array(), xOff);
        ga.assertUnchanged("trsv A (float)");
        gx.assertGuardsIntact("trsv x (float)");
        float[] fgot = gx.values();
        if (specials) {
            float[] ref = fb.clone();
            REF.trsv(uplo, t, diag, n, fstored, 0, Math.max(1, n), ref, 0);
            assertSameClass(what + " (float)", fgot, ref);
        } else {
            double[][] ax = gemvReference(t, n, n, 1.0, Values.widen(narrow(tri[1])),
                    Values.widen(fgot), 0.0, null);
            for (int i = 0; i < n; i++) {
                assertClose(what + " (float)", i, ax[0][i], fb[i],
                        2 * gamma(n + 1, U_FLOAT) * (ax[1][i] + Math.abs(fb[i]))
                                + (n + 2) * 2048 * Float.MIN_VALUE);
            }
        }
    }

    // ------------------------------------------------------------------ bad arguments

    @Example
    void badArgumentsAreRejectedBeforeAnythingIsWritten() {
        Level2 l = level2();
        Guarded a = Guarded.matrix(new double[] {1, 2, 3, 4, 5, 6}, 2, 3, 1, 3);
        Guarded x = Guarded.vector(new double[] {1, 2, 3}, 0);
        Guarded y = Guarded.vector(new double[] {4, 5, 6}, 0);
        double[] aa = a.array();
        double[] xa = x.array();
        double[] ya = y.array();
        assertRejects(IllegalArgumentException.class, "gemv",
                () -> l.gemv(Transpose.NO, 2, 3, 1.0, aa, 1, 2, xa, 0, 1.0, ya, 0));
        assertRejects(IllegalArgumentException.class, "gemv",
                () -> l.gemv(Transpose.NO, -1, 3, 1.0, aa, 1, 3, xa, 0, 1.0, ya, 0));
        assertRejects(IndexOutOfBoundsException.class, "gemv",
                () -> l.gemv(Transpose.NO, 2, 3, 1.0, aa, -1, 3, xa, 0, 1.0, ya, 0));
        assertRejects(IndexOutOfBoundsException.class, "gemv",
                () -> l.gemv(Transpose.NO, 2, 3, 1.0, aa, 1, 3, xa, xa.length - 2, 1.0, ya, 0));
        assertRejects(IndexOutOfBoundsException.class, "gemv",
                () -> l.gemv(Transpose.YES, 2, 3, 1.0, aa, 1, 3, xa, 0, 1.0, ya,
                        ya.length - 2));
        assertRejects(IndexOutOfBoundsException.class, "gemv",
                () -> l.gemv(Transpose.NO, 9, 3, 1.0, aa, 1, 3, xa, 0, 1.0, ya, 0));
        assertRejects(NullPointerException.class, "gemv",
                () -> l.gemv(null, 2, 3, 1.0, aa, 1, 3, xa, 0, 1.0, ya, 0));
        assertRejects(NullPointerException.class, "gemv",
                () -> l.gemv(Transpose.NO, 2, 3, 1.0, null, 1, 3, xa, 0, 1.0, ya, 0));
        assertRejects(IllegalArgumentException.class, "ger",
                () -> l.ger(2, 3, 1.0, xa, 0, ya, 0, aa, 1, 1));
        assertRejects(IndexOutOfBoundsException.class, "ger",
                () -> l.ger(2, 3, 1.0, xa, 0, ya, ya.length, aa, 1, 3));
        assertRejects(NullPointerException.class, "ger",
                () -> l.ger(2, 3, 1.0, xa, 0, null, 0, aa, 1, 3));
        assertRejects(IllegalArgumentException.class, "symv",
                () -> l.symv(Uplo.UPPER, 2, 1.0, aa, 1, 1, xa, 0, 0.0, ya, 0));
        assertRejects(NullPointerException.class, "symv",
                () -> l.symv(null, 2, 1.0, aa, 1, 3, xa, 0, 0.0, ya, 0));
        assertRejects(IndexOutOfBoundsException.class, "symv",
                () -> l.symv(Uplo.LOWER, 9, 1.0, aa, 1, 9, xa, 0, 0.0, ya, 0));
        assertRejects(IllegalArgumentException.class, "trsv",
                () -> l.trsv(Uplo.UPPER, Transpose.NO, Diag.UNIT, -2, aa, 1, 3, xa, 0));
        assertRejects(NullPointerException.class, "trsv",
                () -> l.trsv(Uplo.UPPER, Transpose.NO, null, 2, aa, 1, 3, xa, 0));
        assertRejects(IndexOutOfBoundsException.class, "trsv",
                () -> l.trsv(Uplo.UPPER, Transpose.NO, Diag.UNIT, 2, aa, 1, 3, xa,
                        xa.length - 1));
        assertRejects(IllegalArgumentException.class, "trmv",
                () -> l.trmv(Uplo.LOWER, Transpose.YES, Diag.NON_UNIT, 2, aa, 1, 1, xa, 0));
        assertRejects(NullPointerException.class, "trmv",
                () -> l.trmv(Uplo.LOWER, null, Diag.NON_UNIT, 2, aa, 1, 2, xa, 0));
        a.assertUnchanged("A after rejected calls");
        x.assertUnchanged("x after rejected calls");
        y.assertUnchanged("y after rejected calls");

        FloatGuarded fa = FloatGuarded.matrix(new float[] {1, 2, 3, 4}, 2, 2, 0, 2);
        FloatGuarded fx = FloatGuarded.vector(new float[] {1, 2}, 0);
        float[] faa = fa.array();
        float[] fxa = fx.array();
        assertRejects(IllegalArgumentException.class, "gemv",
                () -> l.gemv(Transpose.YES, 2, 2, 1f, faa, 0, 1, fxa, 0, 0f, fxa, 0));
        assertRejects(IndexOutOfBoundsException.class, "ger",
                () -> l.ger(2, 2, 1f, fxa, -1, fxa, 0, faa, 0, 2));
        assertRejects(IndexOutOfBoundsException.class, "symv",
                () -> l.symv(Uplo.UPPER, 2, 1f, faa, faa.length - 2, 2, fxa, 0, 0f, fxa, 0));
        assertRejects(NullPointerException.class, "trsv",
                () -> l.trsv(Uplo.UPPER, Transpose.NO, Diag.UNIT, 2, faa, 0, 2, null, 0));
        assertRejects(IllegalArgumentException.class, "trmv",
                () -> l.trmv(Uplo.UPPER, Transpose.NO, Diag.UNIT, 2, faa, 0, 0, fxa, 0));
        fa.assertUnchanged("A (float) after rejected calls");
        fx.assertUnchanged("x (float) after rejected calls");
    }
}
