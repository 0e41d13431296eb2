package org.chagres.linalg;

import org.chagres.kernels.Backend;
import org.chagres.kernels.Diag;
import org.chagres.kernels.Transpose;
import org.chagres.kernels.Uplo;

/** Condition estimates of triangular factors (LAPACK's DTRCON with the 1-norm). */
final class Triangular {

    private Triangular() {
    }

    /**
     * Estimate of {@code 1/(‖R‖₁·‖R⁻¹‖₁)} for the n×n upper triangle of {@code a[off]}: 1 for
     * n = 0, 0 if a diagonal element is 0.
     */
    static double rcondUpper(double[] a, int off, int ld, int n, Backend be) {
        if (n == 0) {
            return 1.0;
        }
        double[] col = new double[n];
        for (int i = 0; i < n; i++) {
            if (a[off + i * ld + i] == 0.0) {
                return 0.0;
            }
            for (int j = i; j < n; j++) {
                col[j] += Math.abs(a[off + i * ld + j]);
            }
        }
        double norm = 0.0;
        for (double c : col) {
            norm = Math.max(norm, c);
        }
        double inv = NormEstimator.inverseNorm1(n, new NormEstimator.Solver() {
            @Override
            public void solve(double[] x) {
                be.level2().trsv(Uplo.UPPER, Transpose.NO, Diag.NON_UNIT, n, a, off, ld, x, 0);
            }

            @Override
            public void solveTransposed(double[] x) {
                be.level2().trsv(Uplo.UPPER, Transpose.YES, Diag.NON_UNIT, n, a, off, ld, x, 0);
            }
        });
        double r = 1.0 / (norm * inv);
        return r >= 0.0 ? Math.min(r, 1.0) : 0.0;
    }
}
