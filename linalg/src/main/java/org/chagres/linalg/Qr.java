package org.chagres.linalg;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.chagres.kernels.Backend;
import org.chagres.kernels.Backends;
import org.chagres.kernels.Diag;
import org.chagres.kernels.Side;
import org.chagres.kernels.Transpose;
import org.chagres.kernels.Uplo;

/**
 * Householder QR decomposition {@code A = Q·R} of an m×n matrix: Q orthogonal (m×m, or its
 * first k = min(m, n) columns), R upper trapezoidal (k×n, or m×n with zero rows below).
 *
 * <p>Blocked with the compact WY representation (Schreiber and Van Loan, "A storage-efficient
 * WY representation for products of Householder transformations", SIAM J. Sci. Stat. Comput.
 * 10(1), 1989; LAPACK's DGEQRF/DLARFT/DLARFB): the reflectors of a panel of {@value #BLOCK}
 * columns are generated column by column with Level-2 kernels, gathered as
 * {@code H₁⋯H_b = I − Y·T·Yᵀ} (Y unit lower trapezoidal, T upper triangular), and applied to the
 * trailing matrix as {@code C −= Y·(Tᵀ·(Yᵀ·C))} with two gemms and a trmm. Q is never formed
 * unless asked for.
 */
public final class Qr {

    /** Panel width. */
    static final int BLOCK = 32;
    private static final double EPS = Math.ulp(1.0);

    private final Matrix f;
    private final double[] tau;
    private final List<double[]> ts;
    private final int m;
    private final int n;
    private final int k;
    private final Backend backend;
    private double rcond = Double.NaN;

