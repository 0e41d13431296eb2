package org.chagres.kernels;

/**
 * Element-wise operations, reductions and the tensor primitives (softmax, log-sum-exp) on
 * {@code double[]} and {@code float[]} slices with offsets.
 *
 * <p>Unary operations read {@code x[xOff, xOff + n)} and write {@code out[outOff, outOff + n)};
 * binary ones also read {@code y[yOff, yOff + n)}; array–scalar ones take a scalar {@code s}
 * instead of {@code y}. The output may be the same array at the same offset as an input (in
 * place); an output that overlaps an input only partially is rejected, because the result
 * would depend on the order in which a backend visits the elements.
 *
 * <p>Contract for every backend: arithmetic ({@code add sub mul div fma neg abs sqrt relu},
 * {@code max min argmax}) is exact IEEE 754 and equal, bit for bit, to the scalar reference;
 * {@code exp log tanh sigmoid} stay within the ulp bound their backend documents of the
 * scalar reference, which computes them with {@link StrictMath} (see {@code ScalarElementwise});
 * {@code sum}, {@code logSumExp} and {@code softmax} differ from the reference only by
 * summation order and that ulp bound. A value gives the same result at every position of a
 * slice.
 *
 * <p>Checks, done before anything is written: {@code n >= 0} ({@code IllegalArgumentException}),
 * arrays not null ({@code NullPointerException}), every slice inside its array
 * ({@code IndexOutOfBoundsException}), no partial overlap ({@code IllegalArgumentException}).
 * Messages read {@code "<op>: <what is wrong>, got <values>"}. Nothing is modified when a
 * call throws. Kernels never scan for NaN: NaN in gives NaN out as listed per method.
 */
public abstract class Elementwise {

    /** Constructor for backends. */
    protected Elementwise() {
    }

    // ---- double binary and array–scalar ---------------------------------------------------------

    /**
     * {@code out[outOff + i] = x[xOff + i] + y[yOff + i]} for {@code 0 <= i < n}.
     * <ul><li>IEEE 754 addition: NaN and ±Inf follow the standard</li></ul>
     *
     * @param x not modified
     * @param y not modified
     * @param out overwritten with the result; may be x or y at the same offset
     */
    public final void add(int n, double[] x, int xOff, double[] y, int yOff, double[] out,
            int outOff) {
        binary("add", n, x, xOff, y, yOff, out, outOff);
        if (n > 0) {
            addUnchecked(n, x, xOff, y, yOff, out, outOff);
        }
    }

    /**
     * {@code out[outOff + i] = x[xOff + i] + s} for {@code 0 <= i < n}.
     * <ul><li>IEEE 754 addition: NaN and ±Inf follow the standard</li></ul>
     *
     * @param x not modified
     * @param out overwritten with the result; may be x at the same offset
     */
    public final void add(int n, double[] x, int xOff, double s, double[] out, int outOff) {
        unary("add", n, x, xOff, out, outOff);
        if (n > 0) {
            addUnchecked(n, x, xOff, s, out, outOff);
        }
    }

    /**
     * {@code out[outOff + i] = x[xOff + i] - y[yOff + i]} for {@code 0 <= i < n}.
     * <ul><li>IEEE 754 subtraction: NaN and ±Inf follow the standard</li></ul>
     *
     * @param x not modified
     * @param y not modified
     * @param out overwritten with the result; may be x or y at the same offset
     */
    public final void sub(int n, double[] x, int xOff, double[] y, int yOff, double[] out,
            int outOff) {
        binary("sub", n, x, xOff, y, yOff, out, outOff);
        if (n > 0) {
            subUnchecked(n, x, xOff, y, yOff, out, outOff);
        }
    }

    /**
     * {@code out[outOff + i] = x[xOff + i] - s} for {@code 0 <= i < n}.
     * <ul><li>IEEE 754 subtraction: NaN and ±Inf follow the standard</li></ul>
     *
     * @param x not modified
     * @param out overwritten with the result; may be x at the same offset
     */
    public final void sub(int n, double[] x, int xOff, double s, double[] out, int outOff) {
        unary("sub", n, x, xOff, out, outOff);
        if (n > 0) {
            subUnchecked(n, x, xOff, s, out, outOff);
        }
    }

    /**
     * {@code out[outOff + i] = x[xOff + i] · y[yOff + i]} for {@code 0 <= i < n}.
     * <ul><li>IEEE 754 multiplication: NaN and ±Inf follow the standard</li></ul>
     *
     * @param x not modified
     * @param y not modified
     * @param out overwritten with the result; may be x or y at the same offset
     */
    public final void mul(int n, double[] x, int xOff, double[] y, int yOff, double[] out,
            int outOff) {
        binary("mul", n, x, xOff, y, yOff, out, outOff);
        if (n > 0) {
            mulUnchecked(n, x, xOff, y, yOff, out, outOff);
        }
    }

    /**
     * {@code out[outOff + i] = x[xOff + i] · s} for {@code 0 <= i < n}.
     * <ul><li>IEEE 754 multiplication: NaN and ±Inf follow the standard</li></ul>
     *
     * @param x not modified
     * @param out overwritten with the result; may be x at the same offset
     */
    public final void mul(int n, double[] x, int xOff, double s, double[] out, int outOff) {
        unary("mul", n, x, xOff, out, outOff);
        if (n > 0) {
            mulUnchecked(n, x, xOff, s, out, outOff);
        }
    }

