package org.chagres.ml.neighbors;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Objects;
import org.chagres.kernels.Backend;
import org.chagres.ml.Inputs;
import org.chagres.ml.io.Codec;
import org.chagres.ml.io.Persistable;
import org.chagres.ml.Regressor;
import org.chagres.ml.RegressorModel;

/**
 * k-nearest-neighbour regression: the (weighted) mean target of the k nearest training
 * samples. Same search as {@link KNeighborsClassifier}.
 */
public final class KNeighborsRegressor implements Regressor<KNeighborsRegressor.Model> {

    private final KNeighbors.Params params;

    private KNeighborsRegressor(KNeighbors.Params params) {
        this.params = params;
    }

    /** k = 5, uniform weights, automatic algorithm, the preferred backend. */
    public static KNeighborsRegressor withDefaults() {
        return new KNeighborsRegressor(new KNeighbors.Params(5, Weights.UNIFORM,
                NeighborAlgorithm.AUTO, null));
    }

    /** Number of neighbours, ≥ 1. */
    public KNeighborsRegressor withK(int k) {
        return new KNeighborsRegressor(new KNeighbors.Params(
                KNeighbors.positiveK("KNeighborsRegressor.withK", k), params.weights(),
                params.algorithm(), params.backend()));
    }

    /** Neighbour weighting. */
    public KNeighborsRegressor withWeights(Weights w) {
        return new KNeighborsRegressor(new KNeighbors.Params(params.k(),
                Objects.requireNonNull(w, "KNeighborsRegressor.withWeights: weights is null"),
                params.algorithm(), params.backend()));
    }

    /** Search algorithm. */
    public KNeighborsRegressor withAlgorithm(NeighborAlgorithm a) {
        return new KNeighborsRegressor(new KNeighbors.Params(params.k(), params.weights(),
                Objects.requireNonNull(a, "KNeighborsRegressor.withAlgorithm: algorithm is null"),
                params.backend()));
    }

    /** Backend for the distance gemm. */
    public KNeighborsRegressor withBackend(Backend b) {
        return new KNeighborsRegressor(new KNeighbors.Params(params.k(), params.weights(),
                params.algorithm(),
                Objects.requireNonNull(b, "KNeighborsRegressor.withBackend: backend is null")));
    }

    @Override
    public Model fit(double[][] x, double[] y) {
        String op = "KNeighborsRegressor.fit";
        NeighborSearch search = KNeighbors.fit(op, x, params);
        Inputs.targets(op, y, x.length);
        return new Model(params, search, x[0].length, y.clone());
    }

    /** A fitted k-NN regressor. */
    public static final class Model implements RegressorModel, Persistable {
        private final KNeighbors.Params params;
        private final NeighborSearch search;
        private final int features;
        private final double[] targets;

        Model(KNeighbors.Params params, NeighborSearch search, int features, double[] targets) {
            this.params = params;
            this.search = search;
            this.features = features;
            this.targets = targets;
        }

        @Override
        public String formatName() {
            return "KNeighborsRegressor";
        }

        @Override
        public void writeTo(DataOutput out) throws IOException {
            KNeighbors.writeParams(out, params);
            search.writeTo(out);
            out.writeInt(features);
            Codec.doubles(out, targets);
        }

        /** Reads what {@link #writeTo} wrote (used by ModelIO). */
        public static Model readFrom(DataInput in) throws IOException {
            KNeighbors.Params p = KNeighbors.readParams(in);
            NeighborSearch s = NeighborSearch.readFrom(in);
            int features = in.readInt();
            return new Model(p, s, features, Codec.doubles(in));
        }

        @Override
        public int featureCount() {
            return features;
        }

        @Override
        public double[] predict(double[][] x) {
            int k = params.k();
            KNeighbors.Result r = KNeighbors.query("KNeighborsRegressor.Model.predict", x,
                    features, search, params);
            double[] out = new double[x.length];
            double[] w = new double[k];
            for (int q = 0; q < x.length; q++) {
                KNeighbors.weights(params.weights(), r.dist(), q, k, w);
                double s = 0;
                double total = 0;
                for (int j = 0; j < k; j++) {
                    s += w[j] * targets[r.idx()[q * k + j]];
                    total += w[j];
                }
                out[q] = s / total;
            }
            return out;
        }
    }
}
