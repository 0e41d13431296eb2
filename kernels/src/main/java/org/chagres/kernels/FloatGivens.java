package org.chagres.kernels;

/**
 * A float plane (Givens) rotation {@code [c s; −s c]} that maps {@code (a, b)} to
 * {@code (r, 0)}, as computed by {@link Level1#rotg(float, float)}: {@code c·a + s·b = r},
 * {@code −s·a + c·b = 0}, {@code c² + s² = 1}.
 *
 * <p>Sign convention (reference BLAS {@code srotg}): {@code r} has the sign of whichever of
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
public record FloatGivens(float c, float s, float r, float z) {

    /** 2^-126, the smallest normal float (LAPACK's safmin for the scaling in srotg). */
    private static final float SAFMIN = Float.MIN_NORMAL;
    /** 1 / safmin = 2^126. */
    private static final float SAFMAX = 0x1p126f;

    /**
     * Computes the rotation for {@code (a, b)} with the scaled algorithm of the reference BLAS
     * {@code srotg} (LAPACK 3.10, after Anderson, "Algorithm 978: Safe scaling in the Level 1
     * BLAS", ACM TOMS 44(1), 2017): no intermediate overflow or underflow for finite inputs.
     *
     * <ul>
     *   <li>{@code b == 0}: {@code c = 1, s = 0, r = a, z = 0};
     *   <li>{@code a == 0, b != 0}: {@code c = 0, s = 1, r = b, z = 1};
     *   <li>NaN in {@code a} or {@code b} (other than the cases above): c, s, r, z are NaN;
     *   <li>an infinite input with a finite or infinite other gives NaN in c or s.
     * </ul>
     */
    public static FloatGivens of(float a, float b) {
        float anorm = Math.abs(a);
        float bnorm = Math.abs(b);
        if (bnorm == 0f) {
            return new FloatGivens(1f, 0f, a, 0f);
        }
        if (anorm == 0f) {
            return new FloatGivens(0f, 1f, b, 1f);
        }
        float scl = Math.min(SAFMAX, Math.max(SAFMIN, Math.max(anorm, bnorm)));
        float roe = anorm > bnorm ? a : b;
        float as = a / scl;
        float bs = b / scl;
        float r = Math.copySign(scl * (float) Math.sqrt(as * as + bs * bs), roe);
        float c = a / r;
        float s = b / r;
        float z;
        if (anorm > bnorm) {
            z = s;
        } else if (c != 0f) {
            z = 1f / c;
        } else {
            z = 1f;
        }
        return new FloatGivens(c, s, r, z);
    }
}
