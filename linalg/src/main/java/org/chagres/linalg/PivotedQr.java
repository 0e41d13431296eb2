package org.chagres.linalg;

import java.util.Objects;
import org.chagres.kernels.Backend;
import org.chagres.kernels.Backends;
import org.chagres.kernels.Diag;
import org.chagres.kernels.Side;
import org.chagres.kernels.Transpose;
import org.chagres.kernels.Uplo;

/**
 * Householder QR with column pivoting, {@code A·P = Q·R}: at each step the remaining column of
 * largest norm is moved to the front (Businger and Golub, 1965), so that
 * {@code |r₀₀| ≥ |r₁₁| ≥ …} and the diagonal of R reveals the numerical rank.
 *
 * <p>Unblocked, as LAPACK's DGEQP2/DLAQP2: each reflector is applied with Level-2 kernels, and
 * the partial column norms are downdated, and recomputed when downdating would lose accuracy
 * (the test of Drmač and Bujanović, LAPACK Working Note 176). O(m·n²) at Level-2 speed: use
 * {@link Qr} when the rank is known to be full.
 */
public final class PivotedQr {

    private static final double EPS = Math.ulp(1.0);
    private static final double TOL3Z = Math.sqrt(EPS);

    private final Matrix f;
    private final double[] tau;
    private final int[] perm;
    private final int m;
    private final int n;
    private final int k;
    private final Backend backend;

    private PivotedQr(Matrix f, double[] tau, int[] perm, Backend backend) {
        this.f = f;
        this.tau = tau;
        this.perm = perm;
        this.m = f.rows;
        this.n = f.cols;
        this.k = Math.min(m, n);
        this.backend = backend;
    }

    /**
     * Factors a (not modified) on the preferred backend.
     *
     * @throws IllegalArgumentException if a holds NaN or ±∞
     */
    public static PivotedQr of(Matrix a) {
        return of(a, Backends.preferred());
    }

    /** Factors a (not modified) on the given backend. */
    public static PivotedQr of(Matrix a, Backend backend) {
        Objects.requireNonNull(a, "PivotedQr.of: A is null");
        Objects.requireNonNull(backend, "PivotedQr.of: backend is null");
        Shapes.finite("PivotedQr.of", "A", a);
        Matrix f = a.copy();
        int m = f.rows;
        int n = f.cols;
        int k = Math.min(m, n);
        int ld = f.ld;
        double[] d = f.data;
        int[] perm = new int[n];
        double[] vn1 = new double[n];
        double[] vn2 = new double[n];
        for (int j = 0; j < n; j++) {
            perm[j] = j;
            vn1[j] = m == 0 ? 0.0 : backend.level1().nrm2(m, d, j, ld);
            vn2[j] = vn1[j];
        }
        double[] tau = new double[k];
        double[] v = new double[m];
        double[] w = new double[n];
        for (int i = 0; i < k; i++) {
            int p = i;
            for (int j = i + 1; j < n; j++) {
                if (vn1[j] > vn1[p]) {
                    p = j;
                }
            }
            if (p != i) {
                backend.level1().swap(m, d, p, ld, d, i, ld);
                int t = perm[p];
                perm[p] = perm[i];
                perm[i] = t;
                vn1[p] = vn1[i];
                vn2[p] = vn2[i];
            }
            int top = i * ld + i;
            tau[i] = Householder.generate(d, top, m - i, ld, backend);
            if (i + 1 < n) {
                Householder.gather(d, top, m - i, ld, v);
                Householder.applyLeft(tau[i], v, m - i, n - i - 1, d, top + 1, ld, w, backend);
            }
            for (int j = i + 1; j < n; j++) {
                if (vn1[j] != 0.0) {
                    double q = Math.abs(d[i * ld + j]) / vn1[j];
                    double temp = Math.max(0.0, 1.0 - q * q);
                    double ratio = vn1[j] / vn2[j];
                    if (temp * ratio * ratio <= TOL3Z) {
                        vn1[j] = i + 1 < m ? backend.level1().nrm2(m - i - 1, d, (i + 1) * ld + j,
                                ld) : 0.0;
                        vn2[j] = vn1[j];
                    } else {
                        vn1[j] *= Math.sqrt(temp);
                    }
                }
            }
        }
        return new PivotedQr(f, tau, perm, backend);
    }

    /**
     * The column permutation p: column j of {@code A·P} is column {@code p[j]} of A (a copy).
     */
    public int[] permutation() {
        return perm.clone();
    }

    /** R, k×n upper trapezoidal with non-increasing |rᵢᵢ| (a new matrix). */
    public Matrix r() {
        Matrix r = Matrix.zeros(k, n);
        for (int i = 0; i < k; i++) {
            System.arraycopy(f.data, i * f.ld + i, r.data, i * r.ld + i, n - i);
        }
        return r;
    }

