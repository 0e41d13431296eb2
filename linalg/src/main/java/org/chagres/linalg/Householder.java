package org.chagres.linalg;

import org.chagres.kernels.Backend;
import org.chagres.kernels.Transpose;

/**
 * Householder reflectors {@code H = I − τ·v·vᵀ} with {@code v₀ = 1}, generated and applied as
 * LAPACK's DLARFG and DLARF do.
 */
final class Householder {

    private Householder() {
    }

    /**
     * Makes H with {@code H·x = (β, 0, …, 0)ᵀ} for the n elements {@code x = a[off + i·inc]}:
     * overwrites {@code x₀} with β and {@code x₁…} with {@code v₁…}, and returns τ. τ = 0 (H = I)
     * when {@code x₁… = 0}. β has the sign opposite to x₀, so {@code x₀ − β} does not cancel.
     */
    static double generate(double[] a, int off, int n, int inc, Backend be) {
        if (n <= 1) {
            return 0.0;
        }
        double alpha = a[off];
        double xnorm = be.level1().nrm2(n - 1, a, off + inc, inc);
        if (xnorm == 0.0) {
            return 0.0;
        }
        double beta = -Math.copySign(Math.hypot(alpha, xnorm), alpha);
        double tau = (beta - alpha) / beta;
        be.level1().scal(n - 1, 1.0 / (alpha - beta), a, off + inc, inc);
        a[off] = beta;
        return tau;
    }

    /**
     * {@code C ← (I − τ·v·vᵀ)·C} for the m×nc matrix C at {@code c[cOff]} with leading dimension
     * ldc: {@code w = Cᵀv} by gemv, then {@code C −= τ·v·wᵀ} by ger.
     *
     * @param v m elements with v[0] = 1, contiguous; not modified
     * @param w work array of at least nc elements; overwritten
     */
    static void applyLeft(double tau, double[] v, int m, int nc, double[] c, int cOff, int ldc,
            double[] w, Backend be) {
        if (tau == 0.0 || m == 0 || nc == 0) {
            return;
        }
        be.level2().gemv(Transpose.YES, m, nc, 1.0, c, cOff, ldc, v, 0, 0.0, w, 0);
        be.level2().ger(m, nc, -tau, v, 0, w, 0, c, cOff, ldc);
    }

    /** Copies the m elements {@code a[off + i·inc]} into v, with {@code v[0] = 1}. */
    static void gather(double[] a, int off, int m, int inc, double[] v) {
        v[0] = 1.0;
        for (int i = 1; i < m; i++) {
            v[i] = a[off + i * inc];
        }
    }
}
