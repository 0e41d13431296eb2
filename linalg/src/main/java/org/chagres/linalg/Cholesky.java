package org.chagres.linalg;

import java.util.Objects;
import java.util.Optional;
import org.chagres.kernels.Backend;
import org.chagres.kernels.Backends;
import org.chagres.kernels.Diag;
import org.chagres.kernels.Side;
import org.chagres.kernels.Transpose;
import org.chagres.kernels.Uplo;

/**
 * Cholesky decomposition {@code A = L·Lᵀ} of a symmetric positive definite matrix, L lower
 * triangular with a positive diagonal.
 *
 * <p>Only the lower triangle of A is read (as LAPACK's DPOTRF with {@code uplo = 'L'}); the
 * strict upper triangle is taken to mirror it. Blocked and right-looking: each diagonal block
 * of {@value #BLOCK} is factored by dot products, the block column below it by one trsm and the
 * trailing lower triangle is updated by one syrk, so the O(n³) work runs in Level-3 kernels.
 *
 * <p>A pivot {@code aⱼⱼ − Σₖ lⱼₖ²} that is not positive throws
 * {@link NotPositiveDefiniteException} with its index and value; {@link #tryOf} returns empty
 * instead. As with {@link Lu}, {@link #solve} and {@link #inverse()} also refuse a matrix whose
 * reciprocal condition estimate is below machine epsilon ({@link SingularMatrixException}).
 */
public final class Cholesky {

    /** Block size of the blocked factorisation. */
    static final int BLOCK = 128;
    private static final double EPS = Math.ulp(1.0);

    private final Matrix l;
    private final int n;
    private final double norm1;
    private final Backend backend;
    private double rcond = Double.NaN;

    private Cholesky(Matrix l, double norm1, Backend backend) {
        this.l = l;
        this.n = l.rows;
        this.norm1 = norm1;
        this.backend = backend;
    }

    /**
     * Factors s (not modified; only its lower triangle is read) on the preferred backend.
     *
     * @throws IllegalArgumentException if s is not square or its lower triangle holds NaN or ±∞
     * @throws NotPositiveDefiniteException if s is not positive definite
     */
    public static Cholesky of(Matrix s) {
        return of(s, Backends.preferred());
    }

