package org.chagres.linalg;

import java.util.Objects;
import org.chagres.kernels.Backend;
import org.chagres.kernels.Backends;

/**
 * Singular value decomposition {@code A = U·diag(σ)·Vᵀ} of a real m × n matrix, singular
 * values σ in descending order, U and V with orthonormal columns.
 *
 * <p>Thin ({@link #of}): with {@code k = min(m, n)}, U is m × k and V is n × k. Full
 * ({@link #full}): U is m × m and V is n × n; the extra columns complete orthonormal bases.
 *
 * <p>Algorithm: Householder bidiagonalisation, then implicit QR sweeps on the bidiagonal
 * matrix with the Demmel–Kahan zero shift when a shift would spoil small singular values
 * (LAPACK {@code dgesvd}'s path; see {@link BidiagonalQr}). A wide matrix is decomposed
 * through its transpose. The matrix is first scaled by a power of two (exact) so that its
 * largest magnitude lies in [1, 2).
 *
 * <p>Special cases: if m or n is 0 there are no singular values and U, V are empty (full: the
 * identity of their order); a NaN or infinite entry is rejected with IllegalArgumentException.
 */
public final class Svd {

    private final int m;
    private final int n;
    private final double[] sigma;
    private final double[] u;
    private final int uCols;
    private final double[] v;
    private final int vCols;

    private Svd(int m, int n, double[] sigma, double[] u, int uCols, double[] v, int vCols) {
        this.m = m;
        this.n = n;
        this.sigma = sigma;
        this.u = u;
        this.uCols = uCols;
        this.v = v;
        this.vCols = vCols;
    }

    /**
     * The thin SVD of a (not modified) with the {@linkplain Backends#preferred() preferred}
     * backend: U is m × k, V is n × k, k = min(m, n).
     *
     * @throws IllegalArgumentException if a holds NaN or an infinity
     * @throws NoConvergenceException if the bidiagonal QR iteration needs more than 6·k² steps
     */
    public static Svd of(Matrix a) {
        return of(a, Backends.preferred());
    }

    /** As {@link #of(Matrix)}, computing with the given backend. */
    public static Svd of(Matrix a, Backend backend) {
        check("Svd.of", a, backend);
        return of("Svd.of", a.rows(), a.cols(), a.array(), a.offset(), a.ld(), true, false,
                backend);
    }

    /**
     * The full SVD of a (not modified): U is m × m and V is n × n.
     *
     * @throws IllegalArgumentException as {@link #of(Matrix)}
     */
    public static Svd full(Matrix a) {
        return full(a, Backends.preferred());
    }

    /** As {@link #full(Matrix)}, computing with the given backend. */
    public static Svd full(Matrix a, Backend backend) {
        check("Svd.full", a, backend);
        return of("Svd.full", a.rows(), a.cols(), a.array(), a.offset(), a.ld(), true, true,
                backend);
    }

    /**
     * The singular values of a (not modified) in descending order, without U and V.
     *
     * @throws IllegalArgumentException as {@link #of(Matrix)}
     */
    public static double[] values(Matrix a) {
        return values(a, Backends.preferred());
    }

    /** As {@link #values(Matrix)}, computing with the given backend. */
    public static double[] values(Matrix a, Backend backend) {
        check("Svd.values", a, backend);
        return of("Svd.values", a.rows(), a.cols(), a.array(), a.offset(), a.ld(), false,
                false, backend).sigma;
    }

    private static void check(String op, Matrix a, Backend backend) {
        Objects.requireNonNull(a, op + ": A is null");
        Objects.requireNonNull(backend, op + ": backend is null");
    }

