package org.chagres.ml.neighbors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.chagres.ml.Reference;
import org.chagres.ml.data.Dataset;
import org.chagres.ml.data.Datasets;
import org.junit.jupiter.api.Test;

class KNeighborsIrisTest {

    @Test
    void predictionsMatchScikitLearnOnBothSearches() {
        Dataset iris = Datasets.iris();
        double[][] x = iris.x();
        int[] y = iris.labels();
        double[][] train = new double[75][];
        int[] ty = new int[75];
        double[][] test = new double[75][];
        for (int i = 0; i < 75; i++) {
            train[i] = x[2 * i];
            ty[i] = y[2 * i];
            test[i] = x[2 * i + 1];
        }
        double[] want = Reference.load("iris_knn.txt").get("predicted");
        int[] expected = new int[want.length];
        for (int i = 0; i < want.length; i++) {
            expected[i] = (int) want[i];
        }
        for (NeighborAlgorithm a : NeighborAlgorithm.values()) {
            var m = KNeighborsClassifier.withDefaults().withAlgorithm(a).fit(train, ty);
            assertArrayEquals(expected, m.predict(test), a.name());
        }
    }
}
