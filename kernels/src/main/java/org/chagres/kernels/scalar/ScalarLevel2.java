package org.chagres.kernels.scalar;

import org.chagres.kernels.Diag;
import org.chagres.kernels.Level2;
import org.chagres.kernels.Transpose;
import org.chagres.kernels.Uplo;

/**
 * The reference Level 2: plain loops over the row-major storage, sums left to right, no fused
 * multiply-add. Row-wise forms: {@code A·x} and the solves with {@code op(A) = A} are dots
 * of rows; {@code Aᵀ·x} and the solves with {@code op(A) = Aᵀ} are axpys of rows. It is the test
 * oracle and the fallback; keep it obvious rather than fast.
 */
public class ScalarLevel2 extends Level2 {

    /** Creates the reference Level 2 (stateless). */
    public ScalarLevel2() {
    }

    @Override
    protected void gemvUnchecked(Transpose t, int m, int n, double alpha, double[] a, int aOff,
            int lda, double[] x, int xOff, double beta, double[] y, int yOff) {
        if (t == Transpose.NO) {
            for (int i = 0; i < m; i++) {
                double sum = 0.0;
                int row = aOff + i * lda;
                for (int j = 0; j < n; j++) {
                    sum += a[row + j] * x[xOff + j];
                }
                y[yOff + i] = beta == 0.0 ? alpha * sum : alpha * sum + beta * y[yOff + i];
            }
            return;
        }
        for (int j = 0; j < n; j++) {
            y[yOff + j] = beta == 0.0 ? 0.0 : beta * y[yOff + j];
        }
        for (int i = 0; i < m; i++) {
            double ax = alpha * x[xOff + i];
            int row = aOff + i * lda;
            for (int j = 0; j < n; j++) {
                y[yOff + j] += ax * a[row + j];
            }
        }
    }

    @Override
    protected void gemvUnchecked(Transpose t, int m, int n, float alpha, float[] a, int aOff,
            int lda, float[] x, int xOff, float beta, float[] y, int yOff) {
        if (t == Transpose.NO) {
            for (int i = 0; i < m; i++) {
                float sum = 0f;
                int row = aOff + i * lda;
                for (int j = 0; j < n; j++) {
                    sum += a[row + j] * x[xOff + j];
                }
                y[yOff + i] = beta == 0f ? alpha * sum : alpha * sum + beta * y[yOff + i];
            }
            return;
        }
        for (int j = 0; j < n; j++) {
            y[yOff + j] = beta == 0f ? 0f : beta * y[yOff + j];
        }
        for (int i = 0; i < m; i++) {
            float ax = alpha * x[xOff + i];
            int row = aOff + i * lda;
            for (int j = 0; j < n; j++) {
                y[yOff + j] += ax * a[row + j];
            }
        }
    }

    @Override
    protected void gerUnchecked(int m, int n, double alpha, double[] x, int xOff, double[] y,
            int yOff, double[] a, int aOff, int lda) {
        for (int i = 0; i < m; i++) {
            double ax = alpha * x[xOff + i];
            int row = aOff + i * lda;
            for (int j = 0; j < n; j++) {
                a[row + j] += ax * y[yOff + j];
            }
        }
    }

    @Override
    protected void gerUnchecked(int m, int n, float alpha, float[] x, int xOff, float[] y,
            int yOff, float[] a, int aOff, int lda) {
        for (int i = 0; i < m; i++) {
            float ax = alpha * x[xOff + i];
            int row = aOff + i * lda;
            for (int j = 0; j < n; j++) {
                a[row + j] += ax * y[yOff + j];
            }
        }
    }

    /** {@code (A·x)[i] = Σ_j A[min(i,j)][max(i,j)]·x[j]} (upper) or with min/max swapped. */
    @Override
    protected void symvUnchecked(Uplo uplo, int n, double alpha, double[] a, int aOff, int lda,
            double[] x, int xOff, double beta, double[] y, int yOff) {
        boolean upper = uplo == Uplo.UPPER;
        for (int i = 0; i < n; i++) {
            double sum = 0.0;
            for (int j = 0; j < n; j++) {
                int r = upper == (i <= j) ? i : j;
                int c = r == i ? j : i;
                sum += a[aOff + r * lda + c] * x[xOff + j];
            }
            y[yOff + i] = beta == 0.0 ? alpha * sum : alpha * sum + beta * y[yOff + i];
        }
    }

    @Override
    protected void symvUnchecked(Uplo uplo, int n, float alpha, float[] a, int aOff, int lda,
            float[] x, int xOff, float beta, float[] y, int yOff) {
        boolean upper = uplo == Uplo.UPPER;
        for (int i = 0; i < n; i++) {
            float sum = 0f;
            for (int j = 0; j < n; j++) {
                int r = upper == (i <= j) ? i : j;
                int c = r == i ? j : i;
                sum += a[aOff + r * lda + c] * x[xOff + j];
            }
            y[yOff + i] = beta == 0f ? alpha * sum : alpha * sum + beta * y[yOff + i];
        }
    }

