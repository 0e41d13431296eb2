package org.chagres.ml.neighbors;

/** How the nearest neighbours are searched. */
public enum NeighborAlgorithm {
    /** A k-d tree when there are at most 15 features and at least 64 samples, else brute. */
    AUTO,
    /** All distances, computed with one gemm per block of queries. */
    BRUTE,
    /** A k-d tree built at fit time (exact, like brute force; faster in low dimensions). */
    KD_TREE
}
