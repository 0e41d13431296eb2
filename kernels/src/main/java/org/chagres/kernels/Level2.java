package org.chagres.kernels;

/** Placeholder: the Level2 family is being written. */
public abstract class Level2 {
}
