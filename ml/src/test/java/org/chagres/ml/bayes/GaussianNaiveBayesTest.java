package org.chagres.ml.bayes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.chagres.ml.Classifier;
import org.chagres.ml.ClassifierContract;
import org.chagres.ml.Reference;
import org.chagres.ml.data.Dataset;
import org.chagres.ml.data.Datasets;
import org.junit.jupiter.api.Test;

class GaussianNaiveBayesTest extends ClassifierContract {

    @Override
    protected Classifier<?> classifier() {
        return GaussianNaiveBayes.withDefaults();
    }

    @Override
    protected String fitName() {
        return "GaussianNaiveBayes.fit";
    }

    @Test
    void irisParametersMatchScikitLearn() {
        Reference ref = Reference.load("iris_gaussian_nb.txt");
        Dataset iris = Datasets.iris();
        GaussianNaiveBayes.Model m = GaussianNaiveBayes.withDefaults().fit(iris.x(),
                iris.labels());
        assertEquals(ref.scalar("epsilon"), m.epsilon(), 1e-12 * ref.scalar("epsilon"));
        for (int c = 0; c < 3; c++) {
            assertEquals(Math.log(ref.get("prior")[c]), m.logPriors()[c], 1e-15);
            assertArrayEquals(ref.get("theta" + c), m.means()[c], 1e-13);
            assertArrayEquals(ref.get("var" + c), m.variances()[c], 1e-14);
        }
        double[][] x = iris.x();
        double[][] q = new double[6][];
        for (int i = 0; i < 6; i++) {
            q[i] = x[25 * i];
        }
        double[][] p = m.predictProba(q);
        for (int i = 0; i < 6; i++) {
            double[] want = ref.get("proba" + i);
            for (int c = 0; c < 3; c++) {
                double tol = Math.max(1e-12, 1e-9 * want[c]);
                assertEquals(want[c], p[i][c], tol, "proba row " + i + " class " + c);
            }
        }
    }

    @Test
    void aFeatureConstantWithinAClassDoesNotBreakTheModel() {
        double[][] x = {{1, 5}, {1, 6}, {2, 7}, {3, 8}};
        var m = GaussianNaiveBayes.withDefaults().fit(x, new int[] {0, 0, 1, 1});
        assertTrue(m.epsilon() > 0);
        assertArrayEquals(new int[] {0, 1}, m.predict(new double[][] {{1, 5.5}, {2.5, 7.5}}));
    }
}
