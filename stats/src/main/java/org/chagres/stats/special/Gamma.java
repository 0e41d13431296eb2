package org.chagres.stats.special;

/**
 * The gamma function family: {@code log Γ(x)}, {@code Γ(x)}, {@code log Γ(1+x)}, digamma
 * {@code ψ(x)}, {@code log B(a, b)} and the log binomial coefficient.
 *
 * <p>Algorithms (no Lanczos table; every constant below is a mathematical fact):
 * <ul>
 *   <li>near 1 and 2: the Taylor series {@code log Γ(2+z) = (1-γ)z + Σ_{k≥2} (-1)^k (ζ(k)-1)/k zᵏ}
 *       (Abramowitz &amp; Stegun 6.1.33 with {@code ζ(k)} split as {@code 1 + (ζ(k)-1)}, which
 *       removes the {@code log(1+z)} part), so the zeros at 1 and 2 keep full relative accuracy;
 *       the {@code ζ(k) - 1} values were computed with mpmath at 40 digits;</li>
 *   <li>2.5 ≤ x &lt; 10: the recurrence {@code Γ(x+1) = xΓ(x)} down to [1.5, 2.5), exact
 *       subtractions and a product of at most 8 factors;</li>
 *   <li>x ≥ 10: Stirling's series with the Bernoulli numbers {@code B₂…B₂₀}
 *       (A&amp;S 6.1.40); the remainder {@code S(x)} is also kept separately for the
 *       cancellation-free forms of {@code log B} and of the incomplete gamma/beta prefixes;</li>
 *   <li>x &lt; 0: the reflection formula {@code Γ(x)Γ(1-x) = π / sin(πx)} with {@code sin(πx)}
 *       reduced exactly.</li>
 * </ul>
 */
public final class Gamma {

    /** {@code log(sqrt(2π))}. */
    static final double LN_SQRT_2PI = 0.9189385332046727417803297;
    /** {@code sqrt(2π)}. */
    static final double SQRT_2PI = 2.506628274631000502415765;
    /** Euler–Mascheroni constant γ. */
    static final double EULER = 0.5772156649015328606065121;

    /** {@code ζ(k) - 1} for k = 2..31 (mpmath, 40 digits). */
    private static final double[] ZETA_M1 = {
        0.64493406684822643647, 0.2020569031595942854, 0.082323233711138191516,
        0.036927755143369926331, 0.017343061984449139715, 0.0083492773819228268398,
        0.0040773561979443393787, 0.0020083928260822144179, 0.00099457512781808533715,
        0.0004941886041194645587, 0.00024608655330804829864, 0.00012271334757848914675,
        0.000061248135058704829259, 0.000030588236307020493552, 0.000015282259408651871733,
        7.6371976378997622736e-6, 3.8172932649998398565e-6, 1.9082127165539389257e-6,
        9.5396203387279611315e-7, 4.7693298678780646312e-7, 2.3845050272773299e-7,
        1.1921992596531107307e-7, 5.9608189051259479612e-8, 2.9803503514652280186e-8,
        1.4901554828365041235e-8, 7.450711789835429492e-9, 3.7253340247884570548e-9,
        1.8626597235130490064e-9, 9.3132743241966818287e-10, 4.656629065033784073e-10,
    };

    /** Coefficients {@code (-1)^k (ζ(k)-1)/k} of the series for {@code log Γ(2+z)}, k ≥ 2. */
    private static final double[] LG2_SERIES = new double[ZETA_M1.length];

    static {
        for (int i = 0; i < ZETA_M1.length; i++) {
            int k = i + 2;
            LG2_SERIES[i] = ((k & 1) == 0 ? 1 : -1) * ZETA_M1[i] / k;
        }
    }

    /** Stirling's series coefficients {@code B₂ₖ / (2k(2k-1))}, k = 1..10. */
    private static final double[] STIRLING = {
        1.0 / 12, -1.0 / 360, 1.0 / 1260, -1.0 / 1680, 1.0 / 1188, -691.0 / 360360, 1.0 / 156,
        -3617.0 / 122400, 43867.0 / 244188, -174611.0 / 125400,
    };

    /** Digamma asymptotic coefficients {@code B₂ₖ / (2k)}, k = 1..10 (A&amp;S 6.3.18). */
    private static final double[] DIGAMMA_ASYMPTOTIC = {
        1.0 / 12, -1.0 / 120, 1.0 / 252, -1.0 / 240, 1.0 / 132, -691.0 / 32760, 1.0 / 12,
        -3617.0 / 8160, 43867.0 / 14364, -174611.0 / 6600,
    };

