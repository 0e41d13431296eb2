package org.chagres.linalg;

/**
 * Singular values of an upper bidiagonal matrix by implicit QR sweeps: the shifted Golub–Kahan
 * step, and the zero-shift step of Demmel and Kahan ("Accurate singular values of bidiagonal
 * matrices", SIAM J. Sci. Stat. Comput. 11, 1990) whenever a shift would spoil the relative
 * accuracy of the small singular values. Convergence tests and thresholds follow LAPACK
 * {@code dbdsqr}; sweeps always chase the bulge from top to bottom.
 *
 * <p>Each sweep applies {@code B ← L·B·Rᵀ} for plane rotations L, R in planes (i, i+1). Left
 * rotations are recorded in {@code logU} (targets: rows of Uᵀ), right ones in {@code logV}
 * (rows of Vᵀ).
 */
final class BidiagonalQr {

    private static final double EPS = Math.ulp(1.0) / 2;
    private static final double UNFL = Double.MIN_NORMAL;
    private static final double TOL = Math.max(10.0, Math.min(100.0, Math.pow(EPS, -0.125)))
            * EPS;
    private static final int MAX_SWEEP_FACTOR = 6;

    private BidiagonalQr() {
    }

    /**
     * Overwrites {@code d[0..n)} with the singular values of B = bidiag(d, f), with signs
     * (take absolute values and flip the matching vectors); {@code f} is overwritten with
     * zeros.
     *
     * @throws NoConvergenceException after 6·n² inner steps
     */
    static void iterate(String op, int n, double[] d, double[] f, JacobiRotationLog logU,
            JacobiRotationLog logV) {
        if (n <= 1) {
            return;
        }
        double sminoa = Math.abs(d[0]);
        double mu = sminoa;
        for (int i = 1; i < n && sminoa > 0.0; i++) {
            mu = Math.abs(d[i]) * (mu / (mu + Math.abs(f[i - 1])));
            sminoa = Math.min(sminoa, mu);
        }
        sminoa /= Math.sqrt(n);
        long maxIter = (long) MAX_SWEEP_FACTOR * n * n;
        double thresh = Math.max(TOL * sminoa, maxIter * (n * (n * UNFL)));
        long iter = 0;
        int hi = n - 1;
        while (hi > 0) {
            double smax = Math.abs(d[hi]);
            int lo = 0;
            boolean split = false;
            for (int l = hi - 1; l >= 0; l--) {
                double abse = Math.abs(f[l]);
                if (abse <= thresh) {
                    f[l] = 0.0;
                    lo = l + 1;
                    split = true;
                    break;
                }
                smax = Math.max(smax, Math.max(Math.abs(d[l]), abse));
            }
            if (split && lo == hi) {
                hi--;
                continue;
            }
            if (Math.abs(f[hi - 1]) <= TOL * Math.abs(d[hi])) {
                f[hi - 1] = 0.0;
                continue;
            }
            double sminl = relativeTest(d, f, lo, hi);
            if (sminl < 0.0) {
                continue;
            }
            double shift;
            if (n * TOL * (sminl / smax) <= Math.max(EPS, 0.01 * TOL)) {
                shift = 0.0;
            } else {
                shift = smallerSingularValue(d[hi - 1], f[hi - 1], d[hi]);
                double sll = Math.abs(d[lo]);
                if (sll > 0.0 && (shift / sll) * (shift / sll) < EPS) {
                    shift = 0.0;
                }
            }
            iter += hi - lo;
            if (iter > maxIter) {
                throw new NoConvergenceException(op, (int) Math.min(iter, Integer.MAX_VALUE),
                        hi, "superdiagonal " + f[hi - 1]);
            }
            if (shift == 0.0) {
                zeroShiftSweep(d, f, lo, hi, logU, logV);
            } else {
                shiftedSweep(d, f, lo, hi, shift, logU, logV);
            }
            if (Math.abs(f[hi - 1]) <= thresh) {
                f[hi - 1] = 0.0;
            }
        }
    }

