package org.chagres.ml.tree;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.chagres.ml.Classifier;
import org.chagres.ml.ClassifierContract;
import org.chagres.ml.data.Dataset;
import org.chagres.ml.data.Datasets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TreeContractTest {

    @Nested
    class Cart extends ClassifierContract {
        @Override
        protected Classifier<?> classifier() {
            return DecisionTreeClassifier.withDefaults();
        }

        @Override
        protected String fitName() {
            return "DecisionTreeClassifier.fit";
        }
    }

    @Nested
    class Forest extends ClassifierContract {
        @Override
        protected Classifier<?> classifier() {
            return RandomForestClassifier.withDefaults().withTrees(20).withSeed(7);
        }

        @Override
        protected String fitName() {
            return "RandomForestClassifier.fit";
        }
    }

    @Test
    void handComputedGiniSplit() {
        // one feature; the only split that separates the classes is between 2 and 10
        double[][] x = {{1}, {2}, {10}, {11}, {12}};
        int[] y = {0, 0, 1, 1, 1};
        var m = DecisionTreeClassifier.withDefaults().fit(x, y);
        assertEquals(1, m.depth());
        assertEquals(2, m.leafCount());
        assertEquals(6.0, m.tree.threshold[0]);
        assertArrayEquals(new int[] {0, 1}, m.predict(new double[][] {{5.99}, {6.01}}));
    }

    @Test
    void limitsStopGrowth() {
        Dataset iris = Datasets.iris();
        var full = DecisionTreeClassifier.withDefaults().fit(iris.x(), iris.labels());
        assertArrayEquals(iris.labels(), full.predict(iris.x()), "a full tree fits iris exactly");
        var shallow = DecisionTreeClassifier.withDefaults().withMaxDepth(2)
                .fit(iris.x(), iris.labels());
        assertEquals(2, shallow.depth());
        var leafy = DecisionTreeClassifier.withDefaults().withMinSamplesLeaf(20)
                .fit(iris.x(), iris.labels());
        assertTrue(leafy.leafCount() <= 150 / 20, "leaves " + leafy.leafCount());
        var decrease = DecisionTreeClassifier.withDefaults().withMinImpurityDecrease(0.05)
                .fit(iris.x(), iris.labels());
        assertTrue(decrease.leafCount() < full.leafCount());
        var entropy = DecisionTreeClassifier.withDefaults().withCriterion(Criterion.ENTROPY)
                .fit(iris.x(), iris.labels());
        assertArrayEquals(iris.labels(), entropy.predict(iris.x()));
        assertThrows(IllegalArgumentException.class,
                () -> DecisionTreeClassifier.withDefaults().withMinSamplesSplit(1));
    }

    @Test
    void regressionTreeAndForestFitAStepFunction() {
        double[][] x = new double[100][1];
        double[] y = new double[100];
        for (int i = 0; i < 100; i++) {
            x[i][0] = i;
            y[i] = i < 50 ? 1.0 : 3.0;
        }
        var t = DecisionTreeRegressor.withDefaults().fit(x, y);
        assertEquals(1, t.depth());
        assertArrayEquals(new double[] {1, 3}, t.predict(new double[][] {{10}, {80}}));
        var f = RandomForestRegressor.withDefaults().withTrees(10).withSeed(3).fit(x, y);
        double[] p = f.predict(new double[][] {{10}, {80}});
        assertEquals(1.0, p[0], 1e-12);
        assertEquals(3.0, p[1], 1e-12);
    }

    @Test
    void aForestIsTheSameForTheSameSeedAndLearnsWine() {
        Dataset wine = Datasets.wine();
        var a = RandomForestClassifier.withDefaults().withTrees(30).withSeed(11)
                .fit(wine.x(), wine.labels());
        var b = RandomForestClassifier.withDefaults().withTrees(30).withSeed(11)
                .fit(wine.x(), wine.labels());
        assertArrayEquals(a.predictProba(wine.x()), b.predictProba(wine.x()));
        assertArrayEquals(wine.labels(), a.predict(wine.x()));
    }
}
