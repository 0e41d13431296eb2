package org.chagres.stats.test;

import org.chagres.stats.distribution.ContinuousDistribution;

/** Argument checks and p-value helpers shared by the tests (messages in the house format). */
final class Inputs {

    private Inputs() {
    }

    /** Checks x is non-null, has at least {@code min} values and holds no NaN or ±Inf. */
    static void sample(String op, String name, double[] x, int min) {
        if (x == null) {
            throw new NullPointerException(op + ": " + name + " is null");
        }
        if (x.length < min) {
            throw new IllegalArgumentException(op + ": " + name + " needs at least " + min
                    + " values, got " + x.length);
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) {
                throw new IllegalArgumentException(op + ": " + name + "[" + i + "] is " + x[i]
                        + "; remove non-finite values first");
            }
        }
    }

    static void notNull(String op, String name, Object o) {
        if (o == null) {
            throw new NullPointerException(op + ": " + name + " is null");
        }
    }

    static void sameLength(String op, double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException(op + ": x and y lengths differ, got " + x.length
                    + " and " + y.length);
        }
    }

    static void confidence(String op, double level) {
        if (!(level > 0.0 && level < 1.0)) {
            throw new IllegalArgumentException(op + ": confidence level must be in (0, 1), got "
                    + level);
        }
    }

    /**
     * p-value of a statistic with a continuous null distribution symmetric about 0:
     * TWO_SIDED {@code 2·sf(|t|)}, LESS {@code cdf(t)}, GREATER {@code sf(t)}.
     */
    static double symmetric(ContinuousDistribution d, double t, Alternative alt) {
        if (t != t) {
            return Double.NaN;
        }
        return switch (alt) {
            case TWO_SIDED -> Math.min(1.0, 2.0 * d.sf(Math.abs(t)));
            case LESS -> d.cdf(t);
            case GREATER -> d.sf(t);
        };
    }

    /** Clamps a probability into [0, 1] (NaN stays NaN). */
    static double clamp(double p) {
        return p != p ? p : Math.max(0.0, Math.min(1.0, p));
    }
}
