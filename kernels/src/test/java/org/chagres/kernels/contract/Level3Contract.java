package org.chagres.kernels.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.chagres.kernels.Backends;
import org.chagres.kernels.Diag;
import org.chagres.kernels.Level3;
import org.chagres.kernels.Side;
import org.chagres.kernels.Transpose;
import org.chagres.kernels.Uplo;

/**
 * The Level 3 contract every backend passes: gemm by the normalised O(n²) residual, syrk and
 * trmm by element-wise error bounds, trsm by reconstruction and against the scalar reference;
 * guard bands around every matrix, inputs unchanged, β = 0 never reading C, α = 0 never reading
 * A or B, the other triangle never read or written, and bad arguments rejected with nothing
 * written.
 */
public abstract class Level3Contract {

    /** The family under test. */
    protected abstract Level3 level3();

    @Provide
    Arbitrary<Double> scalars() {
        return Arbitraries.oneOf(Arbitraries.of(0.0, 1.0, -1.0),
                Arbitraries.doubles().between(-2, 2).map(x -> (double) (float) x.doubleValue()));
    }

    // ---------------------------------------------------------------- gemm

    @Property
    void gemmSmallDouble(@ForAll Transpose tA, @ForAll Transpose tB,
            @ForAll @IntRange(max = 12) int m, @ForAll @IntRange(max = 12) int n,
            @ForAll @IntRange(max = 12) int k, @ForAll("scalars") double alpha,
            @ForAll("scalars") double beta, @ForAll @IntRange(max = 3) int off,
            @ForAll @IntRange(max = 3) int extraLd, @ForAll long seed) {
        checkGemm(false, tA, tB, m, n, k, alpha, beta, off, extraLd, seed);
    }

    @Property
    void gemmSmallFloat(@ForAll Transpose tA, @ForAll Transpose tB,
            @ForAll @IntRange(max = 12) int m, @ForAll @IntRange(max = 12) int n,
            @ForAll @IntRange(max = 12) int k, @ForAll("scalars") double alpha,
            @ForAll("scalars") double beta, @ForAll @IntRange(max = 3) int off,
            @ForAll @IntRange(max = 3) int extraLd, @ForAll long seed) {
        checkGemm(true, tA, tB, m, n, k, alpha, beta, off, extraLd, seed);
    }

    @Property(tries = 100)
    void gemmMediumDouble(@ForAll Transpose tA, @ForAll Transpose tB,
            @ForAll @IntRange(min = 1, max = 70) int m, @ForAll @IntRange(min = 1, max = 70) int n,
            @ForAll @IntRange(min = 1, max = 70) int k, @ForAll("scalars") double alpha,
            @ForAll("scalars") double beta, @ForAll @IntRange(max = 3) int off,
            @ForAll @IntRange(max = 3) int extraLd, @ForAll long seed) {
        checkGemm(false, tA, tB, m, n, k, alpha, beta, off, extraLd, seed);
    }

    @Property(tries = 100)
    void gemmMediumFloat(@ForAll Transpose tA, @ForAll Transpose tB,
            @ForAll @IntRange(min = 1, max = 70) int m, @ForAll @IntRange(min = 1, max = 70) int n,
            @ForAll @IntRange(min = 1, max = 70) int k, @ForAll("scalars") double alpha,
            @ForAll("scalars") double beta, @ForAll @IntRange(max = 3) int off,
            @ForAll @IntRange(max = 3) int extraLd, @ForAll long seed) {
        checkGemm(true, tA, tB, m, n, k, alpha, beta, off, extraLd, seed);
    }

    /** Long k with thin m, n; and blocks crossing every cache-block boundary. */
    @Example
    void gemmLargeShapes() {
        int[][] shapes = {{3, 2, 1100}, {1, 1, 700}, {300, 257, 520}, {257, 300, 17},
            {530, 9, 260}, {9, 530, 33}};
        long seed = 42;
        for (int[] s : shapes) {
            for (Transpose tA : Transpose.values()) {
                for (Transpose tB : Transpose.values()) {
                    for (boolean single : new boolean[] {false, true}) {
                        checkGemm(single, tA, tB, s[0], s[1], s[2], 0.75, -0.5, 1, 2, seed++);
                    }
                }
            }
        }
    }