    /**
     * {@code op(A) = A}: substitution by rows, {@code x[i] = (x[i] − Σ A[i][j]·x[j]) / A[i][i]}
     * over the solved j. {@code op(A) = Aᵀ}: column substitution; once x[i] is solved, row i of
     * A times x[i] is subtracted from the unsolved part of x.
     */
    @Override
    protected void trsvUnchecked(Uplo uplo, Transpose t, Diag diag, int n, double[] a, int aOff,
            int lda, double[] x, int xOff) {
        boolean unit = diag == Diag.UNIT;
        boolean forward = (uplo == Uplo.LOWER) == (t == Transpose.NO);
        for (int k = 0; k < n; k++) {
            int i = forward ? k : n - 1 - k;
            int row = aOff + i * lda;
            int lo = uplo == Uplo.LOWER ? 0 : i + 1;
            int hi = uplo == Uplo.LOWER ? i : n;
            if (t == Transpose.NO) {
                double sum = x[xOff + i];
                for (int j = lo; j < hi; j++) {
                    sum -= a[row + j] * x[xOff + j];
                }
                x[xOff + i] = unit ? sum : sum / a[row + i];
            } else {
                double xi = unit ? x[xOff + i] : x[xOff + i] / a[row + i];
                x[xOff + i] = xi;
                for (int j = lo; j < hi; j++) {
                    x[xOff + j] -= xi * a[row + j];
                }
            }
        }
    }

    @Override
    protected void trsvUnchecked(Uplo uplo, Transpose t, Diag diag, int n, float[] a, int aOff,
            int lda, float[] x, int xOff) {
        boolean unit = diag == Diag.UNIT;
        boolean forward = (uplo == Uplo.LOWER) == (t == Transpose.NO);
        for (int k = 0; k < n; k++) {
            int i = forward ? k : n - 1 - k;
            int row = aOff + i * lda;
            int lo = uplo == Uplo.LOWER ? 0 : i + 1;
            int hi = uplo == Uplo.LOWER ? i : n;
            if (t == Transpose.NO) {
                float sum = x[xOff + i];
                for (int j = lo; j < hi; j++) {
                    sum -= a[row + j] * x[xOff + j];
                }
                x[xOff + i] = unit ? sum : sum / a[row + i];
            } else {
                float xi = unit ? x[xOff + i] : x[xOff + i] / a[row + i];
                x[xOff + i] = xi;
                for (int j = lo; j < hi; j++) {
                    x[xOff + j] -= xi * a[row + j];
                }
            }
        }
    }

    /**
     * {@code op(A) = A}: {@code x[i] = Σ_j A[i][j]·x[j]} over the triangle, rows taken in the
     * order that reads only not yet overwritten x. {@code op(A) = Aᵀ}: row i of A times the old
     * x[i] is added into the part of x already final, in the order that keeps old values.
     */
    @Override
    protected void trmvUnchecked(Uplo uplo, Transpose t, Diag diag, int n, double[] a, int aOff,
            int lda, double[] x, int xOff) {
        boolean unit = diag == Diag.UNIT;
        boolean forward = (uplo == Uplo.UPPER) == (t == Transpose.NO);
        for (int k = 0; k < n; k++) {
            int i = forward ? k : n - 1 - k;
            int row = aOff + i * lda;
            int lo = uplo == Uplo.LOWER ? 0 : i + 1;
            int hi = uplo == Uplo.LOWER ? i : n;
            if (t == Transpose.NO) {
                double sum = unit ? x[xOff + i] : a[row + i] * x[xOff + i];
                for (int j = lo; j < hi; j++) {
                    sum += a[row + j] * x[xOff + j];
                }
                x[xOff + i] = sum;
            } else {
                double xi = x[xOff + i];
                for (int j = lo; j < hi; j++) {
                    x[xOff + j] += xi * a[row + j];
                }
                x[xOff + i] = unit ? xi : a[row + i] * xi;
            }
        }
    }

    @Override
    protected void trmvUnchecked(Uplo uplo, Transpose t, Diag diag, int n, float[] a, int aOff,
            int lda, float[] x, int xOff) {
        boolean unit = diag == Diag.UNIT;
        boolean forward = (uplo == Uplo.UPPER) == (t == Transpose.NO);
        for (int k = 0; k < n; k++) {
            int i = forward ? k : n - 1 - k;
            int row = aOff + i * lda;
            int lo = uplo == Uplo.LOWER ? 0 : i + 1;
            int hi = uplo == Uplo.LOWER ? i : n;
            if (t == Transpose.NO) {
                float sum = unit ? x[xOff + i] : a[row + i] * x[xOff + i];
                for (int j = lo; j < hi; j++) {
                    sum += a[row + j] * x[xOff + j];
                }
                x[xOff + i] = sum;
            } else {
                float xi = x[xOff + i];
                for (int j = lo; j < hi; j++) {
                    x[xOff + j] += xi * a[row + j];
                }
                x[xOff + i] = unit ? xi : a[row + i] * xi;
            }
        }
    }
}