    /**
     * {@code out[outOff + i] = x[xOff + i] / y[yOff + i]} for {@code 0 <= i < n}.
     * <ul><li>IEEE 754 division: NaN and ±Inf follow the standard (x/±0 gives ±Inf or
     * NaN)</li></ul>
     *
     * @param x not modified
     * @param y not modified
     * @param out overwritten with the result; may be x or y at the same offset
     */
    public final void div(int n, double[] x, int xOff, double[] y, int yOff, double[] out,
            int outOff) {
        binary("div", n, x, xOff, y, yOff, out, outOff);
        if (n > 0) {
            divUnchecked(n, x, xOff, y, yOff, out, outOff);
        }
    }

    /**
     * {@code out[outOff + i] = x[xOff + i] / s} for {@code 0 <= i < n}.
     * <ul><li>IEEE 754 division: NaN and ±Inf follow the standard (x/±0 gives ±Inf or
     * NaN)</li></ul>
     *
     * @param x not modified
     * @param out overwritten with the result; may be x at the same offset
     */
    public final void div(int n, double[] x, int xOff, double s, double[] out, int outOff) {
        unary("div", n, x, xOff, out, outOff);
        if (n > 0) {
            divUnchecked(n, x, xOff, s, out, outOff);
        }
    }

    /**
     * {@code out[outOff + i] = x[xOff + i] · y[yOff + i] + z[zOff + i]}, fused: one rounding
     * ({@link Math#fma}).
     * <ul><li>NaN and ±Inf as in {@link Math#fma}: {@code 0·Inf + z} is NaN</li></ul>
     *
     * @param x not modified
     * @param y not modified
     * @param z not modified
     * @param out overwritten with the result; may be x, y or z at the same offset
     */
    public final void fma(int n, double[] x, int xOff, double[] y, int yOff, double[] z, int zOff,
            double[] out,
            int outOff) {
        Check.slice("fma", "x", x, xOff, n);
        Check.slice("fma", "y", y, yOff, n);
        Check.slice("fma", "z", z, zOff, n);
        Check.slice("fma", "out", out, outOff, n);
        overlap("fma", "x", x, xOff, out, outOff, n);
        overlap("fma", "y", y, yOff, out, outOff, n);
        overlap("fma", "z", z, zOff, out, outOff, n);
        if (n > 0) {
            fmaUnchecked(n, x, xOff, y, yOff, z, zOff, out, outOff);
        }
    }

    // ---- double unary ---------------------------------------------------------------------------

    /**
     * {@code out[outOff + i] = -x[xOff + i]} for {@code 0 <= i < n}.
     * <ul>
     * <li>{@code neg(0.0) = -0.0}, NaN gives NaN</li>
     * </ul>
     *
     * @param x not modified
     * @param out overwritten with the result; may be x at the same offset
     */
    public final void neg(int n, double[] x, int xOff, double[] out, int outOff) {
        unary("neg", n, x, xOff, out, outOff);
        if (n > 0) {
            negUnchecked(n, x, xOff, out, outOff);
        }
    }

    /**
     * {@code out[outOff + i] = |x[xOff + i]|} for {@code 0 <= i < n}.
     * <ul>
     * <li>{@code abs(-0.0) = 0.0}, {@code abs(-Inf) = +Inf}, NaN gives NaN</li>
     * </ul>
     *
     * @param x not modified
     * @param out overwritten with the result; may be x at the same offset
     */
    public final void abs(int n, double[] x, int xOff, double[] out, int outOff) {
        unary("abs", n, x, xOff, out, outOff);
        if (n > 0) {
            absUnchecked(n, x, xOff, out, outOff);
        }
    }

    /**
     * {@code out[outOff + i] = sqrt(x[xOff + i])}, correctly rounded for {@code 0 <= i < n}.
     * <ul>
     * <li>{@code sqrt(-0.0) = -0.0}, {@code sqrt(+Inf) = +Inf}</li>
     * <li>x &lt; 0 and NaN give NaN</li>
     * </ul>
     *
     * @param x not modified
     * @param out overwritten with the result; may be x at the same offset
     */
    public final void sqrt(int n, double[] x, int xOff, double[] out, int outOff) {
        unary("sqrt", n, x, xOff, out, outOff);
        if (n > 0) {
            sqrtUnchecked(n, x, xOff, out, outOff);
        }
    }

    /**
     * {@code out[outOff + i] = e^x[xOff + i]} for {@code 0 <= i < n}.
     * The scalar reference computes it with {@link StrictMath}; other backends document their
     * ulp bound.
     * <ul>
     * <li>{@code exp(±0.0) = 1}, {@code exp(+Inf) = +Inf}, {@code exp(-Inf) = +0.0}, NaN gives
     * NaN</li>
     * <li>overflow to +Inf above {@code ln(MAX_VALUE)} (709.78 double, 88.72 float)</li>
     * <li>gradual underflow: subnormal results below {@code ln(MIN_NORMAL)} (-708.40 double, -87.34
     * float), +0.0 below {@code ln(MIN_VALUE / 2)} (-745.13 double, -103.97 float)</li>
     * </ul>
     *
     * @param x not modified
     * @param out overwritten with the result; may be x at the same offset
     */
    public final void exp(int n, double[] x, int xOff, double[] out, int outOff) {
        unary("exp", n, x, xOff, out, outOff);
        if (n > 0) {
            expUnchecked(n, x, xOff, out, outOff);
        }
    }

