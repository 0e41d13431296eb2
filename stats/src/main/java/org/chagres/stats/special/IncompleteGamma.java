package org.chagres.stats.special;

/**
 * The regularised incomplete gamma functions {@code P(a, x) = γ(a, x)/Γ(a)} and
 * {@code Q(a, x) = Γ(a, x)/Γ(a) = 1 - P(a, x)}, their inverses in x, and the prefix
 * {@code x^a e^(-x)/Γ(a)} (the gamma density times x).
 *
 * <p>Algorithms:
 * <ul>
 *   <li>x &lt; a + 1: the series {@code P = x^a e^(-x)/Γ(a+1) Σ xⁿ/((a+1)…(a+n))}
 *       (A&amp;S 6.5.29), all terms positive;</li>
 *   <li>x ≥ a + 1 (and a &lt; 1, x ≥ 1.1): Legendre's continued fraction for Γ(a, x)
 *       (A&amp;S 6.5.31) by the modified Lentz algorithm;</li>
 *   <li>Q for a &lt; 1, x &lt; 1.1, where 1 - P would cancel: {@code Q = -expm1(a log x -
 *       log Γ(1+a)) - x^a/Γ(1+a) · a Σ_{n≥1} (-x)ⁿ/(n!(a+n))} (the idea of Boost's
 *       {@code tgamma_small_upper_part}, re-derived from the series of γ(a, x));</li>
 *   <li>the prefix for a ≥ 10 in the cancellation-free form
 *       {@code √(a/2π) exp(a·log1pmx((x-a)/a) - S(a))} with Stirling's remainder S and
 *       {@code (x-a)/a} carried as a double-double (for x/a in (0.1, 3); beyond, the same
 *       factors {@code (x/a)^(a/2) e^((a-x)/2)} squared, each from pow and exp of a
 *       double-double argument, so that the large exponent is never rounded)
 *       (Temme's / DiDonato &amp; Morris's scaling), else {@code x^a e^(-x)/Γ(a)} with each
 *       factor from an exact argument (as {@code (x^(a/2) e^(-x/2))²} where x^a or e^(-x)
 *       alone would leave the double range);</li>
 *   <li>inverses: {@link Roots#solve} from Wilson–Hilferty (body) or the tail asymptotics
 *       {@code x ≈ (p Γ(a+1))^(1/a)} and {@code x ≈ -log q + (a-1) log x - log Γ(a)}.</li>
 * </ul>
 * The series and the fraction take O(√a) terms near x ≈ a; the iteration cap (10⁷ terms)
 * makes a ≲ 10¹² usable.
 */
public final class IncompleteGamma {

    private static final int MAX_TERMS = 10_000_000;

    private IncompleteGamma() {
    }

    /**
     * Returns {@code x^a e^(-x) / Γ(a)} for a &gt; 0, x ≥ 0 (0 at x = 0 and x = ∞), NaN for bad
     * arguments. Relative error a few ulps times {@code max(1, |log result|)}.
     */
    public static double prefix(double a, double x) {
        if (!(a > 0 && x >= 0) || a == Double.POSITIVE_INFINITY) {
            return Double.NaN;
        }
        if (x == 0 || x == Double.POSITIVE_INFINITY) {
            return 0.0;
        }
        if (a >= 10) {
            // t = (x - a)/a as a double-double (TwoSum, FMA remainder); its low part enters
            // through d/dt log1pmx(t) = -t/(1+t), so the exponent does not pay a·t²·ε
            double d = x - a;
            double bb = d - x;
            double dLo = (x - (d - bb)) + (-a - bb);
            double t = d / a;
            double e;
            if (t > -0.9 && t < 2) {
                double tLo = (Math.fma(-t, a, d) + dLo) / a;
                e = a * Elementary.log1pmx(t) - a * tLo * (t / (1 + t));
            } else {
                double r = x / a;
                double rLo = Math.fma(-r, a, x) / a;
                // far tails: (x/a)^a e^(a-x) as a square of pow and exp factors, each within
                // 1 ulp; exp(a log(x/a) - d) would pay |exponent|·ε (~1.5e-13 at e^-700)
                double h = Math.pow(r, 0.5 * a) * (1 + 0.5 * a * rLo / r)
                        * Math.exp(-0.5 * d) * (1 - 0.5 * dLo);
                if (h > 0x1p-500 && h < 0x1p500) {
                    return Math.sqrt(a / (2 * Math.PI)) * Math.exp(-Gamma.stirlingRemainder(a))
                            * h * h;
                }
                e = a * Math.log(r) - d;
            }
            e -= Gamma.stirlingRemainder(a);
            return Math.sqrt(a / (2 * Math.PI)) * Math.exp(e);
        }
        double lx = Math.log(x);
        double alx = a * lx;
        if (Math.abs(alx) < 600 && x < 700) {
            double g = Gamma.gamma(a);
            if (g < Double.POSITIVE_INFINITY) {
                return Math.pow(x, a) * Math.exp(-x) / g;
            }
        }
        if (x < 1400) {
            // x^a e^(-x) = h² with both factors of h within 1 ulp; exp(a log x - x - log Γ(a))
            // would pay |exponent|·ε, ~1.4e-13 near 1e-300, and make P a staircase in x
            double h = Math.pow(x, 0.5 * a) * Math.exp(-0.5 * x);
            double g = Gamma.gamma(a);
            if (h > 0x1p-500 && h < 0x1p500 && g < Double.POSITIVE_INFINITY) {
                return h * h / g;
            }
        }
        return Math.exp(alx - x - Gamma.logGamma(a));
    }

