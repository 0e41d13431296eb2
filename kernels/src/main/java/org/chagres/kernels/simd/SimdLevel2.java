package org.chagres.kernels.simd;

import org.chagres.kernels.Diag;
import org.chagres.kernels.Level2;
import org.chagres.kernels.Transpose;
import org.chagres.kernels.Uplo;

/**
 * Vector API Level 2 with the species of {@link SimdSpecies}. Reference: {@link
 * org.chagres.kernels.scalar.ScalarLevel2}; allowed differences: the order of summation and the
 * rounding fused multiply-adds save. gemv is in {@link SimdGemv}; ger adds one scaled y per
 * row of A (an axpy); symv makes one pass per stored row that both dots the row with x and
 * adds it into y (the reference BLAS dsymv order); trmv and trsv run the reference's row
 * order with vector dots ({@code op(A) = A}) or vector axpys ({@code op(A) = Aᵀ}) of the
 * stored row segments.
 */
public class SimdLevel2 extends Level2 {

    /** Creates the simd Level 2 (stateless). */
    public SimdLevel2() {
    }

    @Override
    protected void gemvUnchecked(Transpose t, int m, int n, double alpha, double[] a, int aOff,
            int lda, double[] x, int xOff, double beta, double[] y, int yOff) {
        if (t == Transpose.NO) {
            SimdGemv.gemvN(m, n, alpha, a, aOff, lda, x, xOff, beta, y, yOff);
        } else {
            SimdGemv.gemvT(m, n, alpha, a, aOff, lda, x, xOff, beta, y, yOff);
        }
    }

    @Override
    protected void gemvUnchecked(Transpose t, int m, int n, float alpha, float[] a, int aOff,
            int lda, float[] x, int xOff, float beta, float[] y, int yOff) {
        if (t == Transpose.NO) {
            SimdGemv.gemvN(m, n, alpha, a, aOff, lda, x, xOff, beta, y, yOff);
        } else {
            SimdGemv.gemvT(m, n, alpha, a, aOff, lda, x, xOff, beta, y, yOff);
        }
    }

    @Override
    protected void gerUnchecked(int m, int n, double alpha, double[] x, int xOff, double[] y,
            int yOff, double[] a, int aOff, int lda) {
        for (int i = 0; i < m; i++) {
            SimdAxpy.axpy(n, alpha * x[xOff + i], y, yOff, a, aOff + i * lda);
        }
    }

    @Override
    protected void gerUnchecked(int m, int n, float alpha, float[] x, int xOff, float[] y,
            int yOff, float[] a, int aOff, int lda) {
        for (int i = 0; i < m; i++) {
            SimdAxpy.axpy(n, alpha * x[xOff + i], y, yOff, a, aOff + i * lda);
        }
    }

    /**
     * Row i of the stored triangle holds A[i][i] and the segment {@code (i, n)} (upper) or
     * {@code [0, i)} (lower); by symmetry the segment is also column i, so one pass adds
     * {@code α·x[i]·segment} into y and dots the segment with x for y[i].
     */
    @Override
    protected void symvUnchecked(Uplo uplo, int n, double alpha, double[] a, int aOff, int lda,
            double[] x, int xOff, double beta, double[] y, int yOff) {
        SimdGemv.scaleY(n, beta, y, yOff);
        boolean upper = uplo == Uplo.UPPER;
        for (int i = 0; i < n; i++) {
            int row = aOff + i * lda;
            int lo = upper ? i + 1 : 0;
            int len = upper ? n - i - 1 : i;
            double c = alpha * x[xOff + i];
            double t = SimdGemv.dotAxpy(len, a, row + lo, x, xOff + lo, c, y, yOff + lo);
            y[yOff + i] += Math.fma(c, a[row + i], alpha * t);
        }
    }

    @Override
    protected void symvUnchecked(Uplo uplo, int n, float alpha, float[] a, int aOff, int lda,
            float[] x, int xOff, float beta, float[] y, int yOff) {
        SimdGemv.scaleY(n, beta, y, yOff);
        boolean upper = uplo == Uplo.UPPER;
        for (int i = 0; i < n; i++) {
            int row = aOff + i * lda;
            int lo = upper ? i + 1 : 0;
            int len = upper ? n - i - 1 : i;
            float c = alpha * x[xOff + i];
            float t = SimdGemv.dotAxpy(len, a, row + lo, x, xOff + lo, c, y, yOff + lo);
            y[yOff + i] += Math.fma(c, a[row + i], alpha * t);
        }
    }

