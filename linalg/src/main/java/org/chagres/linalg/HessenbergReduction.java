package org.chagres.linalg;

import org.chagres.kernels.Level1;
import org.chagres.kernels.Level3;
import org.chagres.kernels.Transpose;

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
     * {@code c0 .. c0 + m − 1}: {@code row ← row·(I − τ·v·vᵀ)}, one dot and one axpy per
     * row while the row is in L1.
     */
    static void applyRight(double[] a, int ld, int r0, int r1, int c0, int m, double[] v,
            double tau, Level1 l1) {
        if (tau == 0.0 || m == 0) {
            return;
        }
        for (int i = r0; i < r1; i++) {
            int p = i * ld + c0;
            double t = tau * l1.dot(m, a, p, v, 0);
            l1.axpy(m, -t, v, 0, a, p);
        }
    }

    /**
     * Rows {@code r0 .. r0 + m − 1} of {@code a}, columns {@code c0 <= j < c1}:
     * {@code A ← (I − τ·v·vᵀ)·A}, computed as {@code y = Aᵀv} then {@code A −= τ·v·yᵀ}, both
     * row by row with axpy. {@code work} holds at least {@code c1 − c0} doubles.
     */
    static void applyLeft(double[] a, int ld, int r0, int m, int c0, int c1, double[] v,
            double tau, double[] work, Level1 l1) {
        if (tau == 0.0 || c1 <= c0) {
            return;
        }
        int w = c1 - c0;
        java.util.Arrays.fill(work, 0, w, 0.0);
        for (int i = 0; i < m; i++) {
            l1.axpy(w, v[i], a, (r0 + i) * ld + c0, work, 0);
        }
        for (int i = 0; i < m; i++) {
            l1.axpy(w, -tau * v[i], work, 0, a, (r0 + i) * ld + c0);
        }
    }

    /**
     * Returns the {@code rows × n} matrix formed by the first rows of {@code Mᵀ}, where
     * {@code M = P₀·P₁⋯P_{count−1}} and {@code P_k} acts on indices {@code k + shift .. n − 1}
     * with vector {@code vs[k]} and scalar {@code taus[k]}.
     *
     * <p>Built as {@code I·P_{count−1}⋯P₀} from the right, {@link #BLOCK} reflectors at a
     * time in compact WY form ({@code P_{k0}⋯P_{k1−1} = I − V·T·Vᵀ}, Schreiber and Van Loan
     * 1989, LAPACK {@code dlarft}): each block costs three gemm calls on the trailing block,
     * {@code M₂ −= ((M₂·V)·Tᵀ)·Vᵀ}, which only touches rows and columns from
     * {@code k0 + shift} on.
     */
    static double[] productTransposed(int rows, int n, int count, int shift, double[][] vs,
            double[] taus, Level3 l3) {
        double[] m = new double[rows * n];
        for (int i = 0; i < Math.min(rows, n); i++) {
            m[i * n + i] = 1.0;
        }
        for (int k1 = count; k1 > 0; ) {
            int k0 = Math.max(0, k1 - BLOCK);
            int nb = k1 - k0;
            int s0 = k0 + shift;
            k1 = k0;
            if (s0 >= rows || s0 >= n) {
                continue;
            }
            int len = n - s0;
            int r = rows - s0;
            double[] v = new double[len * nb];
            for (int j = 0; j < nb; j++) {
                double[] vj = vs[k0 + j];
                for (int i = 0; i < len - j; i++) {
                    v[(j + i) * nb + j] = vj[i];
                }
            }
            double[] t = triangularFactor(len, nb, v, taus, k0);
            double[] w = new double[r * nb];
            double[] w2 = new double[r * nb];
            int mo = s0 * n + s0;
            l3.gemm(Transpose.NO, Transpose.NO, r, nb, len, 1.0, m, mo, n, v, 0, nb, 0.0, w, 0,
                    nb);
            l3.gemm(Transpose.NO, Transpose.YES, r, nb, nb, 1.0, w, 0, nb, t, 0, nb, 0.0, w2,
                    0, nb);
            l3.gemm(Transpose.NO, Transpose.YES, r, len, nb, -1.0, w2, 0, nb, v, 0, nb, 1.0, m,
                    mo, n);
        }
        return m;
    }

    /** Reflectors per compact-WY block. */
    static final int BLOCK = 32;

    /**
     * The upper-triangular nb × nb T with {@code P_{k0}⋯P_{k0+nb−1} = I − V·T·Vᵀ} for the
     * row-major len × nb V: {@code T[j][j] = τ_j} and
     * {@code T[0:j, j] = −τ_j·T[0:j, 0:j]·V[:, 0:j]ᵀ·v_j}.
     */
    private static double[] triangularFactor(int len, int nb, double[] v, double[] taus,
            int k0) {
        double[] t = new double[nb * nb];
        double[] w = new double[nb];
        for (int j = 0; j < nb; j++) {
            double tau = taus[k0 + j];
            t[j * nb + j] = tau;
            if (tau == 0.0 || j == 0) {
                continue;
            }
            java.util.Arrays.fill(w, 0, j, 0.0);
            for (int r = j; r < len; r++) {
                double vr = v[r * nb + j];
                for (int i = 0; i < j; i++) {
                    w[i] += v[r * nb + i] * vr;
                }
            }
            for (int i = 0; i < j; i++) {
                double s = 0.0;
                for (int l = i; l < j; l++) {
                    s += t[i * nb + l] * w[l];
                }
                t[i * nb + j] = -tau * s;
            }
        }
        return t;
    }

    /**
     * Reduces {@code a} (n × n, overwritten with H, zero below the subdiagonal) and returns
     * {@code Qᵀ} (n × n) with {@code A = Q·H·Qᵀ}.
     */
    static double[] reduce(int n, double[] a, Level1 l1, Level3 l3) {
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
            applyLeft(a, n, k + 1, m, k + 1, n, v, tau, work, l1);
            applyRight(a, n, 0, n, k + 1, m, v, tau, l1);
        }
        return productTransposed(n, n, count, 1, vs, taus, l3);
    }
}
