package org.chagres.ml.data;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded train/test splits, plain or stratified (each class keeps its share in both parts, as
 * scikit-learn's {@code train_test_split(stratify=y)}).
 */
public final class Split {

    private Split() {
    }

    /** The two parts of a split. */
    public record TrainTest(Dataset train, Dataset test) {
    }

    /**
     * Shuffles the rows with {@code seed} and puts {@code round(testFraction·n)} of them (at
     * least 1 and at most n − 1) in the test part.
     *
     * @throws IllegalArgumentException unless 0 < testFraction < 1 and the set has ≥ 2 rows
     */
    public static TrainTest trainTest(Dataset d, double testFraction, long seed) {
        int n = d.rows();
        int nTest = testCount("Split.trainTest", n, testFraction);
        int[] perm = permutation(n, new SplittableRandom(seed));
        int[] test = new int[nTest];
        int[] train = new int[n - nTest];
        System.arraycopy(perm, 0, test, 0, nTest);
        System.arraycopy(perm, nTest, train, 0, n - nTest);
        java.util.Arrays.sort(test);
        java.util.Arrays.sort(train);
        return new TrainTest(d.rows(train), d.rows(test));
    }

    /**
     * Like {@link #trainTest} but class by class: each class contributes
     * {@code round(testFraction · its count)} rows to the test part (largest remainders fill
     * up to the overall count), so class proportions match in both parts.
     */
    public static TrainTest stratified(Dataset d, double testFraction, long seed) {
        if (!d.isClassification()) {
            throw new IllegalArgumentException("Split.stratified: " + d.name()
                    + " has no class labels to stratify on");
        }
        int n = d.rows();
        int nTest = testCount("Split.stratified", n, testFraction);
        int[] y = d.labels();
        int k = d.classNames().size();
        List<List<Integer>> byClass = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            byClass.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            byClass.get(y[i]).add(i);
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        int[] quota = quotas(byClass, testFraction, nTest);
        List<Integer> test = new ArrayList<>();
        List<Integer> train = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            List<Integer> rows = byClass.get(c);
            int[] perm = permutation(rows.size(), rnd);
            for (int i = 0; i < perm.length; i++) {
                (i < quota[c] ? test : train).add(rows.get(perm[i]));
            }
        }
        return new TrainTest(d.rows(sorted(train)), d.rows(sorted(test)));
    }

    /** Per-class test counts: floors of the exact shares, then largest remainders. */
    private static int[] quotas(List<List<Integer>> byClass, double fraction, int total) {
        int k = byClass.size();
        int[] q = new int[k];
        double[] rem = new double[k];
        int sum = 0;
        for (int c = 0; c < k; c++) {
            double exact = byClass.get(c).size() * fraction;
            q[c] = (int) Math.floor(exact);
            rem[c] = exact - q[c];
            sum += q[c];
        }
        while (sum < total) {
            int best = -1;
            for (int c = 0; c < k; c++) {
                if (q[c] < byClass.get(c).size() && (best < 0 || rem[c] > rem[best])) {
                    best = c;
                }
            }
            q[best]++;
            rem[best] = -1;
            sum++;
        }
        return q;
    }

    private static int testCount(String op, int n, double fraction) {
        if (!(fraction > 0 && fraction < 1)) {
            throw new IllegalArgumentException(op + ": testFraction must be in (0, 1), got "
                    + fraction);
        }
        if (n < 2) {
            throw new IllegalArgumentException(op + ": need at least 2 rows to split, got " + n);
        }
        return (int) Math.min(n - 1, Math.max(1, Math.round(fraction * n)));
    }

    /** A uniformly random permutation of 0 … n−1 (Fisher–Yates). */
    public static int[] permutation(int n, SplittableRandom rnd) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    private static int[] sorted(List<Integer> l) {
        return l.stream().mapToInt(Integer::intValue).sorted().toArray();
    }
}
