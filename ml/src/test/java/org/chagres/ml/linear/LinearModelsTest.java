package org.chagres.ml.linear;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.chagres.kernels.Backends;
import org.chagres.ml.Classifier;
import org.chagres.ml.ClassifierContract;
import org.chagres.ml.Reference;
import org.chagres.ml.data.Dataset;
import org.chagres.ml.data.Datasets;
import org.chagres.ml.data.StandardScaler;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LinearModelsTest {

    private static void close(double[] want, double[] got, double rel, String what) {
        assertEquals(want.length, got.length, what);
        for (int i = 0; i < want.length; i++) {
            assertEquals(want[i], got[i], rel * Math.max(1, Math.abs(want[i])), what + "[" + i + "]");
        }
    }

    @Test
    void leastSquaresAndRidgeOnDiabetesMatchScikitLearn() {
        Reference ref = Reference.load("diabetes_linear.txt");
        Dataset d = Datasets.diabetes();
        LinearModel ols = LinearRegression.withDefaults().fit(d.x(), d.targets());
        close(ref.get("ols_coef"), ols.coefficients(), 1e-10, "ols");
        assertEquals(ref.scalar("ols_intercept"), ols.intercept(), 1e-9 * 334);
        assertEquals(10, ols.rank());
        LinearModel ridge = Ridge.withDefaults().fit(d.x(), d.targets());
        close(ref.get("ridge_coef"), ridge.coefficients(), 1e-10, "ridge");
        assertEquals(ref.scalar("ridge_intercept"), ridge.intercept(), 1e-9 * 316);
        LinearModel scalar = LinearRegression.withDefaults().withBackend(Backends.scalar())
                .fit(d.x(), d.targets());
        close(ols.coefficients(), scalar.coefficients(), 1e-10, "scalar backend");
    }

    @Test
    void aRankDeficientDesignGivesTheMinimumNormSolution() {
        // the second column repeats the first: weights split equally, rank 1
        double[][] x = {{1, 1}, {2, 2}, {3, 3}, {4, 4}};
        double[] y = {2, 4, 6, 8};
        LinearModel m = LinearRegression.withDefaults().fit(x, y);
        assertEquals(1, m.rank());
        assertArrayEquals(new double[] {1, 1}, m.coefficients(), 1e-12);
        assertEquals(0.0, m.intercept(), 1e-12);
    }

    @Test
    void multinomialLogisticRegressionOnIrisReachesTheOptimumOfScikitLearnsObjective() {
        Reference ref = Reference.load("linear_classifiers.txt");
        Dataset iris = Datasets.iris();
        LogisticRegression.Model m = LogisticRegression.withDefaults().withTolerance(1e-9)
                .withMaxIterations(10_000).fit(iris.x(), iris.labels());
        assertTrue(m.converged());
        for (int c = 0; c < 3; c++) {
            close(ref.get("iris_coef" + c), m.coefficients()[c], 1e-6, "coef " + c);
        }
        close(ref.get("iris_intercept"), m.intercepts(), 1e-6, "intercept");
    }

    @Test
    void binaryLogisticRegressionAndHingeSvmOnBreastCancer() {
        Reference ref = Reference.load("linear_classifiers.txt");
        Dataset bc = Datasets.breastCancer();
        double[][] z = StandardScaler.fit(bc.x()).transform(bc.x());
        LogisticRegression.Model lr = LogisticRegression.withDefaults().withC(0.5)
                .withTolerance(1e-9).withMaxIterations(10_000).fit(z, bc.labels());
        close(ref.get("bc_coef"), lr.coefficients()[0], 1e-6, "logistic");
        assertEquals(ref.scalar("bc_intercept"), lr.intercepts()[0], 1e-6);
        LinearSvm.Model svm = LinearSvm.withDefaults().withC(0.1).withTolerance(1e-9)
                .withMaxEpochs(100_000).fit(z, bc.labels());
        close(ref.get("svm_coef"), svm.coefficients()[0], 1e-6, "svm");
        assertEquals(ref.scalar("svm_intercept"), svm.intercepts()[0], 1e-6);
    }

    @Nested
    class Logistic extends ClassifierContract {
        @Override
        protected Classifier<?> classifier() {
            return LogisticRegression.withDefaults();
        }

        @Override
        protected String fitName() {
            return "LogisticRegression.fit";
        }
    }

    @Nested
    class Svm extends ClassifierContract {
        @Override
        protected Classifier<?> classifier() {
            return LinearSvm.withDefaults().withSeed(3);
        }

        @Override
        protected String fitName() {
            return "LinearSvm.fit";
        }
    }
}
