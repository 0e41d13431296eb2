package org.chagres.cuda;

import java.lang.foreign.Arena;
import org.chagres.kernels.Check;

/**
 * A dense row-major {@code rows × cols} matrix of doubles or floats in device memory (leading
 * dimension = cols), the operand type of {@link Cublas}. A vector is a matrix with one column.
 * Freed by {@link #close()} or when its {@link Arena} closes.
 */
public final class DeviceMatrix implements AutoCloseable {

    /** Element type. */
    public enum Precision {
        /** 8-byte IEEE doubles. */
        DOUBLE(Double.BYTES),
        /** 4-byte IEEE floats. */
        FLOAT(Float.BYTES);

        final int bytes;

        Precision(int bytes) {
            this.bytes = bytes;
        }
    }

    private final int rows;
    private final int cols;
    private final Precision precision;
    private final DeviceBuffer buffer;

    private DeviceMatrix(int rows, int cols, Precision precision, DeviceBuffer buffer) {
        this.rows = rows;
        this.cols = cols;
        this.precision = precision;
        this.buffer = buffer;
    }

    /** Allocates an uninitialised {@code rows × cols} matrix. */
    public static DeviceMatrix allocate(Arena arena, Precision precision, int rows, int cols) {
        if (rows < 0 || cols < 0) {
            throw new IllegalArgumentException("DeviceMatrix.allocate: dimensions must be >= 0,"
                    + " got " + rows + "x" + cols);
        }
        Check.notNull("DeviceMatrix.allocate", "precision", precision);
        long bytes = (long) rows * cols * precision.bytes;
        return new DeviceMatrix(rows, cols, precision, DeviceBuffer.allocate(arena, bytes));
    }

    /** Allocates a matrix and copies the row-major {@code data} ({@code rows·cols}) into it. */
    public static DeviceMatrix of(Arena arena, int rows, int cols, double[] data) {
        checkLength("DeviceMatrix.of", rows, cols, data.length);
        DeviceMatrix m = allocate(arena, Precision.DOUBLE, rows, cols);
        m.toDevice(data);
        return m;
    }

    /** Allocates a matrix and copies the row-major {@code data} ({@code rows·cols}) into it. */
    public static DeviceMatrix of(Arena arena, int rows, int cols, float[] data) {
        checkLength("DeviceMatrix.of", rows, cols, data.length);
        DeviceMatrix m = allocate(arena, Precision.FLOAT, rows, cols);
        m.toDevice(data);
        return m;
    }

    /** Number of rows. */
    public int rows() {
        return rows;
    }

    /** Number of columns (also the leading dimension). */
    public int cols() {
        return cols;
    }

    /** Element type. */
    public Precision precision() {
        return precision;
    }

    /** The device memory. */
    public DeviceBuffer buffer() {
        return buffer;
    }

    /** Number of elements, {@code rows·cols}. */
    public int size() {
        return rows * cols;
    }

    /** Copies the row-major {@code data} (length rows·cols, not modified) to the device. */
    public void toDevice(double[] data) {
        expect("DeviceMatrix.toDevice", Precision.DOUBLE);
        checkLength("DeviceMatrix.toDevice", rows, cols, data.length);
        buffer.toDevice(data, 0, size(), 0);
    }

    /** Copies the row-major {@code data} (length rows·cols, not modified) to the device. */
    public void toDevice(float[] data) {
        expect("DeviceMatrix.toDevice", Precision.FLOAT);
        checkLength("DeviceMatrix.toDevice", rows, cols, data.length);
        buffer.toDevice(data, 0, size(), 0);
    }

    /** Copies the matrix to a new row-major double array. */
    public double[] toHostDoubles() {
        expect("DeviceMatrix.toHostDoubles", Precision.DOUBLE);
        double[] out = new double[size()];
        buffer.toHost(0, out, 0, size());
        return out;
    }

    /** Copies the matrix to a new row-major float array. */
    public float[] toHostFloats() {
        expect("DeviceMatrix.toHostFloats", Precision.FLOAT);
        float[] out = new float[size()];
        buffer.toHost(0, out, 0, size());
        return out;
    }

    @Override
    public void close() {
        buffer.close();
    }

    @Override
    public String toString() {
        return "DeviceMatrix " + rows + "x" + cols + " " + precision;
    }

    void expect(String op, Precision p) {
        if (precision != p) {
            throw new IllegalArgumentException(op + ": needs a " + p + " matrix, got " + this);
        }
    }

    private static void checkLength(String op, int rows, int cols, int length) {
        if ((long) rows * cols != length) {
            throw new IllegalArgumentException(op + ": data length must be rows·cols = "
                    + (long) rows * cols + " for " + rows + "x" + cols + ", got " + length);
        }
    }
}
