package org.chagres.ml.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.chagres.ml.Inputs;

/**
 * Classification, regression and clustering scores, with scikit-learn's definitions.
 *
 * <p>Zero division: a precision whose denominator (predicted positives) is 0, a recall whose
 * denominator (true positives + false negatives) is 0, or an F1 whose precision and recall are
 * both 0, is 0.0 — scikit-learn's {@code zero_division=0}. Such a class still counts in a
 * macro average.
 */
public final class Metrics {

    private Metrics() {
    }

    /** Fraction of predictions equal to the truth; 1.0 when all match. */
    public static double accuracy(int[] truth, int[] predicted) {
        pair("Metrics.accuracy", truth, predicted);
        long ok = 0;
        for (int i = 0; i < truth.length; i++) {
            ok += truth[i] == predicted[i] ? 1 : 0;
        }
        return (double) ok / truth.length;
    }

    /** The confusion matrix over the labels present in truth or predictions, named by value. */
    public static ConfusionMatrix confusionMatrix(int[] truth, int[] predicted) {
        int[] labels = labels(truth, predicted);
        List<String> names = new ArrayList<>();
        for (int l : labels) {
            names.add(Integer.toString(l));
        }
        return confusionMatrix(truth, predicted, labels, names);
    }

    /**
     * The confusion matrix over {@code labels} (ascending), printed with {@code names}.
     *
     * @throws IllegalArgumentException if a label in truth or predictions is not in labels
     */
    public static ConfusionMatrix confusionMatrix(int[] truth, int[] predicted, int[] labels,
            List<String> names) {
        pair("Metrics.confusionMatrix", truth, predicted);
        if (names.size() != labels.length) {
            throw new IllegalArgumentException("Metrics.confusionMatrix: need one name per label,"
                    + " got " + names.size() + " names for " + labels.length + " labels");
        }
        long[][] c = new long[labels.length][labels.length];
        for (int i = 0; i < truth.length; i++) {
            c[index(labels, truth[i], "truth", i)][index(labels, predicted[i], "predicted", i)]++;
        }
        return new ConfusionMatrix(labels.clone(), c, List.copyOf(names));
    }

    /** Precision tp / (tp + fp), averaged over classes as asked; see the zero-division rule. */
    public static double precision(int[] truth, int[] predicted, Average average) {
        return prf("Metrics.precision", truth, predicted, average)[0];
    }

    /** Recall tp / (tp + fn), averaged over classes as asked. */
    public static double recall(int[] truth, int[] predicted, Average average) {
        return prf("Metrics.recall", truth, predicted, average)[1];
    }

    /** F1, the harmonic mean of precision and recall per class, averaged as asked. */
    public static double f1(int[] truth, int[] predicted, Average average) {
        return prf("Metrics.f1", truth, predicted, average)[2];
    }

    /** Binary precision of class {@code positive}. */
    public static double precision(int[] truth, int[] predicted, int positive) {
        long[] c = binaryCounts("Metrics.precision", truth, predicted, positive);
        return ratio(c[0], c[0] + c[1]);
    }

    /** Binary recall of class {@code positive}. */
    public static double recall(int[] truth, int[] predicted, int positive) {
        long[] c = binaryCounts("Metrics.recall", truth, predicted, positive);
        return ratio(c[0], c[0] + c[2]);
    }

    /** Binary F1 of class {@code positive}. */
    public static double f1(int[] truth, int[] predicted, int positive) {
        long[] c = binaryCounts("Metrics.f1", truth, predicted, positive);
        return ratio(2 * c[0], 2 * c[0] + c[1] + c[2]);
    }

    private static long[] binaryCounts(String op, int[] truth, int[] predicted, int positive) {
        pair(op, truth, predicted);
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (int i = 0; i < truth.length; i++) {
            boolean t = truth[i] == positive;
            boolean p = predicted[i] == positive;
            tp += t && p ? 1 : 0;
            fp += !t && p ? 1 : 0;
            fn += t && !p ? 1 : 0;
        }
        return new long[] {tp, fp, fn};
    }

