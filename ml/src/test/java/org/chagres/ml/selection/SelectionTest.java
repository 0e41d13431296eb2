package org.chagres.ml.selection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.chagres.ml.data.Dataset;
import org.chagres.ml.data.Datasets;
import org.chagres.ml.linear.Ridge;
import org.chagres.ml.metrics.Metrics;
import org.chagres.ml.neighbors.KNeighborsClassifier;
import org.junit.jupiter.api.Test;

class SelectionTest {

    @Test
    void kFoldCoversEverySampleOnceWithBalancedSizes() {
        List<Fold> folds = KFold.of(3).split(10);
        assertArrayEquals(new int[] {0, 1, 2, 3}, folds.get(0).test());
        assertArrayEquals(new int[] {7, 8, 9}, folds.get(2).test());
        int[] seen = new int[10];
        for (Fold f : folds) {
            for (int i : f.test()) {
                seen[i]++;
            }
            assertEquals(10, f.train().length + f.test().length);
        }
        assertArrayEquals(IntStream.generate(() -> 1).limit(10).toArray(), seen);
        List<Fold> a = KFold.of(4).withShuffle(7).split(50);
        List<Fold> b = KFold.of(4).withShuffle(7).split(50);
        for (int f = 0; f < 4; f++) {
            assertArrayEquals(a.get(f).test(), b.get(f).test());
        }
        assertThrows(IllegalArgumentException.class, () -> KFold.of(1));
        assertThrows(IllegalArgumentException.class, () -> KFold.of(5).split(4));
    }

    @Test
    void stratifiedFoldsKeepClassProportions() {
        int[] y = Datasets.iris().labels();
        for (Fold f : StratifiedKFold.of(5).withShuffle(1).split(y)) {
            assertEquals(30, f.test().length);
            int[] counts = new int[3];
            for (int i : f.test()) {
                counts[y[i]]++;
            }
            assertArrayEquals(new int[] {10, 10, 10}, counts);
        }
        var e = assertThrows(IllegalArgumentException.class,
                () -> StratifiedKFold.of(3).split(new int[] {0, 0, 0, 1, 1}));
        assertEquals("StratifiedKFold.split: every class needs at least k = 3 samples, got 2 of"
                + " class 1", e.getMessage());
    }

    @Test
    void crossValidationAndGridSearch() {
        Dataset iris = Datasets.iris();
        double[][] x = iris.x();
        int[] y = iris.labels();
        List<Fold> folds = StratifiedKFold.of(5).withShuffle(0).split(y);
        double[] s = CrossValidation.score(KNeighborsClassifier.withDefaults(), x, y, folds,
                Scorer.ACCURACY);
        assertEquals(5, s.length);
        assertTrue(Arrays.stream(s).allMatch(v -> v >= 0.85), Arrays.toString(s));
        assertArrayEquals(s, CrossValidation.score(KNeighborsClassifier.withDefaults(), x, y,
                folds, Scorer.ACCURACY));
        GridSearch g = GridSearch.over(Map.of("k", List.of(1, 150)),
                p -> KNeighborsClassifier.withDefaults().withK((Integer) p.get("k") == 150
                        ? 119 : (Integer) p.get("k")));
        GridSearch.Result r = g.fit(x, y, folds, Scorer.ACCURACY);
        assertEquals(2, r.candidates().size());
        // k = 119 of 120 training samples votes the majority: a poor classifier
        assertEquals(1, r.best().params().get("k"));
        assertTrue(r.best().mean() > r.candidates().get(1).mean());
        assertEquals(1.0, Metrics.accuracy(y, r.model().predict(x)));
    }

    @Test
    void regressionCrossValidation() {
        Dataset d = Datasets.diabetes();
        double[] s = CrossValidation.score(Ridge.withDefaults(), d.x(), d.targets(),
                KFold.of(5).split(d.rows()), Scorer.R2);
        assertTrue(Arrays.stream(s).average().orElseThrow() > 0.4, Arrays.toString(s));
    }
}
