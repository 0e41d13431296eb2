package org.chagres.kernels.simd;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;
import org.chagres.kernels.KernelThreads;
import org.chagres.kernels.Transpose;

/**
 * Float {@code C = α·op(A)·op(B) + β·C} in the GotoBLAS/BLIS structure: op(B) is packed one
 * KC × NC block at a time, op(A) one MC × KC block at a time, and the register-blocked
 * {@link SimdSgemmKernel} multiplies an MR-row micro-panel of A by NR-column micro-panels of B.
 * Large products are split over {@link KernelThreads} by rows or columns of C.
 *
 * <p>Every element of C is summed in the same order whatever the thread count and wherever it
 * lies in a tile: k in KC blocks, each block by the micro-kernel's fused multiply-adds left to
 * right, the block's sum then folded in as {@code fma(α, sum, β·C)} (β = 1 after the first
 * block). So results are bit-identical from run to run and across thread counts. The scalar
 * reference differs only in summation order.
 */
final class SimdSgemm {

    private static final VectorSpecies<Float> S = SimdSpecies.F;
    private static final int L = SimdSpecies.FL;
    private static final int MR = SimdSgemmKernel.MR;
    private static final int NR = SimdSgemmKernel.NR;

    /**
     * Depth of a packed block: the double value (issue 4's probe on a Zen 3 with 512 KiB L2 per
     * core chose 256), kept for float; not tuned separately (the machine was too noisy to tell).
     */
    static final int KC = 256;

    /** Rows of a packed A block: 60 micro-panels of 4 (the probe's 240 × 256 A block). */
    static final int MC = 240;

    /** Columns of a packed B block: 4096 × KC floats (4 MiB) fits the 32 MiB L3 of the probe. */
    static final int NC = 4096;

    /**
     * Columns of B walked per pass over the A block (a 128 KiB B sub-block stays in L2 while
     * each A micro-panel stays in L1): the probe measured ~25 % over the plain GotoBLAS order.
     */
    static final int NB = 128;

    /**
     * Up to this m·n·k (16³) the unpacked loops are used: below it, packing and edge tiles are
     * a large share of the work. An estimate: the shared development machine was too loaded to
     * measure the crossover; the lead's GemmBench run at n = 64 checks the packed path.
     */
    static final long SMALL = 16L * 16 * 16;

    /**
     * From this m·n·k (128³, ~4 Mflop, ~0.1 ms on one core) the work is split over threads;
     * below it the hand-off to the pool (tens of µs) would eat the gain. An estimate, as SMALL.
     */
    static final long PARALLEL = 128L * 128 * 128;

    private static final ThreadLocal<Buffers> BUFFERS = ThreadLocal.withInitial(Buffers::new);

    private SimdSgemm() {
    }

    /** The gemm; arguments checked, m, n, k ≥ 1, α ≠ 0. */
    static void gemm(Transpose tA, Transpose tB, int m, int n, int k, float alpha, float[] a,
            int aOff, int lda, float[] b, int bOff, int ldb, float beta, float[] c,
            int cOff, int ldc) {
        long work = (long) m * n * k;
        if (work <= SMALL) {
            small(tA, tB, m, n, k, alpha, a, aOff, lda, b, bOff, ldb, beta, c, cOff, ldc);
            return;
        }
        int threads = KernelThreads.threads();
        if (threads == 1 || work < PARALLEL || KernelThreads.inPool()) {
            blocked(tA, tB, m, n, k, alpha, a, aOff, lda, b, bOff, ldb, beta, c, cOff, ldc);
            return;
        }
        // split the longer side of C, in whole micro-tiles: the packing each part repeats is
        // then the smaller operand (B when splitting rows, A when splitting columns)
        boolean rows = m >= n;
        int unit = rows ? MR : NR;
        int tiles = ((rows ? m : n) + unit - 1) / unit;
        int per = (tiles + Math.min(threads, tiles) - 1) / Math.min(threads, tiles) * unit;
        int parts = ((rows ? m : n) + per - 1) / per;
        KernelThreads.run(parts, p -> {
            int s = p * per;
            if (rows) {
                blocked(tA, tB, Math.min(per, m - s), n, k, alpha, a,
                        tA == Transpose.NO ? aOff + s * lda : aOff + s, lda, b, bOff, ldb, beta,
                        c, cOff + s * ldc, ldc);
            } else {
                blocked(tA, tB, m, Math.min(per, n - s), k, alpha, a, aOff, lda, b,
                        tB == Transpose.NO ? bOff + s : bOff + s * ldb, ldb, beta, c, cOff + s,
                        ldc);
            }
        });
    }