    private static double[] prf(String op, int[] truth, int[] predicted, Average average) {
        pair(op, truth, predicted);
        int[] labels = labels(truth, predicted);
        int k = labels.length;
        long[] tp = new long[k];
        long[] fp = new long[k];
        long[] fn = new long[k];
        for (int i = 0; i < truth.length; i++) {
            int t = Arrays.binarySearch(labels, truth[i]);
            int p = Arrays.binarySearch(labels, predicted[i]);
            if (t == p) {
                tp[t]++;
            } else {
                fp[p]++;
                fn[t]++;
            }
        }
        if (average == Average.MICRO) {
            long stp = Arrays.stream(tp).sum();
            long sfp = Arrays.stream(fp).sum();
            long sfn = Arrays.stream(fn).sum();
            return new double[] {ratio(stp, stp + sfp), ratio(stp, stp + sfn),
                ratio(2 * stp, 2 * stp + sfp + sfn)};
        }
        double[] out = new double[3];
        double weightSum = 0;
        for (int c = 0; c < k; c++) {
            double w = average == Average.WEIGHTED ? tp[c] + fn[c] : 1.0;
            out[0] += w * ratio(tp[c], tp[c] + fp[c]);
            out[1] += w * ratio(tp[c], tp[c] + fn[c]);
            out[2] += w * ratio(2 * tp[c], 2 * tp[c] + fp[c] + fn[c]);
            weightSum += w;
        }
        for (int i = 0; i < 3; i++) {
            out[i] = weightSum > 0 ? out[i] / weightSum : 0.0;
        }
        return out;
    }

