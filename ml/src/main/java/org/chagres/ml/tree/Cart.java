package org.chagres.ml.tree;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Grows a CART tree (Breiman, Friedman, Olshen and Stone 1984): binary splits
 * {@code x_j <= t} chosen greedily to maximise the weighted impurity decrease, thresholds at
 * midpoints between consecutive distinct values (as scikit-learn). Works for classification
 * (targets are class indices, leaves hold class frequencies) and regression (leaves hold the
 * mean). Samples carry integer weights so that a bootstrap sample is a weight vector.
 */
final class Cart {

    /** Growth limits and randomisation. */
    record Params(Criterion criterion, int maxDepth, int minSamplesSplit, int minSamplesLeaf,
            double minImpurityDecrease, int maxFeatures) {
    }

    /** The features by column: {@code col[j][i]} is feature j of sample i (a node's sort keys
     * then come from one contiguous array instead of one cache line per sample). */
    private final double[][] col;
    private final int[] cls;
    private final double[] target;
    private final int k;
    private final Params p;
    private final SplittableRandom rnd;
    private final int d;
    private double totalWeight;

    // growing tree
    private final List<int[]> nodes = new ArrayList<>();   // {feature, left, right}
    private final List<Double> thresholds = new ArrayList<>();
    private final List<double[]> values = new ArrayList<>();
    private final List<Double> impurities = new ArrayList<>();

    private Cart(double[][] col, int[] cls, double[] target, int k, Params p,
            SplittableRandom rnd) {
        this.col = col;
        this.cls = cls;
        this.target = target;
        this.k = k;
        this.p = p;
        this.rnd = rnd;
        this.d = col.length;
    }

    /** A classification tree over classes 0 … k−1; weights[i] copies of sample i (≥ 0). */
    static TreeModel classification(double[][] x, int[] cls, int k, int[] weights, Params p,
            SplittableRandom rnd) {
        return classificationByColumns(columns(x), cls, k, weights, p, rnd);
    }

    /** As {@link #classification}, the features given by {@link #columns column}. */
    static TreeModel classificationByColumns(double[][] col, int[] cls, int k, int[] weights,
            Params p, SplittableRandom rnd) {
        return new Cart(col, cls, null, k, p, rnd).grow(weights);
    }

    /** A regression tree. */
    static TreeModel regression(double[][] x, double[] y, int[] weights, Params p,
            SplittableRandom rnd) {
        return regressionByColumns(columns(x), y, weights, p, rnd);
    }

    /** As {@link #regression}, the features given by {@link #columns column}. */
    static TreeModel regressionByColumns(double[][] col, double[] y, int[] weights, Params p,
            SplittableRandom rnd) {
        return new Cart(col, null, y, 1, p, rnd).grow(weights);
    }

    /** The transpose of the row-major samples x (n × d): d arrays of n values. */
    static double[][] columns(double[][] x) {
        int n = x.length;
        int d = x[0].length;
        double[][] col = new double[d][n];
        for (int i = 0; i < n; i++) {
            double[] row = x[i];
            for (int j = 0; j < d; j++) {
                col[j][i] = row[j];
            }
        }
        return col;
    }

