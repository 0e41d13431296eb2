package org.chagres.stats.special;

/**
 * The regularised incomplete beta function {@code I_x(a, b)}, its complement
 * {@code 1 - I_x(a, b) = I_{1-x}(b, a)}, their inverses, and the prefix
 * {@code x^a (1-x)^b / B(a, b)}.
 *
 * <p>Every function takes x and, optionally, {@code y = 1 - x} computed by the caller; the
 * smaller of the two is trusted and the logarithm of the larger is {@code log1p(-smaller)}.
 * So a caller that knows a tiny {@code 1 - x} accurately (the t and F distributions, the
 * binomial with p near 1) keeps the full relative accuracy.
 *
 * <p>Algorithms:
 * <ul>
 *   <li>the continued fraction of A&amp;S 26.5.8 (Didonato &amp; Morris's / Numerical Recipes'
 *       {@code betacf}) by the modified Lentz algorithm when {@code x < (a+1)/(a+b+2)}, and the
 *       symmetry {@code I_x(a,b) = 1 - I_y(b,a)} otherwise, so the tail returned directly is
 *       always the one the fraction computes;</li>
 *   <li>the prefix for a, b ≥ 10 in the form {@code √(ab/(2πc)) exp(a·log1pmx(d/a) +
 *       b·log1pmx(-d/b) - S(a) - S(b) + S(c))}, {@code c = a+b}, {@code d = xb - ya}, with
 *       Stirling's remainder S: the terms linear in d cancel exactly instead of in rounding
 *       (the scaling of Boost's {@code ibeta_power_terms}, re-derived);</li>
 *   <li>inverses: {@link Roots#solve} from the tail asymptotics
 *       {@code x ≈ (p·a·B(a,b))^(1/a)} (and the mirror for the upper tail) or a normal
 *       approximation in the body.</li>
 * </ul>
 */
public final class IncompleteBeta {

    private static final int MAX_TERMS = 10_000_000;

    private IncompleteBeta() {
    }

    /**
     * Returns {@code x^a y^b / B(a, b)} with {@code y = 1 - x}, for a, b &gt; 0 and x in [0, 1];
     * NaN for bad arguments.
     */
    public static double prefix(double a, double b, double x, double y) {
        if (!(a > 0 && b > 0 && x >= 0 && y >= 0)) {
            return Double.NaN;
        }
        if (x == 0 || y == 0) {
            return 0.0;
        }
        if (a >= 10 && b >= 10) {
            double c = a + b;
            double ya = y * a;
            double d = Math.fma(x, b, -ya) - Math.fma(y, a, -ya);    // x·b - y·a, one rounding
            double e = a * log1pmxOr(d, a, x * c / a) + b * log1pmxOr(-d, b, y * c / b);
            double s = Gamma.stirlingRemainder(a) + Gamma.stirlingRemainder(b)
                    - Gamma.stirlingRemainder(c);
            return Math.sqrt(a * (b / c) / (2 * Math.PI)) * Math.exp(e - s);
        }
        double lx = x <= y ? Math.log(x) : Math.log1p(-y);
        double ly = y <= x ? Math.log(y) : Math.log1p(-x);
        double e = a * lx + b * ly;
        double lb = Gamma.logBeta(a, b);
        if (a < 10 && b < 10 && Math.abs(e) < 600) {
            // each factor from exact arguments: a few ulps instead of |e|·ε
            double px = x <= y ? Math.pow(x, a) : Math.exp(a * lx);
            double py = y <= x ? Math.pow(y, b) : Math.exp(b * ly);
            return px * py / Math.exp(lb);
        }
        return Math.exp(e - lb);
    }

    /**
     * Returns {@code log1pmx(w)}, {@code w = d/s}, with the rounding of the division corrected
     * to first order, for w in (-0.9, 2); else {@code log(ratio) - w} (ratio = 1 + w).
     */
    private static double log1pmxOr(double d, double s, double ratio) {
        double w = d / s;
        if (w > -0.9 && w < 2) {
            double wLo = Math.fma(-w, s, d) / s;
            return Elementary.log1pmx(w) - wLo * (w / (1 + w));
        }
        return Math.log(ratio) - w;
    }

