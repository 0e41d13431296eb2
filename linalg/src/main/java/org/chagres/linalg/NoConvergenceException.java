package org.chagres.linalg;

/**
 * An iterative decomposition (SVD, symmetric or general eigen-decomposition) did not converge
 * within its iteration limit. Carries the number of iterations spent and the index at which
 * the iteration stalled (the bottom of the active block).
 */
public class NoConvergenceException extends ArithmeticException {

    private static final long serialVersionUID = 1L;

    private final int iterations;
    private final int index;

    /**
     * Message {@code "<op>: no convergence after <iterations> iterations, stalled at index
     * <index> (<detail>)"}.
     */
    public NoConvergenceException(String op, int iterations, int index, String detail) {
        super(op + ": no convergence after " + iterations + " iterations, stalled at index "
                + index + " (" + detail + ")");
        this.iterations = iterations;
        this.index = index;
    }

    /** The number of iterations performed before giving up. */
    public int iterations() {
        return iterations;
    }

    /** The index (row of the active block's bottom) where the iteration stalled. */
    public int index() {
        return index;
    }
}
