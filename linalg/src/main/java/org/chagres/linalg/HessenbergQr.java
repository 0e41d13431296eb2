package org.chagres.linalg;

/**
 * Real Schur form of an upper Hessenberg matrix by the Francis implicit double-shift QR
 * iteration (Golub and Van Loan, Matrix Computations, 4th ed., Algorithm 7.5.1 and §7.5.6),
 * {@code H = Z·T·Zᵀ} with T upper quasi-triangular.
 *
 * <p>Deflation when {@code |h[k][k−1]| <= ε·(|h[k−1][k−1]| + |h[k][k]|)}; an exceptional
 * shift (LAPACK {@code dlahqr}'s) every tenth step without deflation breaks cycles. Every
 * deflated 2 × 2 block with real eigenvalues is split by a plane rotation, so T's 2 × 2
 * diagonal blocks are exactly the complex-conjugate pairs. Transformations are applied to
 * the rows of {@code Zᵀ}, which stay contiguous in row-major storage.
 */
final class HessenbergQr {

    private static final double EPS = Math.ulp(1.0) / 2;

    private final int n;
    private final double[] h;
    private final double[] zt;
    private final double[] wr;
    private final double[] wi;

    private HessenbergQr(int n, double[] h, double[] zt, double[] wr, double[] wi) {
        this.n = n;
        this.h = h;
        this.zt = zt;
        this.wr = wr;
        this.wi = wi;
    }

    /**
     * Overwrites {@code h} (n × n Hessenberg) with T and {@code zt} (n × n, may be null) with
     * {@code Zᵀ·zt}; writes the eigenvalues in Schur order to {@code wr + i·wi}, each complex
     * pair as {@code (a + ib, a − ib)} with b > 0.
     *
     * @throws NoConvergenceException after 30·max(10, n) steps
     */
    static void schur(String op, int n, double[] h, double[] zt, double[] wr, double[] wi) {
        new HessenbergQr(n, h, zt, wr, wi).run(op);
    }

    private void run(String op) {
        double norm = 0.0;
        for (double x : h) {
            norm = Math.max(norm, Math.abs(x));
        }
        int maxSteps = 30 * Math.max(10, n);
        int steps = 0;
        int its = 0;
        int hi = n - 1;
        while (hi >= 0) {
            int l = hi;
            while (l > 0) {
                double s = Math.abs(h[(l - 1) * n + l - 1]) + Math.abs(h[l * n + l]);
                if (s == 0.0) {
                    s = norm;
                }
                if (Math.abs(h[l * n + l - 1]) <= EPS * s) {
                    h[l * n + l - 1] = 0.0;
                    break;
                }
                l--;
            }
            if (l == hi) {
                wr[hi] = h[hi * n + hi];
                wi[hi] = 0.0;
                hi--;
                its = 0;
                continue;
            }
            if (l == hi - 1) {
                split(hi - 1);
                hi -= 2;
                its = 0;
                continue;
            }
            if (++steps > maxSteps) {
                throw new NoConvergenceException(op, steps - 1, hi,
                        "subdiagonal " + h[hi * n + hi - 1]);
            }
            its++;
            double sum;
            double prod;
            if (its % 10 == 0) {
                double w = Math.abs(h[hi * n + hi - 1]) + Math.abs(h[(hi - 1) * n + hi - 2]);
                double h11 = 0.75 * w + h[hi * n + hi];
                sum = 2.0 * h11;
                prod = h11 * h11 + 0.4375 * w * w;
            } else {
                double a = h[(hi - 1) * n + hi - 1];
                double b = h[(hi - 1) * n + hi];
                double c = h[hi * n + hi - 1];
                double d = h[hi * n + hi];
                sum = a + d;
                prod = a * d - b * c;
            }
            francisStep(l, hi, sum, prod);
        }
    }

