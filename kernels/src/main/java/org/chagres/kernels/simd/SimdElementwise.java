package org.chagres.kernels.simd;

import org.chagres.kernels.Elementwise;

/** Placeholder: the simd Elementwise family is being written. */
public class SimdElementwise extends Elementwise {
}
