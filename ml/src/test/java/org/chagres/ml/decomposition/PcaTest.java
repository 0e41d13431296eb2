package org.chagres.ml.decomposition;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.chagres.ml.Reference;
import org.chagres.ml.data.Datasets;
import org.chagres.ml.io.ModelIO;
import org.junit.jupiter.api.Test;

class PcaTest {

    @Test
    void irisMatchesScikitLearnIncludingSigns() {
        Reference ref = Reference.load("iris_pca.txt");
        double[][] x = Datasets.iris().x();
        Pca.Model m = Pca.withComponents(3).fit(x);
        assertArrayEquals(ref.get("variance"), m.explainedVariance(), 1e-13);
        assertArrayEquals(ref.get("ratio"), m.explainedVarianceRatio(), 1e-14);
        for (int k = 0; k < 3; k++) {
            assertArrayEquals(ref.get("component" + k), m.components()[k], 1e-12, "component " + k);
        }
        assertArrayEquals(ref.get("transform0"), m.transform(new double[][] {x[0]})[0], 1e-12);
    }

    @Test
    void whiteningGivesUnitVarianceAndInverseTransformRoundTrips() {
        double[][] x = Datasets.wine().x();
        Pca.Model full = Pca.withComponents(13).withWhitening(true).fit(x);
        double[][] z = full.transform(x);
        for (int k = 0; k < 13; k++) {
            double s = 0;
            for (double[] row : z) {
                s += row[k] * row[k];
            }
            assertEquals(1.0, s / (x.length - 1), 1e-9, "component " + k);
        }
        double[][] back = full.inverseTransform(z);
        for (int i = 0; i < x.length; i++) {
            assertArrayEquals(x[i], back[i], 1e-8);
        }
        Pca.Model loaded = (Pca.Model) ModelIO.fromBytes(ModelIO.toBytes(full), "pca");
        assertArrayEquals(z, loaded.transform(x));
        var e = assertThrows(IllegalArgumentException.class,
                () -> Pca.withComponents(5).fit(new double[][] {{1, 2}, {3, 4}}));
        assertEquals("Pca.fit: components must be <= min(samples, features) = 2, got 5",
                e.getMessage());
    }
}
