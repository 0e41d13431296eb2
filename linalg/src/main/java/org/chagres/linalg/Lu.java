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
 * LU decomposition with partial pivoting, {@code P·A = L·U}, of a square matrix: L unit lower
 * triangular with |lᵢⱼ| ≤ 1, U upper triangular, P a row permutation.
 *
 * <p>Blocked and right-looking (LAPACK's DGETRF): each panel of {@value #BLOCK} columns is
 * factored recursively (Toledo's recursive LU: left half, trsm, gemm, right half), then the block
 * row of U comes from one trsm and the trailing matrix is updated by one gemm, so almost all the
 * work runs in the Level-3 kernels.
 *
 * <p><b>Singular matrices.</b> Factoring never fails on finite input: a singular matrix has a
 * zero pivot ({@link #isSingular()}), a zero determinant and rcond 0. Solving needs more:
 * {@link #solve}, {@link #inverse()} throw {@link SingularMatrixException} when a pivot is zero
 * (with its index) <em>or</em> when the reciprocal condition estimate {@link #rcond()} is below
 * machine epsilon ε = 2.2e-16 (with the estimate): then no digit of a solution can be trusted,
 * and a matrix that is singular in exact arithmetic, such as {@code [[1,2,3],[4,5,6],[7,8,9]]},
 * lands here rather than returning a 1e16-sized "solution". {@link #tryOf} gives an empty
 * Optional in the same cases.
 */
public final class Lu {

    /** Panel width of the blocked factorisation. */
    static final int BLOCK = 128;
    /** Panels this narrow or narrower are factored column by column. */
    static final int LEAF = 8;
    private static final double EPS = Math.ulp(1.0);

    private final Matrix lu;
    private final int[] swaps;
    private final int n;
    private final double norm1;
    private final int zeroPivot;
    private final Backend backend;
    private double rcond = Double.NaN;

    private Lu(Matrix lu, int[] swaps, double norm1, int zeroPivot, Backend backend) {
        this.lu = lu;
        this.swaps = swaps;
        this.n = lu.rows;
        this.norm1 = norm1;
        this.zeroPivot = zeroPivot;
        this.backend = backend;
    }

    /**
     * Factors a square matrix (not modified) on the preferred backend.
     *
     * @throws IllegalArgumentException if a is not square or holds NaN or ±∞
     */
    public static Lu of(Matrix a) {
        return of(a, Backends.preferred());
    }

    /** Factors a square matrix (not modified) on the given backend. */
    public static Lu of(Matrix a, Backend backend) {
        Objects.requireNonNull(backend, "Lu.of: backend is null");
        Shapes.square("Lu.of", a);
        Shapes.finite("Lu.of", "A", a);
        Matrix f = a.copy();
        int[] swaps = new int[f.rows];
        int zero = factor(f, swaps, backend);
        return new Lu(f, swaps, a.norm1(), zero, backend);
    }

    /**
     * The factorisation if the matrix is nonsingular to working precision (no zero pivot and
     * rcond ≥ ε), so that {@link #solve} and {@link #inverse()} will not throw; else empty.
     *
     * @throws IllegalArgumentException if a is not square or holds NaN or ±∞
     */
    public static Optional<Lu> tryOf(Matrix a) {
        return tryOf(a, Backends.preferred());
    }

    /** {@link #tryOf(Matrix)} on the given backend. */
    public static Optional<Lu> tryOf(Matrix a, Backend backend) {
        Lu lu = of(a, backend);
        return lu.zeroPivot < 0 && lu.rcond() >= EPS ? Optional.of(lu) : Optional.empty();
    }

    /** Blocked right-looking LU in place; returns the first zero pivot's index or −1. */
    private static int factor(Matrix f, int[] swaps, Backend be) {
        int n = f.rows;
        int zero = -1;
        for (int j = 0; j < n; j += BLOCK) {
            int jb = Math.min(BLOCK, n - j);
            int z = panel(f, swaps, j, n - j, jb, be);
            if (zero < 0) {
                zero = z;
            }
            int rest = n - j - jb;
            if (rest > 0) {
                double[] a = f.data;
                int ld = f.ld;
                int o = f.offset;
                // U12 = L11⁻¹·A12, then A22 -= L21·U12
                be.level3().trsm(Side.LEFT, Uplo.LOWER, Transpose.NO, Diag.UNIT, jb, rest, 1.0,
                        a, o + j * ld + j, ld, a, o + j * ld + j + jb, ld);
                be.level3().gemm(Transpose.NO, Transpose.NO, rest, rest, jb, -1.0,
                        a, o + (j + jb) * ld + j, ld, a, o + j * ld + j + jb, ld,
                        1.0, a, o + (j + jb) * ld + j + jb, ld);
            }
        }
        return zero;
    }

    /**
     * Recursive LU of the m×w panel whose top-left corner is the diagonal element (c, c).
     * Row interchanges swap whole rows of the matrix, which in row-major storage are contiguous
     * and so apply the interchange to L, the panel and the trailing columns at once.
     */
    private static int panel(Matrix f, int[] swaps, int c, int m, int w, Backend be) {
        if (w <= LEAF) {
            return leaf(f, swaps, c, m, w, be);
        }
        int w1 = w / 2;
        int w2 = w - w1;
        double[] a = f.data;
        int ld = f.ld;
        int o = f.offset;
        int zero = panel(f, swaps, c, m, w1, be);
        be.level3().trsm(Side.LEFT, Uplo.LOWER, Transpose.NO, Diag.UNIT, w1, w2, 1.0,
                a, o + c * ld + c, ld, a, o + c * ld + c + w1, ld);
        if (m > w1) {
            be.level3().gemm(Transpose.NO, Transpose.NO, m - w1, w2, w1, -1.0,
                    a, o + (c + w1) * ld + c, ld, a, o + c * ld + c + w1, ld,
                    1.0, a, o + (c + w1) * ld + c + w1, ld);
        }
        int z2 = panel(f, swaps, c + w1, m - w1, w2, be);
        return zero >= 0 ? zero : z2;
    }

    /**
     * Column-by-column LU of a narrow panel. The rank-1 updates touch at most LEAF − 1 elements
     * per row, too few to pay for a kernel call per row, so they are plain loops over each row's
     * contiguous slice; the pivot search and the row swaps use the Level-1 kernels.
     */
    private static int leaf(Matrix f, int[] swaps, int c, int m, int w, Backend be) {
        double[] a = f.data;
        int ld = f.ld;
        int o = f.offset;
        int n = f.cols;
        int zero = -1;
        int end = c + m;
        for (int k = c; k < c + w; k++) {
            int p = k + be.level1().iamax(end - k, a, o + k * ld + k, ld);
            swaps[k] = p;
            if (p != k) {
                be.level1().swap(n, a, o + k * ld, a, o + p * ld);
            }
            double pivot = a[o + k * ld + k];
            if (pivot == 0.0) {
                // the column below is zero too (the pivot has the largest magnitude)
                if (zero < 0) {
                    zero = k;
                }
                continue;
            }
            int rk = o + k * ld;
            int cols = c + w - k - 1;
            for (int i = k + 1; i < end; i++) {
                int ri = o + i * ld;
                double l = a[ri + k] / pivot;
                a[ri + k] = l;
                for (int j = 1; j <= cols; j++) {
                    a[ri + k + j] -= l * a[rk + k + j];
                }
            }
        }
        return zero;
    }

    /** The order n. */
    public int size() {
        return n;
    }

    /** Whether a pivot is exactly zero: the matrix is singular (in floating point). */
    public boolean isSingular() {
        return zeroPivot >= 0;
    }

    /** L, unit lower triangular n×n (a new matrix). */
    public Matrix l() {
        Matrix l = Matrix.zeros(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                l.data[i * n + j] = lu.data[i * lu.ld + j];
            }
            l.data[i * n + i] = 1.0;
        }
        return l;
    }

    /** U, upper triangular n×n (a new matrix). */
    public Matrix u() {
        Matrix u = Matrix.zeros(n, n);
        for (int i = 0; i < n; i++) {
            System.arraycopy(lu.data, i * lu.ld + i, u.data, i * n + i, n - i);
        }
        return u;
    }

    /**
     * The row permutation as an index array p: row i of {@code P·A} is row {@code p[i]} of A,
     * so {@code L·U} equals A with its rows reordered by p.
     */
    public int[] permutation() {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int k = 0; k < n; k++) {
            int t = p[k];
            p[k] = p[swaps[k]];
            p[swaps[k]] = t;
        }
        return p;
    }

    /** det(A) = ±Πuᵢᵢ, accumulated with separate exponents: ±∞ or 0 only when det is. */
    public double determinant() {
        double mant = swapSign();
        long exp = 0;
        for (int i = 0; i < n; i++) {
            double u = lu.data[i * lu.ld + i];
            if (u == 0.0) {
                return 0.0;
            }
            int e = Math.getExponent(u);
            if (e == Double.MIN_EXPONENT - 1) {
                e = Math.getExponent(u * 0x1p60) - 60; // subnormal
            }
            mant *= Math.scalb(u, -e);
            exp += e;
            int me = Math.getExponent(mant);
            mant = Math.scalb(mant, -me);
            exp += me;
        }
        return Math.scalb(mant, (int) Math.max(Integer.MIN_VALUE / 2,
                Math.min(Integer.MAX_VALUE / 2, exp)));
    }

    /** sign(det A) and log|det A| = Σ log|uᵢᵢ|; see {@link LogDeterminant} for special cases. */
    public LogDeterminant logDeterminant() {
        double sign = swapSign();
        double log = 0.0;
        for (int i = 0; i < n; i++) {
            double u = lu.data[i * lu.ld + i];
            if (u == 0.0) {
                return new LogDeterminant(0.0, Double.NEGATIVE_INFINITY);
            }
            sign *= Math.signum(u);
            log += Math.log(Math.abs(u));
        }
        return new LogDeterminant(sign, log);
    }

    private double swapSign() {
        double s = 1.0;
        for (int k = 0; k < n; k++) {
            if (swaps[k] != k) {
                s = -s;
            }
        }
        return s;
    }

    /**
     * An estimate of the reciprocal 1-norm condition number {@code 1 / (‖A‖₁·‖A⁻¹‖₁)}, with
     * ‖A⁻¹‖₁ estimated by Hager and Higham's method from a few solves (O(n²)); it is at least the
     * true value and rarely more than ten times it. 0 for a singular matrix, 1 for 0×0.
     * Computed once and remembered.
     */
    public double rcond() {
        if (Double.isNaN(rcond)) {
            if (n == 0) {
                rcond = 1.0;
            } else if (zeroPivot >= 0 || norm1 == 0.0) {
                rcond = 0.0;
            } else {
                double inv = NormEstimator.inverseNorm1(n, new NormEstimator.Solver() {
                    @Override
                    public void solve(double[] x) {
                        solveInPlace(x);
                    }

                    @Override
                    public void solveTransposed(double[] x) {
                        solveTransposedInPlace(x);
                    }
                });
                double r = 1.0 / (norm1 * inv);
                rcond = r >= 0.0 ? Math.min(r, 1.0) : 0.0;
            }
        }
        return rcond;
    }

    private void checkSolvable(String op) {
        if (zeroPivot >= 0) {
            throw SingularMatrixException.atPivot(op, zeroPivot,
                    lu.data[zeroPivot * lu.ld + zeroPivot]);
        }
        double r = rcond();
        if (!(r >= EPS)) {
            throw SingularMatrixException.numerically(op, r);
        }
    }

    /**
     * The solution X of {@code A·X = B} (b not modified).
     *
     * @throws IllegalArgumentException if {@code b.rows() != n}
     * @throws SingularMatrixException if A is singular or rcond &lt; ε (see the class comment)
     */
    public Matrix solve(Matrix b) {
        Objects.requireNonNull(b, "Lu.solve: b is null");
        if (b.rows != n) {
            throw new IllegalArgumentException("Lu.solve: b.rows != n, got A " + n + "x" + n
                    + ", b " + b.shape());
        }
        checkSolvable("Lu.solve");
        Matrix x = b.copy();
        int k = x.cols;
        if (n == 0 || k == 0) {
            return x;
        }
        for (int i = 0; i < n; i++) {
            if (swaps[i] != i) {
                backend.level1().swap(k, x.data, i * x.ld, x.data, swaps[i] * x.ld);
            }
        }
        backend.level3().trsm(Side.LEFT, Uplo.LOWER, Transpose.NO, Diag.UNIT, n, k, 1.0,
                lu.data, lu.offset, lu.ld, x.data, 0, x.ld);
        backend.level3().trsm(Side.LEFT, Uplo.UPPER, Transpose.NO, Diag.NON_UNIT, n, k, 1.0,
                lu.data, lu.offset, lu.ld, x.data, 0, x.ld);
        return x;
    }

    /**
     * The solution x of {@code A·x = b} (b not modified).
     *
     * @throws IllegalArgumentException if {@code b.length() != n}
     * @throws SingularMatrixException if A is singular or rcond &lt; ε
     */
    public Vector solve(Vector b) {
        Objects.requireNonNull(b, "Lu.solve: b is null");
        if (b.length != n) {
            throw new IllegalArgumentException("Lu.solve: b.length != n, got A " + n + "x" + n
                    + ", b " + b.length);
        }
        checkSolvable("Lu.solve");
        double[] x = b.toArray();
        solveInPlace(x);
        return new Vector(x, 0, 1, n);
    }

    /**
     * The solution x of {@code Aᵀ·x = b} (b not modified).
     *
     * @throws IllegalArgumentException if {@code b.length() != n}
     * @throws SingularMatrixException if A is singular or rcond &lt; ε
     */
    public Vector solveTransposed(Vector b) {
        Objects.requireNonNull(b, "Lu.solveTransposed: b is null");
        if (b.length != n) {
            throw new IllegalArgumentException("Lu.solveTransposed: b.length != n, got A " + n
                    + "x" + n + ", b " + b.length);
        }
        checkSolvable("Lu.solveTransposed");
        double[] x = b.toArray();
        solveTransposedInPlace(x);
        return new Vector(x, 0, 1, n);
    }

    private void solveInPlace(double[] x) {
        for (int i = 0; i < n; i++) {
            int p = swaps[i];
            if (p != i) {
                double t = x[i];
                x[i] = x[p];
                x[p] = t;
            }
        }
        backend.level2().trsv(Uplo.LOWER, Transpose.NO, Diag.UNIT, n, lu.data, lu.offset, lu.ld,
                x, 0);
        backend.level2().trsv(Uplo.UPPER, Transpose.NO, Diag.NON_UNIT, n, lu.data, lu.offset,
                lu.ld, x, 0);
    }

    /** Aᵀ = Uᵀ·Lᵀ·P, so x = Pᵀ·L⁻ᵀ·U⁻ᵀ·b: the swaps are undone in reverse order. */
    private void solveTransposedInPlace(double[] x) {
        backend.level2().trsv(Uplo.UPPER, Transpose.YES, Diag.NON_UNIT, n, lu.data, lu.offset,
                lu.ld, x, 0);
        backend.level2().trsv(Uplo.LOWER, Transpose.YES, Diag.UNIT, n, lu.data, lu.offset, lu.ld,
                x, 0);
        for (int i = n - 1; i >= 0; i--) {
            int p = swaps[i];
            if (p != i) {
                double t = x[i];
                x[i] = x[p];
                x[p] = t;
            }
        }
    }

    /**
     * A⁻¹ (a new matrix), from {@code A·X = I}.
     *
     * @throws SingularMatrixException if A is singular or rcond &lt; ε
     */
    public Matrix inverse() {
        checkSolvable("Lu.inverse");
        return solve(Matrix.identity(n));
    }
}
