package org.chagres.kernels;

/**
 * BLAS Level 3: matrix–matrix products and triangular solves on row-major matrices stored with
 * an offset and a leading dimension ({@code ld >= max(1, cols)} of the matrix as stored, before
 * any transpose is applied).
 *
 * <p>Every method checks its arguments here, once, and then calls the backend's unchecked
 * method. The cases that need no arithmetic on A are handled here too, so that no backend can
 * get them wrong: {@code m == 0 || n == 0} returns at once; {@code α == 0} (or {@code k == 0})
 * never reads A or B; {@code β == 0} never reads C, so NaN or garbage in C does not leak out.
 * An output must not share elements with an input; sub-blocks of one array that share none
 * (as in a blocked factorisation) are fine. Nothing is modified when a call throws.
 *
 * <p>Backends differ from the scalar reference only in summation order.
 */
public abstract class Level3 {

    /**
     * {@code C = α·op(A)·op(B) + β·C}, with C m×n, op(A) m×k and op(B) k×n.
     *
     * <ul>
     *   <li>{@code m == 0 || n == 0}: nothing happens.</li>
     *   <li>{@code α == 0} or {@code k == 0}: {@code C = β·C}; A and B are not read.</li>
     *   <li>{@code β == 0}: C is not read (NaN in C does not reach the result).</li>
     * </ul>
     *
     * @param a A, stored m×k (tA NO) or k×m (tA YES); not modified
     * @param b B, stored k×n (tB NO) or n×k (tB YES); not modified
     * @param c C, m×n; overwritten with the result
     * @throws IllegalArgumentException if a dimension is negative, a leading dimension is less
     *     than the stored operand's column count (at least 1), or C shares elements with A or B
     * @throws IndexOutOfBoundsException if a matrix leaves its array
     * @throws NullPointerException if an array or enum is null
     */
    public final void gemm(Transpose tA, Transpose tB, int m, int n, int k, double alpha,
            double[] a, int aOff, int lda, double[] b, int bOff, int ldb,
            double beta, double[] c, int cOff, int ldc) {
        checkGemm(tA, tB, m, n, k);
        Check.matrix("gemm", "A", a, aOff, rows(tA, m, k), rows(tA, k, m), lda);
        Check.matrix("gemm", "B", b, bOff, rows(tB, k, n), rows(tB, n, k), ldb);
        Check.matrix("gemm", "C", c, cOff, m, n, ldc);
        Level3Overlap.check("gemm", "C", c, cOff, m, n, ldc, "A", a, aOff, rows(tA, m, k),
                rows(tA, k, m), lda);
        Level3Overlap.check("gemm", "C", c, cOff, m, n, ldc, "B", b, bOff, rows(tB, k, n),
                rows(tB, n, k), ldb);
        if (m == 0 || n == 0) {
            return;
        }
        if (alpha == 0.0 || k == 0) {
            scale(m, n, beta, c, cOff, ldc, null);
            return;
        }
        gemmUnchecked(tA, tB, m, n, k, alpha, a, aOff, lda, b, bOff, ldb, beta, c, cOff, ldc);
    }

    /** Float {@code C = α·op(A)·op(B) + β·C}; see the double overload. */
    public final void gemm(Transpose tA, Transpose tB, int m, int n, int k, float alpha,
            float[] a, int aOff, int lda, float[] b, int bOff, int ldb,
            float beta, float[] c, int cOff, int ldc) {
        checkGemm(tA, tB, m, n, k);
        Check.matrix("gemm", "A", a, aOff, rows(tA, m, k), rows(tA, k, m), lda);
        Check.matrix("gemm", "B", b, bOff, rows(tB, k, n), rows(tB, n, k), ldb);
        Check.matrix("gemm", "C", c, cOff, m, n, ldc);
        Level3Overlap.check("gemm", "C", c, cOff, m, n, ldc, "A", a, aOff, rows(tA, m, k),
                rows(tA, k, m), lda);
        Level3Overlap.check("gemm", "C", c, cOff, m, n, ldc, "B", b, bOff, rows(tB, k, n),
                rows(tB, n, k), ldb);
        if (m == 0 || n == 0) {
            return;
        }
        if (alpha == 0.0f || k == 0) {
            scale(m, n, beta, c, cOff, ldc, null);
            return;
        }
        gemmUnchecked(tA, tB, m, n, k, alpha, a, aOff, lda, b, bOff, ldb, beta, c, cOff, ldc);
    }

