package org.chagres.kernels;

/**
 * BLAS level 1: vector–vector operations on slices of {@code double[]} and {@code float[]}.
 *
 * <p>Every operation has a unit-stride form on {@code x[xOff .. xOff + n)} and a strided form
 * on {@code x[xOff + i·incX]}, {@code 0 <= i < n}, with {@code incX >= 1} (likewise for y).
 * Index {@code i} below always means {@code 0 <= i < n}, and {@code x[i]} is short for the
 * i-th element of the slice. Arguments are checked here, once, before anything is read or
 * written; a call that throws modifies nothing. The messages follow
 * {@code "<op>: <what is wrong>, got <values>"}:
 * <ul>
 *   <li>{@link IllegalArgumentException}: {@code n < 0} or an increment {@code < 1};
 *   <li>{@link IndexOutOfBoundsException}: a negative offset or a slice past the array end;
 *   <li>{@link NullPointerException}: a null array.
 * </ul>
 * Kernels never scan for NaN: NaN and ±Inf flow through the arithmetic as IEEE 754 says.
 * Backends differ from the scalar reference only in the order of summation of reductions;
 * element-wise results ({@code axpy, scal, copy, swap, rot}) may differ by the single rounding
 * that a fused multiply-add saves. Slices read and slices written must not overlap unless
 * they are the same slice.
 *
 * <p>Backends implement the protected {@code …Unchecked} methods, which receive checked
 * arguments, {@code n > 0}, and the increments ({@code 1} from the unit-stride forms).
 */
public abstract class Level1 {

    /** For subclasses: backends. */
    protected Level1() {
    }

    // ---------------------------------------------------------------- dot

    /**
     * Returns {@code Σ x[i]·y[i]}.
     * <ul>
     *   <li>{@code n == 0} gives {@code 0.0};
     *   <li>NaN in either slice, {@code 0·∞}, or {@code +∞} and {@code −∞} terms give NaN;
     *   <li>otherwise an infinite term gives that infinity.
     * </ul>
     *
     * @param x not modified
     * @param y not modified
     */
    public final double dot(int n, double[] x, int xOff, double[] y, int yOff) {
        Check.slice("dot", "x", x, xOff, n);
        Check.slice("dot", "y", y, yOff, n);
        return n == 0 ? 0.0 : dotUnchecked(n, x, xOff, 1, y, yOff, 1);
    }

    /** Strided {@link #dot(int, double[], int, double[], int)}; x and y are not modified. */
    public final double dot(int n, double[] x, int xOff, int incX, double[] y, int yOff,
            int incY) {
        Check.strided("dot", "x", x, xOff, n, incX);
        Check.strided("dot", "y", y, yOff, n, incY);
        return n == 0 ? 0.0 : dotUnchecked(n, x, xOff, incX, y, yOff, incY);
    }

    /**
     * Returns {@code Σ x[i]·y[i]}, accumulated in float; see
     * {@link #dot(int, double[], int, double[], int)} for special values.
     *
     * @param x not modified
     * @param y not modified
     */
    public final float dot(int n, float[] x, int xOff, float[] y, int yOff) {
        Check.slice("dot", "x", x, xOff, n);
        Check.slice("dot", "y", y, yOff, n);
        return n == 0 ? 0f : dotUnchecked(n, x, xOff, 1, y, yOff, 1);
    }

    /** Strided {@link #dot(int, float[], int, float[], int)}; x and y are not modified. */
    public final float dot(int n, float[] x, int xOff, int incX, float[] y, int yOff, int incY) {
        Check.strided("dot", "x", x, xOff, n, incX);
        Check.strided("dot", "y", y, yOff, n, incY);
        return n == 0 ? 0f : dotUnchecked(n, x, xOff, incX, y, yOff, incY);
    }

    // ---------------------------------------------------------------- axpy

