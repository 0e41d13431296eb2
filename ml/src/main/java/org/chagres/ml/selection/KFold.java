package org.chagres.ml.selection;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.chagres.ml.data.Split;

/**
 * k-fold cross-validation splits: the samples (in order, or shuffled with a seed) are cut into
 * k consecutive folds whose sizes differ by at most one (the first n mod k folds get one
 * more, as scikit-learn); each fold is the test set once.
 */
public final class KFold {

    private final int k;
    private final Long seed;

    private KFold(int k, Long seed) {
        this.k = k;
        this.seed = seed;
    }

    /** k folds (k ≥ 2), no shuffling. */
    public static KFold of(int k) {
        if (k < 2) {
            throw new IllegalArgumentException("KFold.of: k must be >= 2, got " + k);
        }
        return new KFold(k, null);
    }

    /** Shuffles the samples with this seed before cutting. */
    public KFold withShuffle(long s) {
        return new KFold(k, s);
    }

    /** Number of folds. */
    public int k() {
        return k;
    }

    /**
     * The k folds of n samples.
     *
     * @throws IllegalArgumentException if n < k
     */
    public List<Fold> split(int n) {
        if (n < k) {
            throw new IllegalArgumentException("KFold.split: need at least k = " + k
                    + " samples, got " + n);
        }
        int[] order = seed == null ? identity(n) : Split.permutation(n, new SplittableRandom(seed));
        int[] foldOf = new int[n];
        int pos = 0;
        for (int f = 0; f < k; f++) {
            int size = n / k + (f < n % k ? 1 : 0);
            for (int i = 0; i < size; i++) {
                foldOf[order[pos++]] = f;
            }
        }
        return folds(foldOf, k);
    }

    static int[] identity(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        return a;
    }

    /** Folds from each sample's fold number. */
    static List<Fold> folds(int[] foldOf, int k) {
        List<Fold> out = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            final int ff = f;
            int[] test = java.util.stream.IntStream.range(0, foldOf.length)
                    .filter(i -> foldOf[i] == ff).toArray();
            int[] train = java.util.stream.IntStream.range(0, foldOf.length)
                    .filter(i -> foldOf[i] != ff).toArray();
            out.add(new Fold(train, test));
        }
        return out;
    }

    @Override
    public String toString() {
        return "KFold(" + k + (seed == null ? "" : ", shuffled, seed " + seed) + ")";
    }
}
