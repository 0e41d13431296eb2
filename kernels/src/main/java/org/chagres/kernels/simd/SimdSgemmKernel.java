package org.chagres.kernels.simd;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The float gemm micro-kernel: a register tile of {@link #MR} rows × {@link #NR} columns
 * (two vectors of {@link SimdSpecies#F}), updated by one broadcast of A and two vector
 * loads of B per row and step.
 *
 * <p>MR = 4 with two vectors per row keeps 8 accumulators live. The double kernel's 5 rows
 * (10 accumulators, issue 4's probe) spilled one accumulator here: C2 hoisted all five float
 * broadcasts ahead of the fused multiply-adds, needing 17 ymm registers, and the spilled
 * accumulator's store/reload chain halved the kernel's speed (seen in the C2 code printed with
 * {@code -XX:CompileCommand=print} and disassembled with objdump; 4 rows ran ~2× faster in an
 * interleaved kernel loop). The same shape is used at 128 and 512 bits.
 */
final class SimdSgemmKernel {

    private static final VectorSpecies<Float> S = SimdSpecies.F;

    /** Lanes of one vector. */
    private static final int L = SimdSpecies.FL;

    /** Rows of the register tile (see the class comment for the measurement). */
    static final int MR = 4;

    /** Columns of the register tile: two vectors. */
    static final int NR = 2 * L;

    private SimdSgemmKernel() {
    }

    /**
     * C tile (MR × NR) = α·Ap·Bp + β·C over kc steps, Ap a packed micro-panel (MR values
     * per step), Bp a packed micro-panel (NR values per step); β == 0 does not read C. The body
     * is unrolled by hand into MR·2 accumulators: C2 keeps all of them in registers.
     */
    static void kernel(int kc, float[] ap, int ai, float[] bp, int bi,
            float alpha, float beta, float[] c, int ci, int ldc) {
        FloatVector c00 = FloatVector.zero(S);
        FloatVector c01 = FloatVector.zero(S);
        FloatVector c10 = FloatVector.zero(S);
        FloatVector c11 = FloatVector.zero(S);
        FloatVector c20 = FloatVector.zero(S);
        FloatVector c21 = FloatVector.zero(S);
        FloatVector c30 = FloatVector.zero(S);
        FloatVector c31 = FloatVector.zero(S);
        for (int l = 0; l < kc; l++) {
            int b = bi + l * NR;
            int a = ai + l * MR;
            FloatVector b0 = FloatVector.fromArray(S, bp, b);
            FloatVector b1 = FloatVector.fromArray(S, bp, b + L);
            FloatVector a0 = FloatVector.broadcast(S, ap[a]);
            c00 = a0.fma(b0, c00);
            c01 = a0.fma(b1, c01);
            FloatVector a1 = FloatVector.broadcast(S, ap[a + 1]);
            c10 = a1.fma(b0, c10);
            c11 = a1.fma(b1, c11);
            FloatVector a2 = FloatVector.broadcast(S, ap[a + 2]);
            c20 = a2.fma(b0, c20);
            c21 = a2.fma(b1, c21);
            FloatVector a3 = FloatVector.broadcast(S, ap[a + 3]);
            c30 = a3.fma(b0, c30);
            c31 = a3.fma(b1, c31);
        }
        // the stores are written out here, not in a helper taking vectors: a helper that C2
        // declines to inline would box all 8 accumulators
        int r0 = ci;
        int r1 = r0 + ldc;
        int r2 = r1 + ldc;
        int r3 = r2 + ldc;
        if (beta == 0.0f) {
            c00.mul(alpha).intoArray(c, r0);
            c01.mul(alpha).intoArray(c, r0 + L);
            c10.mul(alpha).intoArray(c, r1);
            c11.mul(alpha).intoArray(c, r1 + L);
            c20.mul(alpha).intoArray(c, r2);
            c21.mul(alpha).intoArray(c, r2 + L);
            c30.mul(alpha).intoArray(c, r3);
            c31.mul(alpha).intoArray(c, r3 + L);
            return;
        }
        FloatVector av = FloatVector.broadcast(S, alpha);
        c00.fma(av, FloatVector.fromArray(S, c, r0).mul(beta)).intoArray(c, r0);
        c01.fma(av, FloatVector.fromArray(S, c, r0 + L).mul(beta)).intoArray(c, r0 + L);
        c10.fma(av, FloatVector.fromArray(S, c, r1).mul(beta)).intoArray(c, r1);
        c11.fma(av, FloatVector.fromArray(S, c, r1 + L).mul(beta)).intoArray(c, r1 + L);
        c20.fma(av, FloatVector.fromArray(S, c, r2).mul(beta)).intoArray(c, r2);
        c21.fma(av, FloatVector.fromArray(S, c, r2 + L).mul(beta)).intoArray(c, r2 + L);
        c30.fma(av, FloatVector.fromArray(S, c, r3).mul(beta)).intoArray(c, r3);
        c31.fma(av, FloatVector.fromArray(S, c, r3 + L).mul(beta)).intoArray(c, r3 + L);
    }
}
