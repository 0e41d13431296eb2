package org.chagres.ml.tree;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.chagres.ml.io.Codec;

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

    void writeTo(DataOutput out) throws IOException {
        out.writeInt(features);
        Codec.ints(out, feature);
        Codec.doubles(out, threshold);
        Codec.ints(out, left);
        Codec.ints(out, right);
        Codec.matrix(out, value);
        Codec.doubles(out, impurity);
    }

    /** Reads a tree and checks that it is one: children after parents, features in range. */
    static TreeModel readFrom(DataInput in) throws IOException {
        int features = Codec.bounded(in, "features", 1, Integer.MAX_VALUE);
        int[] feature = Codec.ints(in);
        double[] threshold = Codec.doubles(in);
        int[] left = Codec.ints(in);
        int[] right = Codec.ints(in);
        double[][] value = Codec.matrix(in);
        double[] impurity = Codec.doubles(in);
        int n = feature.length;
        if (n == 0 || threshold.length != n || left.length != n || right.length != n
                || value.length != n || impurity.length != n) {
            throw new IOException("tree arrays of unequal or zero length");
        }
        for (int i = 0; i < n; i++) {
            boolean leaf = feature[i] < 0;
            if (!leaf && (feature[i] >= features || left[i] <= i || right[i] <= i
                    || left[i] >= n || right[i] >= n)) {
                throw new IOException("tree node " + i + " is malformed");
            }
        }
        return new TreeModel(features, feature, threshold, left, right, value, impurity);
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
