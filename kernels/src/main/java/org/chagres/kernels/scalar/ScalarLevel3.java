package org.chagres.kernels.scalar;

import org.chagres.kernels.Level3;

/** Placeholder: the scalar Level3 family is being written. */
public class ScalarLevel3 extends Level3 {
}
