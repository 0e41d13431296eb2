package org.chagres.ml.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.chagres.ml.Inputs;

/**
 * A table of samples: a feature matrix X (rows are samples), with either class labels (a
 * classification set: label {@code c} names {@code classNames().get(c)}) or real targets (a
 * regression set), plus feature names. Immutable: accessors return copies.
 */
public final class Dataset {

    private final String name;
    private final double[][] x;
    private final int[] labels;
    private final double[] targets;
    private final List<String> featureNames;
    private final List<String> classNames;

    private Dataset(String name, double[][] x, int[] labels, double[] targets,
            List<String> featureNames, List<String> classNames) {
        this.name = name;
        this.x = x;
        this.labels = labels;
        this.targets = targets;
        this.featureNames = List.copyOf(featureNames);
        this.classNames = classNames == null ? null : List.copyOf(classNames);
    }

    /**
     * A classification data set; X and labels are copied.
     *
     * @param classNames names of labels 0, 1, …; every label must index into it
     * @throws IllegalArgumentException on shape mismatches, non-finite X or a label outside
     *     {@code [0, classNames.size())}
     */
    public static Dataset classification(String name, double[][] x, int[] labels,
            List<String> featureNames, List<String> classNames) {
        String op = "Dataset.classification";
        int d = Inputs.matrix(op, x);
        Inputs.labels(op, labels, x.length);
        names(op, featureNames, d);
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= classNames.size()) {
                throw new IllegalArgumentException(op + ": labels[" + i + "] must index the "
                        + classNames.size() + " class names, got " + labels[i]);
            }
        }
        return new Dataset(name, copy(x), labels.clone(), null, featureNames, classNames);
    }

    /** A regression data set; X and targets are copied. */
    public static Dataset regression(String name, double[][] x, double[] targets,
            List<String> featureNames) {
        String op = "Dataset.regression";
        int d = Inputs.matrix(op, x);
        Inputs.targets(op, targets, x.length);
        names(op, featureNames, d);
        return new Dataset(name, copy(x), null, targets.clone(), featureNames, null);
    }

    private static void names(String op, List<String> names, int d) {
        if (names.size() != d) {
            throw new IllegalArgumentException(op + ": need one feature name per column, got "
                    + names.size() + " names for " + d + " columns");
        }
    }

    /** Default feature names {@code x0, x1, …}. */
    public static List<String> defaultNames(int d) {
        List<String> n = new ArrayList<>(d);
        for (int j = 0; j < d; j++) {
            n.add("x" + j);
        }
        return n;
    }

    /** The data set's name. */
    public String name() {
        return name;
    }

    /** Number of samples. */
    public int rows() {
        return x.length;
    }

    /** Number of features. */
    public int cols() {
        return x[0].length;
    }

    /** Whether the set has class labels (else real targets). */
    public boolean isClassification() {
        return labels != null;
    }

    /** A copy of the feature matrix. */
    public double[][] x() {
        return copy(x);
    }

    /**
     * A copy of the class labels.
     *
     * @throws IllegalStateException for a regression set
     */
    public int[] labels() {
        if (labels == null) {
            throw new IllegalStateException("Dataset.labels: " + name + " is a regression set;"
                    + " use targets()");
        }
        return labels.clone();
    }

    /**
     * A copy of the real targets.
     *
     * @throws IllegalStateException for a classification set
     */
    public double[] targets() {
        if (targets == null) {
            throw new IllegalStateException("Dataset.targets: " + name + " is a classification"
                    + " set; use labels()");
        }
        return targets.clone();
    }

    /** Feature names, one per column. */
    public List<String> featureNames() {
        return featureNames;
    }

    /** Class names, one per label (empty for a regression set). */
    public List<String> classNames() {
        return classNames == null ? List.of() : classNames;
    }

    /** The rows with the given indices (in that order), as a new data set. */
    public Dataset rows(int[] index) {
        double[][] sx = new double[index.length][];
        for (int i = 0; i < index.length; i++) {
            sx[i] = x[index[i]].clone();
        }
        if (labels != null) {
            int[] sy = new int[index.length];
            for (int i = 0; i < index.length; i++) {
                sy[i] = labels[index[i]];
            }
            return new Dataset(name, sx, sy, null, featureNames, classNames);
        }
        double[] st = new double[index.length];
        for (int i = 0; i < index.length; i++) {
            st[i] = targets[index[i]];
        }
        return new Dataset(name, sx, null, st, featureNames, null);
    }

    @Override
    public String toString() {
        return name + ": " + rows() + " samples × " + cols() + " features, "
                + (labels != null ? classNames.size() + " classes " + classNames
                        : "real target");
    }

    static double[][] copy(double[][] x) {
        double[][] c = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            c[i] = Arrays.copyOf(x[i], x[i].length);
        }
        return c;
    }
}