    /**
     * {@code out[outOff + i] = ln(x[xOff + i])} for {@code 0 <= i < n}.
     * The scalar reference computes it with {@link StrictMath}; other backends document their
     * ulp bound.
     * <ul>
     * <li>{@code log(±0.0) = -Inf}, {@code log(1) = +0.0}, {@code log(+Inf) = +Inf}</li>
     * <li>x &lt; 0 (including -Inf) and NaN give NaN</li>
     * <li>subnormal x gives the exact-range result (e.g. {@code log(MIN_VALUE)})</li>
     * </ul>
     *
     * @param x not modified
     * @param out overwritten with the result; may be x at the same offset
     */
    public final void log(int n, double[] x, int xOff, double[] out, int outOff) {
        unary("log", n, x, xOff, out, outOff);
        if (n > 0) {
            logUnchecked(n, x, xOff, out, outOff);
        }
    }

    /**
     * {@code out[outOff + i] = tanh(x[xOff + i])} for {@code 0 <= i < n}.
     * The scalar reference computes it with {@link StrictMath}; other backends document their
     * ulp bound.
     * <ul>
     * <li>{@code tanh(±0.0) = ±0.0}, tiny x gives x (no cancellation), {@code tanh(±Inf) = ±1}, NaN
     * gives NaN</li>
     * <li>saturates to exactly ±1 for large |x| (above about 19.06 double, 9.01 float)</li>
     * </ul>
     *
     * @param x not modified
     * @param out overwritten with the result; may be x at the same offset
     */
    public final void tanh(int n, double[] x, int xOff, double[] out, int outOff) {
        unary("tanh", n, x, xOff, out, outOff);
        if (n > 0) {
            tanhUnchecked(n, x, xOff, out, outOff);
        }
    }

    /**
     * {@code out[outOff + i] = 1 / (1 + e^-x[xOff + i])} for {@code 0 <= i < n}.
     * The scalar reference computes it with {@link StrictMath}; other backends document their
     * ulp bound.
     * <ul>
     * <li>{@code sigmoid(±0.0) = 0.5}, {@code sigmoid(+Inf) = 1}, {@code sigmoid(-Inf) = +0.0}, NaN
     * gives NaN</li>
     * <li>for x &lt; 0 it is computed as {@code e^x / (1 + e^x)}, so the left tail follows e^x down
     * through the subnormals (e.g. {@code sigmoid(-740) ≈ e^-740}) instead of flushing to 0</li>
     * </ul>
     *
     * @param x not modified
     * @param out overwritten with the result; may be x at the same offset
     */
    public final void sigmoid(int n, double[] x, int xOff, double[] out, int outOff) {
        unary("sigmoid", n, x, xOff, out, outOff);
        if (n > 0) {
            sigmoidUnchecked(n, x, xOff, out, outOff);
        }
    }

    /**
     * {@code out[outOff + i] = max(x[xOff + i], 0)} ({@link Math#max} semantics) for {@code 0 <= i
     * < n}.
     * <ul>
     * <li>{@code relu(-0.0) = +0.0}, {@code relu(-Inf) = +0.0}, NaN gives NaN</li>
     * </ul>
     *
     * @param x not modified
     * @param out overwritten with the result; may be x at the same offset
     */
    public final void relu(int n, double[] x, int xOff, double[] out, int outOff) {
        unary("relu", n, x, xOff, out, outOff);
        if (n > 0) {
            reluUnchecked(n, x, xOff, out, outOff);
        }
    }

    // ---- double reductions and tensor primitives ------------------------------------------------

    /**
     * Returns {@code x[xOff] + … + x[xOff + n - 1]}.
     * <ul>
     * <li>n == 0 gives +0.0; all -0.0 gives -0.0</li>
     * <li>NaN, or both +Inf and -Inf, give NaN; otherwise an infinity gives that infinity</li>
     * <li>backends differ from the left-to-right reference only in summation order: each
     * stays within {@code γ(n-1)·Σ|x|} of the exact sum, {@code γ(k) = k·u/(1 - k·u)}</li>
     * </ul>
     *
     * @param x not modified
     */
    public final double sum(int n, double[] x, int xOff) {
        Check.slice("sum", "x", x, xOff, n);
        return n == 0 ? 0 : sumUnchecked(n, x, xOff);
    }

    /**
     * Returns {@code max(x[xOff + i])} with {@link Math#max} semantics.
     * <ul><li>n == 0 gives -Inf (the identity of max); any NaN gives NaN;
     * {@code +0.0 > -0.0}</li></ul>
     *
     * @param x not modified
     */
    public final double max(int n, double[] x, int xOff) {
        Check.slice("max", "x", x, xOff, n);
        return n == 0 ? Double.NEGATIVE_INFINITY : maxUnchecked(n, x, xOff);
    }

    /**
     * Returns {@code min(x[xOff + i])} with {@link Math#min} semantics.
     * <ul><li>n == 0 gives +Inf (the identity of min); any NaN gives NaN;
     * {@code -0.0 < +0.0}</li></ul>
     *
     * @param x not modified
     */
    public final double min(int n, double[] x, int xOff) {
        Check.slice("min", "x", x, xOff, n);
        return n == 0 ? Double.POSITIVE_INFINITY : minUnchecked(n, x, xOff);
    }

    /**
     * Returns the first index {@code i} (relative to xOff) with {@code x[xOff + i]} largest,
     * -1 when n == 0.
     * <ul><li>NaN counts as larger than everything, like NumPy: the first NaN wins;
     * -0.0 and +0.0 count as equal (the first wins)</li></ul>
     *
     * @param x not modified
     */
    public final int argmax(int n, double[] x, int xOff) {
        Check.slice("argmax", "x", x, xOff, n);
        return n == 0 ? -1 : argmaxUnchecked(n, x, xOff);
    }

