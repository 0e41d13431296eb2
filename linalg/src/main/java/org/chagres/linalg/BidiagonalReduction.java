package org.chagres.linalg;

import org.chagres.kernels.Level1;
import org.chagres.kernels.Level3;

/**
 * Householder bidiagonalisation (Golub–Kahan) of a tall matrix, {@code A = U·B·Vᵀ} with B
 * upper bidiagonal (Golub and Van Loan, Matrix Computations, 4th ed., Algorithm 5.4.2, LAPACK
 * {@code dgebd2}).
 *
 * <p>Step k applies a left reflector that zeros column k below the diagonal and a right
 * reflector that zeros row k beyond the superdiagonal. The trailing matrix is read and written
 * once per step: in the same row-by-row pass each row gets the left update
 * ({@code row −= τ_L·v_i·y}), the right update ({@code row −= τ_R·(row·u)·uᵀ}) and then
 * contributes {@code x_i·row} to {@code z = Σ x_i·row_i}, from which the next step's
 * {@code y = Aᵀv} follows without another pass ({@code y = row_{k+1} + z/(α − β)}, since the
 * next left vector is {@code v_i = x_i/(α − β)}). Every row operation is a Level-1 kernel.
 */
final class BidiagonalReduction {

    private final int m;
    private final int n;
    private final double[][] left;
    private final double[] tauLeft;
    private final double[][] right;
    private final double[] tauRight;

    private BidiagonalReduction(int m, int n) {
        this.m = m;
        this.n = n;
        this.left = new double[n][];
        this.tauLeft = new double[n];
        this.right = new double[Math.max(n - 1, 0)][];
        this.tauRight = new double[Math.max(n - 1, 0)];
    }

    /**
     * Reduces the row-major m × n matrix {@code a} ({@code m >= n}, leading dimension n,
     * overwritten) to B with diagonal {@code d[0..n)} and superdiagonal {@code f[0..n−1)}.
     */
    static BidiagonalReduction reduce(int m, int n, double[] a, double[] d, double[] f,
            Level1 l1) {
        BidiagonalReduction r = new BidiagonalReduction(m, n);
        double[] y = new double[n];
        double[] z = new double[n];
        boolean haveZ = false;
        for (int k = 0; k < n; k++) {
            int len = m - k;
            int w = n - k - 1;
            double[] v = new double[len];
            for (int i = 0; i < len; i++) {
                v[i] = a[(k + i) * n + k];
            }
            double alpha = v[0];
            double[] tb = HessenbergReduction.house(len, v, 0, 1);
            double tauL = tb[0];
            r.left[k] = v;
            r.tauLeft[k] = tauL;
            d[k] = tb[1];
            int rowK = k * n + k + 1;
            if (tauL != 0.0 && w > 0) {
                // y = Aᵀv over columns k+1..n−1
                if (haveZ) {
                    double inv = 1.0 / (alpha - tb[1]);
                    System.arraycopy(a, rowK, y, 0, w);
                    l1.axpy(w, inv, z, 0, y, 0);
                } else {
                    java.util.Arrays.fill(y, 0, w, 0.0);
                    for (int i = 0; i < len; i++) {
                        l1.axpy(w, v[i], a, rowK + i * n, y, 0);
                    }
                }
                l1.axpy(w, -tauL, y, 0, a, rowK);
            } else {
                tauL = 0.0;
            }
            double[] u = null;
            double tauR = 0.0;
            if (k < n - 1) {
                u = new double[w];
                System.arraycopy(a, rowK, u, 0, w);
                double[] ub = HessenbergReduction.house(w, u, 0, 1);
                tauR = ub[0];
                r.right[k] = u;
                r.tauRight[k] = tauR;
                f[k] = ub[1];
            }
            haveZ = w > 1;
            if (haveZ) {
                java.util.Arrays.fill(z, 0, w - 1, 0.0);
            }
            for (int i = 1; i < len; i++) {
                int p = rowK + i * n;
                if (tauL != 0.0) {
                    l1.axpy(w, -tauL * v[i], y, 0, a, p);
                }
                if (tauR != 0.0) {
                    double t = tauR * l1.dot(w, a, p, u, 0);
                    l1.axpy(w, -t, u, 0, a, p);
                }
                if (haveZ && i >= 2) {
                    l1.axpy(w - 1, a[p], a, p + 1, z, 0);
                }
            }
        }
        return r;
    }

    /** The first {@code rows} rows of {@code Uᵀ} ({@code n <= rows <= m}), a rows × m array. */
    double[] leftTransposed(int rows, Level3 l3) {
        return HessenbergReduction.productTransposed(rows, m, n, 0, left, tauLeft, l3);
    }

    /** {@code Vᵀ}, an n × n array. */
    double[] rightTransposed(Level3 l3) {
        return HessenbergReduction.productTransposed(n, n, right.length, 1, right, tauRight,
                l3);
    }
}
