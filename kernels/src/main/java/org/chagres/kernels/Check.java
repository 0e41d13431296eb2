package org.chagres.kernels;

/**
 * Argument checks shared by every family class, with messages in the house format
 * {@code "<op>: <what is wrong>, got <values>"}. Written as positive conditions so that
 * nothing unexpected slips through; all arithmetic on extents is done in {@code long}.
 */
public final class Check {

    private Check() {
    }

    /** Throws NullPointerException {@code "<op>: <name> is null"} if {@code a} is null. */
    public static void notNull(String op, String name, Object a) {
        if (a == null) {
            throw new NullPointerException(op + ": " + name + " is null");
        }
    }

    /** Checks {@code n >= 0}. */
    public static void count(String op, String name, int n) {
        if (n < 0) {
            throw new IllegalArgumentException(op + ": " + name + " must be >= 0, got " + n);
        }
    }

    /** Checks a unit-stride slice {@code a[off, off + n)}. */
    public static void slice(String op, String name, double[] a, int off, int n) {
        notNull(op, name, a);
        range(op, name, a.length, off, n, 1);
    }

    /** Checks a unit-stride slice {@code a[off, off + n)}. */
    public static void slice(String op, String name, float[] a, int off, int n) {
        notNull(op, name, a);
        range(op, name, a.length, off, n, 1);
    }

    /** Checks a unit-stride slice {@code a[off, off + n)}. */
    public static void slice(String op, String name, int[] a, int off, int n) {
        notNull(op, name, a);
        range(op, name, a.length, off, n, 1);
    }

    /** Checks the strided elements {@code a[off + i·inc]}, {@code 0 <= i < n}, {@code inc >= 1}. */
    public static void strided(String op, String name, double[] a, int off, int n, int inc) {
        notNull(op, name, a);
        range(op, name, a.length, off, n, inc);
    }

    /** Checks the strided elements {@code a[off + i·inc]}, {@code 0 <= i < n}, {@code inc >= 1}. */
    public static void strided(String op, String name, float[] a, int off, int n, int inc) {
        notNull(op, name, a);
        range(op, name, a.length, off, n, inc);
    }

    /** Checks a row-major {@code rows × cols} matrix at {@code a[off]} with leading dimension ld. */
    public static void matrix(String op, String name, double[] a, int off, int rows, int cols,
            int ld) {
        notNull(op, name, a);
        matrixRange(op, name, a.length, off, rows, cols, ld);
    }

    /** Checks a row-major {@code rows × cols} matrix at {@code a[off]} with leading dimension ld. */
    public static void matrix(String op, String name, float[] a, int off, int rows, int cols,
            int ld) {
        notNull(op, name, a);
        matrixRange(op, name, a.length, off, rows, cols, ld);
    }

    /**
     * Checks that the elements {@code off + i·inc}, {@code 0 <= i < n}, lie in {@code [0, length)}.
     *
     * @throws IllegalArgumentException if {@code n < 0} or {@code inc < 1}
     * @throws IndexOutOfBoundsException if an element lies outside the array
     */
    public static void range(String op, String name, int length, int off, int n, int inc) {
        if (n < 0) {
            throw new IllegalArgumentException(op + ": n must be >= 0, got " + n);
        }
        if (inc < 1) {
            throw new IllegalArgumentException(op + ": inc" + suffix(name) + " must be >= 1, got "
                    + inc);
        }
        long end = n == 0 ? (long) off : (long) off + (long) (n - 1) * inc + 1;
        if (off < 0 || end > length) {
            String what = inc == 1 ? "range [" + off + ", " + end + ")"
                    : "elements " + off + ", " + ((long) off + inc) + ", …, " + (end - 1)
                            + " (n " + n + ", inc " + inc + ")";
            throw new IndexOutOfBoundsException(op + ": " + name + " " + what
                    + " out of bounds for length " + length);
        }
    }

    /** Checks the extent of a row-major matrix; see {@link #matrix(String, String, double[], int, int, int, int)}. */
    public static void matrixRange(String op, String name, int length, int off, int rows,
            int cols, int ld) {
        if (rows < 0 || cols < 0) {
            throw new IllegalArgumentException(op + ": " + name + " dimensions must be >= 0, got "
                    + rows + "x" + cols);
        }
        if (ld < Math.max(1, cols)) {
            throw new IllegalArgumentException(op + ": ld" + name + " must be >= max(1, cols), got ld"
                    + name + " " + ld + " for " + name + " " + rows + "x" + cols);
        }
        long end = rows == 0 || cols == 0 ? (long) off
                : (long) off + (long) (rows - 1) * ld + cols;
        if (off < 0 || end > length) {
            throw new IndexOutOfBoundsException(op + ": " + name + " " + rows + "x" + cols
                    + " (ld " + ld + ") range [" + off + ", " + end
                    + ") out of bounds for length " + length);
        }
    }

    private static String suffix(String name) {
        return name.isEmpty() ? "" : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
