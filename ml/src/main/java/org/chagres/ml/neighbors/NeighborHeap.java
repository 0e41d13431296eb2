package org.chagres.ml.neighbors;

/**
 * The k smallest (squared distance, index) pairs seen so far, as a bounded max-heap. Ties in
 * distance are broken by the smaller index, so results do not depend on visiting order.
 */
final class NeighborHeap {

    private final double[] dist;
    private final int[] idx;
    private int size;

    NeighborHeap(int k) {
        dist = new double[k];
        idx = new int[k];
    }

    void clear() {
        size = 0;
    }

    /** The current k-th smallest distance, +∞ until k pairs were offered. */
    double worst() {
        return size < dist.length ? Double.POSITIVE_INFINITY : dist[0];
    }

    void offer(double d, int i) {
        if (size < dist.length) {
            dist[size] = d;
            idx[size] = i;
            up(size++);
        } else if (less(d, i, dist[0], idx[0])) {
            dist[0] = d;
            idx[0] = i;
            down(0);
        }
    }

    /** Empties the heap into the arrays, nearest first. */
    void drainSorted(double[] outDist, int[] outIdx, int off) {
        for (int p = size - 1; p >= 0; p--) {
            outDist[off + p] = dist[0];
            outIdx[off + p] = idx[0];
            size--;
            dist[0] = dist[size];
            idx[0] = idx[size];
            down(0);
        }
    }

    private static boolean less(double d1, int i1, double d2, int i2) {
        return d1 < d2 || (d1 == d2 && i1 < i2);
    }

    private void up(int c) {
        while (c > 0) {
            int p = (c - 1) >>> 1;
            if (!less(dist[p], idx[p], dist[c], idx[c])) {
                return;
            }
            swap(p, c);
            c = p;
        }
    }

    private void down(int p) {
        while (true) {
            int l = 2 * p + 1;
            if (l >= size) {
                return;
            }
            int c = l + 1 < size && less(dist[l], idx[l], dist[l + 1], idx[l + 1]) ? l + 1 : l;
            if (!less(dist[p], idx[p], dist[c], idx[c])) {
                return;
            }
            swap(p, c);
            p = c;
        }
    }

    private void swap(int a, int b) {
        double td = dist[a];
        dist[a] = dist[b];
        dist[b] = td;
        int ti = idx[a];
        idx[a] = idx[b];
        idx[b] = ti;
    }
}
