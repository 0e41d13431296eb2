package org.chagres.linalg;

import org.chagres.kernels.Level1;
import org.chagres.kernels.Level3;

/**
 * Householder reduction of a symmetric matrix to tridiagonal form, {@code T = Qᵀ·A·Q}
 * (Golub and Van Loan, Matrix Computations, 4th ed., Algorithm 8.3.1, LAPACK {@code dsytd2}).
 *
 * <p>The matrix is held in the upper triangle of a row-major array, so the reflector of step
 * k is taken from row k (contiguous) and each symmetric product and rank-2 update walks rows.
 * The product {@code A₂₂·v} of step k+1 is computed in the same pass as the rank-2 update of
 * step k, so the trailing triangle is read and written once per step.
 */
final class TridiagonalReduction {

    private TridiagonalReduction() {
    }

    /**
     * Reduces the symmetric matrix whose upper triangle is in {@code u} (n × n, overwritten)
     * to T with diagonal {@code d[0..n)} and off-diagonal {@code e[0..n−1)}, and returns
     * {@code Qᵀ} (n × n, row-major) with {@code A = Q·T·Qᵀ}.
     */
    static double[] reduce(int n, double[] u, double[] d, double[] e, Level1 l1,
            Level3 l3) {
        int count = Math.max(0, n - 2);
        double[][] vs = new double[count][];
        double[] taus = new double[count];
        double[] p = new double[n];
        double[] w = new double[n];
        boolean haveProduct = false;
        for (int k = 0; k < count; k++) {
            int m = n - k - 1;
            int s = k + 1;
            double[] v;
            double tau;
            if (!haveProduct) {
                v = new double[m];
                System.arraycopy(u, k * n + s, v, 0, m);
                double[] tb = HessenbergReduction.house(m, v, 0, 1);
                tau = tb[0];
                e[k] = tb[1];
                symmetricProduct(u, n, s, v, p, l1);
            } else {
                v = vs[k];
                tau = taus[k];
            }
            d[k] = u[k * n + k];
            vs[k] = v;
            taus[k] = tau;
            if (tau == 0.0) {
                haveProduct = false;
                continue;
            }
            // p = τ·A₂₂·v, w = p − (τ/2)(pᵀv)·v
            double pv = 0.0;
            for (int i = 0; i < m; i++) {
                p[i] *= tau;
                pv += p[i] * v[i];
            }
            double half = 0.5 * tau * pv;
            for (int i = 0; i < m; i++) {
                w[i] = p[i] - half * v[i];
            }
            haveProduct = updateAndNextProduct(u, n, k, v, w, p, vs, taus, e, l1);
        }
        for (int k = count; k < n; k++) {
            d[k] = u[k * n + k];
            if (k + 1 < n) {
                e[k] = u[k * n + k + 1];
            }
        }
        return HessenbergReduction.productTransposed(n, n, count, 1, vs, taus, l3);
    }

    /** {@code p[0..m) = A₂₂·v} for the trailing block starting at row and column s. */
    private static void symmetricProduct(double[] u, int n, int s, double[] v, double[] p,
            Level1 l1) {
        int m = n - s;
        java.util.Arrays.fill(p, 0, m, 0.0);
        for (int r = 0; r < m; r++) {
            rowProduct(u, (s + r) * n + s + r, m - r, v, r, p, l1);
        }
    }

    /**
     * Adds row r's contribution (upper part, diagonal first, at {@code u[pos]}, length len) to
     * {@code p = A·v}: {@code p[r] += row·v[r..]} and {@code p[r+j] += a_{r,r+j}·v[r]}.
     */
    private static void rowProduct(double[] u, int pos, int len, double[] v, int r,
            double[] p, Level1 l1) {
        p[r] += l1.dot(len, u, pos, v, r);
        l1.axpy(len - 1, v[r], u, pos + 1, p, r + 1);
    }

    /**
     * Applies {@code A₂₂ −= v·wᵀ + w·vᵀ} (step k, block from row k+1) row by row; right after
     * row k+1 is updated it builds step k+1's reflector from it, and each later row then
     * contributes to step k+1's product while still in cache. Returns whether step k+1's
     * reflector and product ({@code vs[k+1]}, {@code taus[k+1]}, {@code e[k+1]}, p) are ready.
     */
    private static boolean updateAndNextProduct(double[] u, int n, int k, double[] v,
            double[] w, double[] p, double[][] vs, double[] taus, double[] e, Level1 l1) {
        int s = k + 1;
        int m = n - s;
        boolean next = k + 1 < n - 2;
        double[] v2 = null;
        for (int r = 0; r < m; r++) {
            int pos = (s + r) * n + s + r;
            int len = m - r;
            l1.axpy(len, -v[r], w, r, u, pos);
            l1.axpy(len, -w[r], v, r, u, pos);
            if (!next) {
                continue;
            }
            if (r == 0) {
                v2 = new double[m - 1];
                System.arraycopy(u, pos + 1, v2, 0, m - 1);
                double[] tb = HessenbergReduction.house(m - 1, v2, 0, 1);
                vs[k + 1] = v2;
                taus[k + 1] = tb[0];
                e[k + 1] = tb[1];
                java.util.Arrays.fill(p, 0, m - 1, 0.0);
            } else {
                rowProduct(u, pos, len, v2, r - 1, p, l1);
            }
        }
        return next;
    }
}
