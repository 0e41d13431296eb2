package org.chagres.ml.selection;

import java.util.List;
import java.util.stream.IntStream;
import org.chagres.ml.Classifier;
import org.chagres.ml.Inputs;
import org.chagres.ml.Regressor;

/**
 * Cross-validated scores: for each fold, fit on its training part and score on its test part.
 * Folds run in parallel; each fold's result depends only on its own data and the estimator's
 * seed, so the scores are the same whatever the thread count.
 */
public final class CrossValidation {

    private CrossValidation() {
    }

    /** One score per fold, in fold order. X and y are not modified. */
    public static double[] score(Classifier<?> estimator, double[][] x, int[] y,
            List<Fold> folds, Scorer.ForClassifier scorer) {
        String op = "CrossValidation.score";
        Inputs.matrix(op, x);
        Inputs.labels(op, y, x.length);
        return IntStream.range(0, folds.size()).parallel().mapToDouble(f -> {
            Fold fold = folds.get(f);
            var model = estimator.fit(rows(x, fold.train()), pick(y, fold.train()));
            return scorer.score(model, rows(x, fold.test()), pick(y, fold.test()));
        }).toArray();
    }

    /** One score per fold, in fold order, for a regressor. */
    public static double[] score(Regressor<?> estimator, double[][] x, double[] y,
            List<Fold> folds, Scorer.ForRegressor scorer) {
        String op = "CrossValidation.score";
        Inputs.matrix(op, x);
        Inputs.targets(op, y, x.length);
        return IntStream.range(0, folds.size()).parallel().mapToDouble(f -> {
            Fold fold = folds.get(f);
            var model = estimator.fit(rows(x, fold.train()), pick(y, fold.train()));
            return scorer.score(model, rows(x, fold.test()), pick(y, fold.test()));
        }).toArray();
    }

    static double[][] rows(double[][] x, int[] idx) {
        double[][] out = new double[idx.length][];
        for (int i = 0; i < idx.length; i++) {
            out[i] = x[idx[i]];
        }
        return out;
    }

    static int[] pick(int[] y, int[] idx) {
        int[] out = new int[idx.length];
        for (int i = 0; i < idx.length; i++) {
            out[i] = y[idx[i]];
        }
        return out;
    }

    static double[] pick(double[] y, int[] idx) {
        double[] out = new double[idx.length];
        for (int i = 0; i < idx.length; i++) {
            out[i] = y[idx[i]];
        }
        return out;
    }
}
