package org.chagres.kernels.simd;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;
import org.chagres.kernels.KernelThreads;
import org.chagres.kernels.Transpose;

/**
 * Double trsm, trmm and syrk built on {@link SimdDgemm}, so that large sizes run near gemm
 * speed: the triangle is halved recursively, the off-diagonal halves become one gemm each, and
 * only diagonal blocks of at most {@link #BASE} (syrk: {@link #SYRK_BASE}) are handled
 * directly. The direct triangular blocks copy op(A) once into a dense scratch block and sweep
 * B's rows with vectors over its columns; the right-hand side forms work on a transposed copy
 * of a slab of B, which turns them into left-hand forms.
 *
 * <p>Results differ from the scalar reference only in summation order (and, for syrk's
 * diagonal blocks, in β·C being added after α·A·Aᵀ is rounded).
 */
final class SimdDtriangular {

    private static final VectorSpecies<Double> S = SimdSpecies.D;
    private static final int L = SimdSpecies.DL;

    /** Largest triangle solved or multiplied directly; the rest is gemm updates. */
    static final int BASE = 32;

    /** Largest diagonal block of syrk computed as a full gemm into scratch. */
    static final int SYRK_BASE = 64;

    /** Rows of B transposed at once by the right-hand direct forms. */
    private static final int SLAB = 256;

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private SimdDtriangular() {
    }

    /** op(A) as a triangular matrix: its shape, where its blocks lie in A, how to read it. */
    record Tri(boolean upper, boolean unit, Transpose t, double[] a, int aOff, int lda) {

        /** Offset in A of op(A)'s element (r, c). */
        int at(int r, int c) {
            return t == Transpose.NO ? aOff + r * lda + c : aOff + c * lda + r;
        }

        /** Copies op(A)'s diagonal block [s, s+nb)² (or its transpose) densely into {@code tt}. */
        void dense(int s, int nb, boolean transpose, double[] tt) {
            for (int i = 0; i < nb; i++) {
                for (int j = 0; j < nb; j++) {
                    int r = transpose ? j : i;
                    int c = transpose ? i : j;
                    boolean inside = upper ? c > r : c < r;
                    tt[i * nb + j] = r == c ? (unit ? 1.0 : a[at(s + r, s + c)])
                            : inside ? a[at(s + r, s + c)] : 0.0;
                }
            }
        }
    }

    // ------------------------------------------------------------------------ trsm

    /** B[rows] = α·T⁻¹·B on the diagonal range [s, s+mm) of T (side LEFT). */
    static void trsmLeft(Tri tr, int s, int mm, int n, double alpha, double[] b, int bOff,
            int ldb) {
        if (mm <= BASE) {
            double[] tt = SCRATCH.get().tt(mm * mm);
            tr.dense(s, mm, false, tt);
            int off = bOff + s * ldb;
            byColumns(mm, n, (j0, j1) -> leftSolve(tt, mm, tr.upper, j1 - j0, alpha, b, off + j0,
                    ldb));
            return;
        }
        int m1 = split(mm);
        int m2 = mm - m1;
        if (!tr.upper) {
            trsmLeft(tr, s, m1, n, alpha, b, bOff, ldb);
            SimdDgemm.gemm(tr.t, Transpose.NO, m2, n, m1, -1.0, tr.a, tr.at(s + m1, s), tr.lda,
                    b, bOff + s * ldb, ldb, alpha, b, bOff + (s + m1) * ldb, ldb);
            trsmLeft(tr, s + m1, m2, n, 1.0, b, bOff, ldb);
        } else {
            trsmLeft(tr, s + m1, m2, n, alpha, b, bOff, ldb);
            SimdDgemm.gemm(tr.t, Transpose.NO, m1, n, m2, -1.0, tr.a, tr.at(s, s + m1), tr.lda,
                    b, bOff + (s + m1) * ldb, ldb, alpha, b, bOff + s * ldb, ldb);
            trsmLeft(tr, s, m1, n, 1.0, b, bOff, ldb);
        }
    }

