package org.chagres.ml.metrics;

/** How per-class precision, recall and F1 are combined into one number. */
public enum Average {
    /** Unweighted mean over classes: every class counts the same. */
    MACRO,
    /** Computed from the pooled counts of all classes (equals accuracy for single-label). */
    MICRO,
    /** Mean over classes weighted by each class's true count (support). */
    WEIGHTED
}
