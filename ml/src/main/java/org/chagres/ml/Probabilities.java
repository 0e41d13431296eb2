package org.chagres.ml;

/** Row operations on class-score matrices shared by the classifiers. */
public final class Probabilities {

    private Probabilities() {
    }

    /** Index of the largest entry; ties go to the lowest index. */
    public static int argmax(double[] v) {
        int best = 0;
        for (int c = 1; c < v.length; c++) {
            if (v[c] > v[best]) {
                best = c;
            }
        }
        return best;
    }

    /** For each row, the class whose column holds the row's largest entry (ties: lowest). */
    public static int[] labels(double[][] scores, int[] classes) {
        int[] out = new int[scores.length];
        for (int i = 0; i < scores.length; i++) {
            out[i] = classes[argmax(scores[i])];
        }
        return out;
    }

    /**
     * Replaces each row z by softmax(z) = exp(z − max z) / Σ exp(z − max z), in place; the
     * shift keeps the exponentials finite for any finite scores.
     */
    public static double[][] softmaxRows(double[][] z) {
        for (double[] row : z) {
            double max = Double.NEGATIVE_INFINITY;
            for (double v : row) {
                max = Math.max(max, v);
            }
            double s = 0;
            for (int c = 0; c < row.length; c++) {
                row[c] = Math.exp(row[c] - max);
                s += row[c];
            }
            for (int c = 0; c < row.length; c++) {
                row[c] /= s;
            }
        }
        return z;
    }
}