    @Example
    void gemmBetaZeroIgnoresNaNInC() {
        Level3Operand a = Level3Operand.random(new SplittableRandom(1), 20, 30, 0, 0);
        Level3Operand b = Level3Operand.random(new SplittableRandom(2), 30, 25, 0, 0);
        Level3Operand c = Level3Operand.nan(20, 25, 0, 0);
        level3().gemm(Transpose.NO, Transpose.NO, 20, 25, 30, 1.0, a.d, 0, 30, b.d, 0, 25, 0.0,
                c.d, 0, 25);
        level3().gemm(Transpose.NO, Transpose.NO, 20, 25, 30, 1.0f, a.f, 0, 30, b.f, 0, 25, 0.0f,
                c.f, 0, 25);
        for (int i = 0; i < 20; i++) {
            for (int j = 0; j < 25; j++) {
                assertTrue(Double.isFinite(c.get(i, j)) && Float.isFinite(c.getF(i, j)),
                        "C[" + i + "][" + j + "]");
            }
        }
    }

    /** A trailing update of a blocked factorisation: A, B and C are disjoint blocks of one array. */
    @Example
    void gemmOnDisjointBlocksOfOneArray() {
        int n = 40;
        Level3Operand whole = Level3Operand.random(new SplittableRandom(3), n, n, 0, 0);
        Level3Operand a = sub(whole, 10, 0, 30, 10);
        Level3Operand b = sub(whole, 0, 10, 10, 30);
        Level3Operand c0 = sub(whole, 10, 10, 30, 30);
        level3().gemm(Transpose.NO, Transpose.NO, 30, 30, 10, -1.0, whole.d, 10 * n, n, whole.d,
                10, n, 1.0, whole.d, 10 * n + 10, n);
        Level3Operand c = sub(whole, 10, 10, 30, 30);
        double r = Level3Residuals.gemm(false, Transpose.NO, Transpose.NO, -1.0, a, b, 1.0, c0, c);
        assertTrue(r <= Level3Residuals.BOUND, "residual " + r);
    }

    protected void checkGemm(boolean single, Transpose tA, Transpose tB, int m, int n, int k,
            double alpha, double beta, int off, int extraLd, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int ar = tA == Transpose.NO ? m : k;
        int ac = tA == Transpose.NO ? k : m;
        int br = tB == Transpose.NO ? k : n;
        int bc = tB == Transpose.NO ? n : k;
        // α = 0 must not read A or B, β = 0 must not read C: give them NaN to read
        Level3Operand a = alpha == 0 ? Level3Operand.nan(ar, ac, off, extraLd)
                : Level3Operand.random(rnd, ar, ac, off, extraLd);
        Level3Operand b = alpha == 0 ? Level3Operand.nan(br, bc, off + 1, extraLd)
                : Level3Operand.random(rnd, br, bc, off + 1, extraLd);
        Level3Operand c = beta == 0 ? Level3Operand.nan(m, n, off + 2, extraLd)
                : Level3Operand.random(rnd, m, n, off + 2, extraLd);
        Level3Operand a0 = a.copy();
        Level3Operand b0 = b.copy();
        Level3Operand c0 = c.copy();
        if (single) {
            level3().gemm(tA, tB, m, n, k, (float) alpha, a.f, a.off, a.ld, b.f, b.off, b.ld,
                    (float) beta, c.f, c.off, c.ld);
        } else {
            level3().gemm(tA, tB, m, n, k, alpha, a.d, a.off, a.ld, b.d, b.off, b.ld, beta, c.d,
                    c.off, c.ld);
        }
        String what = "gemm " + (single ? "float " : "double ") + tA + " " + tB + " m " + m
                + " n " + n + " k " + k + " alpha " + alpha + " beta " + beta;
        assertTrue(a.sameAs(a0, single) && b.sameAs(b0, single), what + ": A or B modified");
        assertTrue(c.guardsIntact(single), what + ": guard band around C written");
        double r = Level3Residuals.gemm(single, tA, tB, alpha, a, b, beta, c0, c);
        assertTrue(r <= Level3Residuals.BOUND, what + ": normalised residual " + r);
    }