    @Override
    protected void trsvUnchecked(Uplo uplo, Transpose t, Diag diag, int n, double[] a, int aOff,
            int lda, double[] x, int xOff) {
        boolean unit = diag == Diag.UNIT;
        boolean lower = uplo == Uplo.LOWER;
        boolean forward = lower == (t == Transpose.NO);
        for (int k = 0; k < n; k++) {
            int i = forward ? k : n - 1 - k;
            int row = aOff + i * lda;
            int lo = lower ? 0 : i + 1;
            int len = lower ? i : n - i - 1;
            if (t == Transpose.NO) {
                double s = x[xOff + i] - SimdDot.dot(len, a, row + lo, x, xOff + lo);
                x[xOff + i] = unit ? s : s / a[row + i];
            } else {
                double xi = unit ? x[xOff + i] : x[xOff + i] / a[row + i];
                x[xOff + i] = xi;
                SimdAxpy.axpy(len, -xi, a, row + lo, x, xOff + lo);
            }
        }
    }

    @Override
    protected void trsvUnchecked(Uplo uplo, Transpose t, Diag diag, int n, float[] a, int aOff,
            int lda, float[] x, int xOff) {
        boolean unit = diag == Diag.UNIT;
        boolean lower = uplo == Uplo.LOWER;
        boolean forward = lower == (t == Transpose.NO);
        for (int k = 0; k < n; k++) {
            int i = forward ? k : n - 1 - k;
            int row = aOff + i * lda;
            int lo = lower ? 0 : i + 1;
            int len = lower ? i : n - i - 1;
            if (t == Transpose.NO) {
                float s = x[xOff + i] - SimdDot.dot(len, a, row + lo, x, xOff + lo);
                x[xOff + i] = unit ? s : s / a[row + i];
            } else {
                float xi = unit ? x[xOff + i] : x[xOff + i] / a[row + i];
                x[xOff + i] = xi;
                SimdAxpy.axpy(len, -xi, a, row + lo, x, xOff + lo);
            }
        }
    }

    @Override
    protected void trmvUnchecked(Uplo uplo, Transpose t, Diag diag, int n, double[] a, int aOff,
            int lda, double[] x, int xOff) {
        boolean unit = diag == Diag.UNIT;
        boolean lower = uplo == Uplo.LOWER;
        boolean forward = !lower == (t == Transpose.NO);
        for (int k = 0; k < n; k++) {
            int i = forward ? k : n - 1 - k;
            int row = aOff + i * lda;
            int lo = lower ? 0 : i + 1;
            int len = lower ? i : n - i - 1;
            double xi = x[xOff + i];
            if (t == Transpose.NO) {
                double d = unit ? xi : a[row + i] * xi;
                x[xOff + i] = d + SimdDot.dot(len, a, row + lo, x, xOff + lo);
            } else {
                SimdAxpy.axpy(len, xi, a, row + lo, x, xOff + lo);
                x[xOff + i] = unit ? xi : a[row + i] * xi;
            }
        }
    }

    @Override
    protected void trmvUnchecked(Uplo uplo, Transpose t, Diag diag, int n, float[] a, int aOff,
            int lda, float[] x, int xOff) {
        boolean unit = diag == Diag.UNIT;
        boolean lower = uplo == Uplo.LOWER;
        boolean forward = !lower == (t == Transpose.NO);
        for (int k = 0; k < n; k++) {
            int i = forward ? k : n - 1 - k;
            int row = aOff + i * lda;
            int lo = lower ? 0 : i + 1;
            int len = lower ? i : n - i - 1;
            float xi = x[xOff + i];
            if (t == Transpose.NO) {
                float d = unit ? xi : a[row + i] * xi;
                x[xOff + i] = d + SimdDot.dot(len, a, row + lo, x, xOff + lo);
            } else {
                SimdAxpy.axpy(len, xi, a, row + lo, x, xOff + lo);
                x[xOff + i] = unit ? xi : a[row + i] * xi;
            }
        }
    }
}