    /** One double-shift step on the unreduced block {@code [l, hi]} (size >= 3). */
    private void francisStep(int l, int hi, double sum, double prod) {
        double h00 = h[l * n + l];
        double h01 = h[l * n + l + 1];
        double h10 = h[(l + 1) * n + l];
        double h11 = h[(l + 1) * n + l + 1];
        double h21 = h[(l + 2) * n + l + 1];
        double x = h00 * h00 + h01 * h10 - sum * h00 + prod;
        double y = h10 * (h00 + h11 - sum);
        double z = h10 * h21;
        double[] v = new double[3];
        for (int k = l; k <= hi - 1; k++) {
            int len = k <= hi - 2 ? 3 : 2;
            v[0] = x;
            v[1] = y;
            v[2] = len == 3 ? z : 0.0;
            double[] tb = HessenbergReduction.house(len, v, 0, 1);
            double tau = tb[0];
            if (k > l) {
                h[k * n + k - 1] = tb[1];
                h[(k + 1) * n + k - 1] = 0.0;
                if (len == 3) {
                    h[(k + 2) * n + k - 1] = 0.0;
                }
            }
            if (tau != 0.0) {
                reflectRows(h, k, len, k > l ? k : l, v, tau);
                reflectColumns(k, len, Math.min(k + 3, hi), v, tau);
                if (zt != null) {
                    reflectRows(zt, k, len, 0, v, tau);
                }
            }
            if (k < hi - 1) {
                x = h[(k + 1) * n + k];
                y = h[(k + 2) * n + k];
                if (k < hi - 2) {
                    z = h[(k + 3) * n + k];
                }
            }
        }
    }

    /** Rows {@code k .. k+len−1} of m, columns {@code c0 .. n−1}: {@code ← P·rows}. */
    private void reflectRows(double[] m, int k, int len, int c0, double[] v, double tau) {
        int p0 = k * n;
        int p1 = p0 + n;
        double v1 = v[1];
        if (len == 3) {
            int p2 = p1 + n;
            double v2 = v[2];
            for (int j = c0; j < n; j++) {
                double t = tau * (m[p0 + j] + v1 * m[p1 + j] + v2 * m[p2 + j]);
                m[p0 + j] -= t;
                m[p1 + j] -= t * v1;
                m[p2 + j] -= t * v2;
            }
        } else {
            for (int j = c0; j < n; j++) {
                double t = tau * (m[p0 + j] + v1 * m[p1 + j]);
                m[p0 + j] -= t;
                m[p1 + j] -= t * v1;
            }
        }
    }

    /** Rows {@code 0 .. r1} of h, columns {@code k .. k+len−1}: {@code ← cols·P}. */
    private void reflectColumns(int k, int len, int r1, double[] v, double tau) {
        double v1 = v[1];
        double v2 = len == 3 ? v[2] : 0.0;
        for (int i = 0; i <= r1; i++) {
            int p = i * n + k;
            if (len == 3) {
                double t = tau * (h[p] + v1 * h[p + 1] + v2 * h[p + 2]);
                h[p] -= t;
                h[p + 1] -= t * v1;
                h[p + 2] -= t * v2;
            } else {
                double t = tau * (h[p] + v1 * h[p + 1]);
                h[p] -= t;
                h[p + 1] -= t * v1;
            }
        }
    }

    /**
     * Handles the deflated block {@code [[a, b], [c, d]]} at rows k, k+1: real eigenvalues are
     * split off by the rotation whose first column is an eigenvector; a complex pair stays.
     */
    private void split(int k) {
        int p = k * n + k;
        double a = h[p];
        double b = h[p + 1];
        double c = h[p + n];
        double d = h[p + n + 1];
        double half = 0.5 * (a - d);
        double disc = half * half + b * c;
        if (c == 0.0) {
            setReal(k);
            return;
        }
        if (disc < 0.0) {
            wr[k] = 0.5 * (a + d);
            wr[k + 1] = wr[k];
            wi[k] = Math.sqrt(-disc);
            wi[k + 1] = -wi[k];
            return;
        }
        double zz = half + Math.copySign(Math.sqrt(disc), half);
        double r = Math.hypot(zz, c);
        double cs = zz / r;
        double sn = c / r;
        rotateRows(h, k, k, cs, sn);
        for (int i = 0; i <= k + 1; i++) {
            int q = i * n + k;
            double x = h[q];
            double y = h[q + 1];
            h[q] = cs * x + sn * y;
            h[q + 1] = cs * y - sn * x;
        }
        if (zt != null) {
            rotateRows(zt, k, 0, cs, sn);
        }
        h[p + n] = 0.0;
        setReal(k);
    }

    private void setReal(int k) {
        wr[k] = h[k * n + k];
        wr[k + 1] = h[(k + 1) * n + k + 1];
        wi[k] = 0.0;
        wi[k + 1] = 0.0;
    }

    /** Rows k, k+1 of m from column c0: {@code (cs·x + sn·y, cs·y − sn·x)}. */
    private void rotateRows(double[] m, int k, int c0, double cs, double sn) {
        int p = k * n;
        int q = p + n;
        for (int j = c0; j < n; j++) {
            double x = m[p + j];
            double y = m[q + j];
            m[p + j] = cs * x + sn * y;
            m[q + j] = cs * y - sn * x;
        }
    }
}
