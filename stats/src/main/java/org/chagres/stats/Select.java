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

    /** Inputs shorter than this go straight to the copy-and-select path. */
    static final int WINDOW_MIN = 2048;

    /**
     * The values of x between two sample pivots, copied, with the count of values below the
     * lower pivot: {@code values[0, count)} hold every x with rank in
     * {@code [below, below + count)}.
     */
    record Window(double[] values, int count, int below) {
    }

    /**
     * Brackets the ranks {@code [kLo, kHi]} of x (not modified) in one pass, without copying
     * all of x. This is the sampling step of Floyd and Rivest's SELECT (CACM 18(3), 1975,
     * Algorithm 489) done out of place: a stratified sample of {@code s = n^(2/3)/2} values
     * gives two pivots {@code d = sqrt(ln n · s · (n − s)/n)/2} sample ranks outside the ranks
     * wanted (their constants), and one pass counts the values below the lower pivot and
     * copies those between the pivots (a few percent of n for one or two adjacent ranks).
     * Returns null when the pass cannot answer: a NaN in x (the caller applies its NaN
     * policy), the pivots missed the ranks (probability about 1e-4), or more values fell
     * between them than allotted; the caller then copies x and selects as before.
     */
    static Window window(double[] x, int kLo, int kHi) {
        int n = x.length;
        double ln = Math.log(n);
        int s = (int) Math.min(n / 4, 0.5 * Math.exp(2.0 * ln / 3.0));
        double d = 0.5 * Math.sqrt(ln * s * (n - s) / n);
        double[] sample = new double[s];
        // one value per stratum of n/s, at a position from a fixed-seed SplitMix64 stream
        // (Steele, Lea & Flood, OOPSLA 2014): deterministic, yet not fooled by periodic data
        long seed = 0x9E3779B97F4A7C15L;
        long stride = n / s;
        for (int i = 0; i < s; i++) {
            seed += 0x9E3779B97F4A7C15L;
            long z = seed;
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            z ^= z >>> 31;
            double v = x[(int) (i * stride + Long.remainderUnsigned(z, stride))];
            if (v != v) {
                return null;
            }
            sample[i] = v;
        }
        int iLo = (int) Math.floor((double) kLo * s / n - d);
        int iHi = (int) Math.ceil((double) (kHi + 1) * s / n + d);
        double lo = Double.NEGATIVE_INFINITY;
        double hi = Double.POSITIVE_INFINITY;
        int from = 0;
        if (iLo >= 0) {
            select(sample, 0, s, iLo);
            lo = sample[iLo];
            from = iLo + 1;
        }
        if (iHi < s) {
            select(sample, from, s, iHi);
            hi = sample[iHi];
        }
        int span = Math.min(iHi, s) - Math.max(iLo, 0) + 1;
        int cap = (int) Math.min(n, (double) span * n / s * 1.25 + 1024);
        // finite pivots: then v − lo < 0 exactly when v < lo (x − y is 0 only for x == y under
        // gradual underflow), and values beyond ±MAX_VALUE are simply counted outside
        lo = Math.max(Math.min(lo, Double.MAX_VALUE), -Double.MAX_VALUE);
        hi = Math.max(Math.min(hi, Double.MAX_VALUE), -Double.MAX_VALUE);
        double[] buf = new double[cap + 4];
        int below = 0;
        int above = 0;
        int m = 0;
        int i = 0;
        // Blocks of four. The outside tests are sign bits of differences, pure arithmetic, so
        // no compare can become a branch that C2 would lay out from a skewed profile (a 0.9
        // quantile makes "v < lo" 90% true, which otherwise costs a mispredict per ~10
        // values). The one branch left is taken only when a block holds a window value (~15%
        // of blocks for a median); the other detects NaN (or +Inf beside −Inf), which ends
        // the pass. Measured 2 to 3 times faster than a per-value branchy loop on 10^6 values.
        for (; i + 4 <= n && m <= cap; i += 4) {
            double v0 = x[i];
            double v1 = x[i + 1];
            double v2 = x[i + 2];
            double v3 = x[i + 3];
            double sum = v0 + v1 + v2 + v3;
            if (sum != sum) {
                return null;
            }
            int l0 = negative(v0 - lo);
            int l1 = negative(v1 - lo);
            int l2 = negative(v2 - lo);
            int l3 = negative(v3 - lo);
            int g0 = negative(hi - v0);
            int g1 = negative(hi - v1);
            int g2 = negative(hi - v2);
            int g3 = negative(hi - v3);
            int lt = l0 + l1 + l2 + l3;
            int gt = g0 + g1 + g2 + g3;
            below += lt;
            above += gt;
            if (lt + gt != 4) {
                m = keep(buf, m, v0, l0 | g0);
                m = keep(buf, m, v1, l1 | g1);
                m = keep(buf, m, v2, l2 | g2);
                m = keep(buf, m, v3, l3 | g3);
            }
        }
        for (; i < n && m <= cap; i++) {
            double v = x[i];
            if (v != v) {
                return null;
            }
            int l = negative(v - lo);
            int g = negative(hi - v);
            below += l;
            above += g;
            m = keep(buf, m, v, l | g);
        }
        if (m > cap) {
            return null;
        }
        if (below + above + m != n || below > kLo || below + m <= kHi) {
            return null;
        }
        return new Window(buf, m, below);
    }

    /** 1 when d's sign bit is set (d < 0 or −0.0), else 0; d is never NaN here. */
    private static int negative(double d) {
        return (int) (Double.doubleToRawLongBits(d) >>> 63);
    }

    /** Appends v to buf at m unless it is outside the window; returns the new m. */
    private static int keep(double[] buf, int m, double v, int outside) {
        if (outside == 0) {
            buf[m] = v;
            return m + 1;
        }
        return m;
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
