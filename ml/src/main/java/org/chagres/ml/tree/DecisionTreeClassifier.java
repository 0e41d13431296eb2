package org.chagres.ml.tree;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.chagres.ml.Classifier;
import org.chagres.ml.ClassifierModel;
import org.chagres.ml.Inputs;
import org.chagres.ml.Probabilities;
import org.chagres.ml.io.Codec;
import org.chagres.ml.io.Persistable;

/**
 * CART classification tree on numeric features, split by Gini impurity (default) or entropy,
 * grown until leaves are pure or a limit (depth, samples per split/leaf, impurity decrease)
 * stops it. A leaf predicts its class frequencies; equal frequencies go to the smallest label.
 * For categorical features with multiway splits see {@link Id3}.
 */
public final class DecisionTreeClassifier implements Classifier<DecisionTreeClassifier.Model> {

    private final TreeParams params;

    private DecisionTreeClassifier(TreeParams params) {
        this.params = params;
    }

    /** Gini, unlimited depth, minSamplesSplit 2, minSamplesLeaf 1, all features, seed 0. */
    public static DecisionTreeClassifier withDefaults() {
        return new DecisionTreeClassifier(TreeParams.defaults(Criterion.GINI));
    }

    /** GINI or ENTROPY. */
    public DecisionTreeClassifier withCriterion(Criterion c) {
        if (c == Criterion.MSE) {
            throw new IllegalArgumentException("DecisionTreeClassifier.withCriterion: MSE is a"
                    + " regression criterion; use GINI or ENTROPY");
        }
        return new DecisionTreeClassifier(params.withCriterion(c));
    }

    /** Longest root-to-leaf path, ≥ 1. */
    public DecisionTreeClassifier withMaxDepth(int v) {
        return new DecisionTreeClassifier(params.withMaxDepth(v));
    }

    /** Fewest samples a node needs to be split, ≥ 2. */
    public DecisionTreeClassifier withMinSamplesSplit(int v) {
        return new DecisionTreeClassifier(params.withMinSamplesSplit(v));
    }

    /** Fewest samples each leaf keeps, ≥ 1. */
    public DecisionTreeClassifier withMinSamplesLeaf(int v) {
        return new DecisionTreeClassifier(params.withMinSamplesLeaf(v));
    }

    /** Least weighted impurity decrease a split must bring, ≥ 0. */
    public DecisionTreeClassifier withMinImpurityDecrease(double v) {
        return new DecisionTreeClassifier(params.withMinImpurityDecrease(v));
    }

    /** Features drawn at random for each split (≥ 1). */
    public DecisionTreeClassifier withMaxFeatures(int v) {
        return new DecisionTreeClassifier(params.withMaxFeatures(v));
    }

    /** Seed of the feature draws. */
    public DecisionTreeClassifier withSeed(long seed) {
        return new DecisionTreeClassifier(params.withSeed(seed));
    }

    /** The hyperparameters. */
    public TreeParams params() {
        return params;
    }

    @Override
    public Model fit(double[][] x, int[] y) {
        String op = "DecisionTreeClassifier.fit";
        Inputs.matrix(op, x);
        Inputs.labels(op, y, x.length);
        int[] classes = Inputs.classes(op, y, 1);
        int[] w = new int[x.length];
        Arrays.fill(w, 1);
        TreeModel t = Cart.classification(x, Inputs.encode(y, classes), classes.length, w,
                params.cart(), new SplittableRandom(params.seed()));
        return new Model(t, classes);
    }

    /** A fitted classification tree. */
    public static final class Model implements ClassifierModel, Persistable {
        final TreeModel tree;
        private final int[] classes;

        Model(TreeModel tree, int[] classes) {
            this.tree = tree;
            this.classes = classes;
        }

        @Override
        public String formatName() {
            return "DecisionTreeClassifier";
        }

        @Override
        public void writeTo(DataOutput out) throws IOException {
            tree.writeTo(out);
            Codec.ints(out, classes);
        }

        /** Reads what {@link #writeTo} wrote (used by ModelIO). */
        public static Model readFrom(DataInput in) throws IOException {
            TreeModel t = TreeModel.readFrom(in);
            return new Model(t, Codec.ints(in));
        }

        @Override
        public int[] classes() {
            return classes.clone();
        }

        @Override
        public int featureCount() {
            return tree.features;
        }

        /** Longest root-to-leaf path (0 for a single leaf). */
        public int depth() {
            return tree.depth();
        }

        /** Number of leaves. */
        public int leafCount() {
            return tree.leafCount();
        }

        /** Number of nodes, leaves included. */
        public int nodeCount() {
            return tree.nodeCount();
        }

        @Override
        public int[] predict(double[][] x) {
            Inputs.matrix("DecisionTreeClassifier.Model.predict", x, tree.features);
            int[] out = new int[x.length];
            for (int i = 0; i < x.length; i++) {
                out[i] = classes[Probabilities.argmax(tree.leafValue(x[i]))];
            }
            return out;
        }

        @Override
        public double[][] predictProba(double[][] x) {
            Inputs.matrix("DecisionTreeClassifier.Model.predictProba", x, tree.features);
            double[][] out = new double[x.length][];
            for (int i = 0; i < x.length; i++) {
                out[i] = tree.leafValue(x[i]).clone();
            }
            return out;
        }
    }
}
