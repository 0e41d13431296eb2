package org.chagres.kernels.simd;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The double gemm micro-kernel: a register tile of {@link #MR} rows × {@link #NR} columns
 * (two vectors of {@link SimdSpecies#D}), updated by one broadcast of A and two vector
 * loads of B per row and step.
 *
 * <p>MR = 5 with two vectors per row keeps 10 accumulators live: issue 4's probe on a Zen 3
 * (AVX2, 16 ymm registers) ran 5×8 doubles at ~44 GFLOP/s in L1 and 4×8 at ~42, while every
 * shape with 12 accumulators (6×8, 4×12, 3×16) spilled and fell to ~20. The same shape is used
 * at 128 and 512 bits (there NR = 2 × lanes), where it is correct and not register-bound.
 */
final class SimdDgemmKernel {

    private static final VectorSpecies<Double> S = SimdSpecies.D;

    /** Lanes of one vector. */
    private static final int L = SimdSpecies.DL;

    /** Rows of the register tile (see the class comment for the measurement). */
    static final int MR = 5;

    /** Columns of the register tile: two vectors. */
    static final int NR = 2 * L;

    private SimdDgemmKernel() {
    }

    /**
     * C tile (MR × NR) = α·Ap·Bp + β·C over kc steps, Ap a packed micro-panel (MR values
     * per step), Bp a packed micro-panel (NR values per step); β == 0 does not read C. The body
     * is unrolled by hand into MR·2 accumulators: C2 keeps all of them in registers.
     */
    static void kernel(int kc, double[] ap, int ai, double[] bp, int bi,
            double alpha, double beta, double[] c, int ci, int ldc) {
        DoubleVector c00 = DoubleVector.zero(S);
        DoubleVector c01 = DoubleVector.zero(S);
        DoubleVector c10 = DoubleVector.zero(S);
        DoubleVector c11 = DoubleVector.zero(S);
        DoubleVector c20 = DoubleVector.zero(S);
        DoubleVector c21 = DoubleVector.zero(S);
        DoubleVector c30 = DoubleVector.zero(S);
        DoubleVector c31 = DoubleVector.zero(S);
        DoubleVector c40 = DoubleVector.zero(S);
        DoubleVector c41 = DoubleVector.zero(S);
        for (int l = 0; l < kc; l++) {
            int b = bi + l * NR;
            int a = ai + l * MR;
            DoubleVector b0 = DoubleVector.fromArray(S, bp, b);
            DoubleVector b1 = DoubleVector.fromArray(S, bp, b + L);
            DoubleVector a0 = DoubleVector.broadcast(S, ap[a]);
            c00 = a0.fma(b0, c00);
            c01 = a0.fma(b1, c01);
            DoubleVector a1 = DoubleVector.broadcast(S, ap[a + 1]);
            c10 = a1.fma(b0, c10);
            c11 = a1.fma(b1, c11);
            DoubleVector a2 = DoubleVector.broadcast(S, ap[a + 2]);
            c20 = a2.fma(b0, c20);
            c21 = a2.fma(b1, c21);
            DoubleVector a3 = DoubleVector.broadcast(S, ap[a + 3]);
            c30 = a3.fma(b0, c30);
            c31 = a3.fma(b1, c31);
            DoubleVector a4 = DoubleVector.broadcast(S, ap[a + 4]);
            c40 = a4.fma(b0, c40);
            c41 = a4.fma(b1, c41);
        }
        // the stores are written out here, not in a helper taking vectors: a helper that C2
        // declines to inline would box all 10 accumulators
        int r0 = ci;
        int r1 = r0 + ldc;
        int r2 = r1 + ldc;
        int r3 = r2 + ldc;
        int r4 = r3 + ldc;
        if (beta == 0.0) {
            c00.mul(alpha).intoArray(c, r0);
            c01.mul(alpha).intoArray(c, r0 + L);
            c10.mul(alpha).intoArray(c, r1);
            c11.mul(alpha).intoArray(c, r1 + L);
            c20.mul(alpha).intoArray(c, r2);
            c21.mul(alpha).intoArray(c, r2 + L);
            c30.mul(alpha).intoArray(c, r3);
            c31.mul(alpha).intoArray(c, r3 + L);
            c40.mul(alpha).intoArray(c, r4);
            c41.mul(alpha).intoArray(c, r4 + L);
            return;
        }
        DoubleVector av = DoubleVector.broadcast(S, alpha);
        c00.fma(av, DoubleVector.fromArray(S, c, r0).mul(beta)).intoArray(c, r0);
        c01.fma(av, DoubleVector.fromArray(S, c, r0 + L).mul(beta)).intoArray(c, r0 + L);
        c10.fma(av, DoubleVector.fromArray(S, c, r1).mul(beta)).intoArray(c, r1);
        c11.fma(av, DoubleVector.fromArray(S, c, r1 + L).mul(beta)).intoArray(c, r1 + L);
        c20.fma(av, DoubleVector.fromArray(S, c, r2).mul(beta)).intoArray(c, r2);
        c21.fma(av, DoubleVector.fromArray(S, c, r2 + L).mul(beta)).intoArray(c, r2 + L);
        c30.fma(av, DoubleVector.fromArray(S, c, r3).mul(beta)).intoArray(c, r3);
        c31.fma(av, DoubleVector.fromArray(S, c, r3 + L).mul(beta)).intoArray(c, r3 + L);
        c40.fma(av, DoubleVector.fromArray(S, c, r4).mul(beta)).intoArray(c, r4);
        c41.fma(av, DoubleVector.fromArray(S, c, r4 + L).mul(beta)).intoArray(c, r4 + L);
    }
}