    /**
     * {@code C = α·A·Aᵀ + β·C} (t NO, A n×k) or {@code C = α·Aᵀ·A + β·C} (t YES, A k×n), C n×n
     * symmetric; only the {@code uplo} triangle of C (diagonal included) is read or written.
     *
     * <ul>
     *   <li>{@code n == 0}: nothing happens.</li>
     *   <li>{@code α == 0} or {@code k == 0}: triangle of C = β·C; A is not read.</li>
     *   <li>{@code β == 0}: C is not read.</li>
     * </ul>
     *
     * @param a A, stored n×k (t NO) or k×n (t YES); not modified
     * @param c C, n×n; its {@code uplo} triangle is overwritten with the result, the other
     *     triangle is neither read nor written
     * @throws IllegalArgumentException on a negative dimension, a short leading dimension, or
     *     C sharing elements with A
     * @throws IndexOutOfBoundsException if a matrix leaves its array
     * @throws NullPointerException if an array or enum is null
     */
    public final void syrk(Uplo uplo, Transpose t, int n, int k, double alpha,
            double[] a, int aOff, int lda, double beta, double[] c, int cOff, int ldc) {
        checkSyrk(uplo, t, n, k);
        Check.matrix("syrk", "A", a, aOff, rows(t, n, k), rows(t, k, n), lda);
        Check.matrix("syrk", "C", c, cOff, n, n, ldc);
        Level3Overlap.check("syrk", "C", c, cOff, n, n, ldc, "A", a, aOff, rows(t, n, k),
                rows(t, k, n), lda);
        if (n == 0) {
            return;
        }
        if (alpha == 0.0 || k == 0) {
            scale(n, n, beta, c, cOff, ldc, uplo);
            return;
        }
        syrkUnchecked(uplo, t, n, k, alpha, a, aOff, lda, beta, c, cOff, ldc);
    }

    /** Float {@code C = α·A·Aᵀ + β·C} or {@code α·Aᵀ·A + β·C}; see the double overload. */
    public final void syrk(Uplo uplo, Transpose t, int n, int k, float alpha,
            float[] a, int aOff, int lda, float beta, float[] c, int cOff, int ldc) {
        checkSyrk(uplo, t, n, k);
        Check.matrix("syrk", "A", a, aOff, rows(t, n, k), rows(t, k, n), lda);
        Check.matrix("syrk", "C", c, cOff, n, n, ldc);
        Level3Overlap.check("syrk", "C", c, cOff, n, n, ldc, "A", a, aOff, rows(t, n, k),
                rows(t, k, n), lda);
        if (n == 0) {
            return;
        }
        if (alpha == 0.0f || k == 0) {
            scale(n, n, beta, c, cOff, ldc, uplo);
            return;
        }
        syrkUnchecked(uplo, t, n, k, alpha, a, aOff, lda, beta, c, cOff, ldc);
    }

    /**
     * {@code B = α·op(A)⁻¹·B} (side LEFT, A m×m) or {@code B = α·B·op(A)⁻¹} (side RIGHT,
     * A n×n), A triangular; B m×n. Only the {@code uplo} triangle of A is read, and its
     * diagonal is taken as ones without being read when {@code diag} is UNIT.
     *
     * <ul>
     *   <li>{@code m == 0 || n == 0}: nothing happens.</li>
     *   <li>{@code α == 0}: B = 0; A and B are not read.</li>
     *   <li>A zero on a non-unit diagonal gives ±Inf/NaN (no check, as in BLAS).</li>
     * </ul>
     *
     * @param a A, triangular; not modified
     * @param b B, m×n; overwritten with the solution X
     * @throws IllegalArgumentException on a negative dimension, a short leading dimension, or
     *     B sharing elements with A
     * @throws IndexOutOfBoundsException if a matrix leaves its array
     * @throws NullPointerException if an array or enum is null
     */
    public final void trsm(Side side, Uplo uplo, Transpose t, Diag diag, int m, int n,
            double alpha, double[] a, int aOff, int lda, double[] b, int bOff, int ldb) {
        int na = checkTriangular("trsm", side, uplo, t, diag, m, n);
        Check.matrix("trsm", "A", a, aOff, na, na, lda);
        Check.matrix("trsm", "B", b, bOff, m, n, ldb);
        Level3Overlap.check("trsm", "B", b, bOff, m, n, ldb, "A", a, aOff, na, na, lda);
        if (m == 0 || n == 0) {
            return;
        }
        if (alpha == 0.0) {
            scale(m, n, 0.0, b, bOff, ldb, null);
            return;
        }
        trsmUnchecked(side, uplo, t, diag, m, n, alpha, a, aOff, lda, b, bOff, ldb);
    }

