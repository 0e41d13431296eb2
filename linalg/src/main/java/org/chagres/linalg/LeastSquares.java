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
 *       treating as zero the singular values below a relative cut-off rcond, by {@link Svd}.
 *       </li>
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
     * The minimum-norm least-squares solution for A of any rank, by the SVD
     * {@code A = U·diag(σ)·Vᵀ}: {@code X = V·diag(1/σᵢ)·Uᵀ·B} over the singular values
     * {@code σᵢ > rcond·σ₁}, the others treated as zero (LAPACK's DGELSS, NumPy's lstsq).
     *
     * @param rcond relative cut-off in [0, 1); e.g. {@code max(m, n)·ε}
     * @throws IllegalArgumentException if rcond is outside [0, 1), the rows differ, or an input
     *     holds NaN or ±∞
     * @throws NoConvergenceException if the SVD does not converge
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
        Svd svd = Svd.of(a, backend);
        int r = svd.rank(rcond * svd.norm2());
        return new Result(svd.solve(b, rcond), r);
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
