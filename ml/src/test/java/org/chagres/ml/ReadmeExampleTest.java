package org.chagres.ml;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.chagres.ml.data.Dataset;
import org.chagres.ml.data.Datasets;
import org.chagres.ml.data.Split;
import org.chagres.ml.linear.LogisticRegression;
import org.chagres.ml.metrics.ConfusionMatrix;
import org.chagres.ml.metrics.Metrics;
import org.chagres.ml.neighbors.KNeighborsClassifier;
import org.chagres.ml.tree.DecisionTreeClassifier;
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
}
