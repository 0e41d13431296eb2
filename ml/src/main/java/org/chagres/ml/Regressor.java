package org.chagres.ml;

/**
 * An estimator with fixed hyperparameters that learns a {@link RegressorModel} from samples
 * and real targets. Estimators are immutable; {@code fit} never modifies X or y.
 *
 * @param <M> the fitted model's type
 */
public interface Regressor<M extends RegressorModel> {

    /**
     * Learns from X (rows are samples, not modified) and targets y (not modified).
     *
     * @throws IllegalArgumentException on empty, ragged or non-finite X or y, or y of the
     *     wrong length
     */
    M fit(double[][] x, double[] y);
}
