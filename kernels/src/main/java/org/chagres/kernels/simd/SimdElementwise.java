package org.chagres.kernels.simd;

import org.chagres.kernels.scalar.ScalarElementwise;

/** Interim: delegates to the scalar reference until the Vector API kernels land. */
public class SimdElementwise extends ScalarElementwise {

    /** The simd family; stateless. */
    public SimdElementwise() {
    }
}
