package org.chagres.ml.neighbors;

/** How the k neighbours' votes or values are weighted. */
public enum Weights {
    /** Every neighbour counts the same. */
    UNIFORM,
    /**
     * Weight 1/distance; if some neighbours are at distance 0, they alone count, equally
     * (scikit-learn's rule), so a training point is predicted as itself.
     */
    DISTANCE
}
