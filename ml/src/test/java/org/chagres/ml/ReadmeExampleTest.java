package org.chagres.ml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.chagres.ml.data.Dataset;
import org.chagres.ml.data.Datasets;
import org.chagres.ml.data.Split;
import org.chagres.ml.linear.LogisticRegression;
import org.chagres.ml.metrics.ConfusionMatrix;
import org.chagres.ml.metrics.Metrics;
import org.chagres.ml.neighbors.KNeighborsClassifier;
import org.chagres.ml.tree.DecisionTreeClassifier;
import org.chagres.linalg.Cholesky;
import org.chagres.linalg.LogDeterminant;
import org.chagres.linalg.Lu;
import org.chagres.linalg.Matrix;
import org.chagres.linalg.SymmetricEigen;
import org.chagres.linalg.Vector;
import org.chagres.stats.Descriptive;
import org.chagres.stats.QuantileMethod;
import org.chagres.stats.distribution.Gamma;
import org.chagres.stats.test.Alternative;
import org.chagres.stats.test.TTest;
import org.junit.jupiter.api.Test;

/** The README's ML example, kept compiling and correct. */
class ReadmeExampleTest {

    @Test
    void irisExample() {
        Dataset iris = Datasets.iris();
        Split.TrainTest parts = Split.stratified(iris, 0.3, 42);
        double[][] xTrain = parts.train().x();
        int[] yTrain = parts.train().labels();
        double[][] xTest = parts.test().x();
        int[] yTest = parts.test().labels();

        var knn = KNeighborsClassifier.withDefaults().withK(5).fit(xTrain, yTrain);
        var tree = DecisionTreeClassifier.withDefaults().withMaxDepth(3).fit(xTrain, yTrain);
        var logistic = LogisticRegression.withDefaults().withMaxIterations(500)
                .fit(xTrain, yTrain);
        for (ClassifierModel m : new ClassifierModel[] {knn, tree, logistic}) {
            int[] predicted = m.predict(xTest);
            double accuracy = Metrics.accuracy(yTest, predicted);
            ConfusionMatrix cm = Metrics.confusionMatrix(yTest, predicted, m.classes(),
                    iris.classNames());
            String name = m.getClass().getEnclosingClass().getSimpleName();
            System.out.printf("%s: accuracy %.3f%n%s%n", name, accuracy, cm);
            assertTrue(accuracy > 0.85, m.getClass() + " accuracy " + accuracy);
            assertTrue(cm.toString().contains("virginica"));
        }
    }

    @Test
    void linalgAndStatsExample() {
        // README: linear algebra
        Matrix a = Matrix.of(new double[][] {{4, 1, 0}, {1, 3, 1}, {0, 1, 2}});
        Vector b = Vector.of(1, 2, 3);
        Vector x = Lu.of(a).solve(b);                    // A·x = b, partial pivoting
        LogDeterminant ld = Cholesky.of(a).logDeterminant(); // sign and log|det|, no overflow
        double[] lambda = SymmetricEigen.of(a).eigenvalues();  // ascending
        // README: statistics
        double[] sample = {2.1, 2.5, 1.9, 3.2, 2.8, 2.4};
        double median = Descriptive.median(sample);
        double q90 = Descriptive.quantile(sample, 0.9, QuantileMethod.LINEAR);
        Gamma g = Gamma.of(5, 1);
        double tail = g.sf(20);                           // 1 − cdf without cancellation
        double p = g.quantile(1e-300);                    // accurate far in the tail
        TTest.Result t = TTest.welch(sample, new double[] {1.8, 2.0, 2.2, 1.7},
                Alternative.TWO_SIDED);
        System.out.printf("x = %s, det = %.3f, eigenvalues %s%n", x, ld.value(),
                java.util.Arrays.toString(lambda));
        System.out.printf("median %.3f, q90 %.3f, sf %.3e, quantile %.3e, t %.3f p %.4f%n",
                median, q90, tail, p, t.statistic(), t.pValue());

        Vector r = Vector.of(4 * x.get(0) + x.get(1), x.get(0) + 3 * x.get(1) + x.get(2),
                x.get(1) + 2 * x.get(2));
        for (int i = 0; i < 3; i++) {
            assertEquals(b.get(i), r.get(i), 1e-14);
        }
        assertEquals(18.0, ld.value(), 1e-12);            // det = 4·(6−1) − 1·(2−0) = 18
        assertTrue(lambda[0] < lambda[1] && lambda[1] < lambda[2]);
        assertEquals(2.45, median, 1e-15);
        assertEquals(g.cdf(p), 1e-300, 1e-312);
        // Gamma(5, 1) is Erlang: sf(x) = e^−x·Σ_{k<5} x^k/k!
        assertEquals(Math.exp(-20) * (1 + 20 + 200 + 8000.0 / 6 + 160000.0 / 24), tail,
                1e-14 * tail);
        assertTrue(t.pValue() > 0 && t.pValue() < 0.05, "p = " + t.pValue());
    }
}
