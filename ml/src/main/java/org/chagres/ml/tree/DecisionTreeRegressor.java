package org.chagres.ml.tree;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.chagres.ml.Inputs;
import org.chagres.ml.Regressor;
import org.chagres.ml.RegressorModel;
import org.chagres.ml.io.Persistable;

/** CART regression tree: splits minimise the squared error, a leaf predicts its mean. */
public final class DecisionTreeRegressor implements Regressor<DecisionTreeRegressor.Model> {

    private final TreeParams params;

    private DecisionTreeRegressor(TreeParams params) {
        this.params = params;
    }

    /** MSE, unlimited depth, minSamplesSplit 2, minSamplesLeaf 1, all features, seed 0. */
    public static DecisionTreeRegressor withDefaults() {
        return new DecisionTreeRegressor(TreeParams.defaults(Criterion.MSE));
    }

    /** Longest root-to-leaf path, ≥ 1. */
    public DecisionTreeRegressor withMaxDepth(int v) {
        return new DecisionTreeRegressor(params.withMaxDepth(v));
    }

    /** Fewest samples a node needs to be split, ≥ 2. */
    public DecisionTreeRegressor withMinSamplesSplit(int v) {
        return new DecisionTreeRegressor(params.withMinSamplesSplit(v));
    }

    /** Fewest samples each leaf keeps, ≥ 1. */
    public DecisionTreeRegressor withMinSamplesLeaf(int v) {
        return new DecisionTreeRegressor(params.withMinSamplesLeaf(v));
    }

    /** Least weighted impurity decrease a split must bring, ≥ 0. */
    public DecisionTreeRegressor withMinImpurityDecrease(double v) {
        return new DecisionTreeRegressor(params.withMinImpurityDecrease(v));
    }

    /** Features drawn at random for each split (≥ 1). */
    public DecisionTreeRegressor withMaxFeatures(int v) {
        return new DecisionTreeRegressor(params.withMaxFeatures(v));
    }

    /** Seed of the feature draws. */
    public DecisionTreeRegressor withSeed(long seed) {
        return new DecisionTreeRegressor(params.withSeed(seed));
    }

    @Override
    public Model fit(double[][] x, double[] y) {
        String op = "DecisionTreeRegressor.fit";
        Inputs.matrix(op, x);
        Inputs.targets(op, y, x.length);
        int[] w = new int[x.length];
        Arrays.fill(w, 1);
        return new Model(Cart.regression(x, y, w, params.cart(),
                new SplittableRandom(params.seed())));
    }

    /** A fitted regression tree. */
    public static final class Model implements RegressorModel, Persistable {
        final TreeModel tree;

        Model(TreeModel tree) {
            this.tree = tree;
        }

        @Override
        public String formatName() {
            return "DecisionTreeRegressor";
        }

        @Override
        public void writeTo(DataOutput out) throws IOException {
            tree.writeTo(out);
        }

        /** Reads what {@link #writeTo} wrote (used by ModelIO). */
        public static Model readFrom(DataInput in) throws IOException {
            return new Model(TreeModel.readFrom(in));
        }

        @Override
        public int featureCount() {
            return tree.features;
        }

        /** Longest root-to-leaf path. */
        public int depth() {
            return tree.depth();
        }

        /** Number of leaves. */
        public int leafCount() {
            return tree.leafCount();
        }

        @Override
        public double[] predict(double[][] x) {
            Inputs.matrix("DecisionTreeRegressor.Model.predict", x, tree.features);
            double[] out = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                out[i] = tree.leafValue(x[i])[0];
            }
            return out;
        }
    }
}
