package org.chagres.kernels.scalar;

import org.chagres.kernels.Level2;

/** Placeholder: the scalar Level2 family is being written. */
public class ScalarLevel2 extends Level2 {
}
