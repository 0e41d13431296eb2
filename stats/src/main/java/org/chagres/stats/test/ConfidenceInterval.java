package org.chagres.stats.test;

/**
 * A confidence interval {@code [lower, upper]} at confidence {@code level} (e.g. 0.95). One-sided
 * alternatives give a half-line: {@code lower = −Inf} for LESS, {@code upper = +Inf} for GREATER
 * (or the parameter's natural bound, such as −1 and 1 for a correlation).
 *
 * @param lower lower bound
 * @param upper upper bound
 * @param level confidence level in (0, 1)
 */
public record ConfidenceInterval(double lower, double upper, double level) {

    /** True if {@code lower <= v <= upper}. */
    public boolean contains(double v) {
        return lower <= v && v <= upper;
    }
}
