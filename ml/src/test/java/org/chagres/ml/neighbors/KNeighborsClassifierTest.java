package org.chagres.ml.neighbors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.chagres.kernels.Backends;
import org.chagres.ml.Classifier;
import org.chagres.ml.ClassifierContract;
import org.junit.jupiter.api.Test;

class KNeighborsClassifierTest extends ClassifierContract {

    @Override
    protected Classifier<?> classifier() {
        return KNeighborsClassifier.withDefaults();
    }

    @Override
    protected String fitName() {
        return "KNeighborsClassifier.fit";
    }

    @Test
    void handWorkedVoteAndProbabilities() {
        double[][] x = {{0}, {1}, {2}, {10}, {11}};
        int[] y = {0, 0, 1, 1, 1};
        var m = KNeighborsClassifier.withDefaults().withK(3).fit(x, y);
        // neighbours of 1.2: 1 (0.2), 2 (0.8), 0 (1.2) → labels 0, 1, 0
        assertArrayEquals(new int[] {0}, m.predict(new double[][] {{1.2}}));
        assertArrayEquals(new double[] {2.0 / 3, 1.0 / 3}, m.predictProba(new double[][] {{1.2}})[0],
                1e-15);
        var w = KNeighborsClassifier.withDefaults().withK(3).withWeights(Weights.DISTANCE)
                .fit(x, y);
        // weights 1/0.2, 1/0.8, 1/1.2 → class 0: 5 + 0.8333, class 1: 1.25
        double[] p = w.predictProba(new double[][] {{1.2}})[0];
        assertEquals((5 + 1 / 1.2) / (5 + 1.25 + 1 / 1.2), p[0], 1e-12);
        // a training point at distance 0 takes all the weight
        assertArrayEquals(new double[] {0, 1}, w.predictProba(new double[][] {{2}})[0]);
    }

    @Test
    void bruteForceAndKdTreeGiveTheSameNeighbours() {
        SplittableRandom r = new SplittableRandom(9);
        double[][] x = new double[500][3];
        int[] y = new int[500];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < 3; j++) {
                x[i][j] = r.nextInt(20);   // a grid with many exact ties
            }
            y[i] = r.nextInt(4);
        }
        double[][] q = new double[200][3];
        for (double[] row : q) {
            for (int j = 0; j < 3; j++) {
                row[j] = r.nextDouble(-2, 22);
            }
        }
        var brute = KNeighborsClassifier.withDefaults().withK(7)
                .withAlgorithm(NeighborAlgorithm.BRUTE).withBackend(Backends.scalar()).fit(x, y);
        var tree = KNeighborsClassifier.withDefaults().withK(7)
                .withAlgorithm(NeighborAlgorithm.KD_TREE).fit(x, y);
        assertFalse(brute.usesKdTree());
        assertTrue(tree.usesKdTree());
        assertArrayEquals(brute.predictProba(q), tree.predictProba(q));
    }

    @Test
    void kLargerThanTheTrainingSetIsRejected() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> KNeighborsClassifier.withDefaults().withK(4)
                        .fit(new double[][] {{1}, {2}, {3}}, new int[] {0, 1, 0}));
        assertEquals("KNeighborsClassifier.fit: k must be <= the number of samples, got k 4"
                + " for 3 samples", e.getMessage());
        var k0 = assertThrows(IllegalArgumentException.class,
                () -> KNeighborsClassifier.withDefaults().withK(0));
        assertEquals("KNeighborsClassifier.withK: k must be > 0, got 0", k0.getMessage());
    }
}
