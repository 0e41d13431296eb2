package org.chagres.ml.tree;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.chagres.ml.Classifier;
import org.chagres.ml.ClassifierModel;
import org.chagres.ml.Inputs;
import org.chagres.ml.Probabilities;
import org.chagres.ml.io.Codec;
import org.chagres.ml.io.Persistable;

/**
 * ID3 (Quinlan 1986) on categorical features: each node splits multiway on the feature of
 * highest information gain {@code H(S) − Σ_v |S_v|/|S|·H(S_v)} (entropy in bits), one branch
 * per value seen there; a feature is used at most once on a path. Growth stops at pure nodes,
 * when no feature is left or gains nothing, or at the depth / sample limits. Equal gains go to
 * the lower feature index. Feature values are category codes (e.g. from
 * {@code Csv.withCategorical}); a value not seen at a node at prediction time gets that node's
 * class frequencies.
 */
public final class Id3 implements Classifier<Id3.Model> {

    private final int maxDepth;
    private final int minSamplesSplit;

    private Id3(int maxDepth, int minSamplesSplit) {
        this.maxDepth = maxDepth;
        this.minSamplesSplit = minSamplesSplit;
    }

    /** Unlimited depth, minSamplesSplit 2. */
    public static Id3 withDefaults() {
        return new Id3(Integer.MAX_VALUE, 2);
    }

    /** Longest root-to-leaf path, ≥ 1. */
    public Id3 withMaxDepth(int v) {
        return new Id3(Inputs.positive("Id3.withMaxDepth", "maxDepth", v), minSamplesSplit);
    }

    /** Fewest samples a node needs to be split, ≥ 2. */
    public Id3 withMinSamplesSplit(int v) {
        if (v < 2) {
            throw new IllegalArgumentException("Id3.withMinSamplesSplit: minSamplesSplit must be"
                    + " >= 2, got " + v);
        }
        return new Id3(maxDepth, v);
    }

    /** A node of the tree: a test on one feature with a child per value, or a leaf. */
    public record Node(int feature, Map<Double, Node> children, double[] distribution,
            double[] gains, int samples) {

        /** Whether this node is a leaf. */
        public boolean isLeaf() {
            return feature < 0;
        }
    }