    /** Returns {@code I_x(a, b)}; x ≤ 0 gives 0, x ≥ 1 gives 1 (a, b &gt; 0), NaN otherwise. */
    public static double value(double a, double b, double x) {
        return value(a, b, x, 1 - x);
    }

    /**
     * Returns {@code I_x(a, b)} with {@code y = 1 - x} supplied (see class comment); x ≤ 0
     * gives 0 and y ≤ 0 gives 1.
     */
    public static double value(double a, double b, double x, double y) {
        return evaluate(a, b, x, y, false);
    }

    /** Returns {@code 1 - I_x(a, b)}, accurate where it is small. */
    public static double complement(double a, double b, double x) {
        return complement(a, b, x, 1 - x);
    }

    /** Returns {@code 1 - I_x(a, b) = I_y(b, a)} with {@code y = 1 - x} supplied. */
    public static double complement(double a, double b, double x, double y) {
        return evaluate(a, b, x, y, true);
    }

    private static double evaluate(double a, double b, double x, double y, boolean upper) {
        if (!(a > 0 && b > 0) || Double.isNaN(x) || Double.isNaN(y)
                || a == Double.POSITIVE_INFINITY || b == Double.POSITIVE_INFINITY) {
            return Double.NaN;
        }
        if (x <= 0) {
            return upper ? 1.0 : 0.0;
        }
        if (y <= 0) {
            return upper ? 0.0 : 1.0;
        }
        if (x < (a + 1) / (a + b + 2)) {
            double v = lowerTail(a, b, x, y);
            return upper ? 1 - v : v;
        }
        double v = lowerTail(b, a, y, x);
        return upper ? v : 1 - v;
    }

    /** Returns {@code I_x(a, b)} for x below the mean-like threshold (a small tail). */
    private static double lowerTail(double a, double b, double x, double y) {
        if (a >= 20 && b <= 5 && x >= 0.8) {
            return largeASmallB(a, b, x, y);
        }
        return fraction(a, b, x, y);
    }

    /** Coefficients of {@code log((1 - e^(-s))/s) = -s/2 + Σ B₂ₖ/(2k·(2k)!) s²ᵏ}, s¹..s¹⁴. */
    private static final double[] LOG_EXPM1_RATIO = {
        -0.5, 1.0 / 24, 0, -1.0 / 2880, 0, 1.0 / 181440, 0, -1.0 / 9676800, 0,
        1.0 / 479001600, 0, -691.0 / 15692092416000.0, 0, 1.0 / 1046139494400.0,
    };

    /**
     * Returns {@code I_x(a, b)} for large a, small b and x near 1 by the expansion
     * {@code I_x(a,b) = 1/B(a,b) Σ_k c_k Γ(b+k, a·u)/a^(b+k)}, {@code u = -log x}, where
     * {@code c_k} are the Taylor coefficients of {@code ((1-e^(-s))/s)^(b-1)} (substitute
     * {@code t = e^(-s)} in the integral; the idea of DiDonato &amp; Morris's BGRAT, 1992,
     * derived here without their shift of a). The upper incomplete gamma values come from one
     * {@code Q(b, a·u)} and the stable upward recurrence
     * {@code Γ(s+1, z) = sΓ(s, z) + zˢe^(-z)}. Terms fall like {@code (u/2π)ᵏ}; used for
     * a ≥ 20, b ≤ 5, x ≥ 0.8, where the continued fraction needs O(√a) steps and loses
     * accuracy to rounding.
     */
    private static double largeASmallB(double a, double b, double x, double y) {
        double u = y < 0.5 ? -Math.log1p(-y) : -Math.log(x);
        double z = a * u;
        double beta = b - 1;
        int terms = 22;
        double[] c = new double[terms];
        c[0] = 1;
        for (int n = 1; n < terms; n++) {
            double s = 0;
            for (int k = 1; k <= Math.min(n, LOG_EXPM1_RATIO.length); k++) {
                s += k * LOG_EXPM1_RATIO[k - 1] * c[n - k];
            }
            c[n] = beta * s / n;
        }
        // h_k = Γ(b+k, z) / (Γ(b) a^k);  h_{k+1} = ((b+k) h_k + p0 u^k) / a
        double p0 = IncompleteGamma.prefix(b, z);
        double h = IncompleteGamma.q(b, z);
        double uk = 1;
        double sum = c[0] * h;
        for (int k = 0; k + 1 < terms; k++) {
            h = ((b + k) * h + p0 * uk) / a;
            uk *= u;
            double add = c[k + 1] * h;
            sum += add;
            if (Math.abs(add) <= 1e-17 * Math.abs(sum)) {
                break;
            }
        }
        // Γ(b)/(B(a,b) a^b) = Γ(a+b)/(Γ(a) a^b), by Stirling (a ≥ 20)
        double lr = (a + b - 0.5) * Math.log1p(b / a) - b
                + Gamma.stirlingRemainder(a + b) - Gamma.stirlingRemainder(a);
        return sum * Math.exp(lr);
    }

