package org.chagres.ml;

/** A fitted regressor: predicts a real target for new samples. */
public interface RegressorModel {

    /** Number of features the model was fitted with. */
    int featureCount();

    /**
     * Predicted target of each row of X (not modified).
     *
     * @throws IllegalArgumentException if X is empty, ragged, non-finite or of the wrong width
     */
    double[] predict(double[][] x);
}
