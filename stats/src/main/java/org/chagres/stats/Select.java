package org.chagres.stats;

import java.util.Arrays;

/** Order statistics by selection (Floyd–Rivest), with a sort as the worst-case fallback. */
final class Select {

    private static final int SMALL = 16;

    private Select() {
    }

    /**
     * Rearranges {@code a[lo, hi)} so that {@code a[k]} holds the value of rank k, with no
     * larger value before it and no smaller one after it. No NaN may be present. Floyd and
     * Rivest's SELECT (CACM 18(3), 1975, Algorithm 489): on ranges above {@value #SAMPLED} it
     * first selects within a sample-sized window around k, so the pivot lands next to the
     * answer and the whole range is partitioned about once (about 1.5·n comparisons for a
     * median instead of about 3.4·n). After {@code 4·log2(n) + 16} partitions without
     * finishing it sorts the range instead, so the worst case is O(n log n).
     */
    static void select(double[] a, int lo, int hi, int k) {
        int budget = 4 * (32 - Integer.numberOfLeadingZeros(hi - lo)) + 16;
        floydRivest(a, lo, hi - 1, k, new int[] {budget});
    }

    private static final int SAMPLED = 600;

    private static void floydRivest(double[] a, int left, int right, int k, int[] budget) {
        while (right > left) {
            if (right - left <= SMALL) {
                insertionSort(a, left, right);
                return;
            }
            if (--budget[0] < 0) {
                Arrays.sort(a, left, right + 1);
                return;
            }
            if (right - left > SAMPLED) {
                double n = right - left + 1;
                double i = k - left + 1;
                double z = Math.log(n);
                double s = 0.5 * Math.exp(2.0 * z / 3.0);
                double sd = 0.5 * Math.sqrt(z * s * (n - s) / n) * Math.signum(i - n / 2.0);
                int newLeft = (int) Math.max(left, Math.floor(k - i * s / n + sd));
                int newRight = (int) Math.min(right, Math.floor(k + (n - i) * s / n + sd));
                floydRivest(a, newLeft, newRight, k, budget);
            }
            double t = a[k];
            int i = left;
            int j = right;
            swap(a, left, k);
            if (a[right] > t) {
                swap(a, right, left);
            }
            while (i < j) {
                swap(a, i, j);
                i++;
                j--;
                while (a[i] < t) {
                    i++;
                }
                while (a[j] > t) {
                    j--;
                }
            }
            if (a[left] == t) {
                swap(a, left, j);
            } else {
                j++;
                swap(a, j, right);
            }
            if (j <= k) {
                left = j + 1;
            }
            if (k <= j) {
                right = j - 1;
            }
        }
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