    /**
     * Runs the recurrence for a lower bound on the smallest singular value of the block;
     * sets a negligible superdiagonal to zero and returns −1 when it finds one, else returns
     * the bound.
     */
    private static double relativeTest(double[] d, double[] f, int lo, int hi) {
        double mu = Math.abs(d[lo]);
        double sminl = mu;
        for (int l = lo; l < hi; l++) {
            if (Math.abs(f[l]) <= TOL * mu) {
                f[l] = 0.0;
                return -1.0;
            }
            mu = Math.abs(d[l + 1]) * (mu / (mu + Math.abs(f[l])));
            sminl = Math.min(sminl, mu);
        }
        return sminl;
    }

    /**
     * The smaller singular value of {@code [[a, b], [0, c]]}:
     * {@code σ_max = (hypot(|a|+|c|, b) + hypot(|a|−|c|, b)) / 2} and
     * {@code σ_min = |a|·|c| / σ_max}, arranged to avoid overflow and underflow.
     */
    static double smallerSingularValue(double a, double b, double c) {
        double fa = Math.abs(a);
        double ha = Math.abs(c);
        double lo = Math.min(fa, ha);
        double hi = Math.max(fa, ha);
        if (lo == 0.0) {
            return 0.0;
        }
        double smax = 0.5 * (Math.hypot(fa + ha, b) + Math.hypot(hi - lo, b));
        return lo * (hi / smax);
    }

    /** {c, s, r} with {@code [c s; −s c]·[f; g] = [r; 0]}. */
    private static double rot(double f, double g, double[] out) {
        if (g == 0.0) {
            out[0] = 1.0;
            out[1] = 0.0;
            return f;
        }
        if (f == 0.0) {
            out[0] = 0.0;
            out[1] = 1.0;
            return g;
        }
        double r = Math.hypot(f, g);
        out[0] = f / r;
        out[1] = g / r;
        return r;
    }

    private static void shiftedSweep(double[] d, double[] f, int lo, int hi, double shift,
            JacobiRotationLog logU, JacobiRotationLog logV) {
        double[] cs = new double[2];
        double x = (Math.abs(d[lo]) - shift) * (Math.copySign(1.0, d[lo]) + shift / d[lo]);
        double g = f[lo];
        for (int i = lo; i < hi; i++) {
            double r = rot(x, g, cs);
            double cr = cs[0];
            double sr = cs[1];
            if (i > lo) {
                f[i - 1] = r;
            }
            x = cr * d[i] + sr * f[i];
            f[i] = cr * f[i] - sr * d[i];
            g = sr * d[i + 1];
            d[i + 1] = cr * d[i + 1];
            d[i] = rot(x, g, cs);
            double cl = cs[0];
            double sl = cs[1];
            x = cl * f[i] + sl * d[i + 1];
            d[i + 1] = cl * d[i + 1] - sl * f[i];
            if (i < hi - 1) {
                g = sl * f[i + 1];
                f[i + 1] = cl * f[i + 1];
            }
            if (logV != null) {
                logV.add(i, cr, sr);
                logU.add(i, cl, sl);
            }
        }
        f[hi - 1] = x;
    }

    private static void zeroShiftSweep(double[] d, double[] f, int lo, int hi,
            JacobiRotationLog logU, JacobiRotationLog logV) {
        double[] cs = new double[2];
        double c = 1.0;
        double oldc = 1.0;
        double olds = 0.0;
        for (int i = lo; i < hi; i++) {
            double r = rot(d[i] * c, f[i], cs);
            c = cs[0];
            double s = cs[1];
            if (i > lo) {
                f[i - 1] = olds * r;
            }
            d[i] = rot(oldc * r, d[i + 1] * s, cs);
            oldc = cs[0];
            olds = cs[1];
            if (logV != null) {
                logV.add(i, c, s);
                logU.add(i, oldc, olds);
            }
        }
        double h = d[hi] * c;
        d[hi] = h * oldc;
        f[hi - 1] = h * olds;
    }
}
