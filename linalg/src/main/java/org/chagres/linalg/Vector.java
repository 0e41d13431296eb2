package org.chagres.linalg;

import java.util.Objects;
import org.chagres.kernels.Backend;
import org.chagres.kernels.Backends;
import org.chagres.kernels.Check;

/**
 * A dense vector of doubles: element i lives at {@code array()[offset() + i·stride()]}.
 * Like {@link Matrix}, a vector is mutable storage with pure operations; a row or column of a
 * matrix ({@link Matrix#row}, {@link Matrix#column}) is a vector that shares its array.
 */
public final class Vector {

    final double[] data;
    final int offset;
    final int stride;
    final int length;

    Vector(double[] data, int offset, int stride, int length) {
        this.data = data;
        this.offset = offset;
        this.stride = stride;
        this.length = length;
    }

    /** A new vector holding a copy of {@code values} (not modified). */
    public static Vector of(double... values) {
        Objects.requireNonNull(values, "Vector.of: values are null");
        return new Vector(values.clone(), 0, 1, values.length);
    }

    /** A new vector of n zeros. */
    public static Vector zeros(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("Vector.zeros: length must be >= 0, got " + n);
        }
        return new Vector(new double[n], 0, 1, n);
    }

    /**
     * A vector over an existing array, without copying: element i is
     * {@code data[offset + i·stride]}.
     *
     * @throws IllegalArgumentException if n &lt; 0 or stride &lt; 1
     * @throws IndexOutOfBoundsException if an element lies outside the array
     */
    public static Vector wrap(double[] data, int offset, int stride, int n) {
        Check.strided("Vector.wrap", "x", data, offset, n, stride);
        return new Vector(data, offset, stride, n);
    }

    /** Number of elements. */
    public int length() {
        return length;
    }

    /** The backing array, shared (not a copy). */
    public double[] array() {
        return data;
    }

    /** Index of element 0 in {@link #array()}. */
    public int offset() {
        return offset;
    }

    /** Distance in {@link #array()} between consecutive elements (≥ 1). */
    public int stride() {
        return stride;
    }

    /** Element i. @throws IndexOutOfBoundsException if i is outside [0, length) */
    public double get(int i) {
        return data[index("Vector.get", i)];
    }

    /** Sets element i to v. @throws IndexOutOfBoundsException if i is outside [0, length) */
    public void set(int i, double v) {
        data[index("Vector.set", i)] = v;
    }

    private int index(String op, int i) {
        if (i >= 0 && i < length) {
            return offset + i * stride;
        }
        throw new IndexOutOfBoundsException(op + ": index " + i + " out of bounds for length "
                + length);
    }

    /** A compact copy (stride 1). */
    public Vector copy() {
        return new Vector(toArray(), 0, 1, length);
    }

    /** A new array of the elements. */
    public double[] toArray() {
        double[] out = new double[length];
        for (int i = 0; i < length; i++) {
            out[i] = data[offset + i * stride];
        }
        return out;
    }

    /** This vector as an {@code n × 1} matrix sharing its array. */
    public Matrix asColumn() {
        return new Matrix(data, offset, Math.max(1, stride), length, 1);
    }

    /** {@code Σ xᵢyᵢ} by the Level-1 dot kernel; 0 for empty vectors. */
    public double dot(Vector y) {
        return dot(y, Backends.preferred());
    }

    /** {@code Σ xᵢyᵢ} on the given backend. */
    public double dot(Vector y, Backend backend) {
        sameLength("Vector.dot", y);
        return backend.level1().dot(length, data, offset, stride, y.data, y.offset, y.stride);
    }

    /** {@code this + y}. */
    public Vector plus(Vector y) {
        return plus(y, Backends.preferred());
    }

    /** {@code this + y} on the given backend. */
    public Vector plus(Vector y, Backend backend) {
        sameLength("Vector.plus", y);
        Vector out = copy();
        backend.level1().axpy(length, 1.0, y.data, y.offset, y.stride, out.data, 0, 1);
        return out;
    }

    /** {@code this − y}. */
    public Vector minus(Vector y) {
        return minus(y, Backends.preferred());
    }

    /** {@code this − y} on the given backend. */
    public Vector minus(Vector y, Backend backend) {
        sameLength("Vector.minus", y);
        Vector out = copy();
        backend.level1().axpy(length, -1.0, y.data, y.offset, y.stride, out.data, 0, 1);
        return out;
    }

    /** {@code s · this}. */
    public Vector scale(double s) {
        return scale(s, Backends.preferred());
    }

    /** {@code s · this} on the given backend. */
    public Vector scale(double s, Backend backend) {
        Vector out = copy();
        backend.level1().scal(length, s, out.data, 0);
        return out;
    }

    /** Σ|xᵢ|. */
    public double norm1() {
        double s = 0.0;
        for (int i = 0; i < length; i++) {
            s += Math.abs(data[offset + i * stride]);
        }
        return s;
    }

    /** ‖x‖₂ by the Level-1 nrm2 kernel (no overflow or underflow in the intermediate sums). */
    public double norm2() {
        return norm2(Backends.preferred());
    }

    /** ‖x‖₂ on the given backend. */
    public double norm2(Backend backend) {
        return backend.level1().nrm2(length, data, offset, stride);
    }

    /** max |xᵢ|; 0 for an empty vector; NaN if any element is NaN. */
    public double normInf() {
        double m = 0.0;
        for (int i = 0; i < length; i++) {
            double a = Math.abs(data[offset + i * stride]);
            if (!(a <= m)) {
                m = a;
            }
        }
        return m;
    }

    /** Whether both have the same length and {@code |xᵢ − yᵢ| ≤ tol} everywhere. */
    public boolean isApproximately(Vector y, double tol) {
        Objects.requireNonNull(y, "Vector.isApproximately: y is null");
        if (!(tol >= 0.0)) {
            throw new IllegalArgumentException("Vector.isApproximately: tol must be >= 0, got "
                    + tol);
        }
        if (y.length != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (!(Math.abs(get(i) - y.get(i)) <= tol)) {
                return false;
            }
        }
        return true;
    }

    private void sameLength(String op, Vector y) {
        Objects.requireNonNull(y, op + ": y is null");
        if (y.length != length) {
            throw new IllegalArgumentException(op + ": lengths differ, got x " + length + ", y "
                    + y.length);
        }
    }

    /** {@code "Vector 3"} then the elements on one line (elided past 12). */
    @Override
    public String toString() {
        return MatrixText.format(1, length, (i, j) -> data[offset + j * stride],
                "Vector " + length);
    }
}