    /** The thin Q, m×k with orthonormal columns. */
    public Matrix q() {
        Matrix q = Matrix.zeros(m, k);
        for (int i = 0; i < k; i++) {
            q.data[i * q.ld + i] = 1.0;
        }
        formQ(q);
        return q;
    }

    /**
     * {@code B ← H₀⋯H_{k−1}·B} for B = [I; 0]: H_i leaves the columns before i of that product
     * unchanged, so only columns i.. are touched.
     */
    private void formQ(Matrix b) {
        double[] v = new double[m];
        double[] w = new double[b.cols];
        for (int i = k - 1; i >= 0; i--) {
            Householder.gather(f.data, i * f.ld + i, m - i, f.ld, v);
            int from = Math.min(i, b.cols);
            Householder.applyLeft(tau[i], v, m - i, b.cols - from, b.data, i * b.ld + from, b.ld,
                    w, backend);
        }
    }

    /** {@code B ← H_{k−1}⋯H₀·B = Qᵀ·B}. */
    private void applyQTranspose(Matrix b) {
        double[] v = new double[m];
        double[] w = new double[b.cols];
        for (int i = 0; i < k; i++) {
            Householder.gather(f.data, i * f.ld + i, m - i, f.ld, v);
            Householder.applyLeft(tau[i], v, m - i, b.cols, b.data, i * b.ld, b.ld, w, backend);
        }
    }

    /** The magnitudes |rᵢᵢ|, non-increasing. */
    public double[] diagonal() {
        double[] r = new double[k];
        for (int i = 0; i < k; i++) {
            r[i] = Math.abs(f.data[i * f.ld + i]);
        }
        return r;
    }

    /**
     * The numerical rank with the default tolerance {@code max(m, n)·ε·|r₀₀|} (the rule of
     * NumPy's matrix_rank, with |r₀₀| in place of σ₁): 0 for an empty or zero matrix.
     */
    public int rank() {
        double r00 = k == 0 ? 0.0 : Math.abs(f.data[0]);
        return rank(Math.max(m, n) * EPS * r00);
    }

    /**
     * The number of |rᵢᵢ| greater than tol.
     *
     * @throws IllegalArgumentException if tol is negative or NaN
     */
    public int rank(double tol) {
        if (!(tol >= 0.0)) {
            throw new IllegalArgumentException("PivotedQr.rank: tol must be >= 0, got " + tol);
        }
        int r = 0;
        while (r < k && Math.abs(f.data[r * f.ld + r]) > tol) {
            r++;
        }
        return r;
    }

    /**
     * A basic least-squares solution of {@code min ‖A·X − B‖_F} using the numerical rank r
     * ({@link #rank()}): {@code R₁₁·Z = (Qᵀ·B)[0:r]}, the other n − r unknowns (in pivoted order)
     * zero. It minimises the residual; it is not the minimum-norm solution when r &lt; n (use
     * {@link LeastSquares} for that).
     *
     * @throws IllegalArgumentException if {@code b.rows() != m}
     */
    public Matrix solve(Matrix b) {
        return solve(b, rank());
    }

    /** As {@link #solve(Matrix)} with the rank given. */
    Matrix solve(Matrix b, int r) {
        Objects.requireNonNull(b, "PivotedQr.solve: b is null");
        if (b.rows != m) {
            throw new IllegalArgumentException("PivotedQr.solve: b.rows != A.rows, got A " + m
                    + "x" + n + ", b " + b.shape());
        }
        int p = b.cols;
        Matrix qtb = b.copy();
        applyQTranspose(qtb);
        Matrix z = qtb.view(0, 0, r, p).copy();
        if (r > 0 && p > 0) {
            backend.level3().trsm(Side.LEFT, Uplo.UPPER, Transpose.NO, Diag.NON_UNIT, r, p, 1.0,
                    f.data, 0, f.ld, z.data, 0, z.ld);
        }
        Matrix x = Matrix.zeros(n, p);
        for (int i = 0; i < r; i++) {
            System.arraycopy(z.data, i * z.ld, x.data, perm[i] * x.ld, p);
        }
        return x;
    }

    /** A basic least-squares solution x of {@code min ‖A·x − b‖₂}; see {@link #solve(Matrix)}. */
    public Vector solve(Vector b) {
        Objects.requireNonNull(b, "PivotedQr.solve: b is null");
        if (b.length != m) {
            throw new IllegalArgumentException("PivotedQr.solve: b.length != A.rows, got A " + m
                    + "x" + n + ", b " + b.length);
        }
        Matrix x = solve(b.copy().asColumn());
        return new Vector(x.data, 0, 1, n);
    }
}
