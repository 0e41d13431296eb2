package org.chagres.stats;

/**
 * How {@link Ranks} ranks tied values (SciPy's {@code rankdata} methods). For the values
 * {@code [10, 20, 20, 30]}: AVERAGE gives {@code [1, 2.5, 2.5, 4]}, MIN {@code [1, 2, 2, 4]},
 * MAX {@code [1, 3, 3, 4]}, DENSE {@code [1, 2, 2, 3]}, ORDINAL {@code [1, 2, 3, 4]}.
 */
public enum TieMethod {
    /** Mean of the ranks a tie group would occupy. */
    AVERAGE,
    /** Lowest rank of the tie group. */
    MIN,
    /** Highest rank of the tie group. */
    MAX,
    /** Like MIN, but the next distinct value gets the next integer (no gaps). */
    DENSE,
    /** Distinct ranks in order of appearance within a tie group (stable). */
    ORDINAL
}
