package org.chagres.stats.test;

/** The alternative hypothesis of a test: the direction the p-value looks in. */
public enum Alternative {
    /** The parameter differs from the null value in either direction. */
    TWO_SIDED,
    /** The parameter is less than the null value. */
    LESS,
    /** The parameter is greater than the null value. */
    GREATER
}
