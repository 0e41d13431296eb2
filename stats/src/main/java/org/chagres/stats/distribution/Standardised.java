package org.chagres.stats.distribution;

/**
 * {@code (x - loc)/scale} as an unevaluated double-double {@code z + zLo}: the exact difference
 * (Knuth's TwoSum) and the FMA remainder of the division. Densities and tails that behave like
 * {@code e^(-z)} or {@code e^(-z²/2)} use {@code zLo} as a first-order correction, which keeps
 * their relative error at a few ulps where the rounding of z alone would cost {@code z·ε} or
 * {@code z²·ε}.
 */
final class Standardised {

    private Standardised() {
    }

    /** Returns {@code {z, zLo}}; for a non-finite difference {@code zLo = 0}. */
    static double[] of(double x, double loc, double scale) {
        return of(x, 0.0, loc, scale);
    }

    /** As {@link #of(double, double, double)} for {@code x = xHi + xLo}. */
    static double[] of(double xHi, double xLo, double loc, double scale) {
        double d = xHi - loc;
        if (!(Math.abs(d) < Double.POSITIVE_INFINITY)) {
            return new double[] {d / scale, 0.0};
        }
        double bb = d - xHi;
        double dLo = (xHi - (d - bb)) + (-loc - bb) + xLo;
        double z = d / scale;
        double zLo = (Math.fma(-z, scale, d) + dLo) / scale;
        return new double[] {z, zLo};
    }
}
