package org.chagres.linalg;

/**
 * Eigenvectors of an upper quasi-triangular real Schur form T by back-substitution (LAPACK
 * {@code dtrevc}'s method, written out plainly): for the eigenvalue at diagonal position k,
 * solve {@code (T₁₁ − λI)·y = −t} upwards through T's 1 × 1 and 2 × 2 diagonal blocks, in
 * complex arithmetic for a complex λ.
 *
 * <p>A zero pivot {@code T_ii − λ} (a repeated eigenvalue of a defective matrix) is replaced by
 * {@code ε·‖T‖} so that the result stays finite; such vectors are then (nearly) parallel, as
 * they must be for a defective matrix.
 */
final class HessenbergVectors {

    private static final double EPS = Math.ulp(1.0) / 2;
    private static final double BIG = 0x1p500;

    private HessenbergVectors() {
    }

    /**
     * Returns Y (n × n row-major, upper quasi-triangular) with T·Y = Y·Λ in LAPACK's packing:
     * column k holds the vector of a real eigenvalue; for a pair at (k, k+1) with
     * {@code wi[k] > 0}, column k holds the real part and column k+1 the imaginary part of the
     * vector of {@code wr[k] + i·wi[k]}.
     */
    static double[] solve(int n, double[] t, double[] wr, double[] wi) {
        double norm = 0.0;
        for (double x : t) {
            norm = Math.max(norm, Math.abs(x));
        }
        double smin = Math.max(EPS * norm, Double.MIN_NORMAL);
        double[] y = new double[n * n];
        double[] yr = new double[n];
        double[] yi = new double[n];
        for (int k = 0; k < n; k++) {
            if (wi[k] == 0.0) {
                java.util.Arrays.fill(yr, 0, k + 1, 0.0);
                java.util.Arrays.fill(yi, 0, k + 1, 0.0);
                yr[k] = 1.0;
                substitute(n, t, k - 1, k, wr[k], 0.0, yr, yi, smin);
                for (int i = 0; i <= k; i++) {
                    y[i * n + k] = yr[i];
                }
            } else {
                java.util.Arrays.fill(yr, 0, k + 2, 0.0);
                java.util.Arrays.fill(yi, 0, k + 2, 0.0);
                // eigenvector of the 2×2 block [[a, b], [c, d]] for λ: (b, λ − a)
                yr[k] = t[k * n + k + 1];
                yr[k + 1] = wr[k] - t[k * n + k];
                yi[k + 1] = wi[k];
                substitute(n, t, k - 1, k + 1, wr[k], wi[k], yr, yi, smin);
                for (int i = 0; i <= k + 1; i++) {
                    y[i * n + k] = yr[i];
                    y[i * n + k + 1] = yi[i];
                }
                k++;
            }
        }
        return y;
    }

    /**
     * Solves rows {@code top .. 0} of {@code (T − λI)·y = 0} given {@code y[top+1 .. last]},
     * λ = lr + i·li, rescaling y when it grows past 2⁵⁰⁰.
     */
    private static void substitute(int n, double[] t, int top, int last, double lr, double li,
            double[] yr, double[] yi, double smin) {
        for (int i = top; i >= 0; i--) {
            boolean pair = i > 0 && t[i * n + i - 1] != 0.0;
            int i0 = pair ? i - 1 : i;
            double r0r = 0.0;
            double r0i = 0.0;
            double r1r = 0.0;
            double r1i = 0.0;
            for (int j = i + 1; j <= last; j++) {
                double a = t[i0 * n + j];
                r0r -= a * yr[j];
                r0i -= a * yi[j];
                if (pair) {
                    double b = t[i * n + j];
                    r1r -= b * yr[j];
                    r1i -= b * yi[j];
                }
            }
            if (!pair) {
                double dr = t[i * n + i] - lr;
                double di = -li;
                if (Math.abs(dr) + Math.abs(di) < smin) {
                    dr = smin;
                    di = 0.0;
                }
                divide(r0r, r0i, dr, di, yr, yi, i);
            } else {
                solve2(t[i0 * n + i0] - lr, t[i0 * n + i], t[i * n + i0], t[i * n + i] - lr,
                        -li, r0r, r0i, r1r, r1i, yr, yi, i0, smin);
                i--;
            }
            double big = Math.max(Math.abs(yr[i0]) + Math.abs(yi[i0]),
                    Math.abs(yr[i0 + 1]) + Math.abs(yi[i0 + 1]));
            if (big > BIG) {
                double s = 1.0 / big;
                for (int j = 0; j <= last; j++) {
                    yr[j] *= s;
                    yi[j] *= s;
                }
            }
        }
    }