    /** B[:, cols] = α·B·T⁻¹ on the diagonal range [s, s+nn) of T (side RIGHT), B m rows. */
    static void trsmRight(Tri tr, int s, int nn, int m, double alpha, double[] b, int bOff,
            int ldb) {
        if (nn <= BASE) {
            right(tr, s, nn, m, alpha, b, bOff, ldb, true);
            return;
        }
        int n1 = split(nn);
        int n2 = nn - n1;
        if (tr.upper) {
            trsmRight(tr, s, n1, m, alpha, b, bOff, ldb);
            SimdDgemm.gemm(Transpose.NO, tr.t, m, n2, n1, -1.0, b, bOff + s, ldb, tr.a,
                    tr.at(s, s + n1), tr.lda, alpha, b, bOff + s + n1, ldb);
            trsmRight(tr, s + n1, n2, m, 1.0, b, bOff, ldb);
        } else {
            trsmRight(tr, s + n1, n2, m, alpha, b, bOff, ldb);
            SimdDgemm.gemm(Transpose.NO, tr.t, m, n1, n2, -1.0, b, bOff + s + n1, ldb, tr.a,
                    tr.at(s + n1, s), tr.lda, alpha, b, bOff + s, ldb);
            trsmRight(tr, s, n1, m, 1.0, b, bOff, ldb);
        }
    }

    // ------------------------------------------------------------------------ trmm

    /** B[rows] = α·T·B on the diagonal range [s, s+mm) of T (side LEFT). */
    static void trmmLeft(Tri tr, int s, int mm, int n, double alpha, double[] b, int bOff,
            int ldb) {
        if (mm <= BASE) {
            double[] tt = SCRATCH.get().tt(mm * mm);
            tr.dense(s, mm, false, tt);
            int off = bOff + s * ldb;
            byColumns(mm, n, (j0, j1) -> leftMultiply(tt, mm, tr.upper, j1 - j0, alpha, b,
                    off + j0, ldb));
            return;
        }
        int m1 = split(mm);
        int m2 = mm - m1;
        if (tr.upper) {
            // top rows first: they read the bottom rows, which are still the old ones
            trmmLeft(tr, s, m1, n, alpha, b, bOff, ldb);
            SimdDgemm.gemm(tr.t, Transpose.NO, m1, n, m2, alpha, tr.a, tr.at(s, s + m1), tr.lda,
                    b, bOff + (s + m1) * ldb, ldb, 1.0, b, bOff + s * ldb, ldb);
            trmmLeft(tr, s + m1, m2, n, alpha, b, bOff, ldb);
        } else {
            trmmLeft(tr, s + m1, m2, n, alpha, b, bOff, ldb);
            SimdDgemm.gemm(tr.t, Transpose.NO, m2, n, m1, alpha, tr.a, tr.at(s + m1, s), tr.lda,
                    b, bOff + s * ldb, ldb, 1.0, b, bOff + (s + m1) * ldb, ldb);
            trmmLeft(tr, s, m1, n, alpha, b, bOff, ldb);
        }
    }

    /** B[:, cols] = α·B·T on the diagonal range [s, s+nn) of T (side RIGHT), B m rows. */
    static void trmmRight(Tri tr, int s, int nn, int m, double alpha, double[] b, int bOff,
            int ldb) {
        if (nn <= BASE) {
            right(tr, s, nn, m, alpha, b, bOff, ldb, false);
            return;
        }
        int n1 = split(nn);
        int n2 = nn - n1;
        if (tr.upper) {
            trmmRight(tr, s + n1, n2, m, alpha, b, bOff, ldb);
            SimdDgemm.gemm(Transpose.NO, tr.t, m, n2, n1, alpha, b, bOff + s, ldb, tr.a,
                    tr.at(s, s + n1), tr.lda, 1.0, b, bOff + s + n1, ldb);
            trmmRight(tr, s, n1, m, alpha, b, bOff, ldb);
        } else {
            trmmRight(tr, s, n1, m, alpha, b, bOff, ldb);
            SimdDgemm.gemm(Transpose.NO, tr.t, m, n1, n2, alpha, b, bOff + s + n1, ldb, tr.a,
                    tr.at(s + n1, s), tr.lda, 1.0, b, bOff + s, ldb);
            trmmRight(tr, s + n1, n2, m, alpha, b, bOff, ldb);
        }
    }

    // ------------------------------------------------------------------------ syrk

