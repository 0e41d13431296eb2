package org.chagres.kernels;

/** Placeholder: the Elementwise family is being written. */
public abstract class Elementwise {
}
