package org.chagres.kernels.simd;

import org.chagres.kernels.Level2;

/** Placeholder: the simd Level2 family is being written. */
public class SimdLevel2 extends Level2 {
}
