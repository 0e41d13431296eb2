package org.chagres.kernels;

/** Which triangle of a square matrix holds the data; the other triangle is never read. */
public enum Uplo {
    /** Elements with column index ≥ row index. */
    UPPER,
    /** Elements with column index ≤ row index. */
    LOWER;

    /** The triangle that holds the data of the transposed matrix. */
    public Uplo flip() {
        return this == UPPER ? LOWER : UPPER;
    }
}
