package org.chagres.ml.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chagres.ml.Reference;
import org.chagres.ml.data.Dataset;
import org.chagres.ml.data.Datasets;
import org.junit.jupiter.api.Test;

class MetricsTest {

    private static final int[] T = {0, 1, 2, 0, 1, 2, 0, 1, 2, 2, 1, 0, 3};
    private static final int[] P = {0, 2, 1, 0, 0, 2, 0, 1, 2, 1, 1, 0, 2};
    private final Reference ref = Reference.load("metrics.txt");

    @Test
    void classificationScoresMatchScikitLearn() {
        assertEquals(ref.scalar("accuracy"), Metrics.accuracy(T, P), 1e-15);
        for (Average a : Average.values()) {
            String s = a.name().toLowerCase();
            assertEquals(ref.scalar("precision_" + s), Metrics.precision(T, P, a), 1e-15, s);
            assertEquals(ref.scalar("recall_" + s), Metrics.recall(T, P, a), 1e-15, s);
            assertEquals(ref.scalar("f1_" + s), Metrics.f1(T, P, a), 1e-15, s);
        }
    }

    @Test
    void rocAucWithTiesLogLossAriR2() {
        int[] y = {0, 0, 1, 1, 0, 1, 1, 0, 1, 0};
        double[] s = {0.1, 0.4, 0.35, 0.8, 0.4, 0.4, 0.9, 0.2, 0.35, 0.7};
        assertEquals(ref.scalar("roc_auc"), Metrics.rocAuc(y, s, 1), 1e-15);
        double[][] pr = {{0.9, 0.1}, {0.2, 0.8}, {0.6, 0.4}, {0.0, 1.0}, {0.5, 0.5}};
        assertEquals(ref.scalar("log_loss"), Metrics.logLoss(new int[] {0, 1, 1, 1, 0}, pr),
                1e-15);
        assertEquals(ref.scalar("ari"), Metrics.adjustedRandIndex(new int[] {0, 0, 1, 1, 2, 2, 2},
                new int[] {1, 1, 0, 0, 0, 2, 2}), 1e-15);
        double[] rt = {3.0, -0.5, 2.0, 7.0, 4.2};
        double[] rp = {2.5, 0.0, 2.1, 7.8, 3.9};
        assertEquals(ref.scalar("r2"), Metrics.r2(rt, rp), 1e-15);
        assertEquals(ref.scalar("mse"), Metrics.mse(rt, rp), 1e-15);
        assertEquals(ref.scalar("mae"), Metrics.mae(rt, rp), 1e-15);
    }

    @Test
    void silhouetteOfIrisSpecies() {
        Dataset iris = Datasets.iris();
        assertEquals(ref.scalar("silhouette_iris"), Metrics.silhouette(iris.x(), iris.labels()),
                1e-12);
    }

    @Test
    void zeroDivisionIsZeroAndIdenticalPartitionsScoreOne() {
        // class 3 is never predicted: its precision is 0/0 → 0
        assertEquals(0.0, Metrics.precision(new int[] {3, 1}, new int[] {1, 1}, 3));
        assertEquals(1.0, Metrics.adjustedRandIndex(new int[] {5, 5, 7}, new int[] {0, 0, 1}));
        assertEquals(1.0, Metrics.adjustedRandIndex(new int[] {1, 1, 1}, new int[] {2, 2, 2}));
    }

    @Test
    void confusionMatrixCountsAndPrintsWithNames() {
        ConfusionMatrix cm = Metrics.confusionMatrix(new int[] {0, 0, 1, 2, 2},
                new int[] {0, 1, 1, 2, 0}, new int[] {0, 1, 2}, List.of("cat", "dog", "emu"));
        assertEquals(1, cm.count(0, 0));
        assertEquals(1, cm.count(0, 1));
        assertEquals(1, cm.count(2, 0));
        assertEquals(5, cm.total());
        String s = cm.toString();
        assertTrue(s.contains("true\\pred") && s.contains("emu"), s);
        assertEquals(4, s.split("\n").length);
    }

    @Test
    void badInputIsRejected() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Metrics.accuracy(new int[] {1, 2}, new int[] {1}));
        assertEquals("Metrics.accuracy: need two non-empty label arrays of one length, got 2"
                + " and 1", e.getMessage());
        var auc = assertThrows(IllegalArgumentException.class,
                () -> Metrics.rocAuc(new int[] {1, 1}, new double[] {0.2, 0.3}, 1));
        assertEquals("Metrics.rocAuc: need both classes, got 2 positives and 0 negatives",
                auc.getMessage());
    }
}
