package org.chagres.ml.selection;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.chagres.ml.data.Split;

/**
 * Stratified k-fold splits: each class's samples (in order, or shuffled with a seed) are dealt
 * to the folds in turn, continuing from fold to fold across classes, so every fold holds each
 * class in about its overall proportion and fold sizes differ by at most one.
 */
public final class StratifiedKFold {

    private final int k;
    private final Long seed;

    private StratifiedKFold(int k, Long seed) {
        this.k = k;
        this.seed = seed;
    }

    /** k folds (k ≥ 2), no shuffling. */
    public static StratifiedKFold of(int k) {
        if (k < 2) {
            throw new IllegalArgumentException("StratifiedKFold.of: k must be >= 2, got " + k);
        }
        return new StratifiedKFold(k, null);
    }

    /** Shuffles each class's samples with this seed. */
    public StratifiedKFold withShuffle(long s) {
        return new StratifiedKFold(k, s);
    }

    /**
     * The k folds for labels y.
     *
     * @throws IllegalArgumentException if a class has fewer than k samples
     */
    public List<Fold> split(int[] y) {
        TreeMap<Integer, List<Integer>> byClass = new TreeMap<>();
        for (int i = 0; i < y.length; i++) {
            byClass.computeIfAbsent(y[i], c -> new ArrayList<>()).add(i);
        }
        for (var e : byClass.entrySet()) {
            if (e.getValue().size() < k) {
                throw new IllegalArgumentException("StratifiedKFold.split: every class needs at"
                        + " least k = " + k + " samples, got " + e.getValue().size()
                        + " of class " + e.getKey());
            }
        }
        SplittableRandom rnd = seed == null ? null : new SplittableRandom(seed);
        int[] foldOf = new int[y.length];
        int next = 0;
        for (List<Integer> rows : byClass.values()) {
            int[] order = rnd == null ? KFold.identity(rows.size())
                    : Split.permutation(rows.size(), rnd);
            for (int i : order) {
                foldOf[rows.get(i)] = next;
                next = (next + 1) % k;
            }
        }
        return KFold.folds(foldOf, k);
    }
}
