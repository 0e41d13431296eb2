package org.chagres.kernels.scalar;

import org.chagres.kernels.Diag;
import org.chagres.kernels.Level3;
import org.chagres.kernels.Side;
import org.chagres.kernels.Transpose;
import org.chagres.kernels.Uplo;

/**
 * The reference Level 3: one plain loop nest per operation, each sum taken left to right in the
 * operands' own precision (float sums in float). It is the oracle of the contract tests and the
 * fallback backend; it is deliberately not optimised.
 */
public class ScalarLevel3 extends Level3 {

    /** Creates the reference Level 3. */
    public ScalarLevel3() {
    }

    @Override
    protected void gemmUnchecked(Transpose tA, Transpose tB, int m, int n, int k, double alpha,
            double[] a, int aOff, int lda, double[] b, int bOff, int ldb, double beta,
            double[] c, int cOff, int ldc) {
        boolean ta = tA == Transpose.YES;
        boolean tb = tB == Transpose.YES;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0.0;
                for (int l = 0; l < k; l++) {
                    s += a[ta ? aOff + l * lda + i : aOff + i * lda + l]
                            * b[tb ? bOff + j * ldb + l : bOff + l * ldb + j];
                }
                int ci = cOff + i * ldc + j;
                c[ci] = beta == 0.0 ? alpha * s : alpha * s + beta * c[ci];
            }
        }
    }

    @Override
    protected void gemmUnchecked(Transpose tA, Transpose tB, int m, int n, int k, float alpha,
            float[] a, int aOff, int lda, float[] b, int bOff, int ldb, float beta,
            float[] c, int cOff, int ldc) {
        boolean ta = tA == Transpose.YES;
        boolean tb = tB == Transpose.YES;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                float s = 0.0f;
                for (int l = 0; l < k; l++) {
                    s += a[ta ? aOff + l * lda + i : aOff + i * lda + l]
                            * b[tb ? bOff + j * ldb + l : bOff + l * ldb + j];
                }
                int ci = cOff + i * ldc + j;
                c[ci] = beta == 0.0f ? alpha * s : alpha * s + beta * c[ci];
            }
        }
    }

    @Override
    protected void syrkUnchecked(Uplo uplo, Transpose t, int n, int k, double alpha,
            double[] a, int aOff, int lda, double beta, double[] c, int cOff, int ldc) {
        boolean tr = t == Transpose.YES;
        for (int i = 0; i < n; i++) {
            int from = uplo == Uplo.UPPER ? i : 0;
            int to = uplo == Uplo.UPPER ? n : i + 1;
            for (int j = from; j < to; j++) {
                double s = 0.0;
                for (int l = 0; l < k; l++) {
                    s += a[tr ? aOff + l * lda + i : aOff + i * lda + l]
                            * a[tr ? aOff + l * lda + j : aOff + j * lda + l];
                }
                int ci = cOff + i * ldc + j;
                c[ci] = beta == 0.0 ? alpha * s : alpha * s + beta * c[ci];
            }
        }
    }

    @Override
    protected void syrkUnchecked(Uplo uplo, Transpose t, int n, int k, float alpha,
            float[] a, int aOff, int lda, float beta, float[] c, int cOff, int ldc) {
        boolean tr = t == Transpose.YES;
        for (int i = 0; i < n; i++) {
            int from = uplo == Uplo.UPPER ? i : 0;
            int to = uplo == Uplo.UPPER ? n : i + 1;
            for (int j = from; j < to; j++) {
                float s = 0.0f;
                for (int l = 0; l < k; l++) {
                    s += a[tr ? aOff + l * lda + i : aOff + i * lda + l]
                            * a[tr ? aOff + l * lda + j : aOff + j * lda + l];
                }
                int ci = cOff + i * ldc + j;
                c[ci] = beta == 0.0f ? alpha * s : alpha * s + beta * c[ci];
            }
        }
    }

    @Override
    protected void trsmUnchecked(Side side, Uplo uplo, Transpose t, Diag diag, int m, int n,
            double alpha, double[] a, int aOff, int lda, double[] b, int bOff, int ldb) {
        Tri op = new Tri(uplo, t, diag, aOff, lda);
        if (side == Side.LEFT) {
            // op(A)·X = αB, one column of B at a time, by substitution down or up the rows
            for (int j = 0; j < n; j++) {
                for (int r = 0; r < m; r++) {
                    int i = op.upper ? m - 1 - r : r;
                    double s = alpha * b[bOff + i * ldb + j];
                    int lFrom = op.upper ? i + 1 : 0;
                    int lTo = op.upper ? m : i;
                    for (int l = lFrom; l < lTo; l++) {
                        s -= op.get(a, i, l) * b[bOff + l * ldb + j];
                    }
                    b[bOff + i * ldb + j] = op.unit ? s : s / op.get(a, i, i);
                }
            }
        } else {
            // X·op(A) = αB, one row of B at a time, by substitution along the columns
            for (int i = 0; i < m; i++) {
                int row = bOff + i * ldb;
                for (int r = 0; r < n; r++) {
                    int j = op.upper ? r : n - 1 - r;
                    double s = alpha * b[row + j];
                    int lFrom = op.upper ? 0 : j + 1;
                    int lTo = op.upper ? j : n;
                    for (int l = lFrom; l < lTo; l++) {
                        s -= b[row + l] * op.get(a, l, j);
                    }
                    b[row + j] = op.unit ? s : s / op.get(a, j, j);
                }
            }
        }
    }

    @Override
    protected void trsmUnchecked(Side side, Uplo uplo, Transpose t, Diag diag, int m, int n,
            float alpha, float[] a, int aOff, int lda, float[] b, int bOff, int ldb) {
        Tri op = new Tri(uplo, t, diag, aOff, lda);
        if (side == Side.LEFT) {
            for (int j = 0; j < n; j++) {
                for (int r = 0; r < m; r++) {
                    int i = op.upper ? m - 1 - r : r;
                    float s = alpha * b[bOff + i * ldb + j];
                    int lFrom = op.upper ? i + 1 : 0;
                    int lTo = op.upper ? m : i;
                    for (int l = lFrom; l < lTo; l++) {
                        s -= op.get(a, i, l) * b[bOff + l * ldb + j];
                    }
                    b[bOff + i * ldb + j] = op.unit ? s : s / op.get(a, i, i);
                }
            }
        } else {
            for (int i = 0; i < m; i++) {
                int row = bOff + i * ldb;
                for (int r = 0; r < n; r++) {
                    int j = op.upper ? r : n - 1 - r;
                    float s = alpha * b[row + j];
                    int lFrom = op.upper ? 0 : j + 1;
                    int lTo = op.upper ? j : n;
                    for (int l = lFrom; l < lTo; l++) {
                        s -= b[row + l] * op.get(a, l, j);
                    }
                    b[row + j] = op.unit ? s : s / op.get(a, j, j);
                }
            }
        }
    }

    @Override
    protected void trmmUnchecked(Side side, Uplo uplo, Transpose t, Diag diag, int m, int n,
            double alpha, double[] a, int aOff, int lda, double[] b, int bOff, int ldb) {
        Tri op = new Tri(uplo, t, diag, aOff, lda);
        if (side == Side.LEFT) {
            // row i of op(A)·B needs rows l >= i (upper) or l <= i (lower) of B: walk rows in
            // the order that reads each of them before it is overwritten
            for (int j = 0; j < n; j++) {
                for (int r = 0; r < m; r++) {
                    int i = op.upper ? r : m - 1 - r;
                    int lFrom = op.upper ? i : 0;
                    int lTo = op.upper ? m : i + 1;
                    double s = 0.0;
                    for (int l = lFrom; l < lTo; l++) {
                        s += op.get(a, i, l) * b[bOff + l * ldb + j];
                    }
                    b[bOff + i * ldb + j] = alpha * s;
                }
            }
        } else {
            for (int i = 0; i < m; i++) {
                int row = bOff + i * ldb;
                for (int r = 0; r < n; r++) {
                    int j = op.upper ? n - 1 - r : r;
                    int lFrom = op.upper ? 0 : j;
                    int lTo = op.upper ? j + 1 : n;
                    double s = 0.0;
                    for (int l = lFrom; l < lTo; l++) {
                        s += b[row + l] * op.get(a, l, j);
                    }
                    b[row + j] = alpha * s;
                }
            }
        }
    }

    @Override
    protected void trmmUnchecked(Side side, Uplo uplo, Transpose t, Diag diag, int m, int n,
            float alpha, float[] a, int aOff, int lda, float[] b, int bOff, int ldb) {
        Tri op = new Tri(uplo, t, diag, aOff, lda);
        if (side == Side.LEFT) {
            for (int j = 0; j < n; j++) {
                for (int r = 0; r < m; r++) {
                    int i = op.upper ? r : m - 1 - r;
                    int lFrom = op.upper ? i : 0;
                    int lTo = op.upper ? m : i + 1;
                    float s = 0.0f;
                    for (int l = lFrom; l < lTo; l++) {
                        s += op.get(a, i, l) * b[bOff + l * ldb + j];
                    }
                    b[bOff + i * ldb + j] = alpha * s;
                }
            }
        } else {
            for (int i = 0; i < m; i++) {
                int row = bOff + i * ldb;
                for (int r = 0; r < n; r++) {
                    int j = op.upper ? n - 1 - r : r;
                    int lFrom = op.upper ? 0 : j;
                    int lTo = op.upper ? j + 1 : n;
                    float s = 0.0f;
                    for (int l = lFrom; l < lTo; l++) {
                        s += b[row + l] * op.get(a, l, j);
                    }
                    b[row + j] = alpha * s;
                }
            }
        }
    }

    /**
     * Element access to op(A) for a triangular A: {@code upper} tells whether op(A) is upper
     * triangular; a unit diagonal reads as 1 without touching the array.
     */
    private static final class Tri {
        final boolean upper;
        final boolean unit;
        final boolean trans;
        final int off;
        final int ld;

        Tri(Uplo uplo, Transpose t, Diag diag, int off, int ld) {
            this.trans = t == Transpose.YES;
            this.upper = (uplo == Uplo.UPPER) != trans;
            this.unit = diag == Diag.UNIT;
            this.off = off;
            this.ld = ld;
        }

        /** op(A)[i][j], called only inside op(A)'s triangle. */
        double get(double[] a, int i, int j) {
            if (i == j && unit) {
                return 1.0;
            }
            return trans ? a[off + j * ld + i] : a[off + i * ld + j];
        }

        float get(float[] a, int i, int j) {
            if (i == j && unit) {
                return 1.0f;
            }
            return trans ? a[off + j * ld + i] : a[off + i * ld + j];
        }
    }
}
