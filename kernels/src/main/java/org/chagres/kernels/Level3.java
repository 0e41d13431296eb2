package org.chagres.kernels;

/** Placeholder: the Level3 family is being written. */
public abstract class Level3 {
}
