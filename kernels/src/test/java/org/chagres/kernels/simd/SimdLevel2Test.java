package org.chagres.kernels.simd;

import org.chagres.kernels.Level2;
import org.chagres.kernels.contract.Level2Contract;

/** The simd Level 2 against the contract; the build runs it at the preferred width and at 128. */
class SimdLevel2Test extends Level2Contract {

    private final Level2 l = new SimdLevel2();

    @Override
    protected Level2 level2() {
        return l;
    }
}