    /**
     * Computes {@code y[i] = α·x[i] + y[i]}.
     * <ul>
     *   <li>{@code n == 0} or {@code α == 0}: y is unchanged and x is not read (the BLAS rule,
     *       so NaN in x does not reach y when α is zero);
     *   <li>otherwise NaN and ±Inf propagate element by element.
     * </ul>
     *
     * @param x not modified
     * @param y overwritten with {@code α·x + y}
     */
    public final void axpy(int n, double alpha, double[] x, int xOff, double[] y, int yOff) {
        Check.slice("axpy", "x", x, xOff, n);
        Check.slice("axpy", "y", y, yOff, n);
        if (n > 0 && alpha != 0.0) {
            axpyUnchecked(n, alpha, x, xOff, 1, y, yOff, 1);
        }
    }

    /**
     * Strided {@link #axpy(int, double, double[], int, double[], int)}:
     * x not modified, y overwritten with {@code α·x + y}.
     */
    public final void axpy(int n, double alpha, double[] x, int xOff, int incX, double[] y,
            int yOff, int incY) {
        Check.strided("axpy", "x", x, xOff, n, incX);
        Check.strided("axpy", "y", y, yOff, n, incY);
        if (n > 0 && alpha != 0.0) {
            axpyUnchecked(n, alpha, x, xOff, incX, y, yOff, incY);
        }
    }

    /**
     * Float {@link #axpy(int, double, double[], int, double[], int)}:
     * {@code y = α·x + y}; x not modified, y overwritten with {@code α·x + y}.
     */
    public final void axpy(int n, float alpha, float[] x, int xOff, float[] y, int yOff) {
        Check.slice("axpy", "x", x, xOff, n);
        Check.slice("axpy", "y", y, yOff, n);
        if (n > 0 && alpha != 0f) {
            axpyUnchecked(n, alpha, x, xOff, 1, y, yOff, 1);
        }
    }

    /**
     * Strided {@link #axpy(int, float, float[], int, float[], int)}:
     * x not modified, y overwritten with {@code α·x + y}.
     */
    public final void axpy(int n, float alpha, float[] x, int xOff, int incX, float[] y,
            int yOff, int incY) {
        Check.strided("axpy", "x", x, xOff, n, incX);
        Check.strided("axpy", "y", y, yOff, n, incY);
        if (n > 0 && alpha != 0f) {
            axpyUnchecked(n, alpha, x, xOff, incX, y, yOff, incY);
        }
    }

    // ---------------------------------------------------------------- scal

    /**
     * Computes {@code x[i] = α·x[i]}, with IEEE arithmetic also when {@code α == 0}
     * ({@code 0·NaN} and {@code 0·∞} give NaN; elements are never simply zeroed).
     *
     * @param x overwritten with {@code α·x}
     */
    public final void scal(int n, double alpha, double[] x, int xOff) {
        Check.slice("scal", "x", x, xOff, n);
        if (n > 0) {
            scalUnchecked(n, alpha, x, xOff, 1);
        }
    }

    /** Strided {@link #scal(int, double, double[], int)}: x overwritten with {@code α·x}. */
    public final void scal(int n, double alpha, double[] x, int xOff, int incX) {
        Check.strided("scal", "x", x, xOff, n, incX);
        if (n > 0) {
            scalUnchecked(n, alpha, x, xOff, incX);
        }
    }

    /**
     * Float {@link #scal(int, double, double[], int)}:
     * {@code x = α·x}; x overwritten with {@code α·x}.
     */
    public final void scal(int n, float alpha, float[] x, int xOff) {
        Check.slice("scal", "x", x, xOff, n);
        if (n > 0) {
            scalUnchecked(n, alpha, x, xOff, 1);
        }
    }

    /** Strided {@link #scal(int, float, float[], int)}: x overwritten with {@code α·x}. */
    public final void scal(int n, float alpha, float[] x, int xOff, int incX) {
        Check.strided("scal", "x", x, xOff, n, incX);
        if (n > 0) {
            scalUnchecked(n, alpha, x, xOff, incX);
        }
    }