    /** The positive zero of ψ, split as hi + lo (mpmath). */
    private static final double DIGAMMA_ROOT_HI = 1.4616321449683622;
    private static final double DIGAMMA_ROOT_LO = 9.549995429965697e-17;
    /** Taylor coefficients {@code ψ⁽ᵏ⁾(x₀)/k!} at the positive zero x₀, k = 1..29 (mpmath). */
    private static final double[] DIGAMMA_ROOT_SERIES = {
        0.96767224544762117043, -0.44276316898359210609, 0.25849976095565101062,
        -0.1639427054424065275, 0.10782405069126236576, -0.072199561256454710926,
        0.048804288164143107225, -0.033161126474847359292, 0.02259764823221810466,
        -0.015424765904948959139, 0.010538791616612175388, -0.007204534386356868241,
        0.0049267813957298534464, -0.0033698016554393280828, 0.0023051263267349278369,
        -0.0015769367714301972593, 0.0010788252019162965807, -0.00073807093899600512957,
        0.00050495326583460203518, -0.00034546802510630769956, 0.00023635601564027052792,
        -0.00016170622091974803449, 0.00011063372768747410904, -0.000075691795821950659192,
        0.00005178575795222080869, -0.000035430070947659606316, 0.000024240066118601317653,
        -0.000016584242271854133375, 0.000011346384584663849807,
    };

    private Gamma() {
    }

    /** Returns {@code log Γ(2+z)} for {@code |z| ≤ 0.5} by the ζ series (see class comment). */
    private static double logGammaTwoPlus(double z) {
        double s = 0;
        for (int i = LG2_SERIES.length - 1; i >= 0; i--) {
            s = s * z + LG2_SERIES[i];
        }
        return z * ((1 - EULER) + z * s);
    }

    /**
     * Returns Stirling's remainder {@code S(x) = log Γ(x) - [(x-½)log x - x + log√(2π)]}
     * for x ≥ 10 (the series error is below 1e-19 there).
     */
    static double stirlingRemainder(double x) {
        double r = 1 / x;
        double r2 = r * r;
        double s = 0;
        for (int i = STIRLING.length - 1; i >= 0; i--) {
            s = s * r2 + STIRLING[i];
        }
        return s * r;
    }

    /**
     * Returns {@code log |Γ(x)|}.
     * <ul>
     *   <li>x = 0, a negative integer, or ±Infinity: +Infinity;</li>
     *   <li>NaN: NaN.</li>
     * </ul>
     * Relative error a few ulps except near the zeros of {@code log|Γ|} on the negative axis
     * (x ≈ -2.457, -2.747, …), where the absolute error is a few ulps of {@code log π}.
     */
    public static double logGamma(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        if (Double.isInfinite(x)) {
            return Double.POSITIVE_INFINITY;
        }
        if (x >= 10) {
            return (x - 0.5) * Math.log(x) - x + LN_SQRT_2PI + stirlingRemainder(x);
        }
        if (x >= 2.5) {
            double prod = 1;
            double y = x;
            while (y >= 2.5) {
                y -= 1;                 // exact: see class comment
                prod *= y;
            }
            return Math.log(prod) + logGammaTwoPlus(y - 2);
        }
        if (x >= 1.5) {
            return logGammaTwoPlus(x - 2);
        }
        if (x >= 0.5) {
            return logGammaTwoPlus(x - 1) - Math.log(x);
        }
        if (x > -0.5) {
            if (x == 0) {
                return Double.POSITIVE_INFINITY;
            }
            // log Γ(x) = log Γ(2+x) - log(1+x) - log|x|
            return logGammaTwoPlus(x) - Math.log1p(x) - Math.log(Math.abs(x));
        }
        double s = Elementary.sinPi(x);
        if (s == 0) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.log(Math.PI / Math.abs(s)) - logGamma(1 - x);
    }

    /**
     * Returns {@code log Γ(1+x)}, accurate also for tiny x (where {@code logGamma(1+x)} would
     * lose the low bits of x). NaN gives NaN; x ≤ -1 at the poles gives +Infinity.
     */
    public static double logGamma1p(double x) {
        if (Math.abs(x) <= 0.5) {
            return logGammaTwoPlus(x) - Math.log1p(x);
        }
        if (x > 0.5 && x <= 1.5) {
            return logGammaTwoPlus(x - 1);
        }
        return logGamma(1 + x);
    }

    /**
     * Returns {@code Γ(x)}.
     * <ul>
     *   <li>x ≥ 171.625 (overflow): +Infinity; x = +Infinity: +Infinity;</li>
     *   <li>x = ±0: ±Infinity; negative integers, -Infinity and NaN: NaN.</li>
     * </ul>
     * Uses products of at most ~10 factors around [1.5, 2.5) below 20, and
     * {@code √(2π) x^(x-½) e^(-x) e^(S(x))} with exact exponents above.
     */
    public static double gamma(double x) {
        if (Double.isNaN(x) || x == Double.NEGATIVE_INFINITY) {
            return Double.NaN;
        }
        if (x == 0) {
            return 1 / x;
        }
        if (x >= 20) {
            if (x > 171.7) {
                return Double.POSITIVE_INFINITY;
            }
            double h = Math.pow(x, 0.5 * (x - 0.5));   // split so that x^(x-½) does not overflow
            return SQRT_2PI * h * (h * Math.exp(-x)) * Math.exp(stirlingRemainder(x));
        }
        if (x >= 0.5) {
            double y = x;
            double prod = 1;
            while (y >= 2.5) {
                y -= 1;
                prod *= y;
            }
            double div = 1;
            while (y < 1.5) {
                div *= y;
                y += 1;
            }
            return Math.exp(logGammaTwoPlus(y - 2)) * prod / div;
        }
        if (x > -0.5) {
            // Γ(x) = Γ(2+x) / (x(1+x))
            return Math.exp(logGammaTwoPlus(x)) / (x * (1 + x));
        }
        double s = Elementary.sinPi(x);
        if (s == 0) {
            return Double.NaN;
        }
        return Math.PI / (s * gamma(1 - x));
    }