    /** A copy of the rows × cols block of x at (i0, j0), as its own operand. */
    protected static Level3Operand sub(Level3Operand x, int i0, int j0, int rows, int cols) {
        Level3Operand s = Level3Operand.nan(rows, cols, 0, 0);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                s.set(i, j, x.get(i0 + i, j0 + j), x.getF(i0 + i, j0 + j));
            }
        }
        return s;
    }

    // ---------------------------------------------------------------- syrk

    @Property(tries = 150)
    void syrk(@ForAll Uplo uplo, @ForAll Transpose t, @ForAll @IntRange(max = 50) int n,
            @ForAll @IntRange(max = 50) int k, @ForAll("scalars") double alpha,
            @ForAll("scalars") double beta, @ForAll @IntRange(max = 3) int off,
            @ForAll @IntRange(max = 3) int extraLd, @ForAll boolean single, @ForAll long seed) {
        checkSyrk(single, uplo, t, n, k, alpha, beta, off, extraLd, seed);
    }

    @Example
    void syrkLarge() {
        long seed = 7;
        for (Uplo uplo : Uplo.values()) {
            for (Transpose t : Transpose.values()) {
                checkSyrk(false, uplo, t, 150, 270, 1.5, 0.5, 1, 1, seed++);
                checkSyrk(true, uplo, t, 131, 260, -1.0, 1.0, 0, 3, seed++);
            }
        }
    }

    protected void checkSyrk(boolean single, Uplo uplo, Transpose t, int n, int k, double alpha,
            double beta, int off, int extraLd, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int ar = t == Transpose.NO ? n : k;
        int ac = t == Transpose.NO ? k : n;
        Level3Operand a = alpha == 0 ? Level3Operand.nan(ar, ac, off, extraLd)
                : Level3Operand.random(rnd, ar, ac, off, extraLd);
        Level3Operand c = Level3Operand.random(rnd, n, n, off + 1, extraLd);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                boolean inside = uplo == Uplo.UPPER ? j >= i : j <= i;
                if (!inside || beta == 0) {
                    c.set(i, j, Float.NaN); // never read; the other triangle never written
                }
            }
        }
        Level3Operand a0 = a.copy();
        Level3Operand c0 = c.copy();
        if (single) {
            level3().syrk(uplo, t, n, k, (float) alpha, a.f, a.off, a.ld, (float) beta, c.f, c.off,
                    c.ld);
        } else {
            level3().syrk(uplo, t, n, k, alpha, a.d, a.off, a.ld, beta, c.d, c.off, c.ld);
        }
        String what = "syrk " + (single ? "float " : "double ") + uplo + " " + t + " n " + n
                + " k " + k + " alpha " + alpha + " beta " + beta;
        assertTrue(a.sameAs(a0, single), what + ": A modified");
        assertTrue(c.guardsIntact(single), what + ": guard band around C written");
        double eps = Level3Residuals.eps(single);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                boolean inside = uplo == Uplo.UPPER ? j >= i : j <= i;
                double got = single ? c.getF(i, j) : c.get(i, j);
                if (!inside) {
                    assertTrue(Double.isNaN(got), what + ": other triangle written at " + i + ","
                            + j);
                    continue;
                }
                double want = 0;
                double mag = 0;
                if (alpha != 0) {
                    for (int l = 0; l < k; l++) {
                        double p = a.op(t, i, l, single) * a.op(t, j, l, single);
                        want += alpha * p;
                        mag += Math.abs(alpha * p);
                    }
                }
                if (beta != 0) {
                    double cv = single ? c0.getF(i, j) : c0.get(i, j);
                    want += beta * cv;
                    mag += Math.abs(beta * cv);
                }
                double tol = 3 * (k + 2) * eps * mag;
                assertTrue(Math.abs(got - want) <= tol, what + ": C[" + i + "][" + j + "] = " + got
                        + ", want " + want + " ± " + tol);
            }
        }
    }

    // ---------------------------------------------------------------- trsm, trmm

    @Property(tries = 150)
    void trsm(@ForAll Side side, @ForAll Uplo uplo, @ForAll Transpose t, @ForAll Diag diag,
            @ForAll @IntRange(max = 40) int m, @ForAll @IntRange(max = 40) int n,
            @ForAll("scalars") double alpha, @ForAll @IntRange(max = 3) int off,
            @ForAll @IntRange(max = 3) int extraLd, @ForAll boolean single, @ForAll long seed) {
        checkTrsm(single, side, uplo, t, diag, m, n, alpha, off, extraLd, seed);
    }

    @Property(tries = 150)
    void trmm(@ForAll Side side, @ForAll Uplo uplo, @ForAll Transpose t, @ForAll Diag diag,
            @ForAll @IntRange(max = 40) int m, @ForAll @IntRange(max = 40) int n,
            @ForAll("scalars") double alpha, @ForAll @IntRange(max = 3) int off,
            @ForAll @IntRange(max = 3) int extraLd, @ForAll boolean single, @ForAll long seed) {
        checkTrmm(single, side, uplo, t, diag, m, n, alpha, off, extraLd, seed);
    }

    /** Sizes past the simd backend's diagonal block, so the gemm updates of the blocked forms run. */
    @Example
    void triangularLarge() {
        long seed = 11;
        for (Side side : Side.values()) {
            for (Uplo uplo : Uplo.values()) {
                for (Transpose t : Transpose.values()) {
                    Diag diag = seed % 2 == 0 ? Diag.UNIT : Diag.NON_UNIT;
                    boolean single = seed % 3 == 0;
                    int m = side == Side.LEFT ? 203 : 37;
                    int n = side == Side.LEFT ? 29 : 211;
                    checkTrsm(single, side, uplo, t, diag, m, n, 1.25, 1, 2, seed);
                    checkTrmm(!single, side, uplo, t, diag, n, m, -0.5, 2, 1, seed++);
                }
            }
        }
    }

    /**
     * A triangular na×na operand: the {@code uplo} triangle random (diagonal ±[1, 2], off the
     * diagonal uniform in ±1/na so that the solves stay well conditioned), everything it must
     * not read (the other triangle; the diagonal when unit) NaN.
     */
    protected static Level3Operand triangular(SplittableRandom rnd, int na, Uplo uplo,
            Diag diag, int off, int extraLd) {
        Level3Operand a = Level3Operand.nan(na, na, off, extraLd);
        for (int i = 0; i < na; i++) {
            for (int j = 0; j < na; j++) {
                if (i == j && diag == Diag.NON_UNIT) {
                    double v = 1 + rnd.nextDouble();
                    a.set(i, j, (float) (rnd.nextBoolean() ? v : -v));
                } else if (i != j && (uplo == Uplo.UPPER ? j > i : j < i)) {
                    a.set(i, j, (float) ((2 * rnd.nextDouble() - 1) / na));
                }
            }
        }
        return a;
    }

    /** op(A)[i][j] of a triangular operand, 0 outside its triangle, 1 on a unit diagonal. */
    protected static double tri(Level3Operand a, Uplo uplo, Transpose t, Diag diag, int i, int j,
            boolean single) {
        int r = t == Transpose.NO ? i : j;
        int c = t == Transpose.NO ? j : i;
        if (r == c) {
            return diag == Diag.UNIT ? 1 : single ? a.getF(r, c) : a.get(r, c);
        }
        boolean inside = uplo == Uplo.UPPER ? c > r : c < r;
        return !inside ? 0 : single ? a.getF(r, c) : a.get(r, c);
    }

    protected void checkTrsm(boolean single, Side side, Uplo uplo, Transpose t, Diag diag, int m,
            int n, double alpha, int off, int extraLd, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int na = side == Side.LEFT ? m : n;
        Level3Operand a = triangular(rnd, na, uplo, diag, off, extraLd);
        Level3Operand b = Level3Operand.random(rnd, m, n, off + 1, extraLd);
        Level3Operand a0 = a.copy();
        Level3Operand b0 = b.copy();
        Level3Operand ref = b.copy();
        callTriangular(level3(), true, single, side, uplo, t, diag, m, n, alpha, a, b);
        String what = "trsm " + (single ? "float " : "double ") + side + " " + uplo + " " + t
                + " " + diag + " m " + m + " n " + n + " alpha " + alpha;
        assertTrue(a.sameAs(a0, single), what + ": A modified");
        assertTrue(b.guardsIntact(single), what + ": guard band around B written");
        // reconstruction: op(A)·X (LEFT) or X·op(A) (RIGHT) against α·B, applied to a random t
        double[] tv = Level3Residuals.randomVector(n, seed);
        double[] got;
        if (side == Side.LEFT) {
            double[] xt = Level3Residuals.times(b, Transpose.NO, tv, single);
            got = new double[m];
            for (int i = 0; i < m; i++) {
                for (int l = 0; l < m; l++) {
                    got[i] += tri(a, uplo, t, diag, i, l, single) * xt[l];
                }
            }
        } else {
            double[] at = new double[n];
            for (int i = 0; i < n; i++) {
                for (int l = 0; l < n; l++) {
                    at[i] += tri(a, uplo, t, diag, i, l, single) * tv[l];
                }
            }
            got = Level3Residuals.times(b, Transpose.NO, at, single);
        }
        double[] want = Level3Residuals.times(b0, Transpose.NO, tv, single);
        double aNorm = 0;
        for (int i = 0; i < na; i++) {
            for (int j = 0; j < na; j++) {
                aNorm += Math.pow(tri(a, uplo, t, diag, i, j, single), 2);
            }
        }
        for (int i = 0; i < m; i++) {
            want[i] *= alpha;
        }
        double scale = Math.max(1, na) * Level3Residuals.eps(single) * Level3Residuals.norm(tv)
                * (Math.sqrt(aNorm) * b.norm(single) + Math.abs(alpha) * b0.norm(single));
        double r = Level3Residuals.ratio(got, want, scale);
        assertTrue(r <= Level3Residuals.BOUND, what + ": normalised residual " + r);
        // and close to the reference: A is well conditioned, so X is known to O(na·ε)
        callTriangular(Backends.scalar().level3(), true, single, side, uplo, t, diag, m, n, alpha,
                a, ref);
        assertClose(what, single, b, ref, 50 * Math.max(1, na) * Level3Residuals.eps(single));
    }

    protected void checkTrmm(boolean single, Side side, Uplo uplo, Transpose t, Diag diag, int m,
            int n, double alpha, int off, int extraLd, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int na = side == Side.LEFT ? m : n;
        Level3Operand a = triangular(rnd, na, uplo, diag, off, extraLd);
        Level3Operand b = Level3Operand.random(rnd, m, n, off + 1, extraLd);
        Level3Operand a0 = a.copy();
        Level3Operand b0 = b.copy();
        callTriangular(level3(), false, single, side, uplo, t, diag, m, n, alpha, a, b);
        String what = "trmm " + (single ? "float " : "double ") + side + " " + uplo + " " + t
                + " " + diag + " m " + m + " n " + n + " alpha " + alpha;
        assertTrue(a.sameAs(a0, single), what + ": A modified");
        assertTrue(b.guardsIntact(single), what + ": guard band around B written");
        double eps = Level3Residuals.eps(single);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double want = 0;
                double mag = 0;
                for (int l = 0; l < na; l++) {
                    double p = side == Side.LEFT
                            ? tri(a, uplo, t, diag, i, l, single) * b0.op(Transpose.NO, l, j, single)
                            : b0.op(Transpose.NO, i, l, single) * tri(a, uplo, t, diag, l, j, single);
                    want += alpha * p;
                    mag += Math.abs(alpha * p);
                }
                double got = single ? b.getF(i, j) : b.get(i, j);
                double tol = 3 * (na + 2) * eps * mag;
                assertTrue(Math.abs(got - want) <= tol, what + ": B[" + i + "][" + j + "] = " + got
                        + ", want " + want + " ± " + tol);
            }
        }
    }

    protected static void callTriangular(Level3 l3, boolean solve, boolean single, Side side,
            Uplo uplo, Transpose t, Diag diag, int m, int n, double alpha, Level3Operand a,
            Level3Operand b) {
        if (solve && single) {
            l3.trsm(side, uplo, t, diag, m, n, (float) alpha, a.f, a.off, a.ld, b.f, b.off, b.ld);
        } else if (solve) {
            l3.trsm(side, uplo, t, diag, m, n, alpha, a.d, a.off, a.ld, b.d, b.off, b.ld);
        } else if (single) {
            l3.trmm(side, uplo, t, diag, m, n, (float) alpha, a.f, a.off, a.ld, b.f, b.off, b.ld);
        } else {
            l3.trmm(side, uplo, t, diag, m, n, alpha, a.d, a.off, a.ld, b.d, b.off, b.ld);
        }
    }

    /** ‖got − want‖_F ≤ tol·‖want‖_F (both must be finite). */
    protected static void assertClose(String what, boolean single, Level3Operand got,
            Level3Operand want, double tol) {
        double diff = 0;
        for (int i = 0; i < got.rows; i++) {
            for (int j = 0; j < got.cols; j++) {
                double d = got.op(Transpose.NO, i, j, single) - want.op(Transpose.NO, i, j, single);
                diff += d * d;
            }
        }
        double limit = tol * want.norm(single);
        assertTrue(Math.sqrt(diff) <= limit, what + ": ‖X − Xref‖ " + Math.sqrt(diff)
                + " > " + limit);
    }

    // ---------------------------------------------------------------- bad arguments

    @Example
    void badArgumentsThrowWithValuesAndWriteNothing() {
        double[] a = new double[12];
        double[] b = new double[8];
        double[] c = new double[9];
        java.util.Arrays.fill(c, 5.0);
        Level3 l3 = level3();
        Transpose no = Transpose.NO;
        Transpose yes = Transpose.YES;
        assertMessage(IllegalArgumentException.class, "gemm: m must be >= 0, got -1",
                () -> l3.gemm(no, no, -1, 2, 4, 1.0, a, 0, 4, b, 0, 2, 0.0, c, 0, 3));
        // A stored 4x3 when transposed: lda must be >= 3
        assertMessage(IllegalArgumentException.class, "gemm: ldA must be >= max(1, cols), got ldA 2"
                + " for A 4x3", () -> l3.gemm(yes, no, 3, 2, 4, 1.0, a, 0, 2, b, 0, 2, 0.0, c, 0, 3));
        assertMessage(IllegalArgumentException.class, "gemm: ldC must be >= max(1, cols), got ldC 1",
                () -> l3.gemm(no, no, 3, 2, 4, 1.0, a, 0, 4, b, 0, 2, 0.0, c, 0, 1));
        assertMessage(IndexOutOfBoundsException.class, "gemm: B 4x2 (ld 2) range [1, 9) out of "
                + "bounds for length 8",
                () -> l3.gemm(no, no, 3, 2, 4, 1.0, a, 0, 4, b, 1, 2, 0.0, c, 0, 3));
        assertMessage(IndexOutOfBoundsException.class, "gemm: C 3x2 (ld 3) range [-1, ",
                () -> l3.gemm(no, no, 3, 2, 4, 1.0, a, 0, 4, b, 0, 2, 0.0, c, -1, 3));
        assertMessage(NullPointerException.class, "gemm: B is null",
                () -> l3.gemm(no, no, 3, 2, 4, 1.0, a, 0, 4, null, 0, 2, 0.0, c, 0, 3));
        assertMessage(NullPointerException.class, "gemm: tA is null",
                () -> l3.gemm(null, no, 3, 2, 4, 1.0, a, 0, 4, b, 0, 2, 0.0, c, 0, 3));
        assertMessage(IllegalArgumentException.class, "syrk: ldA must be >= max(1, cols), got ldA"
                + " 2 for A 3x4", () -> l3.syrk(Uplo.LOWER, no, 3, 4, 1.0, a, 0, 2, 0.0, c, 0, 3));
        assertMessage(IllegalArgumentException.class, "trsm: n must be >= 0, got -2",
                () -> l3.trsm(Side.LEFT, Uplo.UPPER, no, Diag.UNIT, 3, -2, 1.0, a, 0, 3, b, 0, 2));
        assertMessage(IndexOutOfBoundsException.class, "trmm: A 4x4 (ld 4) range [0, 16) out of "
                + "bounds for length 12",
                () -> l3.trmm(Side.RIGHT, Uplo.UPPER, no, Diag.UNIT, 2, 4, 1.0, a, 0, 4, b, 0, 4));
        for (double v : c) {
            assertEquals(5.0, v, "C written by a call that threw");
        }
    }

    @Example
    void aliasingThrowsWithValuesAndWritesNothing() {
        double[] x = new double[100];
        float[] y = new float[100];
        java.util.Arrays.fill(x, 2.0);
        java.util.Arrays.fill(y, 2.0f);
        Level3 l3 = level3();
        Transpose no = Transpose.NO;
        // C = rows 2..4 of a 10-wide array, A = rows 0..2: they share row 2
        assertMessage(IllegalArgumentException.class, "gemm: C must not share elements with A, got"
                + " C 3x4 (offset 20, ld 10) and A 3x5 (offset 0, ld 10) in the same array, both"
                + " holding element 20",
                () -> l3.gemm(no, no, 3, 4, 5, 1.0, x, 0, 10, x, 50, 10, 0.0, x, 20, 10));
        assertMessage(IllegalArgumentException.class, "gemm: C must not share elements with B",
                () -> l3.gemm(no, no, 3, 4, 5, 1.0f, y, 0, 10, y, 33, 10, 1.0f, y, 64, 10));
        assertMessage(IllegalArgumentException.class, "syrk: C must not share elements with A",
                () -> l3.syrk(Uplo.UPPER, no, 3, 4, 1.0, x, 0, 10, 1.0, x, 3, 10));
        assertMessage(IllegalArgumentException.class, "trsm: B must not share elements with A",
                () -> l3.trsm(Side.LEFT, Uplo.LOWER, no, Diag.NON_UNIT, 3, 3, 1.0, x, 0, 10, x,
                        22, 10));
        assertMessage(IllegalArgumentException.class, "trmm: B must not share elements with A",
                () -> l3.trmm(Side.RIGHT, Uplo.LOWER, no, Diag.UNIT, 2, 3, 1.0f, y, 11, 10, y,
                        0, 10));
        for (int i = 0; i < 100; i++) {
            assertEquals(2.0, x[i], "x written by a call that threw");
            assertEquals(2.0f, y[i], "y written by a call that threw");
        }
        // interleaved but disjoint: columns 0..3 and 4..7 of the same rows
        l3.gemm(no, no, 3, 4, 4, 1.0, x, 0, 10, x, 60, 10, 0.0, x, 4, 10);
        assertEquals(16.0, x[4]);
    }

    protected static void assertMessage(Class<? extends RuntimeException> type, String start,
            org.junit.jupiter.api.function.Executable call) {
        RuntimeException e = assertThrows(type, call);
        assertTrue(e.getMessage().startsWith(start), "message '" + e.getMessage()
                + "' does not start with '" + start + "'");
    }
}