    // ---------------------------------------------------------------- copy

    /**
     * Computes {@code y[i] = x[i]}, bit for bit (NaN payloads and −0.0 kept).
     *
     * @param x not modified
     * @param y overwritten with x
     */
    public final void copy(int n, double[] x, int xOff, double[] y, int yOff) {
        Check.slice("copy", "x", x, xOff, n);
        Check.slice("copy", "y", y, yOff, n);
        if (n > 0) {
            copyUnchecked(n, x, xOff, 1, y, yOff, 1);
        }
    }

    /**
     * Strided {@link #copy(int, double[], int, double[], int)}:
     * x not modified, y overwritten with x.
     */
    public final void copy(int n, double[] x, int xOff, int incX, double[] y, int yOff,
            int incY) {
        Check.strided("copy", "x", x, xOff, n, incX);
        Check.strided("copy", "y", y, yOff, n, incY);
        if (n > 0) {
            copyUnchecked(n, x, xOff, incX, y, yOff, incY);
        }
    }

    /**
     * Float {@link #copy(int, double[], int, double[], int)}:
     * {@code y = x}; x not modified, y overwritten with x.
     */
    public final void copy(int n, float[] x, int xOff, float[] y, int yOff) {
        Check.slice("copy", "x", x, xOff, n);
        Check.slice("copy", "y", y, yOff, n);
        if (n > 0) {
            copyUnchecked(n, x, xOff, 1, y, yOff, 1);
        }
    }

    /**
     * Strided {@link #copy(int, float[], int, float[], int)}:
     * x not modified, y overwritten with x.
     */
    public final void copy(int n, float[] x, int xOff, int incX, float[] y, int yOff, int incY) {
        Check.strided("copy", "x", x, xOff, n, incX);
        Check.strided("copy", "y", y, yOff, n, incY);
        if (n > 0) {
            copyUnchecked(n, x, xOff, incX, y, yOff, incY);
        }
    }

    // ---------------------------------------------------------------- swap

    /**
     * Exchanges {@code x[i]} and {@code y[i]}, bit for bit.
     *
     * @param x overwritten with the old y
     * @param y overwritten with the old x
     */
    public final void swap(int n, double[] x, int xOff, double[] y, int yOff) {
        Check.slice("swap", "x", x, xOff, n);
        Check.slice("swap", "y", y, yOff, n);
        if (n > 0) {
            swapUnchecked(n, x, xOff, 1, y, yOff, 1);
        }
    }

    /**
     * Strided {@link #swap(int, double[], int, double[], int)}:
     * x and y overwritten with each other.
     */
    public final void swap(int n, double[] x, int xOff, int incX, double[] y, int yOff,
            int incY) {
        Check.strided("swap", "x", x, xOff, n, incX);
        Check.strided("swap", "y", y, yOff, n, incY);
        if (n > 0) {
            swapUnchecked(n, x, xOff, incX, y, yOff, incY);
        }
    }

    /**
     * Float {@link #swap(int, double[], int, double[], int)}:
     * x and y overwritten with each other.
     */
    public final void swap(int n, float[] x, int xOff, float[] y, int yOff) {
        Check.slice("swap", "x", x, xOff, n);
        Check.slice("swap", "y", y, yOff, n);
        if (n > 0) {
            swapUnchecked(n, x, xOff, 1, y, yOff, 1);
        }
    }

    /**
     * Strided {@link #swap(int, float[], int, float[], int)}:
     * x and y overwritten with each other.
     */
    public final void swap(int n, float[] x, int xOff, int incX, float[] y, int yOff, int incY) {
        Check.strided("swap", "x", x, xOff, n, incX);
        Check.strided("swap", "y", y, yOff, n, incY);
        if (n > 0) {
            swapUnchecked(n, x, xOff, incX, y, yOff, incY);
        }
    }