    /**
     * Returns {@code ln(Σ e^x[xOff + i])}, computed max-shifted as
     * {@code m + log1p((c - 1) + Σ_{x_i < m} e^(x_i - m))} with {@code m = max x} and c the
     * number of elements equal to m, so it neither overflows nor loses small terms.
     * <ul>
     * <li>n == 0 and all -Inf give -Inf (the log of an empty sum)</li>
     * <li>any NaN gives NaN; otherwise any +Inf gives +Inf</li>
     * </ul>
     *
     * @param x not modified
     */
    public final double logSumExp(int n, double[] x, int xOff) {
        Check.slice("logSumExp", "x", x, xOff, n);
        return n == 0 ? Double.NEGATIVE_INFINITY : logSumExpUnchecked(n, x, xOff);
    }

    /**
     * {@code out[outOff + i] = e^(x_i - m) / Σ_j e^(x_j - m)} with {@code m = max x}
     * (max-shifted, so it never overflows).
     * <ul>
     * <li>n == 0 writes nothing; -Inf elements get +0.0 when the max is finite</li>
     * <li>any NaN, any +Inf, or all -Inf: every output is NaN (the distribution is undefined:
     * 0/0 or Inf/Inf)</li>
     * </ul>
     *
     * @param x not modified (unless it is out)
     * @param out overwritten with the probabilities; may be x at the same offset
     */
    public final void softmax(int n, double[] x, int xOff, double[] out, int outOff) {
        unary("softmax", n, x, xOff, out, outOff);
        if (n > 0) {
            softmaxUnchecked(n, x, xOff, out, outOff);
        }
    }

    // ---- float binary and array–scalar ----------------------------------------------------------

    /**
     * {@code out[outOff + i] = x[xOff + i] + y[yOff + i]} for {@code 0 <= i < n}.
     * <ul><li>IEEE 754 addition: NaN and ±Inf follow the standard</li></ul>
     *
     * @param x not modified
     * @param y not modified
     * @param out overwritten with the result; may be x or y at the same offset
     */
    public final void add(int n, float[] x, int xOff, float[] y, int yOff, float[] out,
            int outOff) {
        binary("add", n, x, xOff, y, yOff, out, outOff);
        if (n > 0) {
            addUnchecked(n, x, xOff, y, yOff, out, outOff);
        }
    }

    /**
     * {@code out[outOff + i] = x[xOff + i] + s} for {@code 0 <= i < n}.
     * <ul><li>IEEE 754 addition: NaN and ±Inf follow the standard</li></ul>
     *
     * @param x not modified
     * @param out overwritten with the result; may be x at the same offset
     */
    public final void add(int n, float[] x, int xOff, float s, float[] out, int outOff) {
        unary("add", n, x, xOff, out, outOff);
        if (n > 0) {
            addUnchecked(n, x, xOff, s, out, outOff);
        }
    }

    /**
     * {@code out[outOff + i] = x[xOff + i] - y[yOff + i]} for {@code 0 <= i < n}.
     * <ul><li>IEEE 754 subtraction: NaN and ±Inf follow the standard</li></ul>
     *
     * @param x not modified
     * @param y not modified
     * @param out overwritten with the result; may be x or y at the same offset
     */
    public final void sub(int n, float[] x, int xOff, float[] y, int yOff, float[] out,
            int outOff) {
        binary("sub", n, x, xOff, y, yOff, out, outOff);
        if (n > 0) {
            subUnchecked(n, x, xOff, y, yOff, out, outOff);
        }
    }

    /**
     * {@code out[outOff + i] = x[xOff + i] - s} for {@code 0 <= i < n}.
     * <ul><li>IEEE 754 subtraction: NaN and ±Inf follow the standard</li></ul>
     *
     * @param x not modified
     * @param out overwritten with the result; may be x at the same offset
     */
    public final void sub(int n, float[] x, int xOff, float s, float[] out, int outOff) {
        unary("sub", n, x, xOff, out, outOff);
        if (n > 0) {
            subUnchecked(n, x, xOff, s, out, outOff);
        }
    }

    /**
     * {@code out[outOff + i] = x[xOff + i] · y[yOff + i]} for {@code 0 <= i < n}.
     * <ul><li>IEEE 754 multiplication: NaN and ±Inf follow the standard</li></ul>
     *
     * @param x not modified
     * @param y not modified
     * @param out overwritten with the result; may be x or y at the same offset
     */
    public final void mul(int n, float[] x, int xOff, float[] y, int yOff, float[] out,
            int outOff) {
        binary("mul", n, x, xOff, y, yOff, out, outOff);
        if (n > 0) {
            mulUnchecked(n, x, xOff, y, yOff, out, outOff);
        }
    }

    /**
     * {@code out[outOff + i] = x[xOff + i] · s} for {@code 0 <= i < n}.
     * <ul><li>IEEE 754 multiplication: NaN and ±Inf follow the standard</li></ul>
     *
     * @param x not modified
     * @param out overwritten with the result; may be x at the same offset
     */
    public final void mul(int n, float[] x, int xOff, float s, float[] out, int outOff) {
        unary("mul", n, x, xOff, out, outOff);
        if (n > 0) {
            mulUnchecked(n, x, xOff, s, out, outOff);
        }
    }

