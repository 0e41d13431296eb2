package org.chagres.kernels.contract;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.chagres.kernels.Transpose;

/**
 * A row-major test matrix inside a larger array: {@code off} elements before it, {@code ld - cols}
 * between rows and a few after it, all NaN (guard bands). Holds the same values as double[] and
 * float[] (every value is a float, so both precisions see identical inputs).
 */
public final class Level3Operand {

    public final int rows;
    public final int cols;
    public final int off;
    public final int ld;
    public final double[] d;
    public final float[] f;

    private Level3Operand(int rows, int cols, int off, int ld) {
        this.rows = rows;
        this.cols = cols;
        this.off = off;
        this.ld = ld;
        int len = off + (rows == 0 ? 0 : (rows - 1) * ld + cols) + 3;
        this.d = new double[len];
        this.f = new float[len];
        Arrays.fill(d, Double.NaN);
        Arrays.fill(f, Float.NaN);
    }

    /** A matrix of values uniform in [-1, 1), ld = cols + extraLd (at least 1). */
    public static Level3Operand random(SplittableRandom rnd, int rows, int cols, int off,
            int extraLd) {
        Level3Operand x = new Level3Operand(rows, cols, off, Math.max(1, cols + extraLd));
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                x.set(i, j, (float) (2 * rnd.nextDouble() - 1));
            }
        }
        return x;
    }

    /** A matrix whose elements are all NaN (a C that must not be read, an A that must not be). */
    public static Level3Operand nan(int rows, int cols, int off, int extraLd) {
        return new Level3Operand(rows, cols, off, Math.max(1, cols + extraLd));
    }

    public void set(int i, int j, float v) {
        d[off + i * ld + j] = v;
        f[off + i * ld + j] = v;
    }

    /** Sets the double and the float element independently. */
    public void set(int i, int j, double vd, float vf) {
        d[off + i * ld + j] = vd;
        f[off + i * ld + j] = vf;
    }

    public double get(int i, int j) {
        return d[off + i * ld + j];
    }

    public float getF(int i, int j) {
        return f[off + i * ld + j];
    }

    /** A snapshot of both arrays, to compare with after a call. */
    public Level3Operand copy() {
        Level3Operand x = new Level3Operand(rows, cols, off, ld);
        System.arraycopy(d, 0, x.d, 0, d.length);
        System.arraycopy(f, 0, x.f, 0, f.length);
        return x;
    }

    /** Whether every element outside the matrix still holds the bit pattern of NaN it got. */
    public boolean guardsIntact(boolean single) {
        for (int p = 0; p < d.length; p++) {
            int q = p - off;
            boolean inside = q >= 0 && q / ld < rows && q % ld < cols;
            if (!inside && (single ? !Float.isNaN(f[p]) : !Double.isNaN(d[p]))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the array of the given precision equals the other's bit for bit. */
    public boolean sameAs(Level3Operand o, boolean single) {
        return single ? Arrays.equals(f, o.f) : Arrays.equals(d, o.d);
    }

    /** Frobenius norm of the double or float values. */
    public double norm(boolean single) {
        double s = 0;
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                double v = single ? getF(i, j) : get(i, j);
                s += v * v;
            }
        }
        return Math.sqrt(s);
    }

    /** The element (i, j) of op(this) in the chosen precision, widened to double. */
    public double op(Transpose t, int i, int j, boolean single) {
        return t == Transpose.NO ? (single ? getF(i, j) : get(i, j))
                : (single ? getF(j, i) : get(j, i));
    }

    /** Rows of op(this). */
    public int opRows(Transpose t) {
        return t == Transpose.NO ? rows : cols;
    }

    /** Columns of op(this). */
    public int opCols(Transpose t) {
        return t == Transpose.NO ? cols : rows;
    }
}