    // ---------------------------------------------------------------- asum

    /**
     * Returns {@code Σ |x[i]|}: {@code n == 0} gives {@code 0.0}; NaN gives NaN; otherwise
     * ±Inf gives {@code +Inf}.
     *
     * @param x not modified
     */
    public final double asum(int n, double[] x, int xOff) {
        Check.slice("asum", "x", x, xOff, n);
        return n == 0 ? 0.0 : asumUnchecked(n, x, xOff, 1);
    }

    /** Strided {@link #asum(int, double[], int)}; x is not modified. */
    public final double asum(int n, double[] x, int xOff, int incX) {
        Check.strided("asum", "x", x, xOff, n, incX);
        return n == 0 ? 0.0 : asumUnchecked(n, x, xOff, incX);
    }

    /** Float {@link #asum(int, double[], int)}, accumulated in float; x is not modified. */
    public final float asum(int n, float[] x, int xOff) {
        Check.slice("asum", "x", x, xOff, n);
        return n == 0 ? 0f : asumUnchecked(n, x, xOff, 1);
    }

    /** Strided {@link #asum(int, float[], int)}; x is not modified. */
    public final float asum(int n, float[] x, int xOff, int incX) {
        Check.strided("asum", "x", x, xOff, n, incX);
        return n == 0 ? 0f : asumUnchecked(n, x, xOff, incX);
    }

    // ---------------------------------------------------------------- nrm2

    /**
     * Returns {@code sqrt(Σ x[i]²)} without intermediate overflow or underflow, by Blue's
     * algorithm with the constants of Anderson, "Algorithm 978: Safe scaling in the Level 1
     * BLAS" (ACM TOMS 44(1), 2017), e.g. {@code nrm2([1e200, 1e200]) = 1.4142135623730951e200}.
     * <ul>
     *   <li>{@code n == 0} gives {@code 0.0};
     *   <li>NaN anywhere gives NaN (also together with ±Inf);
     *   <li>otherwise ±Inf gives {@code +Inf}.
     * </ul>
     *
     * @param x not modified
     */
    public final double nrm2(int n, double[] x, int xOff) {
        Check.slice("nrm2", "x", x, xOff, n);
        return n == 0 ? 0.0 : nrm2Unchecked(n, x, xOff, 1);
    }

    /** Strided {@link #nrm2(int, double[], int)}; x is not modified. */
    public final double nrm2(int n, double[] x, int xOff, int incX) {
        Check.strided("nrm2", "x", x, xOff, n, incX);
        return n == 0 ? 0.0 : nrm2Unchecked(n, x, xOff, incX);
    }

    /**
     * Float {@link #nrm2(int, double[], int)}, Blue's algorithm with the float constants, e.g.
     * {@code nrm2([1e30f, 1e30f]) = 1.4142135e30f}; x is not modified.
     */
    public final float nrm2(int n, float[] x, int xOff) {
        Check.slice("nrm2", "x", x, xOff, n);
        return n == 0 ? 0f : nrm2Unchecked(n, x, xOff, 1);
    }

    /** Strided {@link #nrm2(int, float[], int)}; x is not modified. */
    public final float nrm2(int n, float[] x, int xOff, int incX) {
        Check.strided("nrm2", "x", x, xOff, n, incX);
        return n == 0 ? 0f : nrm2Unchecked(n, x, xOff, incX);
    }

    // ---------------------------------------------------------------- iamax

    /**
     * Returns the smallest {@code i} with {@code |x[i]| = max |x[j]|}, relative to the slice
     * (the element is {@code x[xOff + i·incX]}).
     * <ul>
     *   <li>{@code n == 0} gives {@code -1};
     *   <li>NaN rule: if the slice holds a NaN, the index of the first NaN (NaN counts as
     *       larger than everything, as NumPy's {@code argmax}; the reference BLAS instead
     *       skips NaN unless it is the first element);
     *   <li>{@code ±Inf} are the largest non-NaN values; {@code −0.0} and {@code 0.0} tie.
     * </ul>
     *
     * @param x not modified
     */
    public final int iamax(int n, double[] x, int xOff) {
        Check.slice("iamax", "x", x, xOff, n);
        return n == 0 ? -1 : iamaxUnchecked(n, x, xOff, 1);
    }

