package org.chagres.ml;

/** A fitted classifier: predicts labels and class probabilities for new samples. */
public interface ClassifierModel {

    /** The labels seen in training, ascending; column j of {@link #predictProba} is class j. */
    int[] classes();

    /** Number of features the model was fitted with. */
    int featureCount();

    /**
     * Predicted label of each row of X (not modified).
     *
     * @throws IllegalArgumentException if X is empty, ragged, non-finite or of the wrong width
     */
    int[] predict(double[][] x);

    /** Probability of each class (columns in {@link #classes()} order) for each row of X. */
    double[][] predictProba(double[][] x);
}
