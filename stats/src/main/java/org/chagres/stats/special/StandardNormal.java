package org.chagres.stats.special;

/**
 * The standard normal density {@code φ}, distribution {@code Φ}, survival function
 * {@code 1 - Φ} and their inverses, to a few ulps over the whole double range.
 *
 * <p>Tails use {@code Φ(-x) = ½ e^(-x²/2) erfcx(x/√2)} with {@code x²} split exactly, so
 * {@code Φ(-38) ≈ 2.9e-316} is a correct subnormal. Quantiles start from Abramowitz &amp; Stegun
 * 26.2.23 (absolute error &lt; 4.5e-4) and take Halley steps on the survival function written
 * through the Mills ratio {@code sf/φ = √(π/2) erfcx(x/√2)}, which never underflows; near the
 * median they solve {@code Φ(x) - ½ = d} with {@code d = p - ½} exact, so tiny quantiles keep
 * their relative accuracy.
 */
public final class StandardNormal {

    private static final double SQRT1_2 = 0.70710678118654752440;
    private static final double SQRT_PI_2 = 1.2533141373155002512;
    private static final double INV_SQRT_2PI = 0.39894228040143267794;

    private StandardNormal() {
    }

    /** Returns {@code φ(x) = e^(-x²/2)/√(2π)}; ±Infinity gives 0, NaN gives NaN. */
    public static double pdf(double x) {
        return INV_SQRT_2PI * Elementary.expMinusHalfSquare(x);
    }

    /** Returns {@code log φ(x) = -x²/2 - log√(2π)}; ±Infinity gives -Infinity. */
    public static double logPdf(double x) {
        return -0.5 * x * x - Gamma.LN_SQRT_2PI;
    }

    /** Returns {@code Φ(x)}; -Infinity gives 0, +Infinity 1, NaN NaN. */
    public static double cdf(double x) {
        return sf(-x);
    }

    /** Returns {@code 1 - Φ(x) = Φ(-x)}; accurate in the upper tail. */
    public static double sf(double x) {
        if (x > 1.7) {
            if (x > 38.5) {
                return 0.0;
            }
            return 0.5 * Elementary.expMinusHalfSquare(x) * Erf.erfcxFraction(x * SQRT1_2);
        }
        return 0.5 * Erf.erfc(x * SQRT1_2);
    }

    /**
     * Returns {@code φ(z + zLo)} for an unevaluated sum with {@code |zLo| ≤ ulp(z)}: the
     * low part enters as the factor {@code exp(-z·zLo)}, so a standardised argument
     * {@code (x - μ)/σ} carried to double-double keeps the tails exact.
     */
    public static double pdf(double z, double zLo) {
        return zLo == 0 ? pdf(z) : pdf(z) * Math.exp(-z * zLo);
    }

    /**
     * Returns {@code 1 - Φ(z + zLo)} for an unevaluated sum, to first order in zLo:
     * {@code sf(z) - φ(z)·zLo}.
     */
    public static double sf(double z, double zLo) {
        double s = sf(z);
        return zLo == 0 || !(Math.abs(z) < Double.POSITIVE_INFINITY) ? s : s - pdf(z) * zLo;
    }

    /** Returns the Mills ratio {@code (1 - Φ(x))/φ(x)} for x ≥ 0. */
    private static double mills(double x) {
        return x > 1.7 ? SQRT_PI_2 * Erf.erfcxFraction(x * SQRT1_2) : sf(x) / pdf(x);
    }

    /** Returns {@code Φ⁻¹(p)}; p = 0 gives -Infinity, 1 gives +Infinity, else outside or NaN NaN. */
    public static double quantile(double p) {
        if (!(p >= 0 && p <= 1)) {
            return Double.NaN;
        }
        if (p < 0.25) {
            return -inverseSf(p);
        }
        if (p > 0.75) {
            return inverseSf(1 - p);                  // 1 - p exact (Sterbenz)
        }
        return centralOffset(p - 0.5);                // exact
    }

    /**
     * Returns x with {@code 1 - Φ(x) = q}. q = 0 gives +Infinity, 1 gives -Infinity,
     * outside [0, 1] or NaN gives NaN. Accurate for the smallest subnormal q too.
     */
    public static double inverseSf(double q) {
        if (!(q >= 0 && q <= 1)) {
            return Double.NaN;
        }
        if (q > 0.25) {
            return q >= 0.75 ? -inverseSf(1 - q) : -centralOffset(q - 0.5);
        }
        if (q == 0) {
            return Double.POSITIVE_INFINITY;
        }
        // A&S 26.2.23
        double t = Math.sqrt(-2 * Math.log(q));
        double x = t - (2.515517 + t * (0.802853 + t * 0.010328))
                / (1 + t * (1.432788 + t * (0.189269 + t * 0.001308)));
        double logQ = Math.log(q);
        for (int i = 0; i < 8; i++) {
            // Halley on f(x) = sf(x) - q: u = (sf - q)/φ, x ← x + u/(1 - x u/2)
            double m = mills(x);
            double u;
            if (x < 5) {
                u = (sf(x) - q) / pdf(x);
            } else {
                double logSf = -0.5 * x * x - Gamma.LN_SQRT_2PI + Math.log(m);
                u = -m * Math.expm1(logQ - logSf);
            }
            double dx = u / (1 - 0.5 * x * u);
            x += dx;
            if (Math.abs(dx) <= 1e-16 * x) {
                break;
            }
        }
        return x;
    }

    /**
     * Returns x with {@code Φ(x) - ½ = d} for {@code |d| ≤ ¼}, solved on
     * {@code ½ erf(x/√2) = d} so that the relative accuracy holds for tiny d.
     */
    static double centralOffset(double d) {
        if (d == 0) {
            return d;
        }
        double s = d * Gamma.SQRT_2PI;
        double s2 = s * s;
        double x = s * (1 + s2 * (1.0 / 6 + s2 * (7.0 / 120)));   // probit series
        for (int i = 0; i < 8; i++) {
            double u = (0.5 * Erf.erf(x * SQRT1_2) - d) / pdf(x);
            double dx = u / (1 + 0.5 * x * u);
            x -= dx;
            if (Math.abs(dx) <= 1e-16 * Math.abs(x)) {
                break;
            }
        }
        return x;
    }
}
