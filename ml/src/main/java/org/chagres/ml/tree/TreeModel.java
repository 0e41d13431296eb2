package org.chagres.ml.tree;

/**
 * A grown binary tree in flat arrays: node i tests {@code x[feature[i]] <= threshold[i]} and
 * goes to left[i] or right[i]; a leaf has feature −1 and holds value[i] (class frequencies or
 * the mean target). Node 0 is the root.
 */
final class TreeModel {

    final int features;
    final int[] feature;
    final double[] threshold;
    final int[] left;
    final int[] right;
    final double[][] value;
    final double[] impurity;

    TreeModel(int features, int[] feature, double[] threshold, int[] left, int[] right,
            double[][] value, double[] impurity) {
        this.features = features;
        this.feature = feature;
        this.threshold = threshold;
        this.left = left;
        this.right = right;
        this.value = value;
        this.impurity = impurity;
    }

    /** The leaf value for one sample. */
    double[] leafValue(double[] x) {
        int node = 0;
        while (feature[node] >= 0) {
            node = x[feature[node]] <= threshold[node] ? left[node] : right[node];
        }
        return value[node];
    }

    int nodeCount() {
        return feature.length;
    }

    int depth() {
        return depth(0);
    }

    private int depth(int node) {
        return feature[node] < 0 ? 0 : 1 + Math.max(depth(left[node]), depth(right[node]));
    }

    int leafCount() {
        int n = 0;
        for (int f : feature) {
            n += f < 0 ? 1 : 0;
        }
        return n;
    }
}
