package org.chagres.ml.tree;

/** Sorts a key array and carries an index array along (introsort-free quicksort + insertion). */
final class Sorting {

    private Sorting() {
    }

    static void sort(double[] key, int[] idx, int lo, int hi) {
        while (hi - lo > 16) {
            int mid = (lo + hi) >>> 1;
            // median of three as pivot guards sorted and reversed input
            if (key[mid] < key[lo]) {
                swap(key, idx, mid, lo);
            }
            if (key[hi - 1] < key[lo]) {
                swap(key, idx, hi - 1, lo);
            }
            if (key[hi - 1] < key[mid]) {
                swap(key, idx, hi - 1, mid);
            }
            double p = key[mid];
            int i = lo;
            int j = hi - 1;
            while (i <= j) {
                while (key[i] < p) {
                    i++;
                }
                while (key[j] > p) {
                    j--;
                }
                if (i <= j) {
                    swap(key, idx, i++, j--);
                }
            }
            // recurse into the smaller part, loop on the larger: O(log n) stack
            if (j - lo < hi - i) {
                sort(key, idx, lo, j + 1);
                lo = i;
            } else {
                sort(key, idx, i, hi);
                hi = j + 1;
            }
        }
        for (int i = lo + 1; i < hi; i++) {
            double k = key[i];
            int v = idx[i];
            int j = i - 1;
            while (j >= lo && key[j] > k) {
                key[j + 1] = key[j];
                idx[j + 1] = idx[j];
                j--;
            }
            key[j + 1] = k;
            idx[j + 1] = v;
        }
    }

    private static void swap(double[] key, int[] idx, int a, int b) {
        double k = key[a];
        key[a] = key[b];
        key[b] = k;
        int v = idx[a];
        idx[a] = idx[b];
        idx[b] = v;
    }
}
