package org.chagres.kernels.simd;

import org.chagres.kernels.Level1;

/** Placeholder: the simd Level1 family is being written. */
public class SimdLevel1 extends Level1 {
}