    /** The uplo triangle of C's diagonal range [s, s+nn) = α·op(A)·op(A)ᵀ + β·C. */
    static void syrk(boolean upper, Transpose t, int s, int nn, int k, double alpha,
            double[] a, int aOff, int lda, double beta, double[] c, int cOff, int ldc) {
        // rows [r, r+len) of op(A) as a gemm operand, and their transpose as the other one
        Transpose tb = t == Transpose.NO ? Transpose.YES : Transpose.NO;
        if (nn <= SYRK_BASE) {
            double[] tmp = SCRATCH.get().tt(nn * nn);
            SimdDgemm.gemm(t, tb, nn, nn, k, alpha, a, rowsOf(t, s, aOff, lda), lda, a,
                    rowsOf(t, s, aOff, lda), lda, 0.0, tmp, 0, nn);
            for (int i = 0; i < nn; i++) {
                int from = upper ? i : 0;
                int to = upper ? nn : i + 1;
                int ci = cOff + (s + i) * ldc + s;
                for (int j = from; j < to; j++) {
                    c[ci + j] = beta == 0.0 ? tmp[i * nn + j] : tmp[i * nn + j] + beta * c[ci + j];
                }
            }
            return;
        }
        int n1 = split(nn);
        int n2 = nn - n1;
        syrk(upper, t, s, n1, k, alpha, a, aOff, lda, beta, c, cOff, ldc);
        int r = upper ? s : s + n1;
        int q = upper ? s + n1 : s;
        SimdDgemm.gemm(t, tb, upper ? n1 : n2, upper ? n2 : n1, k, alpha, a,
                rowsOf(t, r, aOff, lda), lda, a, rowsOf(t, q, aOff, lda), lda, beta, c,
                cOff + r * ldc + q, ldc);
        syrk(upper, t, s + n1, n2, k, alpha, a, aOff, lda, beta, c, cOff, ldc);
    }

    /** Offset of op(A)'s row r: a row of A (t NO) or a column of A (t YES). */
    private static int rowsOf(Transpose t, int r, int aOff, int lda) {
        return t == Transpose.NO ? aOff + r * lda : aOff + r;
    }

    /** A split point near the middle, a multiple of 16 so the halves keep whole tiles. */
    private static int split(int size) {
        return Math.max(16, (size / 2 + 8) / 16 * 16);
    }

    // ------------------------------------------------------------------------ direct blocks

    /**
     * The right-hand forms on the diagonal block [s, s+nb) of T: B·T = (Tᵀ·Bᵀ)ᵀ, so each slab
     * of B's columns [s, s+nb) is transposed into scratch, solved or multiplied from the left
     * by Tᵀ, and transposed back.
     */
    private static void right(Tri tr, int s, int nb, int m, double alpha, double[] b, int bOff,
            int ldb, boolean solve) {
        double[] tt = SCRATCH.get().tt(nb * nb);
        tr.dense(s, nb, true, tt);
        int slabs = (m + SLAB - 1) / SLAB;
        int parts = Math.min(slabs, parts((long) m * nb * nb));
        // slab q always covers the same rows, whichever thread takes it: same bits
        KernelThreads.run(parts, p -> {
            double[] bt = SCRATCH.get().bt(nb * SLAB);
            for (int q = p; q < slabs; q += parts) {
                int r0 = q * SLAB;
                int rows = Math.min(SLAB, m - r0);
                int base = bOff + r0 * ldb + s;
                for (int i = 0; i < rows; i++) {
                    for (int j = 0; j < nb; j++) {
                        bt[j * rows + i] = b[base + i * ldb + j];
                    }
                }
                if (solve) {
                    leftSolve(tt, nb, !tr.upper, rows, alpha, bt, 0, rows);
                } else {
                    leftMultiply(tt, nb, !tr.upper, rows, alpha, bt, 0, rows);
                }
                for (int i = 0; i < rows; i++) {
                    for (int j = 0; j < nb; j++) {
                        b[base + i * ldb + j] = bt[j * rows + i];
                    }
                }
            }
        });
    }

    /**
     * Runs {@code body(j0, j1)} over column ranges covering [0, n), in parallel when the
     * direct block (nb² · n multiply-adds) is large. Range ends are multiples of four vectors,
     * and each column's arithmetic does not depend on its range: same bits for any split.
     */
    private static void byColumns(int nb, int n, ColumnRange body) {
        int unit = 4 * L;
        int chunks = (n + unit - 1) / unit;
        int parts = Math.min(chunks, parts((long) n * nb * nb));
        int per = (chunks + parts - 1) / parts * unit;
        KernelThreads.run(parts, p -> {
            int j0 = p * per;
            int j1 = Math.min(n, j0 + per);
            if (j0 < j1) {
                body.run(j0, j1);
            }
        });
    }

    /** Threads for a direct block of this many multiply-adds: one below the gemm threshold. */
    private static int parts(long work) {
        return work < SimdDgemm.PARALLEL || KernelThreads.inPool() ? 1 : KernelThreads.threads();
    }

    /** A range of columns of a direct block. */
    @FunctionalInterface
    private interface ColumnRange {
        void run(int j0, int j1);
    }

