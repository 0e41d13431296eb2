package org.chagres.linalg;

/**
 * Householder reduction of a general square matrix to upper Hessenberg form,
 * {@code H = Qᵀ·A·Q}, and the elementary reflector routines shared by the tridiagonal and
 * bidiagonal reductions.
 *
 * <p>A reflector is {@code P = I − τ·v·vᵀ} with {@code v[0] = 1}; {@link #house} chooses it
 * so that {@code P·x = β·e₁} (Golub and Van Loan, Matrix Computations, 4th ed., §5.1.2, with
 * the sign of β opposite to x₀ so that no cancellation occurs). All matrices are row-major
 * with leading dimension equal to their column count.
 */
final class HessenbergReduction {

    private HessenbergReduction() {
    }

    /**
     * Overwrites {@code x[off + i·inc]}, {@code 0 <= i < m}, with the reflector vector v
     * ({@code v[0] = 1} stored) and returns {@code {τ, β}}; τ = 0 (P = I) when x is already a
     * multiple of e₁.
     */
    static double[] house(int m, double[] x, int off, int inc) {
        double alpha = x[off];
        double scale = 0.0;
        for (int i = 1; i < m; i++) {
            scale = Math.max(scale, Math.abs(x[off + i * inc]));
        }
        if (scale == 0.0) {
            x[off] = 1.0;
            return new double[] {0.0, alpha};
        }
        // scaled sum of squares: no overflow or harmful underflow for any finite input
        double ss = 0.0;
        for (int i = 1; i < m; i++) {
            double t = x[off + i * inc] / scale;
            ss += t * t;
        }
        double sigma = scale * Math.sqrt(ss);
        double beta = -Math.copySign(Math.hypot(alpha, sigma), alpha);
        double tau = (beta - alpha) / beta;
        double inv = 1.0 / (alpha - beta);
        for (int i = 1; i < m; i++) {
            x[off + i * inc] *= inv;
        }
        x[off] = 1.0;
        return new double[] {tau, beta};
    }

    /**
     * Rows {@code r0 <= i < r1} of {@code a} (leading dimension ld), columns
     * {@code c0 .. c0 + m − 1}: {@code row ← row·(I − τ·v·vᵀ)}. One pass per row: the dot
     * product and the update run while the row is in L1.
     */
    static void applyRight(double[] a, int ld, int r0, int r1, int c0, int m, double[] v,
            double tau) {
        if (tau == 0.0) {
            return;
        }
        for (int i = r0; i < r1; i++) {
            int p = i * ld + c0;
            double t = 0.0;
            for (int j = 0; j < m; j++) {
                t += a[p + j] * v[j];
            }
            t *= tau;
            for (int j = 0; j < m; j++) {
                a[p + j] -= t * v[j];
            }
        }
    }

    /**
     * Rows {@code r0 .. r0 + m − 1} of {@code a}, columns {@code c0 <= j < c1}:
     * {@code A ← (I − τ·v·vᵀ)·A}, computed as {@code y = Aᵀv} then {@code A −= τ·v·yᵀ}, both
     * row by row. {@code work} holds at least {@code c1 − c0} doubles.
     */
    static void applyLeft(double[] a, int ld, int r0, int m, int c0, int c1, double[] v,
            double tau, double[] work) {
        if (tau == 0.0 || c1 <= c0) {
            return;
        }
        int w = c1 - c0;
        java.util.Arrays.fill(work, 0, w, 0.0);
        for (int i = 0; i < m; i++) {
            double vi = v[i];
            int p = (r0 + i) * ld + c0;
            for (int j = 0; j < w; j++) {
                work[j] += vi * a[p + j];
            }
        }
        for (int i = 0; i < m; i++) {
            double t = tau * v[i];
            int p = (r0 + i) * ld + c0;
            for (int j = 0; j < w; j++) {
                a[p + j] -= t * work[j];
            }
        }
    }

    /**
     * Returns the {@code n × n} product {@code Mᵀ} where {@code M = P₀·P₁⋯P_{count−1}} and
     * {@code P_k} acts on indices {@code k + shift .. n − 1} with vector {@code vs[k]} and
     * scalar {@code taus[k]}. Built as {@code I·P_{count−1}⋯P₀} from the right, so each step
     * touches only the trailing block and every row update is a single fused pass.
     */
    static double[] productTransposed(int n, int count, int shift, double[][] vs,
            double[] taus) {
        return productTransposed(n, n, count, shift, vs, taus);
    }

    /** The first {@code rows} rows of {@link #productTransposed(int, int, int, double[][],
     * double[])}: a {@code rows × n} matrix. */
    static double[] productTransposed(int rows, int n, int count, int shift, double[][] vs,
            double[] taus) {
        double[] m = new double[rows * n];
        for (int i = 0; i < rows; i++) {
            m[i * n + i] = 1.0;
        }
        for (int k = count - 1; k >= 0; k--) {
            int s = k + shift;
            if (s < rows) {
                applyRight(m, n, s, rows, s, n - s, vs[k], taus[k]);
            }
        }
        return m;
    }

    /**
     * Reduces {@code a} (n × n, overwritten with H, zero below the subdiagonal) and returns
     * {@code Qᵀ} (n × n) with {@code A = Q·H·Qᵀ}.
     */
    static double[] reduce(int n, double[] a) {
        int count = Math.max(0, n - 2);
        double[][] vs = new double[count][];
        double[] taus = new double[count];
        double[] work = new double[n];
        for (int k = 0; k < count; k++) {
            int m = n - k - 1;
            double[] v = new double[m];
            for (int i = 0; i < m; i++) {
                v[i] = a[(k + 1 + i) * n + k];
            }
            double[] tb = house(m, v, 0, 1);
            double tau = tb[0];
            vs[k] = v;
            taus[k] = tau;
            a[(k + 1) * n + k] = tb[1];
            for (int i = 1; i < m; i++) {
                a[(k + 1 + i) * n + k] = 0.0;
            }
            applyLeft(a, n, k + 1, m, k + 1, n, v, tau, work);
            applyRight(a, n, 0, n, k + 1, m, v, tau);
        }
        return productTransposed(n, count, 1, vs, taus);
    }
}
