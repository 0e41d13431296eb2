package org.chagres.kernels.simd;

import org.chagres.kernels.scalar.ScalarLevel1;

/** Vector API Level 1; for now it computes with the scalar reference loops. */
public class SimdLevel1 extends ScalarLevel1 {

    /** Creates the simd Level 1 (stateless). */
    public SimdLevel1() {
    }
}