    /** Strided {@link #iamax(int, double[], int)}; x is not modified. */
    public final int iamax(int n, double[] x, int xOff, int incX) {
        Check.strided("iamax", "x", x, xOff, n, incX);
        return n == 0 ? -1 : iamaxUnchecked(n, x, xOff, incX);
    }

    /** Float {@link #iamax(int, double[], int)}, same NaN rule; x is not modified. */
    public final int iamax(int n, float[] x, int xOff) {
        Check.slice("iamax", "x", x, xOff, n);
        return n == 0 ? -1 : iamaxUnchecked(n, x, xOff, 1);
    }

    /** Strided {@link #iamax(int, float[], int)}; x is not modified. */
    public final int iamax(int n, float[] x, int xOff, int incX) {
        Check.strided("iamax", "x", x, xOff, n, incX);
        return n == 0 ? -1 : iamaxUnchecked(n, x, xOff, incX);
    }

    // ---------------------------------------------------------------- rot, rotg

    /**
     * Applies the plane rotation {@code (x[i], y[i]) = (c·x[i] + s·y[i], c·y[i] − s·x[i])},
     * with IEEE arithmetic throughout (no shortcut for {@code c == 1, s == 0}).
     *
     * @param x overwritten with {@code c·x + s·y}
     * @param y overwritten with {@code c·y − s·x}
     */
    public final void rot(int n, double[] x, int xOff, double[] y, int yOff, double c,
            double s) {
        Check.slice("rot", "x", x, xOff, n);
        Check.slice("rot", "y", y, yOff, n);
        if (n > 0) {
            rotUnchecked(n, x, xOff, 1, y, yOff, 1, c, s);
        }
    }

    /**
     * Strided {@link #rot(int, double[], int, double[], int, double, double)}:
     * x and y overwritten with the rotated pair.
     */
    public final void rot(int n, double[] x, int xOff, int incX, double[] y, int yOff, int incY,
            double c, double s) {
        Check.strided("rot", "x", x, xOff, n, incX);
        Check.strided("rot", "y", y, yOff, n, incY);
        if (n > 0) {
            rotUnchecked(n, x, xOff, incX, y, yOff, incY, c, s);
        }
    }

    /**
     * Float {@link #rot(int, double[], int, double[], int, double, double)}:
     * x and y overwritten with the rotated pair.
     */
    public final void rot(int n, float[] x, int xOff, float[] y, int yOff, float c, float s) {
        Check.slice("rot", "x", x, xOff, n);
        Check.slice("rot", "y", y, yOff, n);
        if (n > 0) {
            rotUnchecked(n, x, xOff, 1, y, yOff, 1, c, s);
        }
    }

    /**
     * Strided {@link #rot(int, float[], int, float[], int, float, float)}:
     * x and y overwritten with the rotated pair.
     */
    public final void rot(int n, float[] x, int xOff, int incX, float[] y, int yOff, int incY,
            float c, float s) {
        Check.strided("rot", "x", x, xOff, n, incX);
        Check.strided("rot", "y", y, yOff, n, incY);
        if (n > 0) {
            rotUnchecked(n, x, xOff, incX, y, yOff, incY, c, s);
        }
    }

    /**
     * Returns the rotation {@code (c, s)} with {@code [c s; −s c]·(a, b)ᵀ = (r, 0)ᵀ}, following
     * the reference BLAS {@code drotg}; see {@link Givens} for the sign convention, the
     * meaning of {@code z} and the special values. Scalar work only: the same on every backend.
     */
    public final Givens rotg(double a, double b) {
        return Givens.of(a, b);
    }