    /** Returns {@code P(a, x)} for a &gt; 0, x ≥ 0; P(a, +∞) = 1; NaN for bad arguments. */
    public static double p(double a, double x) {
        return evaluate(a, x, false);
    }

    /** Returns {@code Q(a, x) = 1 - P(a, x)}, accurate in the upper tail; Q(a, +∞) = 0. */
    public static double q(double a, double x) {
        return evaluate(a, x, true);
    }

    private static double evaluate(double a, double x, boolean upper) {
        if (!(a > 0 && x >= 0) || a == Double.POSITIVE_INFINITY) {
            return Double.NaN;
        }
        if (x == 0) {
            return upper ? 1.0 : 0.0;
        }
        if (x == Double.POSITIVE_INFINITY) {
            return upper ? 0.0 : 1.0;
        }
        boolean fraction = a < 1 ? x >= 1.1 : x >= a + 1;
        if (fraction) {
            double q = continuedFraction(a, x);
            return upper ? q : 1 - q;
        }
        if (upper && a < 1) {
            return smallAUpper(a, x);
        }
        double p = series(a, x);
        return upper ? 1 - p : p;
    }

    private static double series(double a, double x) {
        double pre = prefix(a, x);
        if (pre == 0) {
            return 0.0;
        }
        double term = 1;
        double sum = 1;
        double ap = a;
        for (int n = 1; n < MAX_TERMS; n++) {
            ap += 1;
            term *= x / ap;
            sum += term;
            if (term < 1e-17 * sum) {
                break;
            }
        }
        return pre / a * sum;
    }

    private static double continuedFraction(double a, double x) {
        double pre = prefix(a, x);
        if (pre == 0) {
            return 0.0;
        }
        final double tiny = 1e-300;
        double b = x + 1 - a;
        double f = b == 0 ? tiny : b;
        double c = f;
        double d = 0;
        for (int n = 1; n < MAX_TERMS; n++) {
            double an = -n * (n - a);
            b += 2;
            d = b + an * d;
            if (Math.abs(d) < tiny) {
                d = tiny;
            }
            c = b + an / c;
            if (Math.abs(c) < tiny) {
                c = tiny;
            }
            d = 1 / d;
            double delta = c * d;
            f *= delta;
            if (Math.abs(delta - 1) < 1e-16) {
                break;
            }
        }
        return pre / f;
    }

    private static double smallAUpper(double a, double x) {
        double e = Math.expm1(a * Math.log(x) - Gamma.logGamma1p(a));
        double sum = 0;
        double term = 1;
        for (int n = 1; n < 200; n++) {
            term *= -x / n;
            double add = term / (a + n);
            sum += add;
            if (Math.abs(add) < 1e-17 * Math.abs(sum)) {
                break;
            }
        }
        return -e - (1 + e) * a * sum;
    }

    /**
     * Returns x with {@code P(a, x) = p}. p = 0 gives 0, p = 1 gives +Infinity; a ≤ 0, p outside
     * [0, 1] or NaN gives NaN.
     */
    public static double inverseP(double a, double p) {
        if (!(a > 0 && p >= 0 && p <= 1) || a == Double.POSITIVE_INFINITY) {
            return Double.NaN;
        }
        if (p > 0.5) {
            return invert(a, 1 - p, true);
        }
        return invert(a, p, false);
    }

    /** Returns x with {@code Q(a, x) = q}; q = 1 gives 0, q = 0 gives +Infinity. */
    public static double inverseQ(double a, double q) {
        if (!(a > 0 && q >= 0 && q <= 1) || a == Double.POSITIVE_INFINITY) {
            return Double.NaN;
        }
        if (q > 0.5) {
            return invert(a, 1 - q, false);
        }
        return invert(a, q, true);
    }

    private static double invert(double a, double target, boolean upper) {
        if (target == 0) {
            return upper ? Double.POSITIVE_INFINITY : 0.0;
        }
        double lga = Gamma.logGamma(a);
        double x0;
        double lo = 0;
        if (!upper) {
            // P ≤ x^a/Γ(a+1), so this is a lower bound and the tail estimate
            double xs = Math.exp((Math.log(target) + Gamma.logGamma1p(a)) / a);
            lo = xs < Double.POSITIVE_INFINITY ? xs * (1 - 1e-15) : 0;
            double z = StandardNormal.quantile(target);
            x0 = Math.max(xs, wilsonHilferty(a, z));
        } else {
            double z = StandardNormal.inverseSf(target);
            x0 = wilsonHilferty(a, z);
            if (target < 1e-3) {
                double lq = Math.log(target);
                double y = Math.max(a, -lq);
                for (int i = 0; i < 4; i++) {
                    y = Math.max(-lq + (a - 1) * Math.log(y) - lga, 1e-300);
                }
                if (!(x0 > 0) || y > x0) {
                    x0 = y;
                }
            }
        }
        if (!(x0 > lo) || x0 == Double.POSITIVE_INFINITY) {
            x0 = Math.max(a, lo * 2 + 1e-300);
        }
        return Roots.solve(x -> evaluate(a, x, upper), x -> (upper ? -1 : 1) * prefix(a, x) / x,
                target, !upper, lo, Double.POSITIVE_INFINITY, x0);
    }

    private static double wilsonHilferty(double a, double z) {
        double s = 1 / (9 * a);
        double c = 1 - s + z * Math.sqrt(s);
        return a * c * c * c;
    }
}
