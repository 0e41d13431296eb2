package org.chagres.stats.distribution;

/** Parameter checks written as positive conditions, so NaN always falls into the throw. */
final class Checks {

    private Checks() {
    }

    static double positiveFinite(String op, String name, double v) {
        if (v > 0 && v < Double.POSITIVE_INFINITY) {
            return v;
        }
        throw new IllegalArgumentException(op + ": " + name + " must be > 0 and finite, got " + v);
    }

    static double finite(String op, String name, double v) {
        if (Math.abs(v) < Double.POSITIVE_INFINITY) {
            return v;
        }
        throw new IllegalArgumentException(op + ": " + name + " must be finite, got " + v);
    }

    static double probability(String op, String name, double v) {
        if (v >= 0 && v <= 1) {
            return v;
        }
        throw new IllegalArgumentException(op + ": " + name + " must be in [0, 1], got " + v);
    }

    /** For continuous quantiles: NaN passes (the caller returns NaN), outside [0, 1] throws. */
    static void probabilityOrNaN(String op, String name, double v) {
        if (!(v >= 0 && v <= 1) && !Double.isNaN(v)) {
            throw new IllegalArgumentException(op + ": " + name + " must be in [0, 1], got " + v);
        }
    }

    static void sampleCount(String type, int n) {
        if (n < 0) {
            throw new IllegalArgumentException(type + ".sample: n must be >= 0, got " + n);
        }
    }
}
