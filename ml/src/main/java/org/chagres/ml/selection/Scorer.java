package org.chagres.ml.selection;

import org.chagres.ml.ClassifierModel;
import org.chagres.ml.RegressorModel;
import org.chagres.ml.metrics.Average;
import org.chagres.ml.metrics.Metrics;

/** Scores of a fitted model on held-out data; larger is better for every scorer. */
public final class Scorer {

    private Scorer() {
    }

    /** Scores a classifier on (x, y). */
    @FunctionalInterface
    public interface ForClassifier {
        double score(ClassifierModel model, double[][] x, int[] y);
    }

    /** Scores a regressor on (x, y). */
    @FunctionalInterface
    public interface ForRegressor {
        double score(RegressorModel model, double[][] x, double[] y);
    }

    /** Accuracy. */
    public static final ForClassifier ACCURACY = (m, x, y) -> Metrics.accuracy(y, m.predict(x));

    /** Macro-averaged F1. */
    public static final ForClassifier F1_MACRO =
        (m, x, y) -> Metrics.f1(y, m.predict(x), Average.MACRO);

    /** Negated log-loss (so that larger is better). */
    public static final ForClassifier NEG_LOG_LOSS = (m, x, y) -> {
        int[] classes = m.classes();
        int[] idx = new int[y.length];
        for (int i = 0; i < y.length; i++) {
            idx[i] = java.util.Arrays.binarySearch(classes, y[i]);
            if (idx[i] < 0) {
                throw new IllegalArgumentException("Scorer.NEG_LOG_LOSS: label " + y[i]
                        + " of sample " + i + " was not seen in training");
            }
        }
        return -Metrics.logLoss(idx, m.predictProba(x));
    };

    /** R². */
    public static final ForRegressor R2 = (m, x, y) -> Metrics.r2(y, m.predict(x));

    /** Negated mean squared error. */
    public static final ForRegressor NEG_MSE = (m, x, y) -> -Metrics.mse(y, m.predict(x));
}
