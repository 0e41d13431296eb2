package org.chagres.stats.special;

/**
 * The error function family: {@code erf}, {@code erfc}, the scaled {@code erfcx(x) = e^(x²)
 * erfc(x)} and the inverses of erf and erfc.
 *
 * <p>Algorithms:
 * <ul>
 *   <li>|x| &lt; {@value #SERIES_LIMIT}: the series with positive terms
 *       {@code erf x = 2x/√π e^(-x²) Σ (2x²)ⁿ / (1·3·…·(2n+1))} (A&amp;S 7.1.6), no cancellation;
 *       {@code erfc = 1 - erf} loses at most a factor 12 (erfc ≥ 0.083 there);</li>
 *   <li>beyond: the continued fraction of the upper incomplete gamma function
 *       {@code Γ(½, x²)} (Legendre's form, A&amp;S 6.5.31), evaluated by the modified Lentz
 *       algorithm (Lentz 1976, Thompson &amp; Barnett 1986), which gives {@code erfcx} directly;
 *       {@code erfc = e^(-x²)·erfcx} with {@code x²} split exactly, so erfc(27) ≈ 5.2e-319
 *       comes out as a correct subnormal;</li>
 *   <li>inverses: Newton–Halley on the forward functions from the normal quantile's starting
 *       value (see {@code Normal}).</li>
 * </ul>
 */
public final class Erf {

    static final double SERIES_LIMIT = 1.2;
    /** {@code 1/√π}. */
    static final double INV_SQRT_PI = 0.5641895835477562869480795;
    private static final double SQRT2 = 1.4142135623730950488;

    private Erf() {
    }

    /** Returns {@code e^(x²)·erf(x)·√π/(2x)}-free series value {@code erf(x)} for |x| &lt; 1.2. */
    private static double erfSeries(double x) {
        double x2 = x * x;
        double term = 1;
        double sum = 1;
        for (int n = 1; n < 100; n++) {
            term *= 2 * x2 / (2 * n + 1);
            sum += term;
            if (term < 1e-17 * sum) {
                break;
            }
        }
        return 2 * INV_SQRT_PI * x * Elementary.expMinusSquare(x) * sum;
    }

    /** Returns {@code erfcx(x)} for x ≥ 1.2 by the Lentz continued fraction. */
    static double erfcxFraction(double x) {
        if (x > 1e8) {
            // erfcx(x) = 1/(x√π) (1 - 1/(2x²) + …): the correction is below 1e-16
            return INV_SQRT_PI / x;
        }
        double z = x * x;
        // Γ(a, z) = e^(-z) z^a / (z+1-a - 1(1-a)/(z+3-a - 2(2-a)/(z+5-a - …))), a = ½
        final double tiny = 1e-300;
        double b = z + 0.5;
        double f = b;
        double c = b;
        double d = 0;
        for (int n = 1; n < 5000; n++) {
            double an = -n * (n - 0.5);
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
        return INV_SQRT_PI * x / f;
    }

    /** Returns {@code erf(x)}; ±Infinity gives ±1, NaN gives NaN, -0.0 gives -0.0. */
    public static double erf(double x) {
        double ax = Math.abs(x);
        if (ax < SERIES_LIMIT) {
            return erfSeries(x);
        }
        if (!(ax < 7)) {
            return Double.isNaN(x) ? x : Math.copySign(1.0, x);
        }
        return Math.copySign(1 - Elementary.expMinusSquare(ax) * erfcxFraction(ax), x);
    }

    /**
     * Returns {@code erfc(x) = 1 - erf(x)}, relative error a few ulps for all x where the result
     * is normal, and a correct subnormal up to x ≈ 27.2. +Infinity gives 0, -Infinity 2, NaN NaN.
     */
    public static double erfc(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x < SERIES_LIMIT) {
            if (x > -SERIES_LIMIT) {
                return 1 - erfSeries(x);
            }
            return x < -7 ? 2.0 : 2 - Elementary.expMinusSquare(x) * erfcxFraction(-x);
        }
        if (x > 27.3) {
            return 0.0;
        }
        return Elementary.expMinusSquare(x) * erfcxFraction(x);
    }

    /**
     * Returns the scaled complementary error function {@code erfcx(x) = e^(x²) erfc(x)},
     * about {@code 1/(x√π)} for large x. +Infinity gives 0; x below about -26.6 overflows to
     * +Infinity; NaN gives NaN.
     */
    public static double erfcx(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x >= SERIES_LIMIT) {
            return x == Double.POSITIVE_INFINITY ? 0.0 : erfcxFraction(x);
        }
        if (x > -SERIES_LIMIT) {
            return Elementary.expSquare(x) * (1 - erfSeries(x));
        }
        double e = Elementary.expSquare(x);
        return e == Double.POSITIVE_INFINITY ? e : 2 * e - erfcxFraction(-x);
    }

    /**
     * Returns x with {@code erfc(x) = q} for q in [0, 2]: {@code -Φ⁻¹(q/2)/√2}. q = 0 gives
     * +Infinity, q = 2 gives -Infinity, q outside [0, 2] or NaN gives NaN.
     */
    public static double inverseErfc(double q) {
        if (!(q >= 0 && q <= 2)) {
            return Double.NaN;
        }
        if (q <= 1) {
            return StandardNormal.inverseSf(0.5 * q) / SQRT2;
        }
        return -StandardNormal.inverseSf(0.5 * (2 - q)) / SQRT2;
    }

    /**
     * Returns x with {@code erf(x) = p} for p in [-1, 1]. ±1 gives ±Infinity, outside or NaN
     * gives NaN. For tiny |p| the result is {@code p·√π/2} to full relative accuracy.
     */
    public static double inverseErf(double p) {
        if (!(Math.abs(p) <= 1)) {
            return Double.NaN;
        }
        if (Math.abs(p) > 0.5) {
            double x = StandardNormal.inverseSf(0.5 * (1 - Math.abs(p))) / SQRT2;
            return Math.copySign(x, p);
        }
        return StandardNormal.centralOffset(0.5 * p) / SQRT2;
    }
}
