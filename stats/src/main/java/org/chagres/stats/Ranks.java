package org.chagres.stats;

import java.util.Arrays;

/** Ranks of a sample, 1-based, with a choice of tie handling (SciPy's {@code rankdata}). */
public final class Ranks {

    private Ranks() {
    }

    /**
     * Returns the ranks of x (not modified) as a new array: {@code out[i]} is the rank of
     * {@code x[i]} among all values, 1 for the smallest; ties handled by {@code ties}. −0.0 and
     * 0.0 tie. NaN: PROPAGATE makes every rank NaN (SciPy), OMIT ranks the other values among
     * themselves and leaves NaN at the NaN positions, RAISE throws. O(n log n).
     */
    public static double[] rank(double[] x, TieMethod ties, NanPolicy policy) {
        String op = "rank";
        Descriptive.notNull(op, x);
        Descriptive.notNull(op, ties);
        Descriptive.notNull(op, policy);
        int n = x.length;
        double[] out = new double[n];
        int first = Reduce.firstNaN(x, 0, n);
        if (first >= 0) {
            if (policy == NanPolicy.RAISE) {
                throw new IllegalArgumentException(op + ": x[" + first
                        + "] is NaN (NanPolicy.RAISE); remove it or use NanPolicy.OMIT");
            }
            Arrays.fill(out, Double.NaN);
            if (policy == NanPolicy.PROPAGATE) {
                return out;
            }
        }
        int[] idx = order(x);
        int m = 0;                                  // non-NaN count: NaN sort last
        while (m < n && x[idx[m]] == x[idx[m]]) {
            m++;
        }
        int dense = 0;
        int i = 0;
        while (i < m) {
            int j = i + 1;
            while (j < m && x[idx[j]] == x[idx[i]]) {
                j++;
            }
            dense++;
            for (int k = i; k < j; k++) {
                out[idx[k]] = switch (ties) {
                    case AVERAGE -> (i + 1 + j) / 2.0;
                    case MIN -> i + 1;
                    case MAX -> j;
                    case DENSE -> dense;
                    case ORDINAL -> k + 1;
                };
            }
            i = j;
        }
        return out;
    }

    /** {@link #rank(double[], TieMethod, NanPolicy)} with PROPAGATE. */
    public static double[] rank(double[] x, TieMethod ties) {
        return rank(x, ties, NanPolicy.PROPAGATE);
    }

    /** {@link #rank(double[], TieMethod, NanPolicy)} with AVERAGE and PROPAGATE. */
    public static double[] rank(double[] x) {
        return rank(x, TieMethod.AVERAGE, NanPolicy.PROPAGATE);
    }

    /**
     * Returns the permutation that sorts x stably ascending, NaN last, −0.0 equal to 0.0
     * (a merge sort on indices).
     */
    static int[] order(double[] x) {
        int n = x.length;
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        int[] tmp = new int[n];
        mergeSort(x, idx, tmp, 0, n);
        return idx;
    }

    private static boolean before(double a, double b) {   // strict, NaN greatest
        return a < b || (a == a && b != b);
    }

    private static void mergeSort(double[] x, int[] idx, int[] tmp, int lo, int hi) {
        if (hi - lo <= 24) {
            for (int i = lo + 1; i < hi; i++) {
                int v = idx[i];
                int j = i - 1;
                while (j >= lo && before(x[v], x[idx[j]])) {
                    idx[j + 1] = idx[j];
                    j--;
                }
                idx[j + 1] = v;
            }
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSort(x, idx, tmp, lo, mid);
        mergeSort(x, idx, tmp, mid, hi);
        if (!before(x[idx[mid]], x[idx[mid - 1]])) {
            return;
        }
        System.arraycopy(idx, lo, tmp, lo, hi - lo);
        int i = lo;
        int j = mid;
        for (int k = lo; k < hi; k++) {
            if (j >= hi || (i < mid && !before(x[tmp[j]], x[tmp[i]]))) {
                idx[k] = tmp[i++];
            } else {
                idx[k] = tmp[j++];
            }
        }
    }
}
