package org.chagres.kernels.scalar;

import org.chagres.kernels.Elementwise;

/** Placeholder: the scalar Elementwise family is being written. */
public class ScalarElementwise extends Elementwise {
}
