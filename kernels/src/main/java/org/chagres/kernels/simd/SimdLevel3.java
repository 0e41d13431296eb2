package org.chagres.kernels.simd;

import org.chagres.kernels.Level3;

/** Placeholder: the simd Level3 family is being written. */
public class SimdLevel3 extends Level3 {
}
