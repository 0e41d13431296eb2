package org.chagres.stats.special;

/**
 * Elementary helpers that keep the last bits of the special functions: {@code log(1+x) - x},
 * {@code exp(-x²/2)} with the square carried exactly, and sin/cos of {@code πx} with exact
 * argument reduction.
 */
public final class Elementary {

    private Elementary() {
    }

    /**
     * Returns {@code log(1 + x) - x} without the cancellation of the naive formula near 0.
     * For {@code -2/3 < x < 2} (where {@code |s| < ½}) it uses {@code log1p(x) = 2·atanh(s)},
     * {@code s = x/(2+x)}, so that {@code log1p(x) - x = -x·s + 2(s³/3 + s⁵/5 + …)}, a few ulps;
     * elsewhere {@code Math.log1p(x) - x}, which cancels by at most a factor 2.5 there.
     * x = -1 gives -Infinity; x < -1 or NaN gives NaN.
     */
    public static double log1pmx(double x) {
        if (!(x > -2.0 / 3 && x < 2)) {
            return x == Double.POSITIVE_INFINITY ? Double.NEGATIVE_INFINITY : Math.log1p(x) - x;
        }
        double s = x / (2 + x);
        double s2 = s * s;
        double term = s * s2;
        double sum = 0;
        for (int k = 3; k < 200; k += 2) {
            double add = term / k;
            sum += add;
            if (Math.abs(add) <= 1e-17 * Math.abs(sum)) {
                break;
            }
            term *= s2;
        }
        return 2 * sum - x * s;
    }

    /**
     * Returns {@code exp(-x²/2)} with {@code x²} split exactly as {@code hi + lo} (by FMA), so the
     * relative error stays a few ulps even where the result is near the underflow threshold
     * (the naive form loses {@code x²/2·ε}, about 1.6e-13 at x = 38).
     */
    public static double expMinusHalfSquare(double x) {
        double hi = x * x;
        if (hi > 1500) {
            return 0.0;
        }
        double lo = Math.fma(x, x, -hi);
        return Math.exp(-0.5 * hi) * (1 - 0.5 * lo);
    }

    /** Returns {@code exp(-x²)} with {@code x²} split exactly, as {@link #expMinusHalfSquare}. */
    public static double expMinusSquare(double x) {
        double hi = x * x;
        if (hi > 750) {
            return 0.0;
        }
        double lo = Math.fma(x, x, -hi);
        return Math.exp(-hi) * (1 - lo);
    }

    /** Returns {@code exp(x²)} with {@code x²} split exactly; +Infinity past the overflow point. */
    public static double expSquare(double x) {
        double hi = x * x;
        if (hi > 710) {
            return Double.POSITIVE_INFINITY;
        }
        double lo = Math.fma(x, x, -hi);
        return Math.exp(hi) * (1 + lo);
    }

    /**
     * Returns {@code sin(πx)}, exactly 0 at integers; the reduction {@code x mod 2} is exact, so
     * the result is accurate to a few ulps for every finite x. ±Infinity or NaN gives NaN.
     */
    public static double sinPi(double x) {
        if (!(Math.abs(x) < Double.POSITIVE_INFINITY)) {
            return Double.NaN;
        }
        if (Math.abs(x) >= 0x1p52) {
            return 0.0;
        }
        double r = x - 2 * Math.rint(0.5 * x);          // exact, in [-1, 1]
        if (r > 0.5) {
            r = 1 - r;
        } else if (r < -0.5) {
            r = -1 - r;
        }
        return Math.sin(Math.PI * r);
    }

    /** Returns {@code cos(πx)}, exactly 0 at half-integers; same reduction as {@link #sinPi}. */
    public static double cosPi(double x) {
        if (!(Math.abs(x) < Double.POSITIVE_INFINITY)) {
            return Double.NaN;
        }
        if (Math.abs(x) >= 0x1p53) {
            return 1.0;
        }
        double r = Math.abs(x - 2 * Math.rint(0.5 * x));  // exact, in [0, 1]
        if (r <= 0.25) {
            return Math.cos(Math.PI * r);
        }
        if (r <= 0.75) {
            return Math.sin(Math.PI * (0.5 - r));
        }
        return -Math.cos(Math.PI * (1 - r));
    }
}