    /**
     * Decomposes the row-major m × n matrix at {@code a[off + i·ld + j]} (not modified).
     * {@code vectors == false} computes the singular values only.
     */
    static Svd of(String op, int m, int n, double[] a, int off, int ld, boolean vectors,
            boolean full, Backend backend) {
        boolean wide = m < n;
        int rows = wide ? n : m;
        int cols = wide ? m : n;
        double[] w = new double[rows * cols];
        double scale = copyScaled(op, m, n, a, off, ld, w, wide);
        if (cols > 0 && rows >= TALL_RATIO * cols) {
            return viaQr(op, m, n, rows, cols, w, scale, vectors, full, wide, backend);
        }
        int k = cols;
        double[] d = new double[k];
        double[] f = new double[Math.max(k - 1, 0)];
        BidiagonalReduction red = BidiagonalReduction.reduce(rows, cols, w, d, f,
                backend.level1());
        if (!vectors) {
            BidiagonalQr.iterate(op, k, d, f, null, null);
            double[] s = new double[k];
            int[] order = descendingAbs(d);
            for (int i = 0; i < k; i++) {
                s[i] = Math.abs(d[order[i]]) / scale;
            }
            return new Svd(m, n, s, null, 0, null, 0);
        }
        int leftRows = full ? rows : k;
        double[] ut = red.leftTransposed(leftRows, backend.level3());
        double[] vt = red.rightTransposed(backend.level3());
        JacobiRotationLog logU = JacobiRotationLog.forRows(ut, k, rows, backend.level1());
        JacobiRotationLog logV = JacobiRotationLog.forRows(vt, k, cols, backend.level1());
        BidiagonalQr.iterate(op, k, d, f, logU, logV);
        logU.flush();
        logV.flush();
        for (int i = 0; i < k; i++) {
            if (d[i] < 0.0) {
                d[i] = -d[i];
                for (int j = 0; j < cols; j++) {
                    vt[i * cols + j] = -vt[i * cols + j];
                }
            }
        }
        int[] order = descendingAbs(d);
        double[] s = new double[k];
        for (int i = 0; i < k; i++) {
            s[i] = d[order[i]] / scale;
        }
        int[] leftOrder = extend(order, leftRows);
        int[] rightOrder = extend(order, cols);
        // bigU: rows × leftRows with the left vectors of the tall problem in its columns
        double[] bigU = transposeRows(leftRows, rows, ut, leftOrder);
        double[] bigV = transposeRows(full ? cols : k, cols, vt, rightOrder);
        int bigVCols = full ? cols : k;
        if (wide) {
            return new Svd(m, n, s, bigV, bigVCols, bigU, leftRows);
        }
        return new Svd(m, n, s, bigU, leftRows, bigV, bigVCols);
    }

    /**
     * Row/column ratio from which a tall problem is first reduced by QR (R-bidiagonalisation,
     * T. F. Chan, "An improved algorithm for computing the singular value decomposition",
     * ACM TOMS 8, 1982). 1.6 is LAPACK's crossover for dgesvd (ILAENV ISPEC = 6).
     */
    static final double TALL_RATIO = 1.6;

    /**
     * The SVD of the tall, scaled rows × cols matrix w (A or Aᵀ) through w = Q·R: the blocked
     * Householder QR does the O(rows·cols²) work at level-3 speed, the bidiagonal SVD only sees
     * the cols × cols factor R = U_R·Σ·Vᵀ, and U = Q·U_R.
     */
    private static Svd viaQr(String op, int m, int n, int rows, int cols, double[] w,
            double scale, boolean vectors, boolean full, boolean wide, Backend backend) {
        Qr qr = Qr.of(Matrix.wrap(w, 0, cols, rows, cols), backend);
        Matrix r = qr.r();
        Svd inner = of(op, cols, cols, r.array(), r.offset(), r.ld(), vectors, false, backend);
        double[] s = new double[cols];
        for (int i = 0; i < cols; i++) {
            s[i] = inner.sigma[i] / scale;
        }
        if (!vectors) {
            return new Svd(m, n, s, null, 0, null, 0);
        }
        int leftCols = full ? rows : cols;
        Matrix top = Matrix.zeros(rows, leftCols);
        for (int i = 0; i < cols; i++) {
            System.arraycopy(inner.u, i * cols, top.data, i * leftCols, cols);
        }
        for (int i = cols; i < leftCols; i++) {
            top.data[i * leftCols + i] = 1.0;
        }
        double[] bigU = qr.applyQ(top).data;
        double[] bigV = inner.v;
        if (wide) {
            return new Svd(m, n, s, bigV, cols, bigU, leftCols);
        }
        return new Svd(m, n, s, bigU, leftCols, bigV, cols);
    }

