package org.chagres.kernels.testing;

import java.util.Arrays;
import org.junit.jupiter.api.Assertions;

/**
 * A double vector or row-major matrix embedded in an array whose every other element is a
 * guard: a NaN with a recognisable payload. The slice starts at {@code off} (so {@code off}
 * guards come first), elements between strided entries and between rows ({@code ld > cols})
 * are guards, and {@link #TAIL} guards follow the last element, enough for the widest vector.
 * {@link #assertGuardsIntact} checks that nothing outside the slice was written;
 * {@link #assertUnchanged} that a read-only operand was not written at all (bit for bit).
 * A kernel that reads a guard into its result gets NaN there, which the value checks catch.
 */
public final class Guarded {

    /** Guards after the last element: a 512-bit vector of floats past the end. */
    public static final int TAIL = 16;

    /** The guard value: a quiet NaN with payload {@code 0xbad}. */
    public static final double GUARD = Double.longBitsToDouble(0x7ff8_0000_0000_0badL);

    private final double[] array;
    private final double[] snapshot;
    private final boolean[] inside;
    private final int off;
    private final int rows;
    private final int cols;
    private final int ld;
    private final int inc;

    private Guarded(double[] array, boolean[] inside, int off, int rows, int cols, int ld,
            int inc) {
        this.array = array;
        this.inside = inside;
        this.off = off;
        this.rows = rows;
        this.cols = cols;
        this.ld = ld;
        this.inc = inc;
        this.snapshot = array.clone();
    }

    /** The unit-stride vector {@code values} at offset {@code off}. */
    public static Guarded vector(double[] values, int off) {
        return vector(values, off, 1);
    }

    /** The vector {@code values} at {@code off, off + inc, …}. */
    public static Guarded vector(double[] values, int off, int inc) {
        int n = values.length;
        int span = n == 0 ? 0 : (n - 1) * inc + 1;
        double[] a = new double[off + span + TAIL];
        boolean[] in = new boolean[a.length];
        Arrays.fill(a, GUARD);
        for (int i = 0; i < n; i++) {
            a[off + i * inc] = values[i];
            in[off + i * inc] = true;
        }
        return new Guarded(a, in, off, 1, n, Math.max(1, n), inc);
    }

    /** The row-major {@code rows × cols} matrix {@code dense} (ld = cols), stored with ld. */
    public static Guarded matrix(double[] dense, int rows, int cols, int off, int ld) {
        if (dense.length != rows * cols || ld < Math.max(1, cols)) {
            throw new IllegalArgumentException("Guarded.matrix: bad shape");
        }
        int span = rows == 0 || cols == 0 ? 0 : (rows - 1) * ld + cols;
        double[] a = new double[off + span + TAIL];
        boolean[] in = new boolean[a.length];
        Arrays.fill(a, GUARD);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                a[off + i * ld + j] = dense[i * cols + j];
                in[off + i * ld + j] = true;
            }
        }
        return new Guarded(a, in, off, rows, cols, ld, 1);
    }

    /** The whole backing array, to pass to a kernel. */
    public double[] array() {
        return array;
    }

    /** Offset of the first element. */
    public int off() {
        return off;
    }

    /** Stride of a vector (1 for matrices). */
    public int inc() {
        return inc;
    }

    /** Leading dimension of a matrix. */
    public int ld() {
        return ld;
    }

    /** Element i of a vector, now. */
    public double get(int i) {
        return array[off + i * inc];
    }

    /** Element (i, j) of a matrix, now. */
    public double get(int i, int j) {
        return array[off + i * ld + j];
    }

    /** The vector's elements now, dense. */
    public double[] values() {
        double[] v = new double[cols];
        for (int i = 0; i < cols; i++) {
            v[i] = get(i);
        }
        return v;
    }

    /** The matrix's elements now, dense row-major. */
    public double[] dense() {
        double[] v = new double[rows * cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                v[i * cols + j] = get(i, j);
            }
        }
        return v;
    }

    /** Fails if any element outside the slice or matrix changed (bit for bit). */
    public void assertGuardsIntact(String what) {
        for (int k = 0; k < array.length; k++) {
            if (!inside[k] && Double.doubleToRawLongBits(array[k])
                    != Double.doubleToRawLongBits(snapshot[k])) {
                Assertions.fail(what + ": guard at index " + k + " (off " + off + ") was written: "
                        + array[k]);
            }
        }
    }

    /** Fails if any element of the array changed (bit for bit): for read-only operands. */
    public void assertUnchanged(String what) {
        for (int k = 0; k < array.length; k++) {
            if (Double.doubleToRawLongBits(array[k]) != Double.doubleToRawLongBits(snapshot[k])) {
                Assertions.fail(what + ": read-only operand written at index " + k + ": "
                        + snapshot[k] + " -> " + array[k]);
            }
        }
    }
}
