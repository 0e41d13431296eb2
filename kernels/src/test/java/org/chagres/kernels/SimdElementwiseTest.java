package org.chagres.kernels;

import org.chagres.kernels.simd.SimdElementwise;

/** The Vector API backend against the contract, at the preferred width and at 128 bits. */
class SimdElementwiseTest extends ElementwiseContract {

    private final Elementwise e = new SimdElementwise();

    @Override
    protected Elementwise elementwise() {
        return e;
    }
}