    /**
     * {@code out[outOff + i] = x[xOff + i] / y[yOff + i]} for {@code 0 <= i < n}.
     * <ul><li>IEEE 754 division: NaN and ±Inf follow the standard (x/±0 gives ±Inf or
     * NaN)</li></ul>
     *
     * @param x not modified
     * @param y not modified
     * @param out overwritten with the result; may be x or y at the same offset
     */
    public final void div(int n, float[] x, int xOff, float[] y, int yOff, float[] out,
            int outOff) {
        binary("div", n, x, xOff, y, yOff, out, outOff);
        if (n > 0) {
            divUnchecked(n, x, xOff, y, yOff, out, outOff);
        }
    }

    /**
     * {@code out[outOff + i] = x[xOff + i] / s} for {@code 0 <= i < n}.
     * <ul><li>IEEE 754 division: NaN and ±Inf follow the standard (x/±0 gives ±Inf or
     * NaN)</li></ul>
     *
     * @param x not modified
     * @param out overwritten with the result; may be x at the same offset
     */
    public final void div(int n, float[] x, int xOff, float s, float[] out, int outOff) {
        unary("div", n, x, xOff, out, outOff);
        if (n > 0) {
            divUnchecked(n, x, xOff, s, out, outOff);
        }
    }

    /**
     * {@code out[outOff + i] = x[xOff + i] · y[yOff + i] + z[zOff + i]}, fused: one rounding
     * ({@link Math#fma}).
     * <ul><li>NaN and ±Inf as in {@link Math#fma}: {@code 0·Inf + z} is NaN</li></ul>
     *
     * @param x not modified
     * @param y not modified
     * @param z not modified
     * @param out overwritten with the result; may be x, y or z at the same offset
     */
    public final void fma(int n, float[] x, int xOff, float[] y, int yOff, float[] z, int zOff,
            float[] out,
            int outOff) {
        Check.slice("fma", "x", x, xOff, n);
        Check.slice("fma", "y", y, yOff, n);
        Check.slice("fma", "z", z, zOff, n);
        Check.slice("fma", "out", out, outOff, n);
        overlap("fma", "x", x, xOff, out, outOff, n);
        overlap("fma", "y", y, yOff, out, outOff, n);
        overlap("fma", "z", z, zOff, out, outOff, n);
        if (n > 0) {
            fmaUnchecked(n, x, xOff, y, yOff, z, zOff, out, outOff);
        }
    }

    // ---- float unary ----------------------------------------------------------------------------

    /**
     * {@code out[outOff + i] = -x[xOff + i]} for {@code 0 <= i < n}.
     * <ul>
     * <li>{@code neg(0.0) = -0.0}, NaN gives NaN</li>
     * </ul>
     *
     * @param x not modified
     * @param out overwritten with the result; may be x at the same offset
     */
    public final void neg(int n, float[] x, int xOff, float[] out, int outOff) {
        unary("neg", n, x, xOff, out, outOff);
        if (n > 0) {
            negUnchecked(n, x, xOff, out, outOff);
        }
    }

    /**
     * {@code out[outOff + i] = |x[xOff + i]|} for {@code 0 <= i < n}.
     * <ul>
     * <li>{@code abs(-0.0) = 0.0}, {@code abs(-Inf) = +Inf}, NaN gives NaN</li>
     * </ul>
     *
     * @param x not modified
     * @param out overwritten with the result; may be x at the same offset
     */
    public final void abs(int n, float[] x, int xOff, float[] out, int outOff) {
        unary("abs", n, x, xOff, out, outOff);
        if (n > 0) {
            absUnchecked(n, x, xOff, out, outOff);
        }
    }

    /**
     * {@code out[outOff + i] = sqrt(x[xOff + i])}, correctly rounded for {@code 0 <= i < n}.
     * <ul>
     * <li>{@code sqrt(-0.0) = -0.0}, {@code sqrt(+Inf) = +Inf}</li>
     * <li>x &lt; 0 and NaN give NaN</li>
     * </ul>
     *
     * @param x not modified
     * @param out overwritten with the result; may be x at the same offset
     */
    public final void sqrt(int n, float[] x, int xOff, float[] out, int outOff) {
        unary("sqrt", n, x, xOff, out, outOff);
        if (n > 0) {
            sqrtUnchecked(n, x, xOff, out, outOff);
        }
    }

    /**
     * {@code out[outOff + i] = e^x[xOff + i]} for {@code 0 <= i < n}.
     * The scalar reference computes it with {@link StrictMath}; other backends document their
     * ulp bound.
     * <ul>
     * <li>{@code exp(±0.0) = 1}, {@code exp(+Inf) = +Inf}, {@code exp(-Inf) = +0.0}, NaN gives
     * NaN</li>
     * <li>overflow to +Inf above {@code ln(MAX_VALUE)} (709.78 double, 88.72 float)</li>
     * <li>gradual underflow: subnormal results below {@code ln(MIN_NORMAL)} (-708.40 double, -87.34
     * float), +0.0 below {@code ln(MIN_VALUE / 2)} (-745.13 double, -103.97 float)</li>
     * </ul>
     *
     * @param x not modified
     * @param out overwritten with the result; may be x at the same offset
     */
    public final void exp(int n, float[] x, int xOff, float[] out, int outOff) {
        unary("exp", n, x, xOff, out, outOff);
        if (n > 0) {
            expUnchecked(n, x, xOff, out, outOff);
        }
    }

