package org.chagres.kernels;

import org.chagres.kernels.contract.Level3Contract;
import org.chagres.kernels.simd.SimdLevel3;

/** The Level 3 contract on the Vector API backend (also run with 128-bit vectors by the build). */
class SimdLevel3Test extends Level3Contract {

    private final Level3 level3 = new SimdLevel3();

    @Override
    protected Level3 level3() {
        return level3;
    }
}
