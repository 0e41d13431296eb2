package org.chagres.linalg;

/**
 * Thrown when a solve or inverse needs a nonsingular matrix and gets a singular one: exactly
 * singular (a zero pivot; {@link #pivot()} and {@link #pivotValue()} say where) or numerically
 * singular (the reciprocal condition estimate {@link #rcond()} is below machine epsilon, so a
 * solution would carry no correct digits).
 */
public class SingularMatrixException extends ArithmeticException {

    private static final long serialVersionUID = 1L;

    private final int pivot;
    private final double pivotValue;
    private final double rcond;

    /**
     * @param message the full message, in the house format
     * @param pivot index of the zero pivot, or −1 if the matrix is numerically singular
     * @param pivotValue the pivot's value, or NaN if not known
     * @param rcond the reciprocal condition estimate, or NaN if not computed
     */
    public SingularMatrixException(String message, int pivot, double pivotValue, double rcond) {
        super(message);
        this.pivot = pivot;
        this.pivotValue = pivotValue;
        this.rcond = rcond;
    }

    /** An exactly singular matrix: pivot {@code pivot} is {@code value} (zero or NaN). */
    static SingularMatrixException atPivot(String op, int pivot, double value) {
        return new SingularMatrixException(op + ": singular matrix, pivot " + pivot + " is "
                + value, pivot, value, 0.0);
    }

    /** A numerically singular matrix: {@code rcond < ε}. */
    static SingularMatrixException numerically(String op, double rcond) {
        return new SingularMatrixException(op + ": singular matrix (rcond " + fmt(rcond)
                + " < machine epsilon " + fmt(Math.ulp(1.0)) + ")", -1, Double.NaN, rcond);
    }

    /** A rank-deficient matrix in a least-squares solve: {@code rcond(R) < ε}. */
    static SingularMatrixException rankDeficient(String op, double rcond) {
        return new SingularMatrixException(op + ": rank-deficient matrix (rcond of R "
                + fmt(rcond) + " < machine epsilon " + fmt(Math.ulp(1.0))
                + "); use PivotedQr or LeastSquares.solve with an rcond cut-off", -1, Double.NaN,
                rcond);
    }

    static String fmt(double v) {
        return String.format(java.util.Locale.ROOT, "%.3g", v);
    }

    /** Index of the zero pivot, or −1 when the matrix is numerically singular. */
    public int pivot() {
        return pivot;
    }

    /** The pivot's value (0 or NaN) when {@link #pivot()} ≥ 0, else NaN. */
    public double pivotValue() {
        return pivotValue;
    }

    /** The reciprocal 1-norm condition estimate, 0 for an exact zero pivot, NaN if unknown. */
    public double rcond() {
        return rcond;
    }
}