    /**
     * {@code out[outOff + i] = ln(x[xOff + i])} for {@code 0 <= i < n}.
     * The scalar reference computes it with {@link StrictMath}; other backends document their
     * ulp bound.
     * <ul>
     * <li>{@code log(±0.0) = -Inf}, {@code log(1) = +0.0}, {@code log(+Inf) = +Inf}</li>
     * <li>x &lt; 0 (including -Inf) and NaN give NaN</li>
     * <li>subnormal x gives the exact-range result (e.g. {@code log(MIN_VALUE)})</li>
     * </ul>
     *
     * @param x not modified
     * @param out overwritten with the result; may be x at the same offset
     */
    public final void log(int n, float[] x, int xOff, float[] out, int outOff) {
        unary("log", n, x, xOff, out, outOff);
        if (n > 0) {
            logUnchecked(n, x, xOff, out, outOff);
        }
    }

    /**
     * {@code out[outOff + i] = tanh(x[xOff + i])} for {@code 0 <= i < n}.
     * The scalar reference computes it with {@link StrictMath}; other backends document their
     * ulp bound.
     * <ul>
     * <li>{@code tanh(±0.0) = ±0.0}, tiny x gives x (no cancellation), {@code tanh(±Inf) = ±1}, NaN
     * gives NaN</li>
     * <li>saturates to exactly ±1 for large |x| (above about 19.06 double, 9.01 float)</li>
     * </ul>
     *
     * @param x not modified
     * @param out overwritten with the result; may be x at the same offset
     */
    public final void tanh(int n, float[] x, int xOff, float[] out, int outOff) {
        unary("tanh", n, x, xOff, out, outOff);
        if (n > 0) {
            tanhUnchecked(n, x, xOff, out, outOff);
        }
    }

    /**
     * {@code out[outOff + i] = 1 / (1 + e^-x[xOff + i])} for {@code 0 <= i < n}.
     * The scalar reference computes it with {@link StrictMath}; other backends document their
     * ulp bound.
     * <ul>
     * <li>{@code sigmoid(±0.0) = 0.5}, {@code sigmoid(+Inf) = 1}, {@code sigmoid(-Inf) = +0.0}, NaN
     * gives NaN</li>
     * <li>for x &lt; 0 it is computed as {@code e^x / (1 + e^x)}, so the left tail follows e^x down
     * through the subnormals (e.g. {@code sigmoid(-740) ≈ e^-740}) instead of flushing to 0</li>
     * </ul>
     *
     * @param x not modified
     * @param out overwritten with the result; may be x at the same offset
     */
    public final void sigmoid(int n, float[] x, int xOff, float[] out, int outOff) {
        unary("sigmoid", n, x, xOff, out, outOff);
        if (n > 0) {
            sigmoidUnchecked(n, x, xOff, out, outOff);
        }
    }

    /**
     * {@code out[outOff + i] = max(x[xOff + i], 0)} ({@link Math#max} semantics) for {@code 0 <= i
     * < n}.
     * <ul>
     * <li>{@code relu(-0.0) = +0.0}, {@code relu(-Inf) = +0.0}, NaN gives NaN</li>
     * </ul>
     *
     * @param x not modified
     * @param out overwritten with the result; may be x at the same offset
     */
    public final void relu(int n, float[] x, int xOff, float[] out, int outOff) {
        unary("relu", n, x, xOff, out, outOff);
        if (n > 0) {
            reluUnchecked(n, x, xOff, out, outOff);
        }
    }

    // ---- float reductions and tensor primitives -------------------------------------------------

    /**
     * Returns {@code x[xOff] + … + x[xOff + n - 1]}.
     * <ul>
     * <li>n == 0 gives +0.0; all -0.0 gives -0.0</li>
     * <li>NaN, or both +Inf and -Inf, give NaN; otherwise an infinity gives that infinity</li>
     * <li>backends differ from the left-to-right reference only in summation order: each
     * stays within {@code γ(n-1)·Σ|x|} of the exact sum, {@code γ(k) = k·u/(1 - k·u)}</li>
     * </ul>
     *
     * @param x not modified
     */
    public final float sum(int n, float[] x, int xOff) {
        Check.slice("sum", "x", x, xOff, n);
        return n == 0 ? 0 : sumUnchecked(n, x, xOff);
    }

    /**
     * Returns {@code max(x[xOff + i])} with {@link Math#max} semantics.
     * <ul><li>n == 0 gives -Inf (the identity of max); any NaN gives NaN;
     * {@code +0.0 > -0.0}</li></ul>
     *
     * @param x not modified
     */
    public final float max(int n, float[] x, int xOff) {
        Check.slice("max", "x", x, xOff, n);
        return n == 0 ? Float.NEGATIVE_INFINITY : maxUnchecked(n, x, xOff);
    }

    /**
     * Returns {@code min(x[xOff + i])} with {@link Math#min} semantics.
     * <ul><li>n == 0 gives +Inf (the identity of min); any NaN gives NaN;
     * {@code -0.0 < +0.0}</li></ul>
     *
     * @param x not modified
     */
    public final float min(int n, float[] x, int xOff) {
        Check.slice("min", "x", x, xOff, n);
        return n == 0 ? Float.POSITIVE_INFINITY : minUnchecked(n, x, xOff);
    }

    /**
     * Returns the first index {@code i} (relative to xOff) with {@code x[xOff + i]} largest,
     * -1 when n == 0.
     * <ul><li>NaN counts as larger than everything, like NumPy: the first NaN wins;
     * -0.0 and +0.0 count as equal (the first wins)</li></ul>
     *
     * @param x not modified
     */
    public final int argmax(int n, float[] x, int xOff) {
        Check.slice("argmax", "x", x, xOff, n);
        return n == 0 ? -1 : argmaxUnchecked(n, x, xOff);
    }

