package org.chagres.stats;

import java.util.Arrays;

/** Order statistics by selection: quickselect with median-of-three pivots, sort as fallback. */
final class Select {

    private static final int SMALL = 16;

    private Select() {
    }

    /**
     * Rearranges {@code a[lo, hi)} so that {@code a[k]} holds the value of rank k, with no
     * larger value before it and no smaller one after it. No NaN may be present. Expected
     * O(n); falls back to a sort after {@code 2·log2(n) + 8} rounds (introselect), so the worst
     * case is O(n log n).
     */
    static void select(double[] a, int lo, int hi, int k) {
        int l = lo;
        int r = hi - 1;
        int budget = 2 * (32 - Integer.numberOfLeadingZeros(hi - lo)) + 8;
        while (r - l > SMALL) {
            if (--budget < 0) {
                Arrays.sort(a, l, r + 1);
                return;
            }
            int mid = (l + r) >>> 1;
            swap(a, mid, l + 1);
            if (a[l] > a[r]) {
                swap(a, l, r);
            }
            if (a[l + 1] > a[r]) {
                swap(a, l + 1, r);
            }
            if (a[l] > a[l + 1]) {
                swap(a, l, l + 1);
            }
            // a[l] <= pivot = a[l+1] <= a[r]: both ends are sentinels for the scans below
            double pivot = a[l + 1];
            int i = l + 1;
            int j = r;
            while (true) {
                do {
                    i++;
                } while (a[i] < pivot);
                do {
                    j--;
                } while (a[j] > pivot);
                if (j < i) {
                    break;
                }
                swap(a, i, j);
            }
            a[l + 1] = a[j];
            a[j] = pivot;
            if (j >= k) {
                r = j - 1;
            }
            if (j <= k) {
                l = i;
            }
        }
        insertionSort(a, l, r);
    }

    /** Returns the smallest of {@code a[lo, hi)}, hi > lo. */
    static double min(double[] a, int lo, int hi) {
        double m = a[lo];
        for (int i = lo + 1; i < hi; i++) {
            if (a[i] < m) {
                m = a[i];
            }
        }
        return m;
    }

    private static void insertionSort(double[] a, int l, int r) {
        for (int i = l + 1; i <= r; i++) {
            double v = a[i];
            int j = i - 1;
            while (j >= l && a[j] > v) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }

    private static void swap(double[] a, int i, int j) {
        double t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