    private TreeModel grow(int[] weights) {
        int n = 0;
        for (int w : weights) {
            n += w > 0 ? 1 : 0;
        }
        int[] rows = new int[n];
        int[] w = new int[n];
        int t = 0;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] > 0) {
                rows[t] = i;
                w[t++] = weights[i];
                totalWeight += weights[i];
            }
        }
        build(rows, w, 0, n, 0);
        int size = nodes.size();
        int[] feature = new int[size];
        int[] left = new int[size];
        int[] right = new int[size];
        double[] threshold = new double[size];
        double[][] value = new double[size][];
        double[] impurity = new double[size];
        for (int i = 0; i < size; i++) {
            feature[i] = nodes.get(i)[0];
            left[i] = nodes.get(i)[1];
            right[i] = nodes.get(i)[2];
            threshold[i] = thresholds.get(i);
            value[i] = values.get(i);
            impurity[i] = impurities.get(i);
        }
        return new TreeModel(d, feature, threshold, left, right, value, impurity);
    }

    /** Builds the node for rows[s, e) and returns its index. */
    private int build(int[] rows, int[] w, int s, int e, int depth) {
        int node = nodes.size();
        nodes.add(new int[] {-1, -1, -1});
        thresholds.add(Double.NaN);
        Stats all = stats(rows, w, s, e);
        values.add(all.value());
        impurities.add(all.impurity);
        if (depth >= p.maxDepth() || all.weight < p.minSamplesSplit()
                || all.weight < 2 * p.minSamplesLeaf() || all.impurity <= 1e-15) {
            return node;
        }
        Split best = bestSplit(rows, w, s, e, all);
        if (best == null) {
            return node;
        }
        double decrease = all.weight / totalWeight * (all.impurity - best.childImpurity);
        if (decrease < p.minImpurityDecrease()) {
            return node;
        }
        int mid = partition(rows, w, s, e, best.feature, best.threshold);
        nodes.get(node)[0] = best.feature;
        thresholds.set(node, best.threshold);
        int l = build(rows, w, s, mid, depth + 1);
        int r = build(rows, w, mid, e, depth + 1);
        nodes.get(node)[1] = l;
        nodes.get(node)[2] = r;
        return node;
    }

    private record Split(int feature, double threshold, double childImpurity) {
    }

    private Split bestSplit(int[] rows, int[] w, int s, int e, Stats all) {
        int[] features = candidateFeatures();
        int n = e - s;
        double[] key = new double[n];
        int[] order = new int[n];
        Split best = null;
        double bestScore = Double.POSITIVE_INFINITY;
        for (int f : features) {
            double[] c = col[f];
            for (int i = 0; i < n; i++) {
                key[i] = c[rows[s + i]];
                order[i] = s + i;
            }
            Sorting.sort(key, order, 0, n);
            if (key[0] == key[n - 1]) {
                continue;   // constant feature here
            }
            Stats left = Stats.empty(k, p.criterion());
            Stats right = all.copy();
            for (int i = 0; i < n - 1; i++) {
                int row = rows[order[i]];
                int wt = w[order[i]];
                left.add(this, row, wt);
                right.remove(this, row, wt);
                if (key[i] == key[i + 1] || left.weight < p.minSamplesLeaf()
                        || right.weight < p.minSamplesLeaf()) {
                    continue;
                }
                double score = (left.weight * left.impurity() + right.weight * right.impurity())
                        / all.weight;
                if (score < bestScore - 1e-12) {
                    bestScore = score;
                    double t = key[i] / 2 + key[i + 1] / 2;
                    // the midpoint may round up to the larger value; keep t < key[i + 1]
                    best = new Split(f, t == key[i + 1] ? key[i] : t, score);
                }
            }
        }
        return best;
    }

    private int[] candidateFeatures() {
        int m = Math.min(p.maxFeatures(), d);
        int[] all = new int[d];
        for (int j = 0; j < d; j++) {
            all[j] = j;
        }
        if (m == d) {
            return all;
        }
        for (int i = 0; i < m; i++) {   // partial Fisher–Yates: a uniform m-subset
            int j = i + rnd.nextInt(d - i);
            int t = all[i];
            all[i] = all[j];
            all[j] = t;
        }
        return java.util.Arrays.copyOf(all, m);
    }

    private int partition(int[] rows, int[] w, int s, int e, int f, double t) {
        int i = s;
        int j = e - 1;
        double[] c = col[f];
        while (i <= j) {
            if (c[rows[i]] <= t) {
                i++;
            } else {
                int r = rows[i];
                rows[i] = rows[j];
                rows[j] = r;
                int ww = w[i];
                w[i] = w[j];
                w[j] = ww;
                j--;
            }
        }
        return i;
    }

    private Stats stats(int[] rows, int[] w, int s, int e) {
        Stats st = Stats.empty(k, p.criterion());
        for (int i = s; i < e; i++) {
            st.add(this, rows[i], w[i]);
        }
        st.impurity = st.impurity();
        return st;
    }

    /** Weighted class counts (classification) or sums (regression) of a set of samples. */
    private static final class Stats {
        final double[] counts;
        final boolean regression;
        final Criterion criterion;
        double weight;
        double sum;
        double sumSq;
        double impurity;

        private Stats(int k, Criterion criterion) {
            this.regression = criterion == Criterion.MSE;
            this.counts = regression ? null : new double[k];
            this.criterion = criterion;
        }

        static Stats empty(int k, Criterion criterion) {
            return new Stats(k, criterion);
        }

        Stats copy() {
            Stats c = new Stats(counts == null ? 0 : counts.length, criterion);
            if (counts != null) {
                System.arraycopy(counts, 0, c.counts, 0, counts.length);
            }
            c.weight = weight;
            c.sum = sum;
            c.sumSq = sumSq;
            return c;
        }

        void add(Cart t, int row, int wt) {
            weight += wt;
            if (regression) {
                double y = t.target[row];
                sum += wt * y;
                sumSq += wt * y * y;
            } else {
                counts[t.cls[row]] += wt;
            }
        }

        void remove(Cart t, int row, int wt) {
            weight -= wt;
            if (regression) {
                double y = t.target[row];
                sum -= wt * y;
                sumSq -= wt * y * y;
            } else {
                counts[t.cls[row]] -= wt;
            }
        }

        double impurity() {
            if (weight <= 0) {
                return 0;
            }
            if (regression) {
                double mean = sum / weight;
                return Math.max(0, sumSq / weight - mean * mean);
            }
            return Impurity.of(criterion, counts, weight);
        }

        double[] value() {
            if (regression) {
                return new double[] {sum / weight};
            }
            double[] v = new double[counts.length];
            for (int c = 0; c < v.length; c++) {
                v[c] = counts[c] / weight;
            }
            return v;
        }

    }
}
