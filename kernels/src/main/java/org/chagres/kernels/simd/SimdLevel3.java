package org.chagres.kernels.simd;

import org.chagres.kernels.Transpose;
import org.chagres.kernels.scalar.ScalarLevel3;

/**
 * The Vector API Level 3. gemm is {@link SimdDgemm}/{@link SimdSgemm}; the other operations
 * still compute with the reference loops they inherit.
 */
public class SimdLevel3 extends ScalarLevel3 {

    /** Creates the simd Level 3. */
    public SimdLevel3() {
    }

    @Override
    protected void gemmUnchecked(Transpose tA, Transpose tB, int m, int n, int k, double alpha,
            double[] a, int aOff, int lda, double[] b, int bOff, int ldb, double beta,
            double[] c, int cOff, int ldc) {
        SimdDgemm.gemm(tA, tB, m, n, k, alpha, a, aOff, lda, b, bOff, ldb, beta, c, cOff, ldc);
    }

    @Override
    protected void gemmUnchecked(Transpose tA, Transpose tB, int m, int n, int k, float alpha,
            float[] a, int aOff, int lda, float[] b, int bOff, int ldb, float beta,
            float[] c, int cOff, int ldc) {
        SimdSgemm.gemm(tA, tB, m, n, k, alpha, a, aOff, lda, b, bOff, ldb, beta, c, cOff, ldc);
    }
}