    /** Float {@code B = α·op(A)⁻¹·B} or {@code α·B·op(A)⁻¹}; see the double overload. */
    public final void trsm(Side side, Uplo uplo, Transpose t, Diag diag, int m, int n,
            float alpha, float[] a, int aOff, int lda, float[] b, int bOff, int ldb) {
        int na = checkTriangular("trsm", side, uplo, t, diag, m, n);
        Check.matrix("trsm", "A", a, aOff, na, na, lda);
        Check.matrix("trsm", "B", b, bOff, m, n, ldb);
        Level3Overlap.check("trsm", "B", b, bOff, m, n, ldb, "A", a, aOff, na, na, lda);
        if (m == 0 || n == 0) {
            return;
        }
        if (alpha == 0.0f) {
            scale(m, n, 0.0f, b, bOff, ldb, null);
            return;
        }
        trsmUnchecked(side, uplo, t, diag, m, n, alpha, a, aOff, lda, b, bOff, ldb);
    }

    /**
     * {@code B = α·op(A)·B} (side LEFT, A m×m) or {@code B = α·B·op(A)} (side RIGHT, A n×n),
     * A triangular; B m×n. Only the {@code uplo} triangle of A is read, and its diagonal is
     * taken as ones without being read when {@code diag} is UNIT.
     *
     * <ul>
     *   <li>{@code m == 0 || n == 0}: nothing happens.</li>
     *   <li>{@code α == 0}: B = 0; A and B are not read.</li>
     * </ul>
     *
     * @param a A, triangular; not modified
     * @param b B, m×n; overwritten with the product
     * @throws IllegalArgumentException on a negative dimension, a short leading dimension, or
     *     B sharing elements with A
     * @throws IndexOutOfBoundsException if a matrix leaves its array
     * @throws NullPointerException if an array or enum is null
     */
    public final void trmm(Side side, Uplo uplo, Transpose t, Diag diag, int m, int n,
            double alpha, double[] a, int aOff, int lda, double[] b, int bOff, int ldb) {
        int na = checkTriangular("trmm", side, uplo, t, diag, m, n);
        Check.matrix("trmm", "A", a, aOff, na, na, lda);
        Check.matrix("trmm", "B", b, bOff, m, n, ldb);
        Level3Overlap.check("trmm", "B", b, bOff, m, n, ldb, "A", a, aOff, na, na, lda);
        if (m == 0 || n == 0) {
            return;
        }
        if (alpha == 0.0) {
            scale(m, n, 0.0, b, bOff, ldb, null);
            return;
        }
        trmmUnchecked(side, uplo, t, diag, m, n, alpha, a, aOff, lda, b, bOff, ldb);
    }

    /** Float {@code B = α·op(A)·B} or {@code α·B·op(A)}; see the double overload. */
    public final void trmm(Side side, Uplo uplo, Transpose t, Diag diag, int m, int n,
            float alpha, float[] a, int aOff, int lda, float[] b, int bOff, int ldb) {
        int na = checkTriangular("trmm", side, uplo, t, diag, m, n);
        Check.matrix("trmm", "A", a, aOff, na, na, lda);
        Check.matrix("trmm", "B", b, bOff, m, n, ldb);
        Level3Overlap.check("trmm", "B", b, bOff, m, n, ldb, "A", a, aOff, na, na, lda);
        if (m == 0 || n == 0) {
            return;
        }
        if (alpha == 0.0f) {
            scale(m, n, 0.0f, b, bOff, ldb, null);
            return;
        }
        trmmUnchecked(side, uplo, t, diag, m, n, alpha, a, aOff, lda, b, bOff, ldb);
    }

    /** Called only with checked arguments, m, n, k ≥ 1 and α ≠ 0. */
    protected abstract void gemmUnchecked(Transpose tA, Transpose tB, int m, int n, int k,
            double alpha, double[] a, int aOff, int lda, double[] b, int bOff, int ldb,
            double beta, double[] c, int cOff, int ldc);

    /** Called only with checked arguments, m, n, k ≥ 1 and α ≠ 0. */
    protected abstract void gemmUnchecked(Transpose tA, Transpose tB, int m, int n, int k,
            float alpha, float[] a, int aOff, int lda, float[] b, int bOff, int ldb,
            float beta, float[] c, int cOff, int ldc);