    /**
     * X = α·T⁻¹·X for a dense nb×nb triangular T and the nb×n block X at b[off] (ld ldb), by
     * substitution over the rows, vectors over the columns (four at a time: four independent
     * chains of fused multiply-adds).
     */
    static void leftSolve(double[] tt, int nb, boolean upper, int n, double alpha, double[] b,
            int off, int ldb) {
        int j = 0;
        for (; j <= n - 4 * L; j += 4 * L) {
            for (int q = 0; q < nb; q++) {
                int i = upper ? nb - 1 - q : q;
                int row = off + i * ldb + j;
                DoubleVector x0 = DoubleVector.fromArray(S, b, row).mul(alpha);
                DoubleVector x1 = DoubleVector.fromArray(S, b, row + L).mul(alpha);
                DoubleVector x2 = DoubleVector.fromArray(S, b, row + 2 * L).mul(alpha);
                DoubleVector x3 = DoubleVector.fromArray(S, b, row + 3 * L).mul(alpha);
                int from = upper ? i + 1 : 0;
                int to = upper ? nb : i;
                for (int l = from; l < to; l++) {
                    DoubleVector t = DoubleVector.broadcast(S, -tt[i * nb + l]);
                    int src = off + l * ldb + j;
                    x0 = t.fma(DoubleVector.fromArray(S, b, src), x0);
                    x1 = t.fma(DoubleVector.fromArray(S, b, src + L), x1);
                    x2 = t.fma(DoubleVector.fromArray(S, b, src + 2 * L), x2);
                    x3 = t.fma(DoubleVector.fromArray(S, b, src + 3 * L), x3);
                }
                double d = tt[i * nb + i];
                x0.div(d).intoArray(b, row);
                x1.div(d).intoArray(b, row + L);
                x2.div(d).intoArray(b, row + 2 * L);
                x3.div(d).intoArray(b, row + 3 * L);
            }
        }
        for (; j < n; j++) {
            for (int q = 0; q < nb; q++) {
                int i = upper ? nb - 1 - q : q;
                double x = alpha * b[off + i * ldb + j];
                int from = upper ? i + 1 : 0;
                int to = upper ? nb : i;
                for (int l = from; l < to; l++) {
                    x = Math.fma(-tt[i * nb + l], b[off + l * ldb + j], x);
                }
                b[off + i * ldb + j] = x / tt[i * nb + i];
            }
        }
    }

    /**
     * X = α·T·X for a dense nb×nb triangular T and the nb×n block X at b[off] (ld ldb), rows
     * in the order that reads each row of X before it is overwritten.
     */
    static void leftMultiply(double[] tt, int nb, boolean upper, int n, double alpha,
            double[] b, int off, int ldb) {
        int j = 0;
        for (; j <= n - 4 * L; j += 4 * L) {
            for (int q = 0; q < nb; q++) {
                int i = upper ? q : nb - 1 - q;
                int from = upper ? i : 0;
                int to = upper ? nb : i + 1;
                DoubleVector x0 = DoubleVector.zero(S);
                DoubleVector x1 = DoubleVector.zero(S);
                DoubleVector x2 = DoubleVector.zero(S);
                DoubleVector x3 = DoubleVector.zero(S);
                for (int l = from; l < to; l++) {
                    DoubleVector t = DoubleVector.broadcast(S, tt[i * nb + l]);
                    int src = off + l * ldb + j;
                    x0 = t.fma(DoubleVector.fromArray(S, b, src), x0);
                    x1 = t.fma(DoubleVector.fromArray(S, b, src + L), x1);
                    x2 = t.fma(DoubleVector.fromArray(S, b, src + 2 * L), x2);
                    x3 = t.fma(DoubleVector.fromArray(S, b, src + 3 * L), x3);
                }
                int row = off + i * ldb + j;
                x0.mul(alpha).intoArray(b, row);
                x1.mul(alpha).intoArray(b, row + L);
                x2.mul(alpha).intoArray(b, row + 2 * L);
                x3.mul(alpha).intoArray(b, row + 3 * L);
            }
        }
        for (; j < n; j++) {
            for (int q = 0; q < nb; q++) {
                int i = upper ? q : nb - 1 - q;
                int from = upper ? i : 0;
                int to = upper ? nb : i + 1;
                double x = 0.0;
                for (int l = from; l < to; l++) {
                    x = Math.fma(tt[i * nb + l], b[off + l * ldb + j], x);
                }
                b[off + i * ldb + j] = alpha * x;
            }
        }
    }

    /** One thread's scratch blocks, grown on demand and reused. */
    private static final class Scratch {
        private double[] tt = new double[0];
        private double[] bt = new double[0];

        double[] tt(int size) {
            if (tt.length < size) {
                tt = new double[size];
            }
            return tt;
        }

        double[] bt(int size) {
            if (bt.length < size) {
                bt = new double[size];
            }
            return bt;
        }
    }
}