    /** Float {@link #rotg(double, double)}, following the reference BLAS {@code srotg}. */
    public final FloatGivens rotg(float a, float b) {
        return FloatGivens.of(a, b);
    }

    // ---------------------------------------------------------------- the backend SPI

    /** {@code Σ x·y}; called with checked arguments, {@code n > 0}. */
    protected abstract double dotUnchecked(int n, double[] x, int xOff, int incX, double[] y,
            int yOff, int incY);

    /** {@code Σ x·y} in float; called with checked arguments, {@code n > 0}. */
    protected abstract float dotUnchecked(int n, float[] x, int xOff, int incX, float[] y,
            int yOff, int incY);

    /** {@code y += α·x}; called with checked arguments, {@code n > 0}, {@code α != 0}. */
    protected abstract void axpyUnchecked(int n, double alpha, double[] x, int xOff, int incX,
            double[] y, int yOff, int incY);

    /** {@code y += α·x}; called with checked arguments, {@code n > 0}, {@code α != 0}. */
    protected abstract void axpyUnchecked(int n, float alpha, float[] x, int xOff, int incX,
            float[] y, int yOff, int incY);

    /** {@code x = α·x}; called with checked arguments, {@code n > 0}. */
    protected abstract void scalUnchecked(int n, double alpha, double[] x, int xOff, int incX);

    /** {@code x = α·x}; called with checked arguments, {@code n > 0}. */
    protected abstract void scalUnchecked(int n, float alpha, float[] x, int xOff, int incX);

    /** {@code y = x}; called with checked arguments, {@code n > 0}. */
    protected abstract void copyUnchecked(int n, double[] x, int xOff, int incX, double[] y,
            int yOff, int incY);

    /** {@code y = x}; called with checked arguments, {@code n > 0}. */
    protected abstract void copyUnchecked(int n, float[] x, int xOff, int incX, float[] y,
            int yOff, int incY);

    /** {@code x ↔ y}; called with checked arguments, {@code n > 0}. */
    protected abstract void swapUnchecked(int n, double[] x, int xOff, int incX, double[] y,
            int yOff, int incY);

    /** {@code x ↔ y}; called with checked arguments, {@code n > 0}. */
    protected abstract void swapUnchecked(int n, float[] x, int xOff, int incX, float[] y,
            int yOff, int incY);

    /** {@code Σ |x|}; called with checked arguments, {@code n > 0}. */
    protected abstract double asumUnchecked(int n, double[] x, int xOff, int incX);

    /** {@code Σ |x|}; called with checked arguments, {@code n > 0}. */
    protected abstract float asumUnchecked(int n, float[] x, int xOff, int incX);

    /** Safe {@code ‖x‖₂}; called with checked arguments, {@code n > 0}. */
    protected abstract double nrm2Unchecked(int n, double[] x, int xOff, int incX);

    /** Safe {@code ‖x‖₂}; called with checked arguments, {@code n > 0}. */
    protected abstract float nrm2Unchecked(int n, float[] x, int xOff, int incX);

    /** First index of max |x| (first NaN wins); called with checked arguments, {@code n > 0}. */
    protected abstract int iamaxUnchecked(int n, double[] x, int xOff, int incX);

    /** First index of max |x| (first NaN wins); called with checked arguments, {@code n > 0}. */
    protected abstract int iamaxUnchecked(int n, float[] x, int xOff, int incX);

    /** Plane rotation; called with checked arguments, {@code n > 0}. */
    protected abstract void rotUnchecked(int n, double[] x, int xOff, int incX, double[] y,
            int yOff, int incY, double c, double s);

    /** Plane rotation; called with checked arguments, {@code n > 0}. */
    protected abstract void rotUnchecked(int n, float[] x, int xOff, int incX, float[] y,
            int yOff, int incY, float c, float s);
}
