package org.chagres.kernels;

/**
 * BLAS level 2: matrix–vector operations on row-major matrices stored in {@code double[]} or
 * {@code float[]} with an offset and a leading dimension: element {@code A[i][j]} is
 * {@code a[aOff + i·lda + j]}, {@code lda >= max(1, cols)}. Vectors are unit-stride slices.
 *
 * <p>Arguments are checked here, once, before anything is read or written; a call that
 * throws modifies nothing. Messages follow {@code "<op>: <what is wrong>, got <values>"}:
 * {@link IllegalArgumentException} for negative dimensions or a too small leading dimension,
 * {@link IndexOutOfBoundsException} for a negative offset or a matrix or slice past the end of
 * its array, {@link NullPointerException} for a null array or enum.
 *
 * <p>Rules for α and β (the reference BLAS rules, made exact in the inner-dimension-zero
 * case, where the reference returns without scaling y):
 * <ul>
 *   <li>{@code β == 0}: y is overwritten and never read, so NaN or ±Inf in y do not survive;
 *   <li>{@code α == 0} or an inner dimension of 0: A and x are not read and y becomes
 *       {@code β·y} (unchanged when {@code β == 1}, zeros when {@code β == 0});
 *   <li>{@link #ger}: {@code α == 0} leaves A unchanged without reading x or y;
 *   <li>otherwise NaN and ±Inf flow through IEEE arithmetic; no element is skipped because a
 *       factor is zero (the reference BLAS skips zero {@code x[j]} in some loops; we do not).
 * </ul>
 * Backends differ from the scalar reference only in the order of summation and in fused
 * multiply-adds. Vectors must not overlap the matrix or each other.
 *
 * <p>Backends implement the protected {@code …Unchecked} methods; they are called with checked
 * arguments, all dimensions {@code > 0} and, for gemv and symv, {@code α != 0}.
 */
public abstract class Level2 {

    /** For subclasses: backends. */
    protected Level2() {
    }

    // ---------------------------------------------------------------- gemv

    /**
     * Computes {@code y = α·op(A)·x + β·y} with A {@code m × n} and {@code op(A) = A} (x has n
     * elements, y has m) or {@code op(A) = Aᵀ} (x has m elements, y has n). See the class
     * comment for α, β and special values.
     *
     * @param a not modified
     * @param x not modified
     * @param y overwritten with {@code α·op(A)·x + β·y}
     */
    public final void gemv(Transpose t, int m, int n, double alpha, double[] a, int aOff, int lda,
            double[] x, int xOff, double beta, double[] y, int yOff) {
        Check.notNull("gemv", "t", t);
        int lenX = t == Transpose.NO ? n : m;
        int lenY = t == Transpose.NO ? m : n;
        Check.matrix("gemv", "A", a, aOff, m, n, lda);
        Check.slice("gemv", "x", x, xOff, lenX);
        Check.slice("gemv", "y", y, yOff, lenY);
        if (lenY == 0) {
            return;
        }
        if (alpha == 0.0 || lenX == 0) {
            scaleY(lenY, beta, y, yOff);
        } else {
            gemvUnchecked(t, m, n, alpha, a, aOff, lda, x, xOff, beta, y, yOff);
        }
    }

    /** Float {@link #gemv(Transpose, int, int, double, double[], int, int, double[], int,
     * double, double[], int)}: {@code y = α·op(A)·x + β·y}; a and x not modified. */
    public final void gemv(Transpose t, int m, int n, float alpha, float[] a, int aOff, int lda,
            float[] x, int xOff, float beta, float[] y, int yOff) {
        Check.notNull("gemv", "t", t);
        int lenX = t == Transpose.NO ? n : m;
        int lenY = t == Transpose.NO ? m : n;
        Check.matrix("gemv", "A", a, aOff, m, n, lda);
        Check.slice("gemv", "x", x, xOff, lenX);
        Check.slice("gemv", "y", y, yOff, lenY);
        if (lenY == 0) {
            return;
        }
        if (alpha == 0f || lenX == 0) {
            scaleY(lenY, beta, y, yOff);
        } else {
            gemvUnchecked(t, m, n, alpha, a, aOff, lda, x, xOff, beta, y, yOff);
        }
    }

    // ---------------------------------------------------------------- ger

    /**
     * Computes {@code A[i][j] = A[i][j] + (α·x[i])·y[j]} for the {@code m × n} matrix A, x of m
     * and y of n elements. {@code α == 0} or an empty A: A unchanged, x and y not read.
     *
     * @param x not modified
     * @param y not modified
     * @param a overwritten with {@code A + α·x·yᵀ}; elements between rows (ld > n) untouched
     */
    public final void ger(int m, int n, double alpha, double[] x, int xOff, double[] y, int yOff,
            double[] a, int aOff, int lda) {
        Check.slice("ger", "x", x, xOff, m);
        Check.slice("ger", "y", y, yOff, n);
        Check.matrix("ger", "A", a, aOff, m, n, lda);
        if (m > 0 && n > 0 && alpha != 0.0) {
            gerUnchecked(m, n, alpha, x, xOff, y, yOff, a, aOff, lda);
        }
    }