    /**
     * Information gain of splitting (x, y) on each feature, in bits.
     *
     * @throws IllegalArgumentException on invalid X or y
     */
    public static double[] informationGains(double[][] x, int[] y) {
        int d = Inputs.matrix("Id3.informationGains", x);
        Inputs.labels("Id3.informationGains", y, x.length);
        int[] classes = Inputs.classes("Id3.informationGains", y, 1);
        int[] enc = Inputs.encode(y, classes);
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            rows.add(i);
        }
        double[] g = new double[d];
        for (int j = 0; j < d; j++) {
            g[j] = gain(x, enc, classes.length, rows, j);
        }
        return g;
    }

    @Override
    public Model fit(double[][] x, int[] y) {
        String op = "Id3.fit";
        int d = Inputs.matrix(op, x);
        Inputs.labels(op, y, x.length);
        int[] classes = Inputs.classes(op, y, 1);
        int[] enc = Inputs.encode(y, classes);
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            rows.add(i);
        }
        boolean[] used = new boolean[d];
        Node root = grow(x, enc, classes.length, rows, used, 0);
        return new Model(root, classes, d);
    }

    private Node grow(double[][] x, int[] y, int k, List<Integer> rows, boolean[] used,
            int depth) {
        double[] dist = distribution(y, k, rows);
        int d = used.length;
        double[] gains = new double[d];
        int best = -1;
        boolean pure = entropy(dist) == 0;
        if (!pure && depth < maxDepth && rows.size() >= minSamplesSplit) {
            for (int j = 0; j < d; j++) {
                gains[j] = used[j] ? Double.NaN : gain(x, y, k, rows, j);
                if (!used[j] && gains[j] > 1e-12 && (best < 0 || gains[j] > gains[best])) {
                    best = j;
                }
            }
        }
        if (best < 0) {
            return new Node(-1, Map.of(), dist, gains, rows.size());
        }
        Map<Double, List<Integer>> parts = partition(x, rows, best);
        used[best] = true;
        Map<Double, Node> children = new TreeMap<>();
        for (Map.Entry<Double, List<Integer>> e : parts.entrySet()) {
            children.put(e.getKey(), grow(x, y, k, e.getValue(), used, depth + 1));
        }
        used[best] = false;
        return new Node(best, Collections.unmodifiableMap(children), dist, gains, rows.size());
    }

    private static double gain(double[][] x, int[] y, int k, List<Integer> rows, int j) {
        double h = entropy(distribution(y, k, rows));
        double rest = 0;
        for (List<Integer> part : partition(x, rows, j).values()) {
            rest += (double) part.size() / rows.size() * entropy(distribution(y, k, part));
        }
        return h - rest;
    }

    private static Map<Double, List<Integer>> partition(double[][] x, List<Integer> rows, int j) {
        Map<Double, List<Integer>> parts = new TreeMap<>();
        for (int r : rows) {
            parts.computeIfAbsent(x[r][j], v -> new ArrayList<>()).add(r);
        }
        return parts;
    }

    private static double[] distribution(int[] y, int k, List<Integer> rows) {
        double[] c = new double[k];
        for (int r : rows) {
            c[y[r]]++;
        }
        for (int i = 0; i < k; i++) {
            c[i] /= rows.size();
        }
        return c;
    }

    private static double entropy(double[] p) {
        double h = 0;
        for (double q : p) {
            if (q > 0) {
                h -= q * Math.log(q) / Math.log(2);
            }
        }
        return h;
    }

    /** A fitted ID3 tree. */
    public static final class Model implements ClassifierModel, Persistable {
        private final Node root;
        private final int[] classes;
        private final int features;

        Model(Node root, int[] classes, int features) {
            this.root = root;
            this.classes = classes;
            this.features = features;
        }

        @Override
        public String formatName() {
            return "Id3";
        }

        @Override
        public void writeTo(DataOutput out) throws IOException {
            Codec.ints(out, classes);
            out.writeInt(features);
            writeNode(out, root);
        }

        private static void writeNode(DataOutput out, Node n) throws IOException {
            out.writeInt(n.feature());
            Codec.doubles(out, n.distribution());
            Codec.doubles(out, n.gains());
            out.writeInt(n.samples());
            out.writeInt(n.children().size());
            for (Map.Entry<Double, Node> e : n.children().entrySet()) {
                out.writeDouble(e.getKey());
                writeNode(out, e.getValue());
            }
        }

        /** Reads what {@link #writeTo} wrote (used by ModelIO). */
        public static Model readFrom(DataInput in) throws IOException {
            int[] classes = Codec.ints(in);
            int features = Codec.bounded(in, "features", 1, Integer.MAX_VALUE);
            return new Model(readNode(in, features, 0), classes, features);
        }

        private static Node readNode(DataInput in, int features, int depth) throws IOException {
            if (depth > features) {
                throw new IOException("ID3 tree deeper than its feature count");
            }
            int feature = Codec.bounded(in, "feature", -1, features - 1);
            double[] dist = Codec.doubles(in);
            double[] gains = Codec.doubles(in);
            int samples = in.readInt();
            int nChildren = Codec.length(in);
            Map<Double, Node> children = new TreeMap<>();
            for (int i = 0; i < nChildren; i++) {
                double key = in.readDouble();
                children.put(key, readNode(in, features, depth + 1));
            }
            return new Node(feature, Collections.unmodifiableMap(children), dist, gains,
                    samples);
        }

        /** The root node. */
        public Node root() {
            return root;
        }

        @Override
        public int[] classes() {
            return classes.clone();
        }

        @Override
        public int featureCount() {
            return features;
        }

        @Override
        public int[] predict(double[][] x) {
            Inputs.matrix("Id3.Model.predict", x, features);
            int[] out = new int[x.length];
            for (int i = 0; i < x.length; i++) {
                out[i] = classes[Probabilities.argmax(leaf(x[i]).distribution())];
            }
            return out;
        }

        @Override
        public double[][] predictProba(double[][] x) {
            Inputs.matrix("Id3.Model.predictProba", x, features);
            double[][] out = new double[x.length][];
            for (int i = 0; i < x.length; i++) {
                out[i] = leaf(x[i]).distribution().clone();
            }
            return out;
        }

        private Node leaf(double[] x) {
            Node n = root;
            while (!n.isLeaf()) {
                Node next = n.children().get(x[n.feature()]);
                if (next == null) {
                    return n;   // value not seen here in training: this node's frequencies
                }
                n = next;
            }
            return n;
        }

        /** The tree as indented text, with feature and class names. */
        public String describe(List<String> featureNames, List<String> classNames) {
            StringBuilder sb = new StringBuilder();
            describe(root, featureNames, classNames, "", sb);
            return sb.toString();
        }

        private void describe(Node n, List<String> fn, List<String> cn, String indent,
                StringBuilder sb) {
            if (n.isLeaf()) {
                sb.append(indent).append("→ ")
                        .append(cn.get(Probabilities.argmax(n.distribution())))
                        .append(" (").append(n.samples()).append(")\n");
                return;
            }
            for (Map.Entry<Double, Node> e : n.children().entrySet()) {
                sb.append(indent).append(fn.get(n.feature())).append(" = ")
                        .append(e.getKey()).append('\n');
                describe(e.getValue(), fn, cn, indent + "  ", sb);
            }
        }
    }
}
