package org.chagres.kernels;

/**
 * A set of kernel families computed one way: plain loops ({@code scalar}), Vector API
 * ({@code simd}), a GPU ({@code cuda}) or a third party's. Obtain one from {@link Backends};
 * implement one by extending the family classes and registering a {@link BackendProvider}.
 *
 * <p>Family classes check their arguments once, in their public methods, then call the
 * backend's unchecked methods, so every backend rejects bad input the same way.
 */
public interface Backend {

    /** The short name used by {@code -Dchagres.backend} and {@link Backends#find}. */
    String name();

    /** BLAS level 1: vector–vector operations. */
    Level1 level1();

    /** BLAS level 2: matrix–vector operations. */
    Level2 level2();

    /** BLAS level 3: matrix–matrix operations. */
    Level3 level3();

    /** Element-wise operations and reductions on arrays, the tensor primitives. */
    Elementwise elementwise();
}
