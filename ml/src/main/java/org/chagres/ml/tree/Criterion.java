package org.chagres.ml.tree;

/** How a CART node's impurity is measured. */
public enum Criterion {
    /** Gini impurity {@code 1 − Σ p_c²} (classification). */
    GINI,
    /** Shannon entropy {@code −Σ p_c log₂ p_c} in bits (classification). */
    ENTROPY,
    /** Mean squared error around the node's mean (regression). */
    MSE
}
