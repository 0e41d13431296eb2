package org.chagres.stats.special;

import java.util.function.DoubleUnaryOperator;

/**
 * Safeguarded Newton iteration for a monotone function: the root finder behind the quantiles
 * and the inverse incomplete gamma and beta functions.
 *
 * <p>Each evaluation narrows a bracket {@code [lo, hi]} around the root; a Newton step that leaves
 * the bracket or fails to halve the previous step is replaced by bisection ("rtsafe" idea,
 * Press et al., Numerical Recipes §9.4). Bisection is geometric when the bracket spans more
 * than a factor 4 on one side of 0, so roots like 1e-150 are reached in a few dozen steps; an
 * unbounded side is pushed out by squaring, so 1e200 is reached in a few steps too.
 */
public final class Roots {

    private static final int MAX_ITERATIONS = 400;

    private Roots() {
    }

    /**
     * Returns x in [lo, hi] with {@code f(x) = target}, for f monotone on [lo, hi]
     * (increasing when {@code increasing}) with derivative {@code slope}; lo and hi may be
     * infinite. x0 is the starting point. Stops when a Newton step is below about 2 ulps of x
     * or the bracket is 4 ulps wide, returning the better end.
     */
    public static double solve(DoubleUnaryOperator f, DoubleUnaryOperator slope, double target,
                               boolean increasing, double lo, double hi, double x0) {
        double a = lo;
        double b = hi;
        double x = x0 > a && x0 < b ? x0 : bisect(a, b);
        double prevStep = Double.POSITIVE_INFINITY;
        double best = x;
        double bestRes = Double.POSITIVE_INFINITY;
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            double r = f.applyAsDouble(x) - target;
            if (r == 0) {
                return x;
            }
            if (Math.abs(r) < bestRes) {
                bestRes = Math.abs(r);
                best = x;
            }
            if ((r < 0) == increasing) {
                a = x;
            } else {
                b = x;
            }
            double d = slope.applyAsDouble(x);
            double step = -r / d;
            double xn = x + step;
            boolean newtonOk = xn > a && xn < b && Math.abs(step) <= 0.5 * prevStep;
            if (newtonOk) {
                if (Math.abs(step) <= 2.5e-16 * Math.abs(xn)) {
                    return xn;
                }
                prevStep = Math.abs(step);
            } else {
                xn = bisect(a, b);
                prevStep = Math.abs(xn - x) * 2;
            }
            boolean collapsed = Double.isFinite(a) && Double.isFinite(b)
                    && b - a <= 4 * Math.ulp(Math.max(Math.abs(a), Math.abs(b)));
            if (collapsed || xn == a || xn == b) {
                // a bracket end that is still the given bound was never evaluated; it is the
                // answer when the root lies closer to it than the doubles next to it (e.g. a
                // beta quantile within 1e-300 of 1 is 1.0, not 1 - 8 ulps)
                double end = a == lo ? a : b == hi ? b : Double.NaN;
                if (Double.isFinite(end) && Math.abs(f.applyAsDouble(end) - target) < bestRes) {
                    return end;
                }
                return best;
            }
            x = xn;
        }
        return best;
    }

    /** Returns a point strictly inside (a, b) (see class comment for the rule). */
    static double bisect(double a, double b) {
        if (a == Double.NEGATIVE_INFINITY && b == Double.POSITIVE_INFINITY) {
            return 0.0;
        }
        if (b == Double.POSITIVE_INFINITY) {
            // squaring reaches 1e300 from 2 in 10 steps (power-law tails start far out)
            return a >= 2 ? Math.min(a * a, Double.MAX_VALUE) : a <= -1 ? 0.25 * a : a + 2;
        }
        if (a == Double.NEGATIVE_INFINITY) {
            return b <= -2 ? Math.max(-b * b, -Double.MAX_VALUE) : b >= 1 ? 0.25 * b : b - 2;
        }
        if (a > 0 && b > 4 * a) {
            return Math.sqrt(a) * Math.sqrt(b);
        }
        if (b < 0 && a < 4 * b) {
            return -Math.sqrt(-a) * Math.sqrt(-b);
        }
        if (a == 0 && b > 1e-290) {
            return b * 0x1p-40;
        }
        if (b == 0 && a < -1e-290) {
            return a * 0x1p-40;
        }
        return a + 0.5 * (b - a);
    }
}
