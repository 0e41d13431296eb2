package org.chagres.kernels;

/** Which side a triangular or symmetric operand multiplies from. */
public enum Side {
    /** op(A)·B. */
    LEFT,
    /** B·op(A). */
    RIGHT
}
