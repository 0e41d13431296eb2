package org.chagres.kernels.simd;

import org.chagres.kernels.scalar.ScalarLevel3;

/**
 * The Vector API Level 3. For now it computes with the reference loops it inherits; the packed
 * GotoBLAS-structured gemm replaces them operation by operation.
 */
public class SimdLevel3 extends ScalarLevel3 {

    /** Creates the simd Level 3. */
    public SimdLevel3() {
    }
}