    /**
     * Returns the digamma function {@code ψ(x) = d/dx log Γ(x)}.
     * <ul>
     *   <li>x = 0 or a negative integer: NaN (pole of either sign); -Infinity, NaN: NaN;</li>
     *   <li>+Infinity: +Infinity.</li>
     * </ul>
     * Asymptotic series (A&amp;S 6.3.18) for x ≥ 10 with the recurrence
     * {@code ψ(x) = ψ(x+1) - 1/x} below; a Taylor series about the positive zero
     * {@code x₀ = 1.4616…} for {@code |x - x₀| < 0.3}, so the result there keeps its relative
     * accuracy; reflection {@code ψ(1-x) - ψ(x) = π cot(πx)} for x &lt; 0.
     */
    public static double digamma(double x) {
        if (Double.isNaN(x) || x == Double.NEGATIVE_INFINITY) {
            return Double.NaN;
        }
        if (x == Double.POSITIVE_INFINITY) {
            return x;
        }
        if (x <= 0) {
            if (x == Math.rint(x)) {
                return Double.NaN;
            }
            // ψ(x) = ψ(1-x) - π cos(πx)/sin(πx)
            return digamma(1 - x) - Math.PI * Elementary.cosPi(x) / Elementary.sinPi(x);
        }
        double h = x - DIGAMMA_ROOT_HI;
        if (Math.abs(h) < 0.3) {
            h -= DIGAMMA_ROOT_LO;
            double s = 0;
            for (int i = DIGAMMA_ROOT_SERIES.length - 1; i >= 0; i--) {
                s = s * h + DIGAMMA_ROOT_SERIES[i];
            }
            return s * h;
        }
        double acc = 0;
        double y = x;
        while (y < 10) {
            acc -= 1 / y;
            y += 1;
        }
        double r2 = 1 / (y * y);
        double s = 0;
        for (int i = DIGAMMA_ASYMPTOTIC.length - 1; i >= 0; i--) {
            s = s * r2 + DIGAMMA_ASYMPTOTIC[i];
        }
        return acc + (Math.log(y) - 0.5 / y - s * r2);
    }

    /**
     * Returns {@code log B(a, b) = log Γ(a) + log Γ(b) - log Γ(a+b)} for a, b &gt; 0, without the
     * cancellation of that formula when a or b is large: with {@code c = a+b},
     * {@code log B = log√(2π) - ½log c + (a-½)log(a/c) + (b-½)log(b/c) + S(a) + S(b) - S(c)}
     * when both are ≥ 10, and {@code log Γ(a) - (b-½)log1p(a/b) - a log c + a + S(b) - S(c)}
     * when only b ≥ 10 (S is Stirling's remainder).
     * NaN, a ≤ 0 or b ≤ 0 gives NaN; an infinite argument gives -Infinity.
     */
    public static double logBeta(double a, double b) {
        if (!(a > 0 && b > 0)) {
            return Double.NaN;
        }
        double lo = Math.min(a, b);
        double hi = Math.max(a, b);
        if (hi == Double.POSITIVE_INFINITY) {
            return Double.NEGATIVE_INFINITY;
        }
        double c = lo + hi;
        if (lo >= 10) {
            return LN_SQRT_2PI - 0.5 * Math.log(c) + (lo - 0.5) * Math.log(lo / c)
                    + (hi - 0.5) * Math.log1p(-lo / c)
                    + stirlingRemainder(lo) + stirlingRemainder(hi) - stirlingRemainder(c);
        }
        if (hi >= 10) {
            return logGamma(lo) - (hi - 0.5) * Math.log1p(lo / hi) - lo * Math.log(c) + lo
                    + stirlingRemainder(hi) - stirlingRemainder(c);
        }
        return logGamma(lo) + logGamma(hi) - logGamma(c);
    }

    /**
     * Returns {@code log C(n, k) = log(n! / (k!(n-k)!))} for real {@code 0 ≤ k ≤ n}, computed as
     * {@code -log(n+1) - log B(n-k+1, k+1)}. k = 0 or k = n gives exactly 0;
     * k &lt; 0, k &gt; n or NaN gives NaN.
     */
    public static double logBinomial(double n, double k) {
        if (!(k >= 0 && k <= n)) {
            return Double.NaN;
        }
        if (k == 0 || k == n) {
            return 0.0;
        }
        return -Math.log1p(n) - logBeta(n - k + 1, k + 1);
    }
}
