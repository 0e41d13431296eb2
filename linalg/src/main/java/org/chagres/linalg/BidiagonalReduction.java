package org.chagres.linalg;

import org.chagres.kernels.Level3;

/**
 * Householder bidiagonalisation (Golub–Kahan) of a tall matrix, {@code A = U·B·Vᵀ} with B
 * upper bidiagonal (Golub and Van Loan, Matrix Computations, 4th ed., Algorithm 5.4.2, LAPACK
 * {@code dgebd2}).
 *
 * <p>Step k applies a left reflector that zeros column k below the diagonal and a right
 * reflector that zeros row k beyond the superdiagonal. Both updates walk rows of the row-major
 * array: the left one as {@code y = Aᵀv, A −= τ·v·yᵀ}, the right one as a fused dot-and-update
 * per row.
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
    static BidiagonalReduction reduce(int m, int n, double[] a, double[] d, double[] f) {
        BidiagonalReduction r = new BidiagonalReduction(m, n);
        double[] work = new double[n];
        for (int k = 0; k < n; k++) {
            int len = m - k;
            double[] v = new double[len];
            for (int i = 0; i < len; i++) {
                v[i] = a[(k + i) * n + k];
            }
            double[] tb = HessenbergReduction.house(len, v, 0, 1);
            r.left[k] = v;
            r.tauLeft[k] = tb[0];
            d[k] = tb[1];
            HessenbergReduction.applyLeft(a, n, k, len, k + 1, n, v, tb[0], work);
            if (k < n - 1) {
                int lr = n - k - 1;
                double[] u = new double[lr];
                System.arraycopy(a, k * n + k + 1, u, 0, lr);
                double[] ub = HessenbergReduction.house(lr, u, 0, 1);
                r.right[k] = u;
                r.tauRight[k] = ub[0];
                f[k] = ub[1];
                HessenbergReduction.applyRight(a, n, k + 1, m, k + 1, lr, u, ub[0]);
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
