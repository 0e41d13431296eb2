package org.chagres.ml.metrics;

import java.util.List;

/**
 * Counts {@code count(i, j)} of samples whose true class is i and predicted class is j, for
 * the classes {@code labels} (ascending). {@link #toString()} prints it with class names.
 *
 * @param labels the class labels, ascending; row and column i stand for labels[i]
 * @param counts counts[i][j] as above
 * @param names display names of the classes, one per label
 */
public record ConfusionMatrix(int[] labels, long[][] counts, List<String> names) {

    /** Number of samples with true class {@code labels[i]} predicted as {@code labels[j]}. */
    public long count(int i, int j) {
        return counts[i][j];
    }

    /** Total number of samples. */
    public long total() {
        long t = 0;
        for (long[] row : counts) {
            for (long c : row) {
                t += c;
            }
        }
        return t;
    }

    /** An aligned table: true classes down, predicted classes across. */
    @Override
    public String toString() {
        int w = 4;
        for (String n : names) {
            w = Math.max(w, n.length());
        }
        for (long[] row : counts) {
            for (long c : row) {
                w = Math.max(w, Long.toString(c).length());
            }
        }
        StringBuilder sb = new StringBuilder();
        String fmt = "%" + w + "s";
        sb.append(String.format(fmt, "true\\pred"));
        for (String n : names) {
            sb.append("  ").append(String.format(fmt, n));
        }
        sb.append('\n');
        for (int i = 0; i < counts.length; i++) {
            sb.append(String.format(fmt, names.get(i)));
            for (long c : counts[i]) {
                sb.append("  ").append(String.format(fmt, c));
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