    /**
     * Float {@link #ger(int, int, double, double[], int, double[], int, double[], int, int)}:
     * x and y not modified, A overwritten with {@code A + α·x·yᵀ}.
     */
    public final void ger(int m, int n, float alpha, float[] x, int xOff, float[] y, int yOff,
            float[] a, int aOff, int lda) {
        Check.slice("ger", "x", x, xOff, m);
        Check.slice("ger", "y", y, yOff, n);
        Check.matrix("ger", "A", a, aOff, m, n, lda);
        if (m > 0 && n > 0 && alpha != 0f) {
            gerUnchecked(m, n, alpha, x, xOff, y, yOff, a, aOff, lda);
        }
    }

    // ---------------------------------------------------------------- symv

    /**
     * Computes {@code y = α·A·x + β·y} for the symmetric {@code n × n} matrix A of which only
     * the {@code uplo} triangle (diagonal included) is read; the other triangle may hold
     * anything, NaN included. See the class comment for α, β and special values.
     *
     * @param a not modified
     * @param x not modified
     * @param y overwritten with {@code α·A·x + β·y}
     */
    public final void symv(Uplo uplo, int n, double alpha, double[] a, int aOff, int lda,
            double[] x, int xOff, double beta, double[] y, int yOff) {
        Check.notNull("symv", "uplo", uplo);
        Check.matrix("symv", "A", a, aOff, n, n, lda);
        Check.slice("symv", "x", x, xOff, n);
        Check.slice("symv", "y", y, yOff, n);
        if (n == 0) {
            return;
        }
        if (alpha == 0.0) {
            scaleY(n, beta, y, yOff);
        } else {
            symvUnchecked(uplo, n, alpha, a, aOff, lda, x, xOff, beta, y, yOff);
        }
    }

    /** Float {@link #symv(Uplo, int, double, double[], int, int, double[], int, double,
     * double[], int)}; a and x not modified, y overwritten. */
    public final void symv(Uplo uplo, int n, float alpha, float[] a, int aOff, int lda,
            float[] x, int xOff, float beta, float[] y, int yOff) {
        Check.notNull("symv", "uplo", uplo);
        Check.matrix("symv", "A", a, aOff, n, n, lda);
        Check.slice("symv", "x", x, xOff, n);
        Check.slice("symv", "y", y, yOff, n);
        if (n == 0) {
            return;
        }
        if (alpha == 0f) {
            scaleY(n, beta, y, yOff);
        } else {
            symvUnchecked(uplo, n, alpha, a, aOff, lda, x, xOff, beta, y, yOff);
        }
    }

    // ---------------------------------------------------------------- trsv, trmv

    /**
     * Solves {@code op(A)·x' = x} and overwrites x with {@code x' = op(A)⁻¹·x}, for the
     * triangular {@code n × n} matrix A of which only the {@code uplo} triangle is read (and
     * its diagonal only when {@code diag == NON_UNIT}). Like BLAS, there is no singularity
     * test: a zero diagonal element gives ±Inf or NaN by IEEE division.
     *
     * @param a not modified
     * @param x overwritten with {@code op(A)⁻¹·x}
     */
    public final void trsv(Uplo uplo, Transpose t, Diag diag, int n, double[] a, int aOff,
            int lda, double[] x, int xOff) {
        checkTriangular("trsv", uplo, t, diag);
        Check.matrix("trsv", "A", a, aOff, n, n, lda);
        Check.slice("trsv", "x", x, xOff, n);
        if (n > 0) {
            trsvUnchecked(uplo, t, diag, n, a, aOff, lda, x, xOff);
        }
    }

    /**
     * Float {@link #trsv(Uplo, Transpose, Diag, int, double[], int, int, double[], int)}: a not
     * modified, x overwritten with {@code op(A)⁻¹·x}.
     */
    public final void trsv(Uplo uplo, Transpose t, Diag diag, int n, float[] a, int aOff,
            int lda, float[] x, int xOff) {
        checkTriangular("trsv", uplo, t, diag);
        Check.matrix("trsv", "A", a, aOff, n, n, lda);
        Check.slice("trsv", "x", x, xOff, n);
        if (n > 0) {
            trsvUnchecked(uplo, t, diag, n, a, aOff, lda, x, xOff);
        }
    }

