package org.chagres.stats;

/**
 * What a statistic does when its input holds NaN.
 *
 * <ul>
 *   <li>{@link #PROPAGATE}: the result is NaN (for element-wise results such as ranks or
 *       z-scores: every element is NaN), as NumPy and SciPy's default.</li>
 *   <li>{@link #OMIT}: NaN elements are dropped and the statistic is computed from the rest
 *       (which may leave an empty input, see the method's rule for that).</li>
 *   <li>{@link #RAISE}: an {@link IllegalArgumentException} naming the operation and the first
 *       NaN's index is thrown.</li>
 * </ul>
 * Infinities are values, not missing data: they are never dropped.
 */
public enum NanPolicy {
    /** NaN in, NaN out. */
    PROPAGATE,
    /** Drop NaN elements first. */
    OMIT,
    /** Throw {@link IllegalArgumentException} on the first NaN. */
    RAISE
}
