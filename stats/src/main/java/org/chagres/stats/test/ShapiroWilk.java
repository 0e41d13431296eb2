package org.chagres.stats.test;

import java.util.Arrays;
import org.chagres.stats.distribution.Normal;

/**
 * The Shapiro–Wilk test of normality by Royston's algorithm AS R94 (Royston 1995, "Remark AS
 * R94: a remark on algorithm AS 181", Applied Statistics 44(4)): the coefficients come from
 * normal scores {@code m_i = Φ⁻¹((i − 3/8)/(n + 1/4))} corrected by Royston's polynomials in
 * {@code 1/sqrt(n)}, W is the squared correlation of the ordered sample with them, and the
 * p-value is the upper tail of a normal approximation to {@code log(1 − W)} (n >= 12) or to
 * {@code −log(γ − log(1 − W))} (4 <= n <= 11); n = 3 is exact. Valid for 3 <= n <= 5000.
 * SciPy's {@code shapiro} runs the same algorithm (its Fortran swilk).
 */
public final class ShapiroWilk {

    // Royston's polynomial coefficients (AS R94), lowest order first
    private static final double[] C1 = {0.0, 0.221157, -0.147981, -2.071190, 4.434685, -2.706056};
    private static final double[] C2 = {0.0, 0.042981, -0.293762, -1.752461, 5.682633, -3.582633};
    private static final double[] C3 = {0.5440, -0.39978, 0.025054, -6.714e-4};
    private static final double[] C4 = {1.3822, -0.77857, 0.062767, -0.0020322};
    private static final double[] C5 = {-1.5861, -0.31082, -0.083751, 0.0038915};
    private static final double[] C6 = {-0.4803, -0.082676, 0.0030302};
    private static final double[] G = {-2.273, 0.459};
    private static final double SMALL = 1e-19;

    /**
     * A Shapiro–Wilk result.
     *
     * @param statistic W in (0, 1]
     * @param pValue    p-value (small W means non-normal)
     */
    public record Result(double statistic, double pValue) {
    }

    private ShapiroWilk() {
    }

    /**
     * Tests x (not modified) for normality.
     *
     * @throws IllegalArgumentException if n < 3 or n > 5000, a value is not finite, or all
     *     values are equal (range 0)
     */
    public static Result test(double[] x) {
        String op = "ShapiroWilk.test";
        Inputs.sample(op, "x", x, 3);
        int n = x.length;
        if (n > 5000) {
            throw new IllegalArgumentException(op + ": Royston's approximation holds for n <= "
                    + "5000, got " + n);
        }
        double[] s = x.clone();
        Arrays.sort(s);
        double range = s[n - 1] - s[0];
        if (!(range > 0.0)) {
            throw new IllegalArgumentException(op + ": all " + n + " values are equal ("
                    + s[0] + "); W is undefined");
        }
        double[] a = coefficients(n);
        // W as the squared correlation of the scaled data with the antisymmetric coefficients
        int half = n / 2;
        double[] full = new double[n];
        for (int i = 0; i < half; i++) {
            full[i] = -a[i];
            full[n - 1 - i] = a[i];
        }
        double sa = 0.0;
        double sx = 0.0;
        for (int i = 0; i < n; i++) {
            sa += full[i];
            sx += s[i] / range;
        }
        sa /= n;
        sx /= n;
        double ssa = 0.0;
        double ssx = 0.0;
        double sax = 0.0;
        for (int i = 0; i < n; i++) {
            double asa = full[i] - sa;
            double xsx = s[i] / range - sx;
            ssa += asa * asa;
            ssx += xsx * xsx;
            sax += asa * xsx;
        }
        double ssassx = Math.sqrt(ssa * ssx);
        double w1 = (ssassx - sax) * (ssassx + sax) / (ssa * ssx);
        double w = 1.0 - w1;
        return new Result(w, pValue(w, w1, n));
    }

    /** The first n/2 coefficients a_1 >= a_2 >= … (positive; the rest are their negatives). */
    static double[] coefficients(int n) {
        int half = n / 2;
        double[] a = new double[half];
        if (n == 3) {
            a[0] = Math.sqrt(0.5);
            return a;
        }
        Normal std = Normal.standard();
        double an25 = n + 0.25;
        double summ2 = 0.0;
        double[] m = new double[half];
        for (int i = 0; i < half; i++) {
            m[i] = std.quantile((i + 1 - 0.375) / an25);   // negative: lower normal scores
            summ2 += m[i] * m[i];
        }
        summ2 *= 2.0;
        double ssumm2 = Math.sqrt(summ2);
        double rsn = 1.0 / Math.sqrt(n);
        double a1 = poly(C1, rsn) - m[0] / ssumm2;
        int i1;
        double fac;
        if (n > 5) {
            i1 = 2;
            double a2 = -m[1] / ssumm2 + poly(C2, rsn);
            fac = Math.sqrt((summ2 - 2.0 * m[0] * m[0] - 2.0 * m[1] * m[1])
                    / (1.0 - 2.0 * a1 * a1 - 2.0 * a2 * a2));
            a[1] = a2;
        } else {
            i1 = 1;
            fac = Math.sqrt((summ2 - 2.0 * m[0] * m[0]) / (1.0 - 2.0 * a1 * a1));
        }
        a[0] = a1;
        for (int i = i1; i < half; i++) {
            a[i] = -m[i] / fac;
        }
        return a;
    }

    private static double pValue(double w, double w1, int n) {
        if (n == 3) {
            double pi6 = 6.0 / Math.PI;
            double stqr = Math.PI / 3.0;
            return Math.max(0.0, Math.min(1.0, pi6 * (Math.asin(Math.sqrt(w)) - stqr)));
        }
        double y = Math.log(w1);
        double m;
        double s;
        if (n <= 11) {
            double gamma = poly(G, n);
            if (y >= gamma) {
                return SMALL;
            }
            y = -Math.log(gamma - y);
            m = poly(C3, n);
            s = Math.exp(poly(C4, n));
        } else {
            double xx = Math.log(n);
            m = poly(C5, xx);
            s = Math.exp(poly(C6, xx));
        }
        return Normal.standard().sf((y - m) / s);
    }

    private static double poly(double[] c, double x) {
        double r = c[c.length - 1];
        for (int i = c.length - 2; i >= 0; i--) {
            r = r * x + c[i];
        }
        return r;
    }
}
