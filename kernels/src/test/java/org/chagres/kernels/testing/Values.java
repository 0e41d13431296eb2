package org.chagres.kernels.testing;

import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Test inputs. Ordinary values mix moderate numbers of both signs with ±0.0 (−0.0 included),
 * small integers and subnormals; with {@code specials} about one element in eight is NaN,
 * +Inf or −Inf. Moderate means {@code |x| <= 1e3}, so sums of products never overflow and the
 * NaN/Inf pattern of a result does not depend on the order of summation.
 */
public final class Values {

    private Values() {
    }

    /** A stride: 1 (the fast path) three times out of four, else 2 or 3. */
    public static Arbitrary<Integer> increments() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.just(1)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(2)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(3)));
    }

    /** One ordinary double. */
    public static double ordinary(Random r) {
        int k = r.nextInt(20);
        if (k < 12) {
            return r.nextDouble() * 2 - 1;
        } else if (k < 14) {
            return r.nextInt(9) - 4;
        } else if (k < 16) {
            return (r.nextDouble() * 2 - 1) * 1e3;
        } else if (k < 17) {
            return r.nextBoolean() ? 0.0 : -0.0;
        } else if (k < 18) {
            return (r.nextBoolean() ? 1 : -1) * Double.MIN_VALUE * (1 + r.nextInt(1 << 20));
        }
        return (r.nextDouble() * 2 - 1) * 1e-3;
    }

    /** One ordinary float, as {@link #ordinary(Random)} with float subnormals. */
    public static float ordinaryFloat(Random r) {
        int k = r.nextInt(20);
        if (k == 17) {
            return (r.nextBoolean() ? 1 : -1) * Float.MIN_VALUE * (1 + r.nextInt(1 << 12));
        }
        return (float) ordinary(r);
    }

    /** NaN, +Inf or −Inf. */
    public static double special(Random r) {
        return switch (r.nextInt(3)) {
            case 0 -> Double.NaN;
            case 1 -> Double.POSITIVE_INFINITY;
            default -> Double.NEGATIVE_INFINITY;
        };
    }

    /** n doubles; with {@code specials}, about one in eight is NaN or ±Inf. */
    public static double[] doubles(Random r, int n, boolean specials) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = specials && r.nextInt(8) == 0 ? special(r) : ordinary(r);
        }
        return v;
    }

    /** n floats; with {@code specials}, about one in eight is NaN or ±Inf. */
    public static float[] floats(Random r, int n, boolean specials) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = specials && r.nextInt(8) == 0 ? (float) special(r) : ordinaryFloat(r);
        }
        return v;
    }

    /** A scalar factor: often 0, 1 or −1 (the special cases of BLAS), else ordinary. */
    public static double factor(Random r) {
        return switch (r.nextInt(8)) {
            case 0 -> 0.0;
            case 1 -> 1.0;
            case 2 -> -1.0;
            default -> r.nextDouble() * 4 - 2;
        };
    }

    /** Widens a float array to double (exactly). */
    public static double[] widen(float[] v) {
        double[] d = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            d[i] = v[i];
        }
        return d;
    }
}