    /**
     * Area under the ROC curve for a binary problem: the probability that a random positive
     * scores above a random negative, ties counting one half (the Mann–Whitney statistic,
     * computed from average ranks, so tied scores are handled exactly).
     *
     * @param truth labels; {@code positive} marks the positives, anything else is negative
     * @param score higher means more likely positive; must be finite
     * @throws IllegalArgumentException if only one class is present
     */
    public static double rocAuc(int[] truth, double[] score, int positive) {
        String op = "Metrics.rocAuc";
        Inputs.targets(op, score, truth.length);
        int n = truth.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(score[a], score[b]));
        double rankSumPos = 0;
        long pos = 0;
        for (int i = 0; i < n;) {
            int j = i;
            while (j + 1 < n && score[order[j + 1]] == score[order[i]]) {
                j++;
            }
            double avgRank = (i + j) / 2.0 + 1.0;
            for (int t = i; t <= j; t++) {
                if (truth[order[t]] == positive) {
                    rankSumPos += avgRank;
                    pos++;
                }
            }
            i = j + 1;
        }
        long neg = n - pos;
        if (pos == 0 || neg == 0) {
            throw new IllegalArgumentException(op + ": need both classes, got " + pos
                    + " positives and " + neg + " negatives");
        }
        return (rankSumPos - pos * (pos + 1) / 2.0) / ((double) pos * neg);
    }

    /**
     * Mean negative log-likelihood {@code −(1/n)·Σ log p[i][yᵢ]} of probabilistic predictions;
     * probabilities are clipped to [1e-15, 1 − 1e-15] as in scikit-learn.
     *
     * @param truth indices of the true class, column indices into proba
     * @param proba one row of class probabilities per sample
     */
    public static double logLoss(int[] truth, double[][] proba) {
        String op = "Metrics.logLoss";
        Inputs.matrix(op, proba);
        Inputs.labels(op, truth, proba.length);
        double s = 0;
        for (int i = 0; i < truth.length; i++) {
            if (truth[i] < 0 || truth[i] >= proba[i].length) {
                throw new IllegalArgumentException(op + ": truth[" + i + "] must index the "
                        + proba[i].length + " probability columns, got " + truth[i]);
            }
            double p = Math.min(1 - 1e-15, Math.max(1e-15, proba[i][truth[i]]));
            s -= Math.log(p);
        }
        return s / truth.length;
    }

    /** Coefficient of determination {@code 1 − Σ(y−ŷ)² / Σ(y−ȳ)²}; constant y gives 1 or 0. */
    public static double r2(double[] truth, double[] predicted) {
        regressionPair("Metrics.r2", truth, predicted);
        double mean = Arrays.stream(truth).sum() / truth.length;
        double ssRes = 0;
        double ssTot = 0;
        for (int i = 0; i < truth.length; i++) {
            ssRes += (truth[i] - predicted[i]) * (truth[i] - predicted[i]);
            ssTot += (truth[i] - mean) * (truth[i] - mean);
        }
        if (ssTot == 0) {
            return ssRes == 0 ? 1.0 : 0.0;
        }
        return 1 - ssRes / ssTot;
    }

    /** Mean squared error. */
    public static double mse(double[] truth, double[] predicted) {
        regressionPair("Metrics.mse", truth, predicted);
        double s = 0;
        for (int i = 0; i < truth.length; i++) {
            s += (truth[i] - predicted[i]) * (truth[i] - predicted[i]);
        }
        return s / truth.length;
    }

    /** Mean absolute error. */
    public static double mae(double[] truth, double[] predicted) {
        regressionPair("Metrics.mae", truth, predicted);
        double s = 0;
        for (int i = 0; i < truth.length; i++) {
            s += Math.abs(truth[i] - predicted[i]);
        }
        return s / truth.length;
    }

    /**
     * Adjusted Rand index of two clusterings (Hubert and Arabie 1985): 1 for identical
     * partitions up to relabelling, about 0 for independent ones.
     */
    public static double adjustedRandIndex(int[] a, int[] b) {
        pair("Metrics.adjustedRandIndex", a, b);
        int[] la = labels(a, a);
        int[] lb = labels(b, b);
        long[][] t = new long[la.length][lb.length];
        for (int i = 0; i < a.length; i++) {
            t[Arrays.binarySearch(la, a[i])][Arrays.binarySearch(lb, b[i])]++;
        }
        double sumCells = 0;
        double[] rows = new double[la.length];
        double[] cols = new double[lb.length];
        for (int i = 0; i < la.length; i++) {
            for (int j = 0; j < lb.length; j++) {
                sumCells += pairs(t[i][j]);
                rows[i] += t[i][j];
                cols[j] += t[i][j];
            }
        }
        double sumRows = Arrays.stream(rows).map(r -> pairs((long) r)).sum();
        double sumCols = Arrays.stream(cols).map(c -> pairs((long) c)).sum();
        double expected = sumRows * sumCols / pairs(a.length);
        double max = (sumRows + sumCols) / 2;
        if (max == expected) {
            return 1.0;   // both partitions trivial (one cluster, or all singletons): identical
        }
        return (sumCells - expected) / (max - expected);
    }

    /**
     * Mean silhouette coefficient {@code (b − a) / max(a, b)} over all samples, Euclidean
     * distance; a sample alone in its cluster scores 0 (scikit-learn's rule).
     *
     * @throws IllegalArgumentException unless 2 ≤ number of clusters ≤ n − 1
     */
    public static double silhouette(double[][] x, int[] labels) {
        String op = "Metrics.silhouette";
        Inputs.matrix(op, x);
        Inputs.labels(op, labels, x.length);
        int[] ls = labels(labels, labels);
        int n = x.length;
        if (ls.length < 2 || ls.length > n - 1) {
            throw new IllegalArgumentException(op + ": need 2 <= clusters <= n - 1, got "
                    + ls.length + " clusters for " + n + " samples");
        }
        double[][] dist = Distances.euclidean(x, x);
        int[] c = new int[n];
        long[] size = new long[ls.length];
        for (int i = 0; i < n; i++) {
            c[i] = Arrays.binarySearch(ls, labels[i]);
            size[c[i]]++;
        }
        double total = 0;
        double[] sums = new double[ls.length];
        for (int i = 0; i < n; i++) {
            Arrays.fill(sums, 0);
            for (int j = 0; j < n; j++) {
                sums[c[j]] += dist[i][j];
            }
            if (size[c[i]] == 1) {
                continue;
            }
            double a = sums[c[i]] / (size[c[i]] - 1);
            double b = Double.POSITIVE_INFINITY;
            for (int k = 0; k < ls.length; k++) {
                if (k != c[i]) {
                    b = Math.min(b, sums[k] / size[k]);
                }
            }
            total += (b - a) / Math.max(a, b);
        }
        return total / n;
    }

    private static double pairs(long n) {
        return n * (n - 1) / 2.0;
    }

    private static double ratio(long num, long den) {
        return den == 0 ? 0.0 : (double) num / den;
    }

    private static int[] labels(int[] truth, int[] predicted) {
        return java.util.stream.IntStream.concat(Arrays.stream(truth), Arrays.stream(predicted))
                .distinct().sorted().toArray();
    }

    private static int index(int[] labels, int v, String what, int i) {
        int k = Arrays.binarySearch(labels, v);
        if (k < 0) {
            throw new IllegalArgumentException("Metrics.confusionMatrix: " + what + "[" + i
                    + "] = " + v + " is not one of the labels " + Arrays.toString(labels));
        }
        return k;
    }

    private static void pair(String op, int[] truth, int[] predicted) {
        if (truth == null || predicted == null) {
            throw new NullPointerException(op + ": labels are null");
        }
        if (truth.length != predicted.length || truth.length == 0) {
            throw new IllegalArgumentException(op + ": need two non-empty label arrays of one"
                    + " length, got " + truth.length + " and " + predicted.length);
        }
    }

    private static void regressionPair(String op, double[] truth, double[] predicted) {
        if (truth == null || predicted == null) {
            throw new NullPointerException(op + ": values are null");
        }
        if (truth.length == 0) {
            throw new IllegalArgumentException(op + ": need at least one value, got 0");
        }
        Inputs.targets(op, truth, truth.length);
        Inputs.targets(op, predicted, truth.length);
    }
}