    /** The packed, cache-blocked loops on the calling thread. */
    static void blocked(Transpose tA, Transpose tB, int m, int n, int k, float alpha,
            float[] a, int aOff, int lda, float[] b, int bOff, int ldb, float beta,
            float[] c, int cOff, int ldc) {
        Buffers buf = BUFFERS.get();
        for (int jc = 0; jc < n; jc += NC) {
            int nc = Math.min(NC, n - jc);
            for (int pc = 0; pc < k; pc += KC) {
                int kc = Math.min(KC, k - pc);
                float be = pc == 0 ? beta : 1.0f;
                float[] bp = buf.b((nc + NR - 1) / NR * NR * kc);
                SimdPack.packB(tB, b, bOff, ldb, pc, jc, kc, nc, NR, bp);
                for (int ic = 0; ic < m; ic += MC) {
                    int mc = Math.min(MC, m - ic);
                    float[] ap = buf.a((mc + MR - 1) / MR * MR * kc);
                    SimdPack.packA(tA, a, aOff, lda, ic, pc, mc, kc, MR, ap);
                    macro(mc, nc, kc, alpha, ap, bp, be, c, cOff + ic * ldc + jc, ldc, buf.tile);
                }
            }
        }
    }

    /** One packed A block times one packed B block, in NB-column passes. */
    private static void macro(int mc, int nc, int kc, float alpha, float[] ap, float[] bp,
            float beta, float[] c, int cIdx, int ldc, float[] tile) {
        for (int js = 0; js < nc; js += NB) {
            int je = Math.min(nc, js + NB);
            for (int ir = 0; ir < mc; ir += MR) {
                int mr = Math.min(MR, mc - ir);
                for (int jr = js; jr < je; jr += NR) {
                    int nr = Math.min(NR, nc - jr);
                    int ci = cIdx + ir * ldc + jr;
                    if (mr == MR && nr == NR) {
                        SimdSgemmKernel.kernel(kc, ap, ir * kc, bp, jr * kc, alpha, beta, c, ci,
                                ldc);
                    } else {
                        // an edge tile: the full tile goes to a buffer, its valid part to C
                        SimdSgemmKernel.kernel(kc, ap, ir * kc, bp, jr * kc, 1.0f, 0.0f, tile, 0,
                                NR);
                        for (int r = 0; r < mr; r++) {
                            for (int j = 0; j < nr; j++) {
                                int p = ci + r * ldc + j;
                                float t = tile[r * NR + j];
                                c[p] = beta == 0.0f ? alpha * t : Math.fma(alpha, t, beta * c[p]);
                            }
                        }
                    }
                }
            }
        }
    }

    /**
     * Tiny products without packing: each row of C as vectors over j (op(B) not transposed) or
     * each element as a dot product (op(B) transposed), summed with fused multiply-adds.
     */
    private static void small(Transpose tA, Transpose tB, int m, int n, int k, float alpha,
            float[] a, int aOff, int lda, float[] b, int bOff, int ldb, float beta,
            float[] c, int cOff, int ldc) {
        int sa = tA == Transpose.NO ? 1 : lda;
        int ra = tA == Transpose.NO ? lda : 1;
        int sb = tB == Transpose.NO ? ldb : 1;
        int cb = tB == Transpose.NO ? 1 : ldb;
        for (int i = 0; i < m; i++) {
            int ai = aOff + i * ra;
            int ci = cOff + i * ldc;
            int j = 0;
            if (tB == Transpose.NO) {
                for (; j <= n - L; j += L) {
                    FloatVector acc = FloatVector.zero(S);
                    for (int l = 0; l < k; l++) {
                        acc = FloatVector.broadcast(S, a[ai + l * sa])
                                .fma(FloatVector.fromArray(S, b, bOff + l * ldb + j), acc);
                    }
                    FloatVector out = beta == 0.0f ? acc.mul(alpha)
                            : acc.fma(FloatVector.broadcast(S, alpha),
                                    FloatVector.fromArray(S, c, ci + j).mul(beta));
                    out.intoArray(c, ci + j);
                }
            }
            for (; j < n; j++) {
                float s = 0.0f;
                for (int l = 0; l < k; l++) {
                    s = Math.fma(a[ai + l * sa], b[bOff + l * sb + j * cb], s);
                }
                c[ci + j] = beta == 0.0f ? alpha * s : Math.fma(alpha, s, beta * c[ci + j]);
            }
        }
    }

    /** One thread's packing buffers, grown to the largest block seen and then reused. */
    private static final class Buffers {
        private float[] a = new float[0];
        private float[] b = new float[0];
        final float[] tile = new float[MR * NR];

        float[] a(int size) {
            if (a.length < size) {
                a = new float[size];
            }
            return a;
        }

        float[] b(int size) {
            if (b.length < size) {
                b = new float[size];
            }
            return b;
        }
    }
}
