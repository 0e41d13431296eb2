package org.chagres.stats.test;

/** How a rank or distance test computes its p-value. */
public enum PValueMethod {
    /** Exact when the test's documented size and tie conditions allow, else asymptotic. */
    AUTO,
    /** The exact null distribution (rejected with a message where it is not available). */
    EXACT,
    /** The large-sample (normal or Kolmogorov) approximation. */
    ASYMPTOTIC
}
