package org.chagres.ml.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.chagres.kernels.Backends;
import org.chagres.ml.Reference;
import org.chagres.ml.data.Dataset;
import org.chagres.ml.data.Datasets;
import org.chagres.ml.metrics.Metrics;
import org.junit.jupiter.api.Test;

class KMeansTest {

    @Test
    void irisReachesTheBestKnownInertia() {
        double best = Reference.load("iris_kmeans.txt").scalar("inertia");
        Dataset iris = Datasets.iris();
        KMeans.Model m = KMeans.withDefaults().withK(3).withSeed(42).fit(iris.x());
        assertEquals(best, m.inertia(), 1e-9 * best);
        assertTrue(Metrics.adjustedRandIndex(iris.labels(), m.labels()) > 0.7);
        assertArrayEquals(m.labels(), m.predict(iris.x()));
    }

    @Test
    void sameSeedSameModelOnEveryBackend() {
        Dataset wine = Datasets.wine();
        KMeans km = KMeans.withDefaults().withK(4).withSeed(5).withRestarts(3);
        KMeans.Model a = km.fit(wine.x());
        KMeans.Model b = km.fit(wine.x());
        assertArrayEquals(a.centers(), b.centers());
        KMeans.Model s = km.withBackend(Backends.scalar()).fit(wine.x());
        assertEquals(a.inertia(), s.inertia(), 1e-9 * a.inertia());
    }

    @Test
    void separatedPointsAreFoundExactly() {
        double[][] x = {{0, 0}, {0, 1}, {10, 10}, {10, 11}, {-10, 5}, {-10, 6}};
        KMeans.Model m = KMeans.withDefaults().withK(3).withSeed(1).fit(x);
        assertEquals(1.5, m.inertia(), 1e-12);
        int[] l = m.labels();
        assertEquals(l[0], l[1]);
        assertEquals(l[2], l[3]);
        assertEquals(l[4], l[5]);
    }

    @Test
    void rejectsBadInput() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> KMeans.withDefaults().withK(3).fit(new double[][] {{1}, {2}}));
        assertEquals("KMeans.fit: need at least k = 3 samples, got 2", e.getMessage());
        var nan = assertThrows(IllegalArgumentException.class,
                () -> KMeans.withDefaults().withK(1).fit(new double[][] {{1}, {Double.NaN}}));
        assertEquals("KMeans.fit: X[1][0] is NaN; remove or impute non-finite values",
                nan.getMessage());
        double[][] x = {{1, 2}, {3, 4}};
        double[][] copy = {{1, 2}, {3, 4}};
        KMeans.withDefaults().withK(2).fit(x);
        assertArrayEquals(copy, x);
    }
}
