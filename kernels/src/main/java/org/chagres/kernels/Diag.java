package org.chagres.kernels;

/** Whether a triangular matrix has an implicit unit diagonal. */
public enum Diag {
    /** The diagonal is taken as all ones and never read. */
    UNIT,
    /** The diagonal is read from the matrix. */
    NON_UNIT
}
