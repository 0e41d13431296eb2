package org.chagres.kernels.scalar;

import org.chagres.kernels.Level1;

/** Placeholder: the scalar Level1 family is being written. */
public class ScalarLevel1 extends Level1 {
}
