package org.chagres.linalg;

/**
 * Thrown by {@link Cholesky} when the matrix is not positive definite: at {@link #pivot()} the
 * Schur complement's diagonal, {@link #value()}, is not positive (or is NaN).
 */
public class NotPositiveDefiniteException extends ArithmeticException {

    private static final long serialVersionUID = 1L;

    private final int pivot;
    private final double value;

    /**
     * @param op the operation, for the message
     * @param pivot the index j at which {@code a_jj − Σ_k l_jk²} was not positive
     * @param value that value
     */
    public NotPositiveDefiniteException(String op, int pivot, double value) {
        super(op + ": not positive definite at pivot " + pivot + " (value "
                + String.format(java.util.Locale.ROOT, "%.3g", value) + ")");
        this.pivot = pivot;
        this.value = value;
    }

    /** The index of the failing pivot. */
    public int pivot() {
        return pivot;
    }

    /** The non-positive (or NaN) pivot value. */
    public double value() {
        return value;
    }
}
