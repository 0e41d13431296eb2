package org.chagres.linalg;

import java.util.Objects;
import org.chagres.kernels.Backend;
import org.chagres.kernels.Backends;

/**
 * Linear least squares, {@code min ‖A·X − B‖_F}, the role of LAPACK's DGELS and DGELSD.
 *
 * <ul>
 *   <li>{@link #solve(Matrix, Matrix)}: A of full rank. Tall or square (m ≥ n): the unique
 *       minimiser, by blocked Householder {@link Qr}. Wide (m &lt; n): the minimum-norm solution
 *       of the underdetermined system, from the QR of Aᵀ. A rank-deficient A (rcond of R below
 *       machine epsilon) throws {@link SingularMatrixException} rather than return a huge
 *       answer.</li>
 *   <li>{@link #solve(Matrix, Matrix, double)}: any rank. The minimum-norm minimiser after
 *       treating as zero the part of A below a relative cut-off rcond.</li>
 * </ul>
 */
public final class LeastSquares {

    private LeastSquares() {
    }

    /**
     * A rank-revealing solution.
     *
     * @param solution the n×p minimum-norm least-squares solution
     * @param rank the numerical rank used
     */
    public record Result(Matrix solution, int rank) {
    }

    /**
     * The least-squares solution for A of full rank (see the class comment); a and b are not
     * modified.
     *
     * @throws IllegalArgumentException if {@code b.rows() != a.rows()} or an input holds NaN/±∞
     * @throws SingularMatrixException if A is rank-deficient to working precision
     */
    public static Matrix solve(Matrix a, Matrix b) {
        return solve(a, b, Backends.preferred());
    }

    /** {@link #solve(Matrix, Matrix)} on the given backend. */
    public static Matrix solve(Matrix a, Matrix b, Backend backend) {
        check("LeastSquares.solve", a, b);
        if (a.rows >= a.cols) {
            return Qr.of(a, backend).solve(b);
        }
        return Qr.of(a.transpose(), backend).solveMinimumNormOfTranspose("LeastSquares.solve", b);
    }

    /** The least-squares solution x for A of full rank; see {@link #solve(Matrix, Matrix)}. */
    public static Vector solve(Matrix a, Vector b) {
        return solve(a, b, Backends.preferred());
    }

    /** {@link #solve(Matrix, Vector)} on the given backend. */
    public static Vector solve(Matrix a, Vector b, Backend backend) {
        Objects.requireNonNull(b, "LeastSquares.solve: b is null");
        Matrix x = solve(a, b.copy().asColumn(), backend);
        return new Vector(x.data, 0, 1, x.rows);
    }

    /**
     * The minimum-norm least-squares solution for A of any rank, with the numerical rank r
     * taken as the number of diagonal elements of the column-pivoted QR factor with
     * {@code |rᵢᵢ| > rcond·|r₀₀|}. The solution is the basic solution of {@link PivotedQr}
     * projected onto the row space of A (spanned by the first r rows of R, permuted back), which
     * removes its null-space component and so gives the minimum-norm minimiser of the rank-r
     * problem.
     *
     * @param rcond relative cut-off in [0, 1); e.g. {@code max(m, n)·ε}
     * @throws IllegalArgumentException if rcond is outside [0, 1), the rows differ, or an input
     *     holds NaN or ±∞
     */
    public static Result solve(Matrix a, Matrix b, double rcond) {
        return solve(a, b, rcond, Backends.preferred());
    }

    /** {@link #solve(Matrix, Matrix, double)} on the given backend. */
    public static Result solve(Matrix a, Matrix b, double rcond, Backend backend) {
        check("LeastSquares.solve", a, b);
        if (!(rcond >= 0.0 && rcond < 1.0)) {
            throw new IllegalArgumentException("LeastSquares.solve: rcond must be in [0, 1), got "
                    + rcond);
        }
        PivotedQr pqr = PivotedQr.of(a, backend);
        double[] d = pqr.diagonal();
        int r = d.length == 0 ? 0 : pqr.rank(rcond * d[0]);
        Matrix basic = pqr.solve(b, r);
        if (r == a.cols || r == 0) {
            return new Result(basic, r);
        }
        // orthonormal basis W of the row space: columns of P·R[0:r, :]ᵀ
        Matrix rt = Matrix.zeros(a.cols, r);
        Matrix rr = pqr.r();
        int[] p = pqr.permutation();
        for (int i = 0; i < r; i++) {
            for (int j = i; j < a.cols; j++) {
                rt.data[p[j] * rt.ld + i] = rr.data[i * rr.ld + j];
            }
        }
        Matrix w = Qr.of(rt, backend).q();
        Matrix x = w.times(w.transposeTimes(basic, backend), backend);
        return new Result(x, r);
    }

    private static void check(String op, Matrix a, Matrix b) {
        Objects.requireNonNull(a, op + ": A is null");
        Objects.requireNonNull(b, op + ": b is null");
        if (a.rows != b.rows) {
            throw new IllegalArgumentException(op + ": A.rows != b.rows, got A " + a.shape()
                    + ", b " + b.shape());
        }
        Shapes.finite(op, "b", b);
    }
}
