package org.chagres.stats.distribution;

import java.util.function.IntPredicate;

/**
 * Exact search for the smallest integer in [lo, hi] where a monotone predicate turns true:
 * gallops out from an estimate (steps 1, 2, 4, …) to bracket the change, then bisects. The
 * estimate only sets the cost, never the answer.
 */
final class DiscreteSearch {

    private DiscreteSearch() {
    }

    /** Returns the smallest k in [lo, hi] with {@code test(k)}, or hi when none is. */
    static int smallest(IntPredicate test, int lo, int hi, long estimate) {
        int k = (int) Math.max(lo, Math.min(hi, estimate));
        int a;   // test false at a (or a = lo - 1)
        int b;   // test true at b (or b = hi)
        if (test.test(k)) {
            b = k;
            long step = 1;
            long probe = (long) k - 1;
            while (true) {
                if (probe < lo) {
                    a = lo - 1;
                    break;
                }
                if (!test.test((int) probe)) {
                    a = (int) probe;
                    break;
                }
                b = (int) probe;
                step *= 2;
                probe = b - step;
            }
        } else {
            a = k;
            long step = 1;
            long probe = (long) k + 1;
            while (true) {
                if (probe >= hi) {
                    b = hi;
                    break;
                }
                if (test.test((int) probe)) {
                    b = (int) probe;
                    break;
                }
                a = (int) probe;
                step *= 2;
                probe = a + step;
            }
        }
        while ((long) b - a > 1) {
            int mid = (int) (((long) a + b) >>> 1);
            if (test.test(mid)) {
                b = mid;
            } else {
                a = mid;
            }
        }
        return b;
    }
}
