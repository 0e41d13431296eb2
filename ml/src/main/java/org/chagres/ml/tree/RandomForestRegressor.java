package org.chagres.ml.tree;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.chagres.ml.Inputs;
import org.chagres.ml.Regressor;
import org.chagres.ml.RegressorModel;
import org.chagres.ml.io.Codec;
import org.chagres.ml.io.Persistable;

/**
 * Random forest regression: CART regression trees on bootstrap samples, grown in parallel;
 * the prediction is the mean of the trees'. By default every split sees all features
 * (scikit-learn's default for regression).
 */
public final class RandomForestRegressor implements Regressor<RandomForestRegressor.Model> {

    private final int trees;
    private final boolean bootstrap;
    private final TreeParams params;

    private RandomForestRegressor(int trees, boolean bootstrap, TreeParams params) {
        this.trees = trees;
        this.bootstrap = bootstrap;
        this.params = params;
    }

    /** 100 trees, bootstrap, all features per split, unlimited depth, seed 0. */
    public static RandomForestRegressor withDefaults() {
        return new RandomForestRegressor(100, true, TreeParams.defaults(Criterion.MSE));
    }

    /** Number of trees, ≥ 1. */
    public RandomForestRegressor withTrees(int n) {
        return new RandomForestRegressor(Inputs.positive("RandomForestRegressor.withTrees",
                "trees", n), bootstrap, params);
    }

    /** Longest root-to-leaf path of each tree, ≥ 1. */
    public RandomForestRegressor withMaxDepth(int v) {
        return new RandomForestRegressor(trees, bootstrap, params.withMaxDepth(v));
    }

    /** Features drawn per split, ≥ 1. */
    public RandomForestRegressor withMaxFeatures(int v) {
        return new RandomForestRegressor(trees, bootstrap, params.withMaxFeatures(v));
    }

    /** Seed of the bootstrap samples and feature draws. */
    public RandomForestRegressor withSeed(long seed) {
        return new RandomForestRegressor(trees, bootstrap, params.withSeed(seed));
    }

    @Override
    public Model fit(double[][] x, double[] y) {
        String op = "RandomForestRegressor.fit";
        int d = Inputs.matrix(op, x);
        Inputs.targets(op, y, x.length);
        return new Model(Forest.regression(x, y, trees, bootstrap, params), d);
    }

    /** A fitted regression forest. */
    public static final class Model implements RegressorModel, Persistable {
        private final TreeModel[] forest;
        private final int features;

        Model(TreeModel[] forest, int features) {
            this.forest = forest;
            this.features = features;
        }

        @Override
        public String formatName() {
            return "RandomForestRegressor";
        }

        @Override
        public void writeTo(DataOutput out) throws IOException {
            out.writeInt(features);
            out.writeInt(forest.length);
            for (TreeModel t : forest) {
                t.writeTo(out);
            }
        }

        /** Reads what {@link #writeTo} wrote (used by ModelIO). */
        public static Model readFrom(DataInput in) throws IOException {
            int features = in.readInt();
            TreeModel[] forest = new TreeModel[Codec.bounded(in, "trees", 1, 1 << 24)];
            for (int t = 0; t < forest.length; t++) {
                forest[t] = TreeModel.readFrom(in);
            }
            return new Model(forest, features);
        }

        @Override
        public int featureCount() {
            return features;
        }

        @Override
        public double[] predict(double[][] x) {
            Inputs.matrix("RandomForestRegressor.Model.predict", x, features);
            double[] out = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                double s = 0;
                for (TreeModel t : forest) {
                    s += t.leafValue(x[i])[0];
                }
                out[i] = s / forest.length;
            }
            return out;
        }
    }
}
