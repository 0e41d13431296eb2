package org.chagres.linalg;

import java.util.Objects;
import org.chagres.kernels.Backend;
import org.chagres.kernels.Backends;
import org.chagres.kernels.Check;
import org.chagres.kernels.Elementwise;
import org.chagres.kernels.Transpose;

/**
 * The single-precision counterpart of {@link Matrix}'s basic operations: a dense row-major
 * {@code rows × cols} matrix of floats with an offset and a leading dimension, mutable storage
 * with pure operations and {@code …Into} variants. Decompositions work on {@link Matrix}; use
 * {@link #toMatrix()} to widen.
 */
public final class FloatMatrix {

    final float[] data;
    final int offset;
    final int ld;
    final int rows;
    final int cols;

    FloatMatrix(float[] data, int offset, int ld, int rows, int cols) {
        this.data = data;
        this.offset = offset;
        this.ld = ld;
        this.rows = rows;
        this.cols = cols;
    }

    /** A new {@code rows × cols} matrix of zeros. */
    public static FloatMatrix zeros(int rows, int cols) {
        Shapes.dims("FloatMatrix.zeros", rows, cols);
        return new FloatMatrix(new float[Math.multiplyExact(rows, cols)], 0, Math.max(1, cols),
                rows, cols);
    }

    /** A new matrix holding a copy of {@code rowMajor} ({@code rows·cols} values). */
    public static FloatMatrix of(int rows, int cols, float... rowMajor) {
        Shapes.dims("FloatMatrix.of", rows, cols);
        Objects.requireNonNull(rowMajor, "FloatMatrix.of: values are null");
        if ((long) rows * cols != rowMajor.length) {
            throw new IllegalArgumentException("FloatMatrix.of: values.length != rows·cols, got "
                    + rowMajor.length + " values for " + rows + "x" + cols);
        }
        return new FloatMatrix(rowMajor.clone(), 0, Math.max(1, cols), rows, cols);
    }

    /** A new matrix holding a copy of the rows {@code values[i]} (of equal length). */
    public static FloatMatrix of(float[][] values) {
        Objects.requireNonNull(values, "FloatMatrix.of: values are null");
        int r = values.length;
        int c = r == 0 ? 0 : Objects.requireNonNull(values[0], "FloatMatrix.of: row 0 is null")
                .length;
        FloatMatrix m = zeros(r, c);
        for (int i = 0; i < r; i++) {
            float[] row = Objects.requireNonNull(values[i], "FloatMatrix.of: row " + i
                    + " is null");
            if (row.length != c) {
                throw new IllegalArgumentException("FloatMatrix.of: rows differ in length, got row"
                        + " 0 of " + c + " and row " + i + " of " + row.length);
            }
            System.arraycopy(row, 0, m.data, i * m.ld, c);
        }
        return m;
    }

    /** The matrix rounded to float, element by element (round to nearest). */
    public static FloatMatrix of(Matrix a) {
        Objects.requireNonNull(a, "FloatMatrix.of: a is null");
        FloatMatrix m = zeros(a.rows, a.cols);
        for (int i = 0; i < a.rows; i++) {
            for (int j = 0; j < a.cols; j++) {
                m.data[i * m.ld + j] = (float) a.data[a.offset + i * a.ld + j];
            }
        }
        return m;
    }

    /** A matrix over an existing array, without copying (see {@link Matrix#wrap}). */
    public static FloatMatrix wrap(float[] data, int offset, int ld, int rows, int cols) {
        Check.matrix("FloatMatrix.wrap", "A", data, offset, rows, cols, ld);
        return new FloatMatrix(data, offset, ld, rows, cols);
    }

    /** The {@code n × n} identity. */
    public static FloatMatrix identity(int n) {
        FloatMatrix m = zeros(n, n);
        for (int i = 0; i < n; i++) {
            m.data[i * m.ld + i] = 1f;
        }
        return m;
    }

