package org.chagres.ml.tree;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Grows the trees of a random forest (Breiman 2001) in parallel: tree t gets its own random
 * stream seeded from (seed, t) alone, used for its bootstrap sample and its feature draws, so
 * the forest is the same whatever the number of threads.
 */
public final class Forest {

    private Forest() {
    }

    /** Classification trees over classes 0 … k−1. */
    static TreeModel[] classification(double[][] x, int[] cls, int k, int trees,
            boolean bootstrap, TreeParams p) {
        double[][] col = Cart.columns(x);
        return IntStream.range(0, trees).parallel().mapToObj(t -> {
            SplittableRandom r = new SplittableRandom(streamSeed(p.seed(), t));
            return Cart.classificationByColumns(col, cls, k, sample(x.length, bootstrap, r),
                    p.cart(), r);
        }).toArray(TreeModel[]::new);
    }

    /** Regression trees. */
    static TreeModel[] regression(double[][] x, double[] y, int trees, boolean bootstrap,
            TreeParams p) {
        double[][] col = Cart.columns(x);
        return IntStream.range(0, trees).parallel().mapToObj(t -> {
            SplittableRandom r = new SplittableRandom(streamSeed(p.seed(), t));
            return Cart.regressionByColumns(col, y, sample(x.length, bootstrap, r), p.cart(),
                    r);
        }).toArray(TreeModel[]::new);
    }

    /** Bootstrap weights: n draws with replacement (or all ones without bootstrap). */
    private static int[] sample(int n, boolean bootstrap, SplittableRandom r) {
        int[] w = new int[n];
        if (!bootstrap) {
            Arrays.fill(w, 1);
            return w;
        }
        for (int i = 0; i < n; i++) {
            w[r.nextInt(n)]++;
        }
        return w;
    }

    /** A well-mixed seed for tree t (the SplitMix64 finaliser over seed and t). */
    static long streamSeed(long seed, int t) {
        long z = seed + 0x9E3779B97F4A7C15L * (t + 1L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
