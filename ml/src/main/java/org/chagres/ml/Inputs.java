package org.chagres.ml;

import java.util.Arrays;

/**
 * Validation shared by every estimator, with messages in the house format, e.g.
 * {@code "KMeans.fit: X[17][2] is NaN; remove or impute non-finite values"}. Estimators always
 * scan their inputs (kernels never do): a NaN that slipped into a fit would otherwise give a
 * model that silently predicts garbage.
 */
public final class Inputs {

    private Inputs() {
    }

    /**
     * Checks that X is a non-empty rectangular matrix of finite values and returns its width.
     *
     * @throws IllegalArgumentException naming the first offending row/column and value
     * @throws NullPointerException if X or a row is null
     */
    public static int matrix(String op, double[][] x) {
        if (x == null) {
            throw new NullPointerException(op + ": X is null");
        }
        if (x.length == 0) {
            throw new IllegalArgumentException(op + ": X is empty (0 samples); need at least 1");
        }
        if (x[0] == null) {
            throw new NullPointerException(op + ": X[0] is null");
        }
        int d = x[0].length;
        if (d == 0) {
            throw new IllegalArgumentException(op + ": X has 0 features; need at least 1");
        }
        for (int i = 0; i < x.length; i++) {
            double[] row = x[i];
            if (row == null) {
                throw new NullPointerException(op + ": X[" + i + "] is null");
            }
            if (row.length != d) {
                throw new IllegalArgumentException(op + ": X is ragged, X[0] has " + d
                        + " features, got X[" + i + "] with " + row.length);
            }
            for (int j = 0; j < d; j++) {
                double v = row[j];
                if (!(v - v == 0.0)) {   // false for NaN and ±Inf
                    throw new IllegalArgumentException(op + ": X[" + i + "][" + j + "] is "
                            + v + "; remove or impute non-finite values");
                }
            }
        }
        return d;
    }

    /** Checks X as {@link #matrix} and that it has {@code features} columns. */
    public static void matrix(String op, double[][] x, int features) {
        int d = matrix(op, x);
        if (d != features) {
            throw new IllegalArgumentException(op + ": X has " + d + " features, the model was"
                    + " fitted with " + features);
        }
    }

    /** Checks that y has one label per row of X. */
    public static void labels(String op, int[] y, int rows) {
        if (y == null) {
            throw new NullPointerException(op + ": y is null");
        }
        if (y.length != rows) {
            throw new IllegalArgumentException(op + ": y must have one label per row of X, got "
                    + y.length + " labels for " + rows + " rows");
        }
    }

    /** Checks that y has one finite target per row of X. */
    public static void targets(String op, double[] y, int rows) {
        if (y == null) {
            throw new NullPointerException(op + ": y is null");
        }
        if (y.length != rows) {
            throw new IllegalArgumentException(op + ": y must have one target per row of X, got "
                    + y.length + " targets for " + rows + " rows");
        }
        for (int i = 0; i < y.length; i++) {
            if (!(y[i] - y[i] == 0.0)) {
                throw new IllegalArgumentException(op + ": y[" + i + "] is " + y[i]
                        + "; remove or impute non-finite values");
            }
        }
    }

    /** The sorted distinct labels of y; at least {@code min} of them. */
    public static int[] classes(String op, int[] y, int min) {
        int[] c = Arrays.stream(y).distinct().sorted().toArray();
        if (c.length < min) {
            throw new IllegalArgumentException(op + ": y must hold at least " + min
                    + " classes, got " + c.length + " " + Arrays.toString(c));
        }
        return c;
    }

    /** y mapped to indices into {@code classes} (sorted). */
    public static int[] encode(int[] y, int[] classes) {
        int[] out = new int[y.length];
        for (int i = 0; i < y.length; i++) {
            out[i] = Arrays.binarySearch(classes, y[i]);
        }
        return out;
    }

    /** X copied into one row-major array, rows × cols, for the kernels. */
    public static double[] rowMajor(double[][] x) {
        int d = x[0].length;
        double[] out = new double[x.length * d];
        for (int i = 0; i < x.length; i++) {
            System.arraycopy(x[i], 0, out, i * d, d);
        }
        return out;
    }

    /** Checks a hyperparameter {@code v > 0} (positive, so NaN fails). */
    public static int positive(String op, String name, int v) {
        if (v > 0) {
            return v;
        }
        throw new IllegalArgumentException(op + ": " + name + " must be > 0, got " + v);
    }

    /** Checks a hyperparameter {@code v > 0} and finite. */
    public static double positive(String op, String name, double v) {
        if (v > 0 && v < Double.POSITIVE_INFINITY) {
            return v;
        }
        throw new IllegalArgumentException(op + ": " + name + " must be > 0 and finite, got " + v);
    }

    /** Checks a hyperparameter {@code v >= 0} and finite. */
    public static double nonNegative(String op, String name, double v) {
        if (v >= 0 && v < Double.POSITIVE_INFINITY) {
            return v;
        }
        throw new IllegalArgumentException(op + ": " + name + " must be >= 0 and finite, got "
                + v);
    }
}