    /**
     * Computes {@code x = op(A)·x} for the triangular {@code n × n} matrix A of which only the
     * {@code uplo} triangle is read (and its diagonal only when {@code diag == NON_UNIT}).
     *
     * @param a not modified
     * @param x overwritten with {@code op(A)·x}
     */
    public final void trmv(Uplo uplo, Transpose t, Diag diag, int n, double[] a, int aOff,
            int lda, double[] x, int xOff) {
        checkTriangular("trmv", uplo, t, diag);
        Check.matrix("trmv", "A", a, aOff, n, n, lda);
        Check.slice("trmv", "x", x, xOff, n);
        if (n > 0) {
            trmvUnchecked(uplo, t, diag, n, a, aOff, lda, x, xOff);
        }
    }

    /**
     * Float {@link #trmv(Uplo, Transpose, Diag, int, double[], int, int, double[], int)}: a not
     * modified, x overwritten with {@code op(A)·x}.
     */
    public final void trmv(Uplo uplo, Transpose t, Diag diag, int n, float[] a, int aOff,
            int lda, float[] x, int xOff) {
        checkTriangular("trmv", uplo, t, diag);
        Check.matrix("trmv", "A", a, aOff, n, n, lda);
        Check.slice("trmv", "x", x, xOff, n);
        if (n > 0) {
            trmvUnchecked(uplo, t, diag, n, a, aOff, lda, x, xOff);
        }
    }

    // ---------------------------------------------------------------- the backend SPI

    /** gemv with {@code m, n > 0}, {@code α != 0}; must not read y when {@code β == 0}. */
    protected abstract void gemvUnchecked(Transpose t, int m, int n, double alpha, double[] a,
            int aOff, int lda, double[] x, int xOff, double beta, double[] y, int yOff);

    /** gemv with {@code m, n > 0}, {@code α != 0}; must not read y when {@code β == 0}. */
    protected abstract void gemvUnchecked(Transpose t, int m, int n, float alpha, float[] a,
            int aOff, int lda, float[] x, int xOff, float beta, float[] y, int yOff);

    /** ger with {@code m, n > 0}, {@code α != 0}. */
    protected abstract void gerUnchecked(int m, int n, double alpha, double[] x, int xOff,
            double[] y, int yOff, double[] a, int aOff, int lda);

    /** ger with {@code m, n > 0}, {@code α != 0}. */
    protected abstract void gerUnchecked(int m, int n, float alpha, float[] x, int xOff,
            float[] y, int yOff, float[] a, int aOff, int lda);

    /** symv with {@code n > 0}, {@code α != 0}; must not read y when {@code β == 0}. */
    protected abstract void symvUnchecked(Uplo uplo, int n, double alpha, double[] a, int aOff,
            int lda, double[] x, int xOff, double beta, double[] y, int yOff);

    /** symv with {@code n > 0}, {@code α != 0}; must not read y when {@code β == 0}. */
    protected abstract void symvUnchecked(Uplo uplo, int n, float alpha, float[] a, int aOff,
            int lda, float[] x, int xOff, float beta, float[] y, int yOff);

    /** trsv with {@code n > 0}. */
    protected abstract void trsvUnchecked(Uplo uplo, Transpose t, Diag diag, int n, double[] a,
            int aOff, int lda, double[] x, int xOff);

    /** trsv with {@code n > 0}. */
    protected abstract void trsvUnchecked(Uplo uplo, Transpose t, Diag diag, int n, float[] a,
            int aOff, int lda, float[] x, int xOff);

    /** trmv with {@code n > 0}. */
    protected abstract void trmvUnchecked(Uplo uplo, Transpose t, Diag diag, int n, double[] a,
            int aOff, int lda, double[] x, int xOff);

    /** trmv with {@code n > 0}. */
    protected abstract void trmvUnchecked(Uplo uplo, Transpose t, Diag diag, int n, float[] a,
            int aOff, int lda, float[] x, int xOff);

    // ---------------------------------------------------------------- helpers

    private static void checkTriangular(String op, Uplo uplo, Transpose t, Diag diag) {
        Check.notNull(op, "uplo", uplo);
        Check.notNull(op, "t", t);
        Check.notNull(op, "diag", diag);
    }

    /** y = β·y where A·x contributes nothing; β == 0 writes zeros without reading y. */
    private static void scaleY(int len, double beta, double[] y, int yOff) {
        if (beta == 0.0) {
            java.util.Arrays.fill(y, yOff, yOff + len, 0.0);
        } else if (beta != 1.0) {
            for (int i = 0; i < len; i++) {
                y[yOff + i] *= beta;
            }
        }
    }

    private static void scaleY(int len, float beta, float[] y, int yOff) {
        if (beta == 0f) {
            java.util.Arrays.fill(y, yOff, yOff + len, 0f);
        } else if (beta != 1f) {
            for (int i = 0; i < len; i++) {
                y[yOff + i] *= beta;
            }
        }
    }
}
