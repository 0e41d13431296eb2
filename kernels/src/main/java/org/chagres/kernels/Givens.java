package org.chagres.kernels;

/**
 * A plane (Givens) rotation {@code [c s; −s c]} that maps {@code (a, b)} to {@code (r, 0)}, as
 * computed by {@link Level1#rotg(double, double)}: {@code c·a + s·b = r},
 * {@code −s·a + c·b = 0}, {@code c² + s² = 1}.
 *
 * <p>Sign convention (reference BLAS {@code drotg}): {@code r} has the sign of whichever of
 * {@code a}, {@code b} is larger in magnitude ({@code b} on a tie), so {@code c > 0} when
 * {@code |a| > |b|}. {@code z} encodes the rotation in one number: {@code z = s} when
 * {@code |a| > |b|}; {@code z = 1/c} when {@code |a| <= |b|} and {@code c != 0}; {@code z = 1}
 * when {@code c == 0}.
 *
 * @param c the cosine
 * @param s the sine
 * @param r the rotated first component, {@code ±sqrt(a² + b²)}
 * @param z the reconstruction value
 */
public record Givens(double c, double s, double r, double z) {

    /** 2^-1022, the smallest normal double (LAPACK's safmin for the scaling in drotg). */
    private static final double SAFMIN = Double.MIN_NORMAL;
    /** 1 / safmin = 2^1022. */
    private static final double SAFMAX = 0x1p1022;

    /**
     * Computes the rotation for {@code (a, b)} with the scaled algorithm of the reference BLAS
     * {@code drotg} (LAPACK 3.10, after Anderson, "Algorithm 978: Safe scaling in the Level 1
     * BLAS", ACM TOMS 44(1), 2017): no intermediate overflow or underflow for finite inputs.
     *
     * <ul>
     *   <li>{@code b == 0}: {@code c = 1, s = 0, r = a, z = 0};
     *   <li>{@code a == 0, b != 0}: {@code c = 0, s = 1, r = b, z = 1};
     *   <li>NaN in {@code a} or {@code b} (other than the cases above): c, s, r, z are NaN;
     *   <li>an infinite input with a finite or infinite other gives NaN in c or s.
     * </ul>
     */
    public static Givens of(double a, double b) {
        double anorm = Math.abs(a);
        double bnorm = Math.abs(b);
        if (bnorm == 0.0) {
            return new Givens(1.0, 0.0, a, 0.0);
        }
        if (anorm == 0.0) {
            return new Givens(0.0, 1.0, b, 1.0);
        }
        double scl = Math.min(SAFMAX, Math.max(SAFMIN, Math.max(anorm, bnorm)));
        double roe = anorm > bnorm ? a : b;
        double as = a / scl;
        double bs = b / scl;
        double r = Math.copySign(scl * Math.sqrt(as * as + bs * bs), roe);
        double c = a / r;
        double s = b / r;
        double z;
        if (anorm > bnorm) {
            z = s;
        } else if (c != 0.0) {
            z = 1.0 / c;
        } else {
            z = 1.0;
        }
        return new Givens(c, s, r, z);
    }
}