    /** Returns {@code I_x(a, b)} by the continued fraction (converges fast for small x). */
    private static double fraction(double a, double b, double x, double y) {
        double pre = prefix(a, b, x, y);
        if (pre == 0) {
            return 0.0;
        }
        final double tiny = 1e-300;
        double apb = a + b;
        double c = 1;
        double d = 1 - apb * x / (a + 1);
        if (Math.abs(d) < tiny) {
            d = tiny;
        }
        d = 1 / d;
        double h = d;
        for (int m = 1; m < MAX_TERMS; m++) {
            int m2 = 2 * m;
            double num = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
            d = 1 + num * d;
            if (Math.abs(d) < tiny) {
                d = tiny;
            }
            c = 1 + num / c;
            if (Math.abs(c) < tiny) {
                c = tiny;
            }
            d = 1 / d;
            h *= d * c;
            num = -(a + m) * (apb + m) * x / ((a + m2) * (a + m2 + 1));
            d = 1 + num * d;
            if (Math.abs(d) < tiny) {
                d = tiny;
            }
            c = 1 + num / c;
            if (Math.abs(c) < tiny) {
                c = tiny;
            }
            d = 1 / d;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < 1e-16) {
                break;
            }
        }
        return pre * h / a;
    }

    /** Returns x with {@code I_x(a, b) = p}; p = 0 gives 0, p = 1 gives 1, NaN for bad input. */
    public static double inverse(double a, double b, double p) {
        if (!(a > 0 && b > 0 && p >= 0 && p <= 1)) {
            return Double.NaN;
        }
        return p > 0.5 ? invert(a, b, 1 - p, true) : invert(a, b, p, false);
    }

    /** Returns x with {@code 1 - I_x(a, b) = q}; q = 1 gives 0, q = 0 gives 1. */
    public static double inverseComplement(double a, double b, double q) {
        if (!(a > 0 && b > 0 && q >= 0 && q <= 1)) {
            return Double.NaN;
        }
        return q > 0.5 ? invert(a, b, 1 - q, false) : invert(a, b, q, true);
    }

    private static double invert(double a, double b, double target, boolean upper) {
        if (target == 0) {
            return upper ? 1.0 : 0.0;
        }
        double c = a + b;
        double mean = a / c;
        double sd = Math.sqrt(a * b / (c * c * (c + 1)));
        double z = StandardNormal.inverseSf(target);
        double x0 = upper ? mean + z * sd : mean - z * sd;
        double lb = Gamma.logBeta(a, b);
        if (!upper) {
            double xs = Math.exp((Math.log(target) + Math.log(a) + lb) / a);
            if (xs < mean || !(x0 > 0)) {
                x0 = xs;
            }
        } else {
            double ys = Math.exp((Math.log(target) + Math.log(b) + lb) / b);
            if (ys < 0.25) {
                // near 1 the doubles are too coarse to solve in x: the solver would stop at
                // 1 - 8 ulps with the tail 1e4 times too large. 1 - I_x(a, b) = I_y(b, a), so
                // solve for y = 1 - x (full relative precision, even 1e-44) and round 1 - y once
                return 1 - invert(b, a, target, false);
            }
            if (ys < 1 - mean || !(x0 < 1)) {
                x0 = 1 - ys;
            }
        }
        if (!(x0 > 0 && x0 < 1)) {
            x0 = mean;
        }
        return Roots.solve(x -> evaluate(a, b, x, 1 - x, upper),
                x -> (upper ? -1 : 1) * prefix(a, b, x, 1 - x) / (x * (1 - x)),
                target, !upper, 0.0, 1.0, x0);
    }
}
