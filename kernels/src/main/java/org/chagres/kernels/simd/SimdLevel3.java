package org.chagres.kernels.simd;

import org.chagres.kernels.Diag;
import org.chagres.kernels.Level3;
import org.chagres.kernels.Side;
import org.chagres.kernels.Transpose;
import org.chagres.kernels.Uplo;

/**
 * The Vector API Level 3: gemm is {@link SimdDgemm}/{@link SimdSgemm} (packed, cache-blocked,
 * register-blocked, multi-threaded over {@link org.chagres.kernels.KernelThreads}); trsm, trmm
 * and syrk are {@link SimdDtriangular}/{@link SimdStriangular}, recursive blockings whose bulk
 * is gemm. The reference is {@link org.chagres.kernels.scalar.ScalarLevel3}; results differ
 * from it only in summation order.
 */
public class SimdLevel3 extends Level3 {

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

    @Override
    protected void syrkUnchecked(Uplo uplo, Transpose t, int n, int k, double alpha,
            double[] a, int aOff, int lda, double beta, double[] c, int cOff, int ldc) {
        SimdDtriangular.syrk(uplo == Uplo.UPPER, t, 0, n, k, alpha, a, aOff, lda, beta, c, cOff,
                ldc);
    }

    @Override
    protected void syrkUnchecked(Uplo uplo, Transpose t, int n, int k, float alpha,
            float[] a, int aOff, int lda, float beta, float[] c, int cOff, int ldc) {
        SimdStriangular.syrk(uplo == Uplo.UPPER, t, 0, n, k, alpha, a, aOff, lda, beta, c, cOff,
                ldc);
    }

    @Override
    protected void trsmUnchecked(Side side, Uplo uplo, Transpose t, Diag diag, int m, int n,
            double alpha, double[] a, int aOff, int lda, double[] b, int bOff, int ldb) {
        SimdDtriangular.Tri tr = new SimdDtriangular.Tri(upper(uplo, t), diag == Diag.UNIT, t,
                a, aOff, lda);
        if (side == Side.LEFT) {
            SimdDtriangular.trsmLeft(tr, 0, m, n, alpha, b, bOff, ldb);
        } else {
            SimdDtriangular.trsmRight(tr, 0, n, m, alpha, b, bOff, ldb);
        }
    }

    @Override
    protected void trsmUnchecked(Side side, Uplo uplo, Transpose t, Diag diag, int m, int n,
            float alpha, float[] a, int aOff, int lda, float[] b, int bOff, int ldb) {
        SimdStriangular.Tri tr = new SimdStriangular.Tri(upper(uplo, t), diag == Diag.UNIT, t,
                a, aOff, lda);
        if (side == Side.LEFT) {
            SimdStriangular.trsmLeft(tr, 0, m, n, alpha, b, bOff, ldb);
        } else {
            SimdStriangular.trsmRight(tr, 0, n, m, alpha, b, bOff, ldb);
        }
    }

    @Override
    protected void trmmUnchecked(Side side, Uplo uplo, Transpose t, Diag diag, int m, int n,
            double alpha, double[] a, int aOff, int lda, double[] b, int bOff, int ldb) {
        SimdDtriangular.Tri tr = new SimdDtriangular.Tri(upper(uplo, t), diag == Diag.UNIT, t,
                a, aOff, lda);
        if (side == Side.LEFT) {
            SimdDtriangular.trmmLeft(tr, 0, m, n, alpha, b, bOff, ldb);
        } else {
            SimdDtriangular.trmmRight(tr, 0, n, m, alpha, b, bOff, ldb);
        }
    }

    @Override
    protected void trmmUnchecked(Side side, Uplo uplo, Transpose t, Diag diag, int m, int n,
            float alpha, float[] a, int aOff, int lda, float[] b, int bOff, int ldb) {
        SimdStriangular.Tri tr = new SimdStriangular.Tri(upper(uplo, t), diag == Diag.UNIT, t,
                a, aOff, lda);
        if (side == Side.LEFT) {
            SimdStriangular.trmmLeft(tr, 0, m, n, alpha, b, bOff, ldb);
        } else {
            SimdStriangular.trmmRight(tr, 0, n, m, alpha, b, bOff, ldb);
        }
    }

    /** Whether op(A) is upper triangular: A's triangle, flipped by a transpose. */
    private static boolean upper(Uplo uplo, Transpose t) {
        return (uplo == Uplo.UPPER) != (t == Transpose.YES);
    }
}
