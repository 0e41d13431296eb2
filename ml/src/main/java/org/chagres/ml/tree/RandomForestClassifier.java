package org.chagres.ml.tree;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.chagres.ml.Classifier;
import org.chagres.ml.ClassifierModel;
import org.chagres.ml.Inputs;
import org.chagres.ml.Probabilities;
import org.chagres.ml.io.Codec;
import org.chagres.ml.io.Persistable;

/**
 * Random forest classification (Breiman 2001): CART trees grown in parallel on bootstrap
 * samples, each split choosing among {@code maxFeatures} features drawn at random (default
 * ⌊√d⌋, at least 1); the forest's class probabilities are the mean of its trees'. Same seed,
 * same forest, whatever the thread count.
 */
public final class RandomForestClassifier implements Classifier<RandomForestClassifier.Model> {

    private final int trees;
    private final boolean bootstrap;
    private final TreeParams params;
    private final boolean sqrtFeatures;

    private RandomForestClassifier(int trees, boolean bootstrap, TreeParams params,
            boolean sqrtFeatures) {
        this.trees = trees;
        this.bootstrap = bootstrap;
        this.params = params;
        this.sqrtFeatures = sqrtFeatures;
    }

    /** 100 trees, bootstrap, Gini, √d features per split, unlimited depth, seed 0. */
    public static RandomForestClassifier withDefaults() {
        return new RandomForestClassifier(100, true, TreeParams.defaults(Criterion.GINI), true);
    }

    /** Number of trees, ≥ 1. */
    public RandomForestClassifier withTrees(int n) {
        return new RandomForestClassifier(Inputs.positive("RandomForestClassifier.withTrees",
                "trees", n), bootstrap, params, sqrtFeatures);
    }

    /** Whether each tree sees a bootstrap sample (else all samples). */
    public RandomForestClassifier withBootstrap(boolean b) {
        return new RandomForestClassifier(trees, b, params, sqrtFeatures);
    }

    /** GINI or ENTROPY. */
    public RandomForestClassifier withCriterion(Criterion c) {
        if (c == Criterion.MSE) {
            throw new IllegalArgumentException("RandomForestClassifier.withCriterion: MSE is a"
                    + " regression criterion; use GINI or ENTROPY");
        }
        return new RandomForestClassifier(trees, bootstrap, params.withCriterion(c),
                sqrtFeatures);
    }

    /** Longest root-to-leaf path of each tree, ≥ 1. */
    public RandomForestClassifier withMaxDepth(int v) {
        return new RandomForestClassifier(trees, bootstrap, params.withMaxDepth(v),
                sqrtFeatures);
    }

    /** Fewest samples each leaf keeps, ≥ 1. */
    public RandomForestClassifier withMinSamplesLeaf(int v) {
        return new RandomForestClassifier(trees, bootstrap, params.withMinSamplesLeaf(v),
                sqrtFeatures);
    }

    /** Features drawn per split, ≥ 1 (instead of ⌊√d⌋). */
    public RandomForestClassifier withMaxFeatures(int v) {
        return new RandomForestClassifier(trees, bootstrap, params.withMaxFeatures(v), false);
    }

    /** Seed of the bootstrap samples and feature draws. */
    public RandomForestClassifier withSeed(long seed) {
        return new RandomForestClassifier(trees, bootstrap, params.withSeed(seed), sqrtFeatures);
    }

    @Override
    public Model fit(double[][] x, int[] y) {
        String op = "RandomForestClassifier.fit";
        int d = Inputs.matrix(op, x);
        Inputs.labels(op, y, x.length);
        int[] classes = Inputs.classes(op, y, 1);
        TreeParams p = sqrtFeatures
                ? params.withMaxFeatures(Math.max(1, (int) Math.floor(Math.sqrt(d)))) : params;
        TreeModel[] forest = Forest.classification(x, Inputs.encode(y, classes),
                classes.length, trees, bootstrap, p);
        return new Model(forest, classes, d);
    }

    /** A fitted forest. */
    public static final class Model implements ClassifierModel, Persistable {
        private final TreeModel[] forest;
        private final int[] classes;
        private final int features;

        Model(TreeModel[] forest, int[] classes, int features) {
            this.forest = forest;
            this.classes = classes;
            this.features = features;
        }

        @Override
        public String formatName() {
            return "RandomForestClassifier";
        }

        @Override
        public void writeTo(DataOutput out) throws IOException {
            Codec.ints(out, classes);
            out.writeInt(features);
            out.writeInt(forest.length);
            for (TreeModel t : forest) {
                t.writeTo(out);
            }
        }

        /** Reads what {@link #writeTo} wrote (used by ModelIO). */
        public static Model readFrom(DataInput in) throws IOException {
            int[] classes = Codec.ints(in);
            int features = in.readInt();
            TreeModel[] forest = new TreeModel[Codec.bounded(in, "trees", 1, 1 << 24)];
            for (int t = 0; t < forest.length; t++) {
                forest[t] = TreeModel.readFrom(in);
            }
            return new Model(forest, classes, features);
        }

        @Override
        public int[] classes() {
            return classes.clone();
        }

        @Override
        public int featureCount() {
            return features;
        }

        /** Number of trees. */
        public int treeCount() {
            return forest.length;
        }

        @Override
        public int[] predict(double[][] x) {
            return Probabilities.labels(proba("RandomForestClassifier.Model.predict", x), classes);
        }

        @Override
        public double[][] predictProba(double[][] x) {
            return proba("RandomForestClassifier.Model.predictProba", x);
        }

        private double[][] proba(String op, double[][] x) {
            Inputs.matrix(op, x, features);
            double[][] out = new double[x.length][classes.length];
            for (int i = 0; i < x.length; i++) {
                for (TreeModel t : forest) {
                    double[] v = t.leafValue(x[i]);
                    for (int c = 0; c < v.length; c++) {
                        out[i][c] += v[c];
                    }
                }
                for (int c = 0; c < classes.length; c++) {
                    out[i][c] /= forest.length;
                }
            }
            return out;
        }
    }
}
