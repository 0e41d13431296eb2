package org.chagres.kernels;

/** Placeholder: the Level1 family is being written. */
public abstract class Level1 {
}
