package org.chagres.linalg;

/**
 * Balancing of a general square matrix before the Hessenberg QR iteration: a diagonal
 * similarity {@code A' = D⁻¹·A·D} with D a diagonal of powers of two, chosen so that each
 * row and column of A' have about the same 1-norm off the diagonal (Parlett and Reinsch,
 * "Balancing a matrix for calculation of eigenvalues and eigenvectors", Numer. Math. 13, 1969;
 * LAPACK {@code dgebal}'s scaling step, without its permutations).
 *
 * <p>Powers of two make the similarity exact, so the eigenvalues are unchanged while the
 * norm, and with it the rounding errors of the QR iteration, can shrink by orders of
 * magnitude for badly scaled matrices. An eigenvector x' of A' gives {@code x = D·x'} of A.
 */
final class HessenbergBalancing {

    /** Stop when a sweep improves no row/column sum by more than 5% (EISPACK's 0.95). */
    private static final double IMPROVEMENT = 0.95;
    /** Bound on each scale factor so that balancing never creates overflow or underflow. */
    private static final double LIMIT = 0x1p400;
    private static final int MAX_SWEEPS = 100;

    private HessenbergBalancing() {
    }

    /**
     * Balances the row-major n × n {@code a} in place and returns D's diagonal.
     */
    static double[] balance(int n, double[] a) {
        double[] d = new double[n];
        java.util.Arrays.fill(d, 1.0);
        boolean converged = false;
        for (int sweep = 0; sweep < MAX_SWEEPS && !converged; sweep++) {
            converged = true;
            for (int i = 0; i < n; i++) {
                double c = 0.0;
                double r = 0.0;
                for (int j = 0; j < n; j++) {
                    if (j != i) {
                        c += Math.abs(a[j * n + i]);
                        r += Math.abs(a[i * n + j]);
                    }
                }
                if (c == 0.0 || r == 0.0) {
                    continue;
                }
                double s = c + r;
                double f = 1.0;
                // scaling column i by f and row i by 1/f changes the sums to c·f and r/f
                while (c * f * 2 < r / f && f < LIMIT && d[i] * f < LIMIT) {
                    f *= 2.0;
                }
                while (c * f >= 2 * (r / f) && f > 1 / LIMIT && d[i] * f > 1 / LIMIT) {
                    f *= 0.5;
                }
                if (c * f + r / f < IMPROVEMENT * s) {
                    converged = false;
                    d[i] *= f;
                    double g = 1.0 / f;
                    for (int j = 0; j < n; j++) {
                        a[i * n + j] *= g;
                        a[j * n + i] *= f;
                    }
                }
            }
        }
        return d;
    }
}
