package org.chagres.ml.neighbors;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Objects;
import org.chagres.kernels.Backend;
import org.chagres.ml.Classifier;
import org.chagres.ml.ClassifierModel;
import org.chagres.ml.Inputs;
import org.chagres.ml.Probabilities;
import org.chagres.ml.io.Codec;
import org.chagres.ml.io.Persistable;

/**
 * k-nearest-neighbour classification: a sample gets the class with the largest (weighted)
 * vote among its k nearest training samples in Euclidean distance; equal votes go to the
 * smallest label. Brute-force distances come from gemm (the kernels' Level 3), low dimensions
 * use a k-d tree; both are exact.
 *
 * <pre>{@code
 * var model = KNeighborsClassifier.withDefaults().withK(5).fit(xTrain, yTrain);
 * int[] predicted = model.predict(xTest);
 * }</pre>
 */
public final class KNeighborsClassifier implements Classifier<KNeighborsClassifier.Model> {

    private final KNeighbors.Params params;

    private KNeighborsClassifier(KNeighbors.Params params) {
        this.params = params;
    }

    /** k = 5, uniform weights, automatic algorithm, the preferred backend. */
    public static KNeighborsClassifier withDefaults() {
        return new KNeighborsClassifier(new KNeighbors.Params(5, Weights.UNIFORM,
                NeighborAlgorithm.AUTO, null));
    }

    /** Number of neighbours, ≥ 1. */
    public KNeighborsClassifier withK(int k) {
        return new KNeighborsClassifier(new KNeighbors.Params(
                KNeighbors.positiveK("KNeighborsClassifier.withK", k), params.weights(),
                params.algorithm(), params.backend()));
    }

    /** Vote weighting. */
    public KNeighborsClassifier withWeights(Weights w) {
        return new KNeighborsClassifier(new KNeighbors.Params(params.k(),
                Objects.requireNonNull(w, "KNeighborsClassifier.withWeights: weights is null"),
                params.algorithm(), params.backend()));
    }

    /** Search algorithm. */
    public KNeighborsClassifier withAlgorithm(NeighborAlgorithm a) {
        return new KNeighborsClassifier(new KNeighbors.Params(params.k(), params.weights(),
                Objects.requireNonNull(a, "KNeighborsClassifier.withAlgorithm: algorithm is null"),
                params.backend()));
    }

    /** Backend for the distance gemm. */
    public KNeighborsClassifier withBackend(Backend b) {
        return new KNeighborsClassifier(new KNeighbors.Params(params.k(), params.weights(),
                params.algorithm(),
                Objects.requireNonNull(b, "KNeighborsClassifier.withBackend: backend is null")));
    }

    /** Number of neighbours. */
    public int k() {
        return params.k();
    }

    @Override
    public Model fit(double[][] x, int[] y) {
        String op = "KNeighborsClassifier.fit";
        NeighborSearch search = KNeighbors.fit(op, x, params);
        Inputs.labels(op, y, x.length);
        int[] classes = Inputs.classes(op, y, 1);
        return new Model(params, search, x[0].length, classes, Inputs.encode(y, classes));
    }

    /** A fitted k-NN classifier: the training samples and their labels. */
    public static final class Model implements ClassifierModel, Persistable {
        private final KNeighbors.Params params;
        private final NeighborSearch search;
        private final int features;
        private final int[] classes;
        private final int[] encoded;

        Model(KNeighbors.Params params, NeighborSearch search, int features, int[] classes,
                int[] encoded) {
            this.params = params;
            this.search = search;
            this.features = features;
            this.classes = classes;
            this.encoded = encoded;
        }

        @Override
        public String formatName() {
            return "KNeighborsClassifier";
        }

        @Override
        public void writeTo(DataOutput out) throws IOException {
            KNeighbors.writeParams(out, params);
            search.writeTo(out);
            out.writeInt(features);
            Codec.ints(out, classes);
            Codec.ints(out, encoded);
        }

        /** Reads what {@link #writeTo} wrote (used by ModelIO). */
        public static Model readFrom(DataInput in) throws IOException {
            KNeighbors.Params p = KNeighbors.readParams(in);
            NeighborSearch s = NeighborSearch.readFrom(in);
            int features = in.readInt();
            int[] classes = Codec.ints(in);
            int[] encoded = Codec.ints(in);
            return new Model(p, s, features, classes, encoded);
        }

        @Override
        public int[] classes() {
            return classes.clone();
        }

        @Override
        public int featureCount() {
            return features;
        }

        /** Whether neighbours are searched with a k-d tree. */
        public boolean usesKdTree() {
            return search.usesTree();
        }

        @Override
        public int[] predict(double[][] x) {
            return Probabilities.labels(proba("KNeighborsClassifier.Model.predict", x), classes);
        }

        @Override
        public double[][] predictProba(double[][] x) {
            return proba("KNeighborsClassifier.Model.predictProba", x);
        }

        private double[][] proba(String op, double[][] x) {
            int k = params.k();
            KNeighbors.Result r = KNeighbors.query(op, x, features, search, params);
            double[][] out = new double[x.length][classes.length];
            double[] w = new double[k];
            for (int q = 0; q < x.length; q++) {
                KNeighbors.weights(params.weights(), r.dist(), q, k, w);
                double total = 0;
                for (int j = 0; j < k; j++) {
                    out[q][encoded[r.idx()[q * k + j]]] += w[j];
                    total += w[j];
                }
                for (int c = 0; c < classes.length; c++) {
                    out[q][c] /= total;
                }
            }
            return out;
        }
    }
}
