package org.chagres.kernels;

/** Whether a matrix operand is used as stored ({@link #NO}) or transposed ({@link #YES}). */
public enum Transpose {
    /** op(A) = A. */
    NO,
    /** op(A) = Aᵀ. */
    YES;

    /** Returns {@link #YES} for {@link #NO} and the other way round. */
    public Transpose flip() {
        return this == NO ? YES : NO;
    }
}