    /** {@code y[i] = (pr + i·pi) / (dr + i·di)} (Smith's algorithm). */
    private static void divide(double pr, double pi, double dr, double di, double[] yr,
            double[] yi, int i) {
        if (Math.abs(di) <= Math.abs(dr)) {
            double e = di / dr;
            double f = dr + di * e;
            yr[i] = (pr + pi * e) / f;
            yi[i] = (pi - pr * e) / f;
        } else {
            double e = dr / di;
            double f = di + dr * e;
            yr[i] = (pr * e + pi) / f;
            yi[i] = (pi * e - pr) / f;
        }
    }

    /**
     * Solves the complex 2 × 2 system {@code [[a + i·s, b], [c, d + i·s]]·(y0, y1) = (r0, r1)}
     * by Gaussian elimination with the larger of a, c as pivot; writes y[i0], y[i0+1].
     */
    private static void solve2(double a, double b, double c, double d, double s, double r0r,
            double r0i, double r1r, double r1i, double[] yr, double[] yi, int i0,
            double smin) {
        // complex entries: A = a+is, B = b, C = c, D = d+is
        double ar = a;
        double ai = s;
        double br = b;
        double cr = c;
        double dr = d;
        double di = s;
        boolean swap = Math.hypot(cr, 0.0) > Math.hypot(ar, ai);
        if (swap) {
            // rows swapped: [[c, d+is], [a+is, b]]
            double[] m = solveOrdered(cr, 0.0, dr, di, ar, ai, br, 0.0, r1r, r1i, r0r, r0i,
                    smin);
            yr[i0] = m[0];
            yi[i0] = m[1];
            yr[i0 + 1] = m[2];
            yi[i0 + 1] = m[3];
        } else {
            double[] m = solveOrdered(ar, ai, br, 0.0, cr, 0.0, dr, di, r0r, r0i, r1r, r1i,
                    smin);
            yr[i0] = m[0];
            yi[i0] = m[1];
            yr[i0 + 1] = m[2];
            yi[i0 + 1] = m[3];
        }
    }

    /** Elimination with pivot p = first entry of row 0: [[p, q], [u, w]]·y = (f, g). */
    private static double[] solveOrdered(double pr, double pi, double qr, double qi, double ur,
            double ui, double wr, double wi, double fr, double fi, double gr, double gi,
            double smin) {
        double[] out = new double[4];
        double[] tmp = new double[2];
        if (Math.abs(pr) + Math.abs(pi) < smin) {
            pr = smin;
            pi = 0.0;
        }
        // l = u / p
        cdiv(ur, ui, pr, pi, tmp);
        double lr = tmp[0];
        double li = tmp[1];
        // w' = w − l·q, g' = g − l·f
        double w2r = wr - (lr * qr - li * qi);
        double w2i = wi - (lr * qi + li * qr);
        double g2r = gr - (lr * fr - li * fi);
        double g2i = gi - (lr * fi + li * fr);
        if (Math.abs(w2r) + Math.abs(w2i) < smin) {
            w2r = smin;
            w2i = 0.0;
        }
        cdiv(g2r, g2i, w2r, w2i, tmp);
        double y1r = tmp[0];
        double y1i = tmp[1];
        // y0 = (f − q·y1) / p
        double hr = fr - (qr * y1r - qi * y1i);
        double hi = fi - (qr * y1i + qi * y1r);
        cdiv(hr, hi, pr, pi, tmp);
        out[0] = tmp[0];
        out[1] = tmp[1];
        out[2] = y1r;
        out[3] = y1i;
        return out;
    }

    private static void cdiv(double ar, double ai, double br, double bi, double[] out) {
        double[] yr = new double[1];
        double[] yi = new double[1];
        divide(ar, ai, br, bi, yr, yi, 0);
        out[0] = yr[0];
        out[1] = yi[0];
    }
}