    /** The matrix widened to double, exactly. */
    public Matrix toMatrix() {
        Matrix m = Matrix.zeros(rows, cols);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                m.data[i * m.ld + j] = data[offset + i * ld + j];
            }
        }
        return m;
    }

    /** Number of rows. */
    public int rows() {
        return rows;
    }

    /** Number of columns. */
    public int cols() {
        return cols;
    }

    /** The backing array, shared (not a copy). */
    public float[] array() {
        return data;
    }

    /** Index of element (0, 0) in {@link #array()}. */
    public int offset() {
        return offset;
    }

    /** Leading dimension. */
    public int ld() {
        return ld;
    }

    /** Element (i, j). @throws IndexOutOfBoundsException outside the matrix */
    public float get(int i, int j) {
        return data[index("FloatMatrix.get", i, j)];
    }

    /** Sets element (i, j). @throws IndexOutOfBoundsException outside the matrix */
    public void set(int i, int j, float v) {
        data[index("FloatMatrix.set", i, j)] = v;
    }

    private int index(String op, int i, int j) {
        if (i >= 0 && i < rows && j >= 0 && j < cols) {
            return offset + i * ld + j;
        }
        throw new IndexOutOfBoundsException(op + ": index (" + i + ", " + j
                + ") out of bounds for " + shape());
    }

    /** The {@code r × c} block at (r0, c0), sharing this matrix's array. */
    public FloatMatrix view(int r0, int c0, int r, int c) {
        if (r0 >= 0 && c0 >= 0 && r >= 0 && c >= 0 && (long) r0 + r <= rows
                && (long) c0 + c <= cols) {
            return new FloatMatrix(data, r == 0 || c == 0 ? offset : offset + r0 * ld + c0,
                    Math.max(ld, Math.max(1, c)), r, c);
        }
        throw new IndexOutOfBoundsException("FloatMatrix.view: block " + r + "x" + c + " at ("
                + r0 + ", " + c0 + ") does not fit in " + shape());
    }

    /** A compact copy. */
    public FloatMatrix copy() {
        FloatMatrix m = zeros(rows, cols);
        for (int i = 0; i < rows && cols > 0; i++) {
            System.arraycopy(data, offset + i * ld, m.data, i * m.ld, cols);
        }
        return m;
    }

    /** A new row-major array of {@code rows·cols} values. */
    public float[] toArray() {
        float[] out = new float[rows * cols];
        for (int i = 0; i < rows && cols > 0; i++) {
            System.arraycopy(data, offset + i * ld, out, i * cols, cols);
        }
        return out;
    }

    /** {@code this · b} by Level-3 gemm. @throws IllegalArgumentException on shape */
    public FloatMatrix times(FloatMatrix b) {
        return times(b, Backends.preferred());
    }

    /** {@code this · b} on the given backend. */
    public FloatMatrix times(FloatMatrix b, Backend backend) {
        FloatMatrix c = zeros(rows, checkProduct("FloatMatrix.times", b));
        timesInto(b, c, backend);
        return c;
    }

    /** {@code dest = this · b}; dest must share no element with the operands. */
    public void timesInto(FloatMatrix b, FloatMatrix dest) {
        timesInto(b, dest, Backends.preferred());
    }

    /** {@code dest = this · b} on the given backend. */
    public void timesInto(FloatMatrix b, FloatMatrix dest, Backend backend) {
        int n = checkProduct("FloatMatrix.timesInto", b);
        Objects.requireNonNull(dest, "FloatMatrix.timesInto: dest is null");
        if (dest.rows != rows || dest.cols != n) {
            throw new IllegalArgumentException("FloatMatrix.timesInto: dest must be " + rows + "x"
                    + n + ", got dest " + dest.shape());
        }
        backend.level3().gemm(Transpose.NO, Transpose.NO, rows, n, cols, 1f, data, offset, ld,
                b.data, b.offset, b.ld, 0f, dest.data, dest.offset, dest.ld);
    }

    private int checkProduct(String op, FloatMatrix b) {
        Objects.requireNonNull(b, op + ": B is null");
        if (cols != b.rows) {
            throw new IllegalArgumentException(op + ": A.cols != B.rows, got A " + shape()
                    + ", B " + b.shape());
        }
        return b.cols;
    }

    /** {@code this + b}. */
    public FloatMatrix plus(FloatMatrix b) {
        return plus(b, Backends.preferred());
    }

    /** {@code this + b} on the given backend. */
    public FloatMatrix plus(FloatMatrix b, Backend backend) {
        FloatMatrix c = zeros(rows, cols);
        plusInto(b, c, backend);
        return c;
    }

    /** {@code dest = this + b}; dest may be this or b. */
    public void plusInto(FloatMatrix b, FloatMatrix dest, Backend backend) {
        rowsInto("FloatMatrix.plus", Elementwise::add, b, dest, backend);
    }

    /** {@code this − b}. */
    public FloatMatrix minus(FloatMatrix b) {
        return minus(b, Backends.preferred());
    }

    /** {@code this − b} on the given backend. */
    public FloatMatrix minus(FloatMatrix b, Backend backend) {
        FloatMatrix c = zeros(rows, cols);
        minusInto(b, c, backend);
        return c;
    }

    /** {@code dest = this − b}; dest may be this or b. */
    public void minusInto(FloatMatrix b, FloatMatrix dest, Backend backend) {
        rowsInto("FloatMatrix.minus", Elementwise::sub, b, dest, backend);
    }

    /** The element-wise product {@code this ∘ b}. */
    public FloatMatrix hadamard(FloatMatrix b) {
        return hadamard(b, Backends.preferred());
    }

    /** {@code this ∘ b} on the given backend. */
    public FloatMatrix hadamard(FloatMatrix b, Backend backend) {
        FloatMatrix c = zeros(rows, cols);
        rowsInto("FloatMatrix.hadamard", Elementwise::mul, b, c, backend);
        return c;
    }

    /** One binary element-wise kernel, {@code out = x op y} over n elements. */
    @FunctionalInterface
    private interface RowKernel {
        void apply(Elementwise e, int n, float[] x, int xOff, float[] y, int yOff, float[] out,
                int outOff);
    }

    /** {@code dest = this op b} row by row; b and dest must have this shape. */
    private void rowsInto(String op, RowKernel kernel, FloatMatrix b, FloatMatrix dest,
            Backend backend) {
        same(op, b, dest);
        for (int i = 0; i < rows; i++) {
            kernel.apply(backend.elementwise(), cols, data, offset + i * ld, b.data,
                    b.offset + i * b.ld, dest.data, dest.offset + i * dest.ld);
        }
    }

    /** {@code s · this}. */
    public FloatMatrix scale(float s) {
        return scale(s, Backends.preferred());
    }

    /** {@code s · this} on the given backend. */
    public FloatMatrix scale(float s, Backend backend) {
        FloatMatrix c = zeros(rows, cols);
        for (int i = 0; i < rows; i++) {
            backend.elementwise().mul(cols, data, offset + i * ld, s, c.data, c.offset + i * c.ld);
        }
        return c;
    }

    /** The transpose, a new {@code cols × rows} matrix. */
    public FloatMatrix transpose() {
        FloatMatrix t = zeros(cols, rows);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                t.data[j * t.ld + i] = data[offset + i * ld + j];
            }
        }
        return t;
    }

    /** Σ aᵢᵢ, accumulated in double. @throws IllegalArgumentException if not square */
    public double trace() {
        if (rows != cols) {
            throw new IllegalArgumentException("FloatMatrix.trace: matrix must be square, got "
                    + shape());
        }
        double s = 0.0;
        for (int i = 0; i < rows; i++) {
            s += data[offset + i * ld + i];
        }
        return s;
    }

    /** ‖A‖₁ (max column sum of |aᵢⱼ|), accumulated in double. */
    public double norm1() {
        return toMatrix().norm1();
    }

    /** ‖A‖∞ (max row sum of |aᵢⱼ|), accumulated in double. */
    public double normInf() {
        return toMatrix().normInf();
    }

    /** ‖A‖_F, accumulated in double with scaling (no overflow). */
    public double normFrobenius() {
        return toMatrix().normFrobenius();
    }

    /** Whether both have the same shape and {@code |aᵢⱼ − bᵢⱼ| ≤ tol} everywhere. */
    public boolean isApproximately(FloatMatrix other, double tol) {
        Objects.requireNonNull(other, "FloatMatrix.isApproximately: other is null");
        return toMatrix().isApproximately(other.toMatrix(), tol);
    }

    private void same(String op, FloatMatrix b, FloatMatrix dest) {
        Objects.requireNonNull(b, op + ": B is null");
        Objects.requireNonNull(dest, op + ": dest is null");
        if (b.rows != rows || b.cols != cols || dest.rows != rows || dest.cols != cols) {
            throw new IllegalArgumentException(op + ": shapes differ, got A " + shape() + ", B "
                    + b.shape() + ", dest " + dest.shape());
        }
    }

    /** {@code "3x4"}. */
    public String shape() {
        return rows + "x" + cols;
    }

    /** Aligned columns, as {@link Matrix#toString()}. */
    @Override
    public String toString() {
        return MatrixText.format(rows, cols, (i, j) -> data[offset + i * ld + j],
                "FloatMatrix " + shape());
    }
}