    private Qr(Matrix f, double[] tau, List<double[]> ts, Backend backend) {
        this.f = f;
        this.tau = tau;
        this.ts = ts;
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
    public static Qr of(Matrix a) {
        return of(a, Backends.preferred());
    }

    /** Factors a (not modified) on the given backend. */
    public static Qr of(Matrix a, Backend backend) {
        Objects.requireNonNull(a, "Qr.of: A is null");
        Objects.requireNonNull(backend, "Qr.of: backend is null");
        Shapes.finite("Qr.of", "A", a);
        Matrix f = a.copy();
        int m = f.rows;
        int n = f.cols;
        int k = Math.min(m, n);
        double[] tau = new double[k];
        List<double[]> ts = new ArrayList<>();
        for (int j = 0; j < k; j += BLOCK) {
            int jb = Math.min(BLOCK, k - j);
            int mp = m - j;
            double[] y = new double[mp * jb];
            panel(f, j, mp, jb, tau, y, backend);
            double[] t = formT(y, mp, jb, tau, j, backend);
            ts.add(t);
            int nc = n - j - jb;
            if (nc > 0) {
                applyBlock(Transpose.YES, y, t, mp, jb, f.data, j * f.ld + j + jb, f.ld, nc,
                        backend);
            }
        }
        return new Qr(f, tau, ts, backend);
    }

    /**
     * Householder QR of the mp×jb panel at (j, j), done in a compact copy (ld = jb) so that its
     * columns are close together; on return the panel holds R and the reflectors, and y holds
     * Y explicitly (ones on the diagonal, zeros above).
     */
    private static void panel(Matrix f, int j, int mp, int jb, double[] tau, double[] y,
            Backend be) {
        double[] a = f.data;
        int ld = f.ld;
        for (int i = 0; i < mp; i++) {
            System.arraycopy(a, (j + i) * ld + j, y, i * jb, jb);
        }
        double[] v = new double[mp];
        double[] w = new double[jb];
        for (int c = 0; c < jb && c < mp; c++) {
            int top = c * jb + c;
            double t = Householder.generate(y, top, mp - c, jb, be);
            tau[j + c] = t;
            if (c + 1 < jb) {
                Householder.gather(y, top, mp - c, jb, v);
                Householder.applyLeft(t, v, mp - c, jb - c - 1, y, top + 1, jb, w, be);
            }
        }
        for (int i = 0; i < mp; i++) {
            System.arraycopy(y, i * jb, a, (j + i) * ld + j, jb);
            for (int c = i; c < jb; c++) {
                y[i * jb + c] = c == i ? 1.0 : 0.0;
            }
        }
    }

    /**
     * T of {@code H_j⋯H_{j+jb−1} = I − Y·T·Yᵀ}, built column by column (DLARFT, forward):
     * {@code T[0:i, i] = −τᵢ·T[0:i, 0:i]·(Y[:, 0:i]ᵀ·yᵢ)}, {@code T[i, i] = τᵢ}.
     */
    private static double[] formT(double[] y, int mp, int jb, double[] tau, int j, Backend be) {
        double[] t = new double[jb * jb];
        double[] v = new double[mp];
        double[] z = new double[jb];
        for (int i = 0; i < jb && i < mp; i++) {
            double ti = tau[j + i];
            t[i * jb + i] = ti;
            if (i == 0 || ti == 0.0) {
                continue;
            }
            // y_i is zero above row i, so only rows i.. of Y take part
            for (int r = i; r < mp; r++) {
                v[r - i] = y[r * jb + i];
            }
            be.level2().gemv(Transpose.YES, mp - i, i, -ti, y, i * jb, jb, v, 0, 0.0, z, 0);
            for (int r = 0; r < i; r++) {
                double s = 0.0;
                for (int c = r; c < i; c++) {
                    s += t[r * jb + c] * z[c];
                }
                t[r * jb + i] = s;
            }
        }
        return t;
    }

    /**
     * {@code C ← (I − Y·op(T)·Yᵀ)·C} for the mp×nc matrix C at {@code c[cOff]}: op = ᵀ applies
     * the block's Hᵀ (used to factor and for Qᵀ·B), op = NO applies H (for Q·B).
     */
    private static void applyBlock(Transpose opT, double[] y, double[] t, int mp, int jb,
            double[] c, int cOff, int ldc, int nc, Backend be) {
        double[] w = new double[jb * nc];
        be.level3().gemm(Transpose.YES, Transpose.NO, jb, nc, mp, 1.0, y, 0, jb, c, cOff, ldc,
                0.0, w, 0, nc);
        be.level3().trmm(Side.LEFT, Uplo.UPPER, opT, Diag.NON_UNIT, jb, nc, 1.0, t, 0, jb, w, 0,
                nc);
        be.level3().gemm(Transpose.NO, Transpose.NO, mp, nc, jb, -1.0, y, 0, jb, w, 0, nc, 1.0,
                c, cOff, ldc);
    }

    /** Y of the block starting at column j (width jb), rebuilt from the stored reflectors. */
    private double[] blockY(int j, int jb) {
        int mp = m - j;
        double[] y = new double[mp * jb];
        for (int i = 0; i < mp; i++) {
            int r = (j + i) * f.ld + j;
            for (int c = 0; c < jb; c++) {
                y[i * jb + c] = i > c ? f.data[r + c] : i == c ? 1.0 : 0.0;
            }
        }
        return y;
    }

    /** Number of rows of A. */
    public int rows() {
        return m;
    }

    /** Number of columns of A. */
    public int cols() {
        return n;
    }

    /** R, k×n upper trapezoidal with k = min(m, n) (a new matrix). */
    public Matrix r() {
        Matrix r = Matrix.zeros(k, n);
        for (int i = 0; i < k; i++) {
            System.arraycopy(f.data, i * f.ld + i, r.data, i * r.ld + i, n - i);
        }
        return r;
    }

    /** R padded with zero rows to m×n, the partner of {@link #fullQ()}. */
    public Matrix fullR() {
        Matrix r = Matrix.zeros(m, n);
        r().copyInto(r.view(0, 0, k, n));
        return r;
    }

    /** The thin Q: the first k = min(m, n) columns of Q, m×k with orthonormal columns. */
    public Matrix q() {
        return formQ(k);
    }

    /** The full orthogonal m×m Q. */
    public Matrix fullQ() {
        return formQ(m);
    }

    private Matrix formQ(int cols) {
        Matrix q = Matrix.zeros(m, cols);
        for (int i = 0; i < Math.min(m, cols); i++) {
            q.data[i * q.ld + i] = 1.0;
        }
        // Q·E applied block by block from the last; block j changes only columns j.. of E
        for (int b = ts.size() - 1; b >= 0; b--) {
            int j = b * BLOCK;
            int jb = Math.min(BLOCK, k - j);
            applyBlock(Transpose.NO, blockY(j, jb), ts.get(b), m - j, jb, q.data,
                    j * q.ld + j, q.ld, cols - j, backend);
        }
        return q;
    }

    /**
     * {@code Qᵀ·B} (a new m×p matrix; b not modified), without forming Q.
     *
     * @throws IllegalArgumentException if {@code b.rows() != m}
     */
    public Matrix applyQTranspose(Matrix b) {
        checkRows("Qr.applyQTranspose", b);
        Matrix x = b.copy();
        if (x.cols == 0) {
            return x;
        }
        for (int bl = 0; bl < ts.size(); bl++) {
            int j = bl * BLOCK;
            int jb = Math.min(BLOCK, k - j);
            applyBlock(Transpose.YES, blockY(j, jb), ts.get(bl), m - j, jb, x.data, j * x.ld,
                    x.ld, x.cols, backend);
        }
        return x;
    }

    /**
     * {@code Q·B} (a new m×p matrix; b not modified), without forming Q.
     *
     * @throws IllegalArgumentException if {@code b.rows() != m}
     */
    public Matrix applyQ(Matrix b) {
        checkRows("Qr.applyQ", b);
        Matrix x = b.copy();
        if (x.cols == 0) {
            return x;
        }
        for (int bl = ts.size() - 1; bl >= 0; bl--) {
            int j = bl * BLOCK;
            int jb = Math.min(BLOCK, k - j);
            applyBlock(Transpose.NO, blockY(j, jb), ts.get(bl), m - j, jb, x.data, j * x.ld,
                    x.ld, x.cols, backend);
        }
        return x;
    }

    private void checkRows(String op, Matrix b) {
        Objects.requireNonNull(b, op + ": b is null");
        if (b.rows != m) {
            throw new IllegalArgumentException(op + ": b.rows != A.rows, got A " + m + "x" + n
                    + ", b " + b.shape());
        }
    }

    /**
     * Estimate of the reciprocal 1-norm condition number of the leading k×k block of R (for
     * m ≥ n, that of A in the least-squares sense): 0 when a diagonal element is 0, 1 for k = 0.
     */
    public double rcond() {
        if (Double.isNaN(rcond)) {
            rcond = Triangular.rcondUpper(f.data, 0, f.ld, k, backend);
        }
        return rcond;
    }

    /**
     * The least-squares solution X minimising {@code ‖A·X − B‖_F} for a tall or square A
     * (m ≥ n) of full column rank: {@code R·X = (Qᵀ·B)[0:n]}.
     *
     * @throws IllegalArgumentException if {@code m < n} or {@code b.rows() != m}
     * @throws SingularMatrixException if A is rank-deficient: rcond of R below machine epsilon
     *     (use {@link PivotedQr} or {@link LeastSquares} with a cut-off for such problems)
     */
    public Matrix solve(Matrix b) {
        checkRows("Qr.solve", b);
        if (m < n) {
            throw new IllegalArgumentException("Qr.solve: least squares needs rows >= cols, got A "
                    + m + "x" + n + "; LeastSquares.solve handles a wide A");
        }
        double rc = rcond();
        if (!(rc >= EPS)) {
            throw SingularMatrixException.rankDeficient("Qr.solve", rc);
        }
        Matrix qtb = applyQTranspose(b);
        Matrix x = qtb.view(0, 0, n, b.cols).copy();
        if (n > 0 && b.cols > 0) {
            backend.level3().trsm(Side.LEFT, Uplo.UPPER, Transpose.NO, Diag.NON_UNIT, n, b.cols,
                    1.0, f.data, 0, f.ld, x.data, 0, x.ld);
        }
        return x;
    }

    /** The least-squares solution x of {@code min ‖A·x − b‖₂}; see {@link #solve(Matrix)}. */
    public Vector solve(Vector b) {
        Objects.requireNonNull(b, "Qr.solve: b is null");
        if (b.length != m) {
            throw new IllegalArgumentException("Qr.solve: b.length != A.rows, got A " + m + "x" + n
                    + ", b " + b.length);
        }
        Matrix x = solve(b.copy().asColumn());
        return new Vector(x.data, 0, 1, n);
    }

    /**
     * For this factorisation of {@code Aᵀ} (A wide, n×m with n ≤ m, so Aᵀ is this m×n), the
     * minimum-norm solution of the underdetermined system {@code A·X = B}: with
     * {@code Aᵀ = Q·R}, {@code X = Q·R⁻ᵀ·B}.
     *
     * @param b n×p right-hand sides; not modified
     * @throws SingularMatrixException if rcond of R is below machine epsilon
     */
    Matrix solveMinimumNormOfTranspose(String op, Matrix b) {
        double rc = rcond();
        if (!(rc >= EPS)) {
            throw SingularMatrixException.rankDeficient(op, rc);
        }
        Matrix y = Matrix.zeros(m, b.cols);
        b.copyInto(y.view(0, 0, k, b.cols));
        if (k > 0 && b.cols > 0) {
            backend.level3().trsm(Side.LEFT, Uplo.UPPER, Transpose.YES, Diag.NON_UNIT, k, b.cols,
                    1.0, f.data, 0, f.ld, y.data, 0, y.ld);
        }
        return applyQ(y);
    }
}