    /** Factors s on the given backend; see {@link #of(Matrix)}. */
    public static Cholesky of(Matrix s, Backend backend) {
        Objects.requireNonNull(backend, "Cholesky.of: backend is null");
        Shapes.square("Cholesky.of", s);
        int n = s.rows;
        Matrix f = Matrix.zeros(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double v = s.data[s.offset + i * s.ld + j];
                if (!(Math.abs(v) <= Double.MAX_VALUE)) {
                    throw new IllegalArgumentException("Cholesky.of: A[" + i + "][" + j + "] is "
                            + v + "; the input must be finite");
                }
                f.data[i * n + j] = v;
            }
        }
        double norm1 = symmetricNorm1(f);
        factor(f, backend);
        return new Cholesky(f, norm1, backend);
    }

    /**
     * The factorisation, or empty if s is not positive definite.
     *
     * @throws IllegalArgumentException if s is not square or holds NaN or ±∞
     */
    public static Optional<Cholesky> tryOf(Matrix s) {
        return tryOf(s, Backends.preferred());
    }

    /** {@link #tryOf(Matrix)} on the given backend. */
    public static Optional<Cholesky> tryOf(Matrix s, Backend backend) {
        try {
            return Optional.of(of(s, backend));
        } catch (NotPositiveDefiniteException e) {
            return Optional.empty();
        }
    }

    /** ‖A‖₁ of the symmetric matrix whose lower triangle f holds. */
    private static double symmetricNorm1(Matrix f) {
        int n = f.rows;
        double[] col = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                double a = Math.abs(f.data[i * n + j]);
                col[j] += a;
                col[i] += a;
            }
            col[i] += Math.abs(f.data[i * n + i]);
        }
        double m = 0.0;
        for (double c : col) {
            m = Math.max(m, c);
        }
        return m;
    }

    private static void factor(Matrix f, Backend be) {
        int n = f.rows;
        double[] a = f.data;
        for (int j = 0; j < n; j += BLOCK) {
            int jb = Math.min(BLOCK, n - j);
            diagonalBlock(a, n, j, jb, be);
            int rest = n - j - jb;
            if (rest > 0) {
                // L21 = A21·L11⁻ᵀ, then A22 -= L21·L21ᵀ (lower triangle only)
                be.level3().trsm(Side.RIGHT, Uplo.LOWER, Transpose.YES, Diag.NON_UNIT, rest, jb,
                        1.0, a, j * n + j, n, a, (j + jb) * n + j, n);
                be.level3().syrk(Uplo.LOWER, Transpose.NO, rest, jb, -1.0, a, (j + jb) * n + j, n,
                        1.0, a, (j + jb) * n + j + jb, n);
            }
        }
    }

    /** Unblocked Cholesky–Crout of the jb×jb diagonal block at (j, j), row by row. */
    private static void diagonalBlock(double[] a, int n, int j, int jb, Backend be) {
        for (int i = 0; i < jb; i++) {
            int ri = (j + i) * n + j;
            for (int k = 0; k < i; k++) {
                int rk = (j + k) * n + j;
                double s = a[ri + k] - be.level1().dot(k, a, ri, a, rk);
                a[ri + k] = s / a[rk + k];
            }
            double d = a[ri + i] - be.level1().dot(i, a, ri, a, ri);
            if (!(d > 0.0)) {
                throw new NotPositiveDefiniteException("Cholesky.of", j + i, d);
            }
            a[ri + i] = Math.sqrt(d);
        }
    }

    /** The order n. */
    public int size() {
        return n;
    }

    /** L, lower triangular with a positive diagonal (a new matrix). */
    public Matrix l() {
        Matrix out = Matrix.zeros(n, n);
        for (int i = 0; i < n; i++) {
            System.arraycopy(l.data, i * n, out.data, i * n, i + 1);
        }
        return out;
    }

    /** det(A) = Πlᵢᵢ²; +∞ or 0 where it leaves the double range (see {@link #logDeterminant}). */
    public double determinant() {
        return logDeterminant().value();
    }

    /** (1, 2·Σ log lᵢᵢ): never overflows. */
    public LogDeterminant logDeterminant() {
        double s = 0.0;
        for (int i = 0; i < n; i++) {
            s += Math.log(l.data[i * n + i]);
        }
        return new LogDeterminant(1.0, 2.0 * s);
    }

    /**
     * Estimate of the reciprocal 1-norm condition number {@code 1/(‖A‖₁·‖A⁻¹‖₁)} (Hager–Higham,
     * O(n²)); 1 for 0×0. Computed once.
     */
    public double rcond() {
        if (Double.isNaN(rcond)) {
            if (n == 0) {
                rcond = 1.0;
            } else {
                NormEstimator.Solver s = new NormEstimator.Solver() {
                    @Override
                    public void solve(double[] x) {
                        solveInPlace(x);
                    }

                    @Override
                    public void solveTransposed(double[] x) {
                        solveInPlace(x);
                    }
                };
                double r = 1.0 / (norm1 * NormEstimator.inverseNorm1(n, s));
                rcond = r >= 0.0 ? Math.min(r, 1.0) : 0.0;
            }
        }
        return rcond;
    }

    private void checkSolvable(String op) {
        double r = rcond();
        if (!(r >= EPS)) {
            throw SingularMatrixException.numerically(op, r);
        }
    }

    /**
     * The solution X of {@code A·X = B} (b not modified).
     *
     * @throws IllegalArgumentException if {@code b.rows() != n}
     * @throws SingularMatrixException if rcond &lt; ε
     */
    public Matrix solve(Matrix b) {
        Objects.requireNonNull(b, "Cholesky.solve: b is null");
        if (b.rows != n) {
            throw new IllegalArgumentException("Cholesky.solve: b.rows != n, got A " + n + "x" + n
                    + ", b " + b.shape());
        }
        checkSolvable("Cholesky.solve");
        Matrix x = b.copy();
        if (n == 0 || x.cols == 0) {
            return x;
        }
        backend.level3().trsm(Side.LEFT, Uplo.LOWER, Transpose.NO, Diag.NON_UNIT, n, x.cols, 1.0,
                l.data, 0, n, x.data, 0, x.ld);
        backend.level3().trsm(Side.LEFT, Uplo.LOWER, Transpose.YES, Diag.NON_UNIT, n, x.cols,
                1.0, l.data, 0, n, x.data, 0, x.ld);
        return x;
    }

    /**
     * The solution x of {@code A·x = b} (b not modified).
     *
     * @throws IllegalArgumentException if {@code b.length() != n}
     * @throws SingularMatrixException if rcond &lt; ε
     */
    public Vector solve(Vector b) {
        Objects.requireNonNull(b, "Cholesky.solve: b is null");
        if (b.length != n) {
            throw new IllegalArgumentException("Cholesky.solve: b.length != n, got A " + n + "x"
                    + n + ", b " + b.length);
        }
        checkSolvable("Cholesky.solve");
        double[] x = b.toArray();
        solveInPlace(x);
        return new Vector(x, 0, 1, n);
    }

    private void solveInPlace(double[] x) {
        backend.level2().trsv(Uplo.LOWER, Transpose.NO, Diag.NON_UNIT, n, l.data, 0, n, x, 0);
        backend.level2().trsv(Uplo.LOWER, Transpose.YES, Diag.NON_UNIT, n, l.data, 0, n, x, 0);
    }

    /**
     * A⁻¹ (a new, exactly symmetric matrix).
     *
     * @throws SingularMatrixException if rcond &lt; ε
     */
    public Matrix inverse() {
        checkSolvable("Cholesky.inverse");
        Matrix x = solve(Matrix.identity(n));
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                double v = 0.5 * (x.data[i * n + j] + x.data[j * n + i]);
                x.data[i * n + j] = v;
                x.data[j * n + i] = v;
            }
        }
        return x;
    }
}
