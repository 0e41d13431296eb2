package org.chagres.linalg;

import java.util.Objects;
import org.chagres.kernels.Backend;
import org.chagres.kernels.Backends;

import java.util.Arrays;

/**
 * Eigen-decomposition of a real symmetric matrix, {@code A = V·diag(λ)·Vᵀ}, with the
 * eigenvalues λ in ascending order and V orthogonal (eigenvectors in its columns).
 *
 * <p>Algorithm: Householder reduction to tridiagonal form, then the implicit symmetric QR
 * iteration with Wilkinson shifts (Golub and Van Loan, §8.3); the rotations are recorded and
 * replayed onto the Householder basis a block of columns at a time (see
 * {@link JacobiRotationLog}). Before the reduction the matrix is scaled by a power of two so
 * that its largest entry lies in [1, 2), which is exact and keeps every intermediate far from
 * overflow and underflow.
 *
 * <p><b>Only the lower triangle of A is read</b> (entries {@code a[i][j]} with
 * {@code j <= i}); the strict upper triangle is ignored and symmetry is not checked. Special
 * cases: a 0 × 0 matrix gives no eigenvalues and a 0 × 0 V; a non-finite entry in the lower
 * triangle is rejected with IllegalArgumentException.
 */
public final class SymmetricEigen {

    private final int n;
    private final double[] values;
    private final double[] vectors;

    private SymmetricEigen(int n, double[] values, double[] vectors) {
        this.n = n;
        this.values = values;
        this.vectors = vectors;
    }

    /**
     * Decomposes the symmetric matrix s (lower triangle read, not modified) with the
     * {@linkplain Backends#preferred() preferred} backend.
     *
     * @throws IllegalArgumentException if s is not square or its lower triangle holds NaN or
     *     an infinity
     * @throws NoConvergenceException if the QR iteration needs more than 30·n steps
     */
    public static SymmetricEigen of(Matrix s) {
        return of(s, Backends.preferred());
    }

    /** As {@link #of(Matrix)}, computing with the given backend. */
    public static SymmetricEigen of(Matrix s, Backend backend) {
        String op = "SymmetricEigen.of";
        square(op, s, backend);
        return of(op, s.rows(), s.array(), s.offset(), s.ld(), true, backend);
    }

    /**
     * The eigenvalues of the symmetric matrix s in ascending order, without eigenvectors
     * (about a third of the work of {@link #of(Matrix)}); lower triangle read, not modified.
     *
     * @throws IllegalArgumentException as {@link #of(Matrix)}
     */
    public static double[] values(Matrix s) {
        return values(s, Backends.preferred());
    }

    /** As {@link #values(Matrix)}, computing with the given backend. */
    public static double[] values(Matrix s, Backend backend) {
        String op = "SymmetricEigen.values";
        square(op, s, backend);
        return of(op, s.rows(), s.array(), s.offset(), s.ld(), false, backend).values;
    }

    static void square(String op, Matrix a, Backend backend) {
        Objects.requireNonNull(a, op + ": A is null");
        Objects.requireNonNull(backend, op + ": backend is null");
        if (a.rows() != a.cols()) {
            throw new IllegalArgumentException(op + ": A must be square, got " + a.rows() + "x"
                    + a.cols());
        }
    }

    /**
     * Decomposes the n × n symmetric matrix held row-major in {@code a[off + i·ld + j]}
     * (lower triangle read, not modified).
     *
     * @throws IllegalArgumentException if an entry of the lower triangle is NaN or infinite
     * @throws NoConvergenceException if the QR iteration needs more than 30·n steps
     */
    static SymmetricEigen of(String op, int n, double[] a, int off, int ld, boolean vectors,
            Backend backend) {
        double[] u = new double[n * n];
        double scale = lowerToUpperScaled(op, n, a, off, ld, u);
        double[] d = new double[n];
        double[] e = new double[Math.max(n - 1, 0)];
        if (n == 0) {
            return new SymmetricEigen(0, d, vectors ? new double[0] : null);
        }
        double[] qt = null;
        JacobiRotationLog log = null;
        if (vectors) {
            qt = TridiagonalReduction.reduce(n, u, d, e, backend.level1(), backend.level3());
            log = JacobiRotationLog.forRows(qt, n, n, backend.level1());
        } else {
            TridiagonalReduction.reduce(n, u, d, e, backend.level1(), backend.level3());
        }
        TridiagonalQr.iterate(op, n, d, e, log);
        int[] order = ascending(d);
        double[] values = new double[n];
        for (int j = 0; j < n; j++) {
            values[j] = d[order[j]] / scale;
        }
        if (!vectors) {
            return new SymmetricEigen(n, values, null);
        }
        log.flush();
        return new SymmetricEigen(n, values, transposeRows(n, qt, order));
    }

    /**
     * Copies the lower triangle of a, times a power of two that brings its largest magnitude
     * into [1, 2), into the upper triangle of u (u[j][i] = a[i][j]); returns the factor.
     */
    private static double lowerToUpperScaled(String op, int n, double[] a, int off, int ld,
            double[] u) {
        double max = 0.0;
        for (int i = 0; i < n; i++) {
            int p = off + i * ld;
            for (int j = 0; j <= i; j++) {
                double x = a[p + j];
                if (!(Math.abs(x) < Double.POSITIVE_INFINITY)) {
                    throw new IllegalArgumentException(op + ": A[" + i + "][" + j
                            + "] is not finite, got " + x);
                }
                max = Math.max(max, Math.abs(x));
            }
        }
        double scale = max == 0.0 ? 1.0 : Math.scalb(1.0, -Math.getExponent(max));
        for (int i = 0; i < n; i++) {
            int p = off + i * ld;
            for (int j = 0; j <= i; j++) {
                u[j * n + i] = a[p + j] * scale;
            }
        }
        return scale;
    }

    /** The permutation that sorts x ascending (stable). */
    static int[] ascending(double[] x) {
        Integer[] idx = new Integer[x.length];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, (p, q) -> Double.compare(x[p], x[q]));
        int[] out = new int[idx.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = idx[i];
        }
        return out;
    }

    /** {@code V[i][j] = W[order[j]][i]}: rows of W become columns of V, in the given order. */
    static double[] transposeRows(int n, double[] w, int[] order) {
        double[] v = new double[n * n];
        final int b = 32;
        for (int j0 = 0; j0 < n; j0 += b) {
            int j1 = Math.min(n, j0 + b);
            for (int i0 = 0; i0 < n; i0 += b) {
                int i1 = Math.min(n, i0 + b);
                for (int j = j0; j < j1; j++) {
                    int src = order[j] * n;
                    for (int i = i0; i < i1; i++) {
                        v[i * n + j] = w[src + i];
                    }
                }
            }
        }
        return v;
    }

    /** The order n of the decomposed matrix. */
    public int size() {
        return n;
    }

    /** The eigenvalues in ascending order (a new array). */
    public double[] eigenvalues() {
        return values.clone();
    }

    /** Eigenvalue {@code i} in ascending order. */
    public double eigenvalue(int i) {
        return values[i];
    }

    /** V (a new n × n matrix): column j is the unit eigenvector of eigenvalue j. */
    public Matrix eigenvectors() {
        return Matrix.of(n, n, vectors);
    }

    /** The unit eigenvector of eigenvalue {@code j} (a new vector). */
    public Vector eigenvector(int j) {
        Objects.checkIndex(j, n);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = vectors[i * n + j];
        }
        return Vector.of(x);
    }

    /** The row-major n × n V (a copy), eigenvector j in column j. */
    double[] vectorData() {
        return vectors.clone();
    }
}