    /**
     * Returns {@code ln(Σ e^x[xOff + i])}, computed max-shifted as
     * {@code m + log1p((c - 1) + Σ_{x_i < m} e^(x_i - m))} with {@code m = max x} and c the
     * number of elements equal to m, so it neither overflows nor loses small terms.
     * <ul>
     * <li>n == 0 and all -Inf give -Inf (the log of an empty sum)</li>
     * <li>any NaN gives NaN; otherwise any +Inf gives +Inf</li>
     * </ul>
     *
     * @param x not modified
     */
    public final float logSumExp(int n, float[] x, int xOff) {
        Check.slice("logSumExp", "x", x, xOff, n);
        return n == 0 ? Float.NEGATIVE_INFINITY : logSumExpUnchecked(n, x, xOff);
    }

    /**
     * {@code out[outOff + i] = e^(x_i - m) / Σ_j e^(x_j - m)} with {@code m = max x}
     * (max-shifted, so it never overflows).
     * <ul>
     * <li>n == 0 writes nothing; -Inf elements get +0.0 when the max is finite</li>
     * <li>any NaN, any +Inf, or all -Inf: every output is NaN (the distribution is undefined:
     * 0/0 or Inf/Inf)</li>
     * </ul>
     *
     * @param x not modified (unless it is out)
     * @param out overwritten with the probabilities; may be x at the same offset
     */
    public final void softmax(int n, float[] x, int xOff, float[] out, int outOff) {
        unary("softmax", n, x, xOff, out, outOff);
        if (n > 0) {
            softmaxUnchecked(n, x, xOff, out, outOff);
        }
    }

    // ---- checks ---------------------------------------------------------------------------

    private static void unary(String op, int n, double[] x, int xOff, double[] out, int outOff) {
        Check.slice(op, "x", x, xOff, n);
        Check.slice(op, "out", out, outOff, n);
        overlap(op, "x", x, xOff, out, outOff, n);
    }

    private static void unary(String op, int n, float[] x, int xOff, float[] out, int outOff) {
        Check.slice(op, "x", x, xOff, n);
        Check.slice(op, "out", out, outOff, n);
        overlap(op, "x", x, xOff, out, outOff, n);
    }

    private static void binary(String op, int n, double[] x, int xOff, double[] y, int yOff,
            double[] out, int outOff) {
        Check.slice(op, "x", x, xOff, n);
        Check.slice(op, "y", y, yOff, n);
        Check.slice(op, "out", out, outOff, n);
        overlap(op, "x", x, xOff, out, outOff, n);
        overlap(op, "y", y, yOff, out, outOff, n);
    }

    private static void binary(String op, int n, float[] x, int xOff, float[] y, int yOff,
            float[] out, int outOff) {
        Check.slice(op, "x", x, xOff, n);
        Check.slice(op, "y", y, yOff, n);
        Check.slice(op, "out", out, outOff, n);
        overlap(op, "x", x, xOff, out, outOff, n);
        overlap(op, "y", y, yOff, out, outOff, n);
    }

    /**
     * Rejects an output that shares elements with an input without being exactly it:
     * {@code "<op>: out overlaps <in> partially, got <in>Off a, outOff b, n c"}.
     */
    private static void overlap(String op, String in, Object a, int aOff, Object out,
            int outOff, int n) {
        if (a == out && aOff != outOff && n > 0
                && (long) aOff < (long) outOff + n && (long) outOff < (long) aOff + n) {
            throw new IllegalArgumentException(op + ": out overlaps " + in + " partially, got "
                    + in + "Off " + aOff + ", outOff " + outOff + ", n " + n
                    + " (use the same offset to work in place)");
        }
    }

    // ---- backend slots, double; called only with checked arguments and n > 0 --------------------

    /** {@link #add} without checks; n > 0. */
    protected abstract void addUnchecked(int n, double[] x, int xOff, double[] y, int yOff,
            double[] out,
            int outOff);

    /** {@link #add} (array–scalar) without checks; n > 0. */
    protected abstract void addUnchecked(int n, double[] x, int xOff, double s, double[] out,
            int outOff);

    /** {@link #sub} without checks; n > 0. */
    protected abstract void subUnchecked(int n, double[] x, int xOff, double[] y, int yOff,
            double[] out,
            int outOff);

    /** {@link #sub} (array–scalar) without checks; n > 0. */
    protected abstract void subUnchecked(int n, double[] x, int xOff, double s, double[] out,
            int outOff);

    /** {@link #mul} without checks; n > 0. */
    protected abstract void mulUnchecked(int n, double[] x, int xOff, double[] y, int yOff,
            double[] out,
            int outOff);

    /** {@link #mul} (array–scalar) without checks; n > 0. */
    protected abstract void mulUnchecked(int n, double[] x, int xOff, double s, double[] out,
            int outOff);

    /** {@link #div} without checks; n > 0. */
    protected abstract void divUnchecked(int n, double[] x, int xOff, double[] y, int yOff,
            double[] out,
            int outOff);

    /** {@link #div} (array–scalar) without checks; n > 0. */
    protected abstract void divUnchecked(int n, double[] x, int xOff, double s, double[] out,
            int outOff);

    /** {@link #fma} without checks; n > 0. */
    protected abstract void fmaUnchecked(int n, double[] x, int xOff, double[] y, int yOff,
            double[] z,
            int zOff, double[] out, int outOff);

    /** {@link #neg} without checks; n > 0. */
    protected abstract void negUnchecked(int n, double[] x, int xOff, double[] out, int outOff);

    /** {@link #abs} without checks; n > 0. */
    protected abstract void absUnchecked(int n, double[] x, int xOff, double[] out, int outOff);

