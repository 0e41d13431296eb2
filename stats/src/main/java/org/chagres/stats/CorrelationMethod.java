package org.chagres.stats;

/** Correlation coefficient kinds for {@link Correlation}. */
public enum CorrelationMethod {
    /** Pearson's product-moment correlation. */
    PEARSON,
    /** Spearman's ρ: Pearson's correlation of the average ranks. */
    SPEARMAN,
    /** Kendall's τ-b, adjusted for ties in either variable. */
    KENDALL
}