    /** Called only with checked arguments, n, k ≥ 1 and α ≠ 0. */
    protected abstract void syrkUnchecked(Uplo uplo, Transpose t, int n, int k, double alpha,
            double[] a, int aOff, int lda, double beta, double[] c, int cOff, int ldc);

    /** Called only with checked arguments, n, k ≥ 1 and α ≠ 0. */
    protected abstract void syrkUnchecked(Uplo uplo, Transpose t, int n, int k, float alpha,
            float[] a, int aOff, int lda, float beta, float[] c, int cOff, int ldc);

    /** Called only with checked arguments, m, n ≥ 1 and α ≠ 0. */
    protected abstract void trsmUnchecked(Side side, Uplo uplo, Transpose t, Diag diag, int m,
            int n, double alpha, double[] a, int aOff, int lda, double[] b, int bOff, int ldb);

    /** Called only with checked arguments, m, n ≥ 1 and α ≠ 0. */
    protected abstract void trsmUnchecked(Side side, Uplo uplo, Transpose t, Diag diag, int m,
            int n, float alpha, float[] a, int aOff, int lda, float[] b, int bOff, int ldb);

    /** Called only with checked arguments, m, n ≥ 1 and α ≠ 0. */
    protected abstract void trmmUnchecked(Side side, Uplo uplo, Transpose t, Diag diag, int m,
            int n, double alpha, double[] a, int aOff, int lda, double[] b, int bOff, int ldb);

    /** Called only with checked arguments, m, n ≥ 1 and α ≠ 0. */
    protected abstract void trmmUnchecked(Side side, Uplo uplo, Transpose t, Diag diag, int m,
            int n, float alpha, float[] a, int aOff, int lda, float[] b, int bOff, int ldb);

    /** Rows of the stored operand: {@code r} when not transposed, else {@code c}. */
    private static int rows(Transpose t, int r, int c) {
        return t == Transpose.NO ? r : c;
    }

    private static void checkGemm(Transpose tA, Transpose tB, int m, int n, int k) {
        Check.notNull("gemm", "tA", tA);
        Check.notNull("gemm", "tB", tB);
        Check.count("gemm", "m", m);
        Check.count("gemm", "n", n);
        Check.count("gemm", "k", k);
    }

    private static void checkSyrk(Uplo uplo, Transpose t, int n, int k) {
        Check.notNull("syrk", "uplo", uplo);
        Check.notNull("syrk", "t", t);
        Check.count("syrk", "n", n);
        Check.count("syrk", "k", k);
    }

    /** Checks the enums and dimensions; returns the order of the triangular A. */
    private static int checkTriangular(String op, Side side, Uplo uplo, Transpose t, Diag diag,
            int m, int n) {
        Check.notNull(op, "side", side);
        Check.notNull(op, "uplo", uplo);
        Check.notNull(op, "t", t);
        Check.notNull(op, "diag", diag);
        Check.count(op, "m", m);
        Check.count(op, "n", n);
        return side == Side.LEFT ? m : n;
    }

    /**
     * {@code C = β·C} on the m×n block (or its {@code uplo} triangle when not null, m == n);
     * β == 0 writes zeros without reading C.
     */
    private static void scale(int m, int n, double beta, double[] c, int cOff, int ldc,
            Uplo uplo) {
        if (beta == 1.0) {
            return;
        }
        for (int i = 0; i < m; i++) {
            int from = uplo == Uplo.LOWER ? 0 : uplo == Uplo.UPPER ? i : 0;
            int to = uplo == Uplo.LOWER ? i + 1 : n;
            int row = cOff + i * ldc;
            for (int j = from; j < to; j++) {
                c[row + j] = beta == 0.0 ? 0.0 : beta * c[row + j];
            }
        }
    }

    /** Float {@code C = β·C}; see the double overload. */
    private static void scale(int m, int n, float beta, float[] c, int cOff, int ldc,
            Uplo uplo) {
        if (beta == 1.0f) {
            return;
        }
        for (int i = 0; i < m; i++) {
            int from = uplo == Uplo.LOWER ? 0 : uplo == Uplo.UPPER ? i : 0;
            int to = uplo == Uplo.LOWER ? i + 1 : n;
            int row = cOff + i * ldc;
            for (int j = from; j < to; j++) {
                c[row + j] = beta == 0.0f ? 0.0f : beta * c[row + j];
            }
        }
    }
}
