package org.chagres.ml;

/**
 * An estimator with fixed hyperparameters that learns a {@link ClassifierModel} from labelled
 * samples. Estimators are immutable; {@code fit} never modifies X or y.
 *
 * @param <M> the fitted model's type
 */
public interface Classifier<M extends ClassifierModel> {

    /**
     * Learns from X (rows are samples, not modified) and labels y (not modified).
     *
     * @throws IllegalArgumentException on empty, ragged or non-finite X, or y of the wrong
     *     length, with the offending index and value in the message
     */
    M fit(double[][] x, int[] y);
}