    /** {@link #sqrt} without checks; n > 0. */
    protected abstract void sqrtUnchecked(int n, double[] x, int xOff, double[] out, int outOff);

    /** {@link #exp} without checks; n > 0. */
    protected abstract void expUnchecked(int n, double[] x, int xOff, double[] out, int outOff);

    /** {@link #log} without checks; n > 0. */
    protected abstract void logUnchecked(int n, double[] x, int xOff, double[] out, int outOff);

    /** {@link #tanh} without checks; n > 0. */
    protected abstract void tanhUnchecked(int n, double[] x, int xOff, double[] out, int outOff);

    /** {@link #sigmoid} without checks; n > 0. */
    protected abstract void sigmoidUnchecked(int n, double[] x, int xOff, double[] out, int outOff);

    /** {@link #relu} without checks; n > 0. */
    protected abstract void reluUnchecked(int n, double[] x, int xOff, double[] out, int outOff);

    /** {@link #softmax} without checks; n > 0. */
    protected abstract void softmaxUnchecked(int n, double[] x, int xOff, double[] out, int outOff);

    /** {@link #sum} without checks; n > 0. */
    protected abstract double sumUnchecked(int n, double[] x, int xOff);

    /** {@link #max} without checks; n > 0. */
    protected abstract double maxUnchecked(int n, double[] x, int xOff);

    /** {@link #min} without checks; n > 0. */
    protected abstract double minUnchecked(int n, double[] x, int xOff);

    /** {@link #logSumExp} without checks; n > 0. */
    protected abstract double logSumExpUnchecked(int n, double[] x, int xOff);

    /** {@link #argmax} without checks; n > 0. */
    protected abstract int argmaxUnchecked(int n, double[] x, int xOff);

    // ---- backend slots, float; called only with checked arguments and n > 0 ---------------------

    /** {@link #add} without checks; n > 0. */
    protected abstract void addUnchecked(int n, float[] x, int xOff, float[] y, int yOff,
            float[] out,
            int outOff);

    /** {@link #add} (array–scalar) without checks; n > 0. */
    protected abstract void addUnchecked(int n, float[] x, int xOff, float s, float[] out,
            int outOff);

    /** {@link #sub} without checks; n > 0. */
    protected abstract void subUnchecked(int n, float[] x, int xOff, float[] y, int yOff,
            float[] out,
            int outOff);

    /** {@link #sub} (array–scalar) without checks; n > 0. */
    protected abstract void subUnchecked(int n, float[] x, int xOff, float s, float[] out,
            int outOff);

    /** {@link #mul} without checks; n > 0. */
    protected abstract void mulUnchecked(int n, float[] x, int xOff, float[] y, int yOff,
            float[] out,
            int outOff);

    /** {@link #mul} (array–scalar) without checks; n > 0. */
    protected abstract void mulUnchecked(int n, float[] x, int xOff, float s, float[] out,
            int outOff);

    /** {@link #div} without checks; n > 0. */
    protected abstract void divUnchecked(int n, float[] x, int xOff, float[] y, int yOff,
            float[] out,
            int outOff);

    /** {@link #div} (array–scalar) without checks; n > 0. */
    protected abstract void divUnchecked(int n, float[] x, int xOff, float s, float[] out,
            int outOff);

    /** {@link #fma} without checks; n > 0. */
    protected abstract void fmaUnchecked(int n, float[] x, int xOff, float[] y, int yOff, float[] z,
            int zOff, float[] out, int outOff);

    /** {@link #neg} without checks; n > 0. */
    protected abstract void negUnchecked(int n, float[] x, int xOff, float[] out, int outOff);

    /** {@link #abs} without checks; n > 0. */
    protected abstract void absUnchecked(int n, float[] x, int xOff, float[] out, int outOff);

    /** {@link #sqrt} without checks; n > 0. */
    protected abstract void sqrtUnchecked(int n, float[] x, int xOff, float[] out, int outOff);

    /** {@link #exp} without checks; n > 0. */
    protected abstract void expUnchecked(int n, float[] x, int xOff, float[] out, int outOff);

    /** {@link #log} without checks; n > 0. */
    protected abstract void logUnchecked(int n, float[] x, int xOff, float[] out, int outOff);

    /** {@link #tanh} without checks; n > 0. */
    protected abstract void tanhUnchecked(int n, float[] x, int xOff, float[] out, int outOff);

    /** {@link #sigmoid} without checks; n > 0. */
    protected abstract void sigmoidUnchecked(int n, float[] x, int xOff, float[] out, int outOff);

    /** {@link #relu} without checks; n > 0. */
    protected abstract void reluUnchecked(int n, float[] x, int xOff, float[] out, int outOff);

    /** {@link #softmax} without checks; n > 0. */
    protected abstract void softmaxUnchecked(int n, float[] x, int xOff, float[] out, int outOff);

    /** {@link #sum} without checks; n > 0. */
    protected abstract float sumUnchecked(int n, float[] x, int xOff);

    /** {@link #max} without checks; n > 0. */
    protected abstract float maxUnchecked(int n, float[] x, int xOff);

    /** {@link #min} without checks; n > 0. */
    protected abstract float minUnchecked(int n, float[] x, int xOff);

    /** {@link #logSumExp} without checks; n > 0. */
    protected abstract float logSumExpUnchecked(int n, float[] x, int xOff);

    /** {@link #argmax} without checks; n > 0. */
    protected abstract int argmaxUnchecked(int n, float[] x, int xOff);
}
