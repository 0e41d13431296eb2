package org.chagres.ml.neighbors;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.chagres.kernels.Backend;
import org.chagres.kernels.Backends;
import org.chagres.ml.Inputs;
import org.chagres.ml.io.Codec;

/** What the k-NN classifier and regressor share: hyperparameters, the fitted search. */
final class KNeighbors {

    private KNeighbors() {
    }

    record Params(int k, Weights weights, NeighborAlgorithm algorithm, Backend backend) {
        Backend backendOrDefault() {
            return backend != null ? backend : Backends.preferred();
        }
    }

    /** Checks X and k, copies X row-major and builds the search structure. */
    static NeighborSearch fit(String op, double[][] x, Params p) {
        int d = Inputs.matrix(op, x);
        if (p.k() > x.length) {
            throw new IllegalArgumentException(op + ": k must be <= the number of samples, got"
                    + " k " + p.k() + " for " + x.length + " samples");
        }
        return new NeighborSearch(Inputs.rowMajor(x), x.length, d, p.algorithm());
    }

    /** Neighbour distances and indices of the rows of X. */
    static Result query(String op, double[][] x, int features, NeighborSearch search, Params p) {
        Inputs.matrix(op, x, features);
        int m = x.length;
        double[] dist = new double[m * p.k()];
        int[] idx = new int[m * p.k()];
        search.search(p.backendOrDefault(), Inputs.rowMajor(x), m, p.k(), dist, idx);
        return new Result(dist, idx);
    }

    record Result(double[] dist, int[] idx) {
    }

    /**
     * Weights of the k neighbours of query q into w: uniform 1, or 1/distance; when some
     * distances are 0, those get 1 and the rest 0.
     */
    static void weights(Weights mode, double[] dist, int q, int k, double[] w) {
        boolean zero = false;
        for (int r = 0; r < k; r++) {
            zero |= dist[q * k + r] == 0.0;
        }
        for (int r = 0; r < k; r++) {
            double dv = dist[q * k + r];
            w[r] = mode == Weights.UNIFORM ? 1.0 : zero ? (dv == 0.0 ? 1.0 : 0.0) : 1.0 / dv;
        }
    }

    static void writeParams(DataOutput out, Params p) throws IOException {
        out.writeInt(p.k());
        out.writeInt(p.weights().ordinal());
        out.writeInt(p.algorithm().ordinal());
    }

    static Params readParams(DataInput in) throws IOException {
        int k = Codec.bounded(in, "k", 1, Integer.MAX_VALUE);
        Weights w = Weights.values()[Codec.bounded(in, "weights", 0, Weights.values().length - 1)];
        NeighborAlgorithm a = NeighborAlgorithm.values()[Codec.bounded(in, "algorithm", 0,
                NeighborAlgorithm.values().length - 1)];
        return new Params(k, w, a, null);
    }

    static int positiveK(String op, int k) {
        return Inputs.positive(op, "k", k);
    }
}
