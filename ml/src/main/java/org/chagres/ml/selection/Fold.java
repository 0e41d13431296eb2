package org.chagres.ml.selection;

/**
 * One train/test partition of sample indices (both ascending).
 *
 * @param train indices to fit on
 * @param test indices to score on
 */
public record Fold(int[] train, int[] test) {
}
