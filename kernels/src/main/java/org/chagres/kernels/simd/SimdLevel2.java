package org.chagres.kernels.simd;

import org.chagres.kernels.scalar.ScalarLevel2;

/** Vector API Level 2; for now it computes with the scalar reference loops. */
public class SimdLevel2 extends ScalarLevel2 {

    /** Creates the simd Level 2 (stateless). */
    public SimdLevel2() {
    }
}