    /** Copies A (or Aᵀ when {@code transpose}) times a power of two into w; returns it. */
    private static double copyScaled(String op, int m, int n, double[] a, int off, int ld,
            double[] w, boolean transpose) {
        double max = 0.0;
        for (int i = 0; i < m; i++) {
            int p = off + i * ld;
            for (int j = 0; j < n; j++) {
                double x = a[p + j];
                if (!(Math.abs(x) < Double.POSITIVE_INFINITY)) {
                    throw new IllegalArgumentException(op + ": A[" + i + "][" + j
                            + "] is not finite, got " + x);
                }
                max = Math.max(max, Math.abs(x));
            }
        }
        double scale = max == 0.0 ? 1.0 : Math.scalb(1.0, -Math.getExponent(max));
        for (int i = 0; i < m; i++) {
            int p = off + i * ld;
            for (int j = 0; j < n; j++) {
                if (transpose) {
                    w[j * m + i] = a[p + j] * scale;
                } else {
                    w[i * n + j] = a[p + j] * scale;
                }
            }
        }
        return scale;
    }

    /** The permutation sorting |d| descending (stable). */
    private static int[] descendingAbs(double[] d) {
        double[] neg = new double[d.length];
        for (int i = 0; i < d.length; i++) {
            neg[i] = -Math.abs(d[i]);
        }
        return SymmetricEigen.ascending(neg);
    }

    /** {@code order} followed by {@code order.length .. len − 1}. */
    private static int[] extend(int[] order, int len) {
        int[] out = new int[len];
        System.arraycopy(order, 0, out, 0, order.length);
        for (int i = order.length; i < len; i++) {
            out[i] = i;
        }
        return out;
    }

    /**
     * Returns the {@code len × count} matrix whose column j is row {@code order[j]} of the
     * row-major {@code w} (rows of length len).
     */
    private static double[] transposeRows(int count, int len, double[] w, int[] order) {
        double[] out = new double[len * count];
        final int b = 32;
        for (int j0 = 0; j0 < count; j0 += b) {
            int j1 = Math.min(count, j0 + b);
            for (int i0 = 0; i0 < len; i0 += b) {
                int i1 = Math.min(len, i0 + b);
                for (int j = j0; j < j1; j++) {
                    int src = order[j] * len;
                    for (int i = i0; i < i1; i++) {
                        out[i * count + j] = w[src + i];
                    }
                }
            }
        }
        return out;
    }

    /** Rows of the decomposed matrix. */
    public int rows() {
        return m;
    }

    /** Columns of the decomposed matrix. */
    public int cols() {
        return n;
    }

    /** The singular values, descending (a new array of length min(m, n)). */
    public double[] singularValues() {
        return sigma.clone();
    }

    /** U (a new matrix): m × min(m, n) for the thin SVD, m × m for the full one. */
    public Matrix u() {
        return Matrix.of(m, uCols, u);
    }

    /** V (a new matrix): n × min(m, n) for the thin SVD, n × n for the full one. */
    public Matrix v() {
        return Matrix.of(n, vCols, v);
    }

    /** The largest singular value σ₁ = ‖A‖₂; 0 for an empty matrix. */
    public double norm2() {
        return sigma.length == 0 ? 0.0 : sigma[0];
    }

    /**
     * The 2-norm condition number σ₁ / σ_k (k = min(m, n)): +∞ when σ_k = 0 (including the
     * zero matrix), NaN for an empty matrix.
     */
    public double conditionNumber() {
        if (sigma.length == 0) {
            return Double.NaN;
        }
        double last = sigma[sigma.length - 1];
        return last == 0.0 ? Double.POSITIVE_INFINITY : sigma[0] / last;
    }

    /**
     * The number of singular values greater than {@code max(m, n)·ε·σ₁} (NumPy's
     * {@code matrix_rank} default).
     */
    public int rank() {
        return rank(defaultTolerance());
    }

    /**
     * The number of singular values greater than {@code tol}.
     *
     * @throws IllegalArgumentException if tol is negative or NaN
     */
    public int rank(double tol) {
        if (!(tol >= 0.0)) {
            throw new IllegalArgumentException("Svd.rank: tol must be >= 0, got " + tol);
        }
        int r = 0;
        while (r < sigma.length && sigma[r] > tol) {
            r++;
        }
        return r;
    }

    private double defaultTolerance() {
        return norm2() * Math.max(m, n) * Math.ulp(1.0);
    }

    /** Default rcond: {@code max(m, n)·ε}, LAPACK {@code dgelss}/NumPy {@code lstsq}'s. */
    private double defaultRcond() {
        return Math.max(m, n) * Math.ulp(1.0);
    }

