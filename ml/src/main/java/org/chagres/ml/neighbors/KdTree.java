package org.chagres.ml.neighbors;

/**
 * A k-d tree over the rows of a row-major n × d matrix (Friedman, Bentley and Finkel 1977):
 * each node splits its points at the median of the dimension with the widest spread, leaves
 * hold up to {@link #LEAF_SIZE} points. A k-nearest query descends to the query's leaf first
 * and prunes every subtree whose bounding box lies farther than the current k-th distance.
 * Pays for low dimensions (d ≲ 15); in high dimensions brute force with gemm wins.
 */
final class KdTree {

    /** Points per leaf: 16 balances tree depth against per-leaf scan cost (scikit-learn uses 30–40). */
    static final int LEAF_SIZE = 16;

    private final double[] data;
    private final int d;
    private final int[] index;
    // node arrays: children, point range [start, end), bounding box per node
    private int[] left;
    private int[] right;
    private int[] start;
    private int[] end;
    private double[] lo;
    private double[] hi;
    private int nodes;

    KdTree(double[] data, int n, int d) {
        this.data = data;
        this.d = d;
        this.index = new int[n];
        for (int i = 0; i < n; i++) {
            index[i] = i;
        }
        int cap = Math.max(1, 2 * (n / LEAF_SIZE + 1) + 1);
        left = new int[cap];
        right = new int[cap];
        start = new int[cap];
        end = new int[cap];
        lo = new double[cap * d];
        hi = new double[cap * d];
        build(0, n);
    }

    private int build(int s, int e) {
        int node = nodes++;
        if (node >= left.length) {
            grow();
        }
        start[node] = s;
        end[node] = e;
        for (int j = 0; j < d; j++) {
            double mn = Double.POSITIVE_INFINITY;
            double mx = Double.NEGATIVE_INFINITY;
            for (int p = s; p < e; p++) {
                double v = data[index[p] * d + j];
                mn = Math.min(mn, v);
                mx = Math.max(mx, v);
            }
            lo[node * d + j] = mn;
            hi[node * d + j] = mx;
        }
        left[node] = -1;
        right[node] = -1;
        if (e - s <= LEAF_SIZE) {
            return node;
        }
        int dim = 0;
        double spread = -1;
        for (int j = 0; j < d; j++) {
            double w = hi[node * d + j] - lo[node * d + j];
            if (w > spread) {
                spread = w;
                dim = j;
            }
        }
        if (spread == 0) {
            return node;   // all points identical: keep them in one leaf
        }
        int mid = (s + e) >>> 1;
        select(s, e - 1, mid, dim);
        int l = build(s, mid);
        int r = build(mid, e);
        left[node] = l;
        right[node] = r;
        return node;
    }

    private void grow() {
        int cap = left.length * 2;
        left = java.util.Arrays.copyOf(left, cap);
        right = java.util.Arrays.copyOf(right, cap);
        start = java.util.Arrays.copyOf(start, cap);
        end = java.util.Arrays.copyOf(end, cap);
        lo = java.util.Arrays.copyOf(lo, cap * d);
        hi = java.util.Arrays.copyOf(hi, cap * d);
    }

    /** Quickselect: puts the k-th smallest (by dim) at k, smaller before, larger after. */
    private void select(int l, int r, int k, int dim) {
        while (l < r) {
            double pivot = data[index[(l + r) >>> 1] * d + dim];
            int i = l;
            int j = r;
            while (i <= j) {
                while (data[index[i] * d + dim] < pivot) {
                    i++;
                }
                while (data[index[j] * d + dim] > pivot) {
                    j--;
                }
                if (i <= j) {
                    int t = index[i];
                    index[i] = index[j];
                    index[j] = t;
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                r = j;
            } else if (k >= i) {
                l = i;
            } else {
                return;
            }
        }
    }

    /** The k nearest points to q (offset qOff in qs), written into the heap. */
    void query(double[] qs, int qOff, NeighborHeap heap) {
        search(0, qs, qOff, heap);
    }

    private void search(int node, double[] q, int qOff, NeighborHeap heap) {
        if (left[node] < 0) {
            for (int p = start[node]; p < end[node]; p++) {
                int row = index[p];
                double s = 0;
                for (int j = 0; j < d; j++) {
                    double diff = data[row * d + j] - q[qOff + j];
                    s += diff * diff;
                }
                heap.offer(s, row);
            }
            return;
        }
        double dl = boxDistance(left[node], q, qOff);
        double dr = boxDistance(right[node], q, qOff);
        int first = dl <= dr ? left[node] : right[node];
        int second = dl <= dr ? right[node] : left[node];
        if (Math.min(dl, dr) <= heap.worst()) {
            search(first, q, qOff, heap);
        }
        if (Math.max(dl, dr) <= heap.worst()) {
            search(second, q, qOff, heap);
        }
    }

    /** Squared distance from q to the node's bounding box (0 inside). */
    private double boxDistance(int node, double[] q, int qOff) {
        double s = 0;
        for (int j = 0; j < d; j++) {
            double v = q[qOff + j];
            double a = lo[node * d + j];
            double b = hi[node * d + j];
            double diff = v < a ? a - v : v > b ? v - b : 0.0;
            s += diff * diff;
        }
        return s;
    }
}
