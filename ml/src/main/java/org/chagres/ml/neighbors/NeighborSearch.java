package org.chagres.ml.neighbors;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.stream.IntStream;
import org.chagres.kernels.Backend;
import org.chagres.ml.io.Codec;
import org.chagres.ml.metrics.Distances;

/**
 * The k nearest training rows of each query row, by brute force (distance blocks from one
 * gemm each, then a bounded heap per query) or through a {@link KdTree}. Query blocks run in
 * parallel; each query's answer depends only on its own row, so results do not depend on the
 * number of threads. Ties in distance go to the lower training index.
 */
final class NeighborSearch {

    /** Queries per gemm block: 256 rows × n train keeps a block's distances in L2/L3 for n ≲ 4k. */
    private static final int BLOCK = 256;

    private final double[] train;
    private final double[] norms;
    private final int n;
    private final int d;
    private final KdTree tree;
    private final NeighborAlgorithm algorithm;

    NeighborSearch(double[] train, int n, int d, NeighborAlgorithm algorithm) {
        this.train = train;
        this.n = n;
        this.d = d;
        this.norms = Distances.rowNorms(train, n, d);
        this.algorithm = algorithm;
        boolean useTree = algorithm == NeighborAlgorithm.KD_TREE
                || (algorithm == NeighborAlgorithm.AUTO && d <= 15 && n >= 64);
        this.tree = useTree ? new KdTree(train, n, d) : null;
    }

    /** Writes the training rows and the algorithm. */
    void writeTo(DataOutput out) throws IOException {
        out.writeInt(n);
        out.writeInt(d);
        out.writeInt(algorithm.ordinal());
        Codec.doubles(out, train);
    }

    static NeighborSearch readFrom(DataInput in) throws IOException {
        int n = Codec.bounded(in, "samples", 1, Integer.MAX_VALUE);
        int d = Codec.bounded(in, "features", 1, Integer.MAX_VALUE);
        NeighborAlgorithm a = NeighborAlgorithm.values()[Codec.bounded(in, "algorithm", 0,
                NeighborAlgorithm.values().length - 1)];
        double[] train = Codec.doubles(in);
        if (train.length != (long) n * d) {
            throw new IOException("training data has " + train.length + " values, not " + n
                    + "x" + d);
        }
        return new NeighborSearch(train, n, d, a);
    }

    boolean usesTree() {
        return tree != null;
    }

    /**
     * Neighbours of the m query rows (row-major m × d): Euclidean distances and training
     * indices, k per query, nearest first, in {@code dist[q·k + r]}, {@code idx[q·k + r]}.
     */
    void search(Backend backend, double[] queries, int m, int k, double[] dist, int[] idx) {
        int blocks = (m + BLOCK - 1) / BLOCK;
        IntStream.range(0, blocks).parallel().forEach(b -> {
            int q0 = b * BLOCK;
            int rows = Math.min(BLOCK, m - q0);
            NeighborHeap heap = new NeighborHeap(k);
            if (tree != null) {
                for (int q = q0; q < q0 + rows; q++) {
                    heap.clear();
                    tree.query(queries, q * d, heap);
                    heap.drainSorted(dist, idx, q * k);
                }
            } else {
                double[] block = new double[rows * d];
                System.arraycopy(queries, q0 * d, block, 0, rows * d);
                double[] dd = new double[rows * n];
                Distances.squaredEuclidean(backend, rows, n, d, block, null, train, norms, dd);
                for (int r = 0; r < rows; r++) {
                    heap.clear();
                    int base = r * n;
                    for (int j = 0; j < n; j++) {
                        double v = dd[base + j];
                        if (v <= heap.worst()) {
                            heap.offer(v, j);
                        }
                    }
                    heap.drainSorted(dist, idx, (q0 + r) * k);
                }
            }
            for (int p = q0 * k; p < (q0 + rows) * k; p++) {
                dist[p] = Math.sqrt(dist[p]);
            }
        });
    }
}