    /**
     * The Moore–Penrose pseudo-inverse {@code A⁺ = V·diag(1/σᵢ)·Uᵀ} (n × m), singular values
     * {@code <= max(m, n)·ε·σ₁} treated as zero.
     */
    public Matrix pseudoInverse() {
        return pseudoInverse(defaultRcond());
    }

    /**
     * The pseudo-inverse with singular values {@code σᵢ <= rcond·σ₁} treated as zero.
     *
     * @throws IllegalArgumentException if rcond is negative or NaN
     */
    public Matrix pseudoInverse(double rcond) {
        int r = cutoff("Svd.pseudoInverse", rcond);
        double[] out = new double[n * m];
        double[] row = new double[r];
        for (int i = 0; i < n; i++) {
            for (int l = 0; l < r; l++) {
                row[l] = v[i * vCols + l] / sigma[l];
            }
            for (int j = 0; j < m; j++) {
                double t = 0.0;
                for (int l = 0; l < r; l++) {
                    t += row[l] * u[j * uCols + l];
                }
                out[i * m + j] = t;
            }
        }
        return Matrix.of(n, m, out);
    }

    private int cutoff(String op, double rcond) {
        if (!(rcond >= 0.0)) {
            throw new IllegalArgumentException(op + ": rcond must be >= 0, got " + rcond);
        }
        return rank(rcond * norm2());
    }

    /**
     * The minimum-norm least-squares solution X (n × b.cols) of {@code min ‖A·X − B‖_F}:
     * {@code X = V·diag(1/σᵢ)·Uᵀ·B} over the singular values {@code σᵢ > max(m, n)·ε·σ₁};
     * b is not modified.
     *
     * @throws IllegalArgumentException if b.rows != m
     */
    public Matrix solve(Matrix b) {
        return solve(b, defaultRcond());
    }

    /**
     * As {@link #solve(Matrix)} with the singular values {@code σᵢ <= rcond·σ₁} treated as
     * zero; {@link #rank(double) rank(rcond·norm2())} gives the rank this uses.
     *
     * @throws IllegalArgumentException if b.rows != m, or rcond is negative or NaN
     */
    public Matrix solve(Matrix b, double rcond) {
        String op = "Svd.solve";
        Objects.requireNonNull(b, op + ": B is null");
        if (b.rows() != m) {
            throw new IllegalArgumentException(op + ": B.rows != A.rows, got A " + m + "x" + n
                    + ", B " + b.rows() + "x" + b.cols());
        }
        int r = cutoff(op, rcond);
        int p = b.cols();
        double[] bd = b.array();
        int bo = b.offset();
        int ldb = b.ld();
        // c = diag(1/σ)·U_rᵀ·B (r × p), then X = V_r·c
        double[] c = new double[r * p];
        for (int i = 0; i < m; i++) {
            for (int l = 0; l < r; l++) {
                double ul = u[i * uCols + l];
                for (int j = 0; j < p; j++) {
                    c[l * p + j] += ul * bd[bo + i * ldb + j];
                }
            }
        }
        for (int l = 0; l < r; l++) {
            double inv = 1.0 / sigma[l];
            for (int j = 0; j < p; j++) {
                c[l * p + j] *= inv;
            }
        }
        double[] x = new double[n * p];
        for (int i = 0; i < n; i++) {
            for (int l = 0; l < r; l++) {
                double vl = v[i * vCols + l];
                for (int j = 0; j < p; j++) {
                    x[i * p + j] += vl * c[l * p + j];
                }
            }
        }
        return Matrix.of(n, p, x);
    }

    /** As {@link #solve(Matrix, double)} for one right-hand side. */
    public Vector solve(Vector b, double rcond) {
        Objects.requireNonNull(b, "Svd.solve: b is null");
        Matrix x = solve(Matrix.of(b.length(), 1, b.toArray()), rcond);
        return Vector.of(x.toArray());
    }

    /** U row-major (m × uCols), a copy. */
    double[] uData() {
        return u.clone();
    }

    int uCols() {
        return uCols;
    }

    /** V row-major (n × vCols), a copy. */
    double[] vData() {
        return v.clone();
    }

    int vCols() {
        return vCols;
    }
}
