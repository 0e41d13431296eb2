package org.chagres.linalg;

/**
 * Implicit symmetric QR iteration with Wilkinson shifts on a tridiagonal matrix (Golub and
 * Van Loan, Matrix Computations, 4th ed., Algorithm 8.3.2), driving the off-diagonal to zero
 * so that the diagonal holds the eigenvalues.
 *
 * <p>Each step applies {@code T ← R·T·Rᵀ} for plane rotations R in planes {@code (k, k+1)};
 * the rotations are recorded in a {@link JacobiRotationLog}, whose replay onto the rows of
 * {@code Qᵀ} gives the eigenvectors as rows. Deflation uses LAPACK {@code dsteqr}'s test
 * {@code e_k² <= ε²·|d_k|·|d_{k+1}| + safmin}.
 */
final class TridiagonalQr {

    private static final double EPS = Math.ulp(1.0) / 2;
    private static final double EPS2 = EPS * EPS;
    private static final double SAFE_MIN = Double.MIN_NORMAL;

    private TridiagonalQr() {
    }

    /**
     * Overwrites {@code d[0..n)} with the eigenvalues (unordered) of the symmetric
     * tridiagonal matrix (d, e); {@code e[0..n−1)} is overwritten with zeros. Rotations go to
     * {@code log} when it is not null.
     *
     * @throws NoConvergenceException after 30·n steps
     */
    static void iterate(String op, int n, double[] d, double[] e, JacobiRotationLog log) {
        int maxSteps = 30 * Math.max(n, 1);
        int steps = 0;
        int hi = n - 1;
        while (hi > 0) {
            if (negligible(e[hi - 1], d[hi - 1], d[hi])) {
                e[hi - 1] = 0.0;
                hi--;
                continue;
            }
            int lo = hi - 1;
            while (lo > 0 && !negligible(e[lo - 1], d[lo - 1], d[lo])) {
                lo--;
            }
            if (lo > 0) {
                e[lo - 1] = 0.0;
            }
            if (++steps > maxSteps) {
                throw new NoConvergenceException(op, steps - 1, hi,
                        "off-diagonal " + e[hi - 1]);
            }
            step(d, e, lo, hi, log);
        }
    }

    private static boolean negligible(double e, double a, double b) {
        return e * e <= EPS2 * Math.abs(a) * Math.abs(b) + SAFE_MIN;
    }

    /** One implicit QR step with a Wilkinson shift on the unreduced block {@code [lo, hi]}. */
    private static void step(double[] d, double[] e, int lo, int hi, JacobiRotationLog log) {
        // Wilkinson shift: the eigenvalue of the trailing 2×2 closer to d[hi]
        double b = e[hi - 1];
        double delta = 0.5 * (d[hi - 1] - d[hi]);
        double denom = delta + Math.copySign(Math.hypot(delta, b), delta);
        double mu = d[hi] - b * (b / denom);
        double x = d[lo] - mu;
        double z = e[lo];
        for (int k = lo; k < hi; k++) {
            double r = Math.hypot(x, z);
            double c;
            double s;
            if (r == 0.0) {
                c = 1.0;
                s = 0.0;
            } else {
                c = x / r;
                s = z / r;
            }
            if (k > lo) {
                e[k - 1] = r;
            }
            double a = d[k];
            double f = e[k];
            double g = d[k + 1];
            double cs2f = 2.0 * c * s * f;
            d[k] = c * c * a + cs2f + s * s * g;
            d[k + 1] = s * s * a - cs2f + c * c * g;
            e[k] = c * s * (g - a) + (c * c - s * s) * f;
            if (k + 1 < hi) {
                z = s * e[k + 1];
                e[k + 1] = c * e[k + 1];
                x = e[k];
            }
            if (log != null) {
                log.add(k, c, s);
            }
        }
    }
}
