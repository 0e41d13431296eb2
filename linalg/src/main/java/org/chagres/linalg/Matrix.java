package org.chagres.linalg;

import java.util.Objects;
import org.chagres.kernels.Backend;
import org.chagres.kernels.Backends;
import org.chagres.kernels.Check;
import org.chagres.kernels.Elementwise;
import org.chagres.kernels.Transpose;

/**
 * A dense {@code rows × cols} matrix of doubles, stored row-major in a {@code double[]} with an
 * offset and a leading dimension: element (i, j) lives at {@code array()[offset() + i·ld() + j]}.
 *
 * <p>A matrix is mutable storage ({@link #get}, {@link #set}); operations such as {@link #times},
 * {@link #plus} and {@link #transpose} are pure and return new matrices, and their
 * {@code …Into} variants write into a destination the caller supplies. Views ({@link #view},
 * {@link #row}, {@link #column}) share the backing array, so writing through a view changes
 * the matrix it came from.
 *
 * <p>Every method that computes has an overload taking a {@link Backend}; the others use
 * {@link Backends#preferred()}. Shape mismatches throw IllegalArgumentException naming the
 * operation and both shapes, e.g. {@code "Matrix.times: A.cols != B.rows, got A 3x4, B 5x2"}.
 * Nothing is modified when a method throws.
 */
public final class Matrix {

    final double[] data;
    final int offset;
    final int ld;
    final int rows;
    final int cols;

    Matrix(double[] data, int offset, int ld, int rows, int cols) {
        this.data = data;
        this.offset = offset;
        this.ld = ld;
        this.rows = rows;
        this.cols = cols;
    }

    /** A new {@code rows × cols} matrix of zeros. */
    public static Matrix zeros(int rows, int cols) {
        Shapes.dims("Matrix.zeros", rows, cols);
        return new Matrix(new double[Math.multiplyExact(rows, cols)], 0, Math.max(1, cols),
                rows, cols);
    }

    /**
     * A new {@code rows × cols} matrix holding a copy of {@code rowMajor}.
     *
     * @param rowMajor {@code rows·cols} values, row after row; not modified
     * @throws IllegalArgumentException if the length is not {@code rows·cols}
     */
    public static Matrix of(int rows, int cols, double... rowMajor) {
        Shapes.dims("Matrix.of", rows, cols);
        Objects.requireNonNull(rowMajor, "Matrix.of: values are null");
        if ((long) rows * cols != rowMajor.length) {
            throw new IllegalArgumentException("Matrix.of: values.length != rows·cols, got "
                    + rowMajor.length + " values for " + rows + "x" + cols);
        }
        return new Matrix(rowMajor.clone(), 0, Math.max(1, cols), rows, cols);
    }

    /**
     * A new matrix holding a copy of the rows {@code values[i]}.
     *
     * @param values rows of equal length; not modified. {@code new double[0][]} gives 0×0.
     * @throws IllegalArgumentException if the rows differ in length
     */
    public static Matrix of(double[][] values) {
        Objects.requireNonNull(values, "Matrix.of: values are null");
        int r = values.length;
        int c = r == 0 ? 0 : Objects.requireNonNull(values[0], "Matrix.of: row 0 is null").length;
        Matrix m = zeros(r, c);
        for (int i = 0; i < r; i++) {
            double[] row = Objects.requireNonNull(values[i], "Matrix.of: row " + i + " is null");
            if (row.length != c) {
                throw new IllegalArgumentException("Matrix.of: rows differ in length, got row 0 of "
                        + c + " and row " + i + " of " + row.length);
            }
            System.arraycopy(row, 0, m.data, i * m.ld, c);
        }
        return m;
    }

    /** A new matrix whose column j is a copy of {@code columns[j]} (all of equal length). */
    public static Matrix ofColumns(double[]... columns) {
        Objects.requireNonNull(columns, "Matrix.ofColumns: columns are null");
        int c = columns.length;
        int r = c == 0 ? 0 : Objects.requireNonNull(columns[0],
                "Matrix.ofColumns: column 0 is null").length;
        Matrix m = zeros(r, c);
        for (int j = 0; j < c; j++) {
            double[] col = Objects.requireNonNull(columns[j],
                    "Matrix.ofColumns: column " + j + " is null");
            if (col.length != r) {
                throw new IllegalArgumentException("Matrix.ofColumns: columns differ in length, got"
                        + " column 0 of " + r + " and column " + j + " of " + col.length);
            }
            for (int i = 0; i < r; i++) {
                m.data[i * m.ld + j] = col[i];
            }
        }
        return m;
    }

    /**
     * A matrix over an existing array, without copying: element (i, j) is
     * {@code data[offset + i·ld + j]}. Writes through either side are seen by the other.
     *
     * @throws IllegalArgumentException if a dimension is negative or {@code ld < max(1, cols)}
     * @throws IndexOutOfBoundsException if the matrix leaves the array
     */
    public static Matrix wrap(double[] data, int offset, int ld, int rows, int cols) {
        Check.matrix("Matrix.wrap", "A", data, offset, rows, cols, ld);
        return new Matrix(data, offset, ld, rows, cols);
    }

    /** The {@code n × n} identity. */
    public static Matrix identity(int n) {
        Matrix m = zeros(n, n);
        for (int i = 0; i < n; i++) {
            m.data[i * m.ld + i] = 1.0;
        }
        return m;
    }

    /** The square matrix with {@code d} on the diagonal and zeros elsewhere. */
    public static Matrix diagonal(double... d) {
        Objects.requireNonNull(d, "Matrix.diagonal: d is null");
        Matrix m = zeros(d.length, d.length);
        for (int i = 0; i < d.length; i++) {
            m.data[i * m.ld + i] = d[i];
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

    /** Whether {@code rows() == cols()}. */
    public boolean isSquare() {
        return rows == cols;
    }

    /**
     * The backing array, shared (not a copy), for passing to the kernels together with
     * {@link #offset()} and {@link #ld()}.
     */
    public double[] array() {
        return data;
    }

    /** Index of element (0, 0) in {@link #array()}. */
    public int offset() {
        return offset;
    }

    /** Leading dimension: the distance in {@link #array()} between (i, j) and (i + 1, j). */
    public int ld() {
        return ld;
    }

    /** Element (i, j). @throws IndexOutOfBoundsException if (i, j) lies outside the matrix */
    public double get(int i, int j) {
        return data[index("Matrix.get", i, j)];
    }

    /** Sets element (i, j) to v. @throws IndexOutOfBoundsException outside the matrix */
    public void set(int i, int j, double v) {
        data[index("Matrix.set", i, j)] = v;
    }

    private int index(String op, int i, int j) {
        if (i >= 0 && i < rows && j >= 0 && j < cols) {
            return offset + i * ld + j;
        }
        throw new IndexOutOfBoundsException(op + ": index (" + i + ", " + j
                + ") out of bounds for " + shape());
    }

    /**
     * The {@code r × c} block starting at (r0, c0), sharing this matrix's array.
     *
     * @throws IndexOutOfBoundsException if the block does not lie inside the matrix
     */
    public Matrix view(int r0, int c0, int r, int c) {
        if (r0 >= 0 && c0 >= 0 && r >= 0 && c >= 0 && (long) r0 + r <= rows
                && (long) c0 + c <= cols) {
            return new Matrix(data, r == 0 || c == 0 ? offset : offset + r0 * ld + c0,
                    Math.max(ld, Math.max(1, c)), r, c);
        }
        throw new IndexOutOfBoundsException("Matrix.view: block " + r + "x" + c + " at (" + r0
                + ", " + c0 + ") does not fit in " + shape());
    }

    /** Row i as a vector sharing this matrix's array. */
    public Vector row(int i) {
        if (i >= 0 && i < rows) {
            return new Vector(data, offset + i * ld, 1, cols);
        }
        throw new IndexOutOfBoundsException("Matrix.row: row " + i + " out of bounds for "
                + shape());
    }

    /** Column j as a vector (stride {@link #ld()}) sharing this matrix's array. */
    public Vector column(int j) {
        if (j >= 0 && j < cols) {
            return new Vector(data, offset + j, ld, rows);
        }
        throw new IndexOutOfBoundsException("Matrix.column: column " + j + " out of bounds for "
                + shape());
    }

    /** A copy with its own compact array ({@code ld == max(1, cols)}). */
    public Matrix copy() {
        Matrix m = zeros(rows, cols);
        copyInto(m);
        return m;
    }

    /** Copies this matrix into {@code dest} (same shape; must not partially overlap this). */
    public void copyInto(Matrix dest) {
        Shapes.same("Matrix.copyInto", this, dest);
        for (int i = 0; i < rows && cols > 0; i++) {
            System.arraycopy(data, offset + i * ld, dest.data, dest.offset + i * dest.ld, cols);
        }
    }

    /** A new row-major array of {@code rows·cols} values. */
    public double[] toArray() {
        double[] out = new double[rows * cols];
        for (int i = 0; i < rows && cols > 0; i++) {
            System.arraycopy(data, offset + i * ld, out, i * cols, cols);
        }
        return out;
    }

    /** A new array of rows. */
    public double[][] toArray2D() {
        double[][] out = new double[rows][];
        for (int i = 0; i < rows; i++) {
            out[i] = cols == 0 ? new double[0]
                    : java.util.Arrays.copyOfRange(data, offset + i * ld, offset + i * ld + cols);
        }
        return out;
    }

    /** The diagonal {@code (a₀₀, a₁₁, …)} of length {@code min(rows, cols)}, copied. */
    public double[] diagonalValues() {
        int k = Math.min(rows, cols);
        double[] d = new double[k];
        for (int i = 0; i < k; i++) {
            d[i] = data[offset + i * ld + i];
        }
        return d;
    }

    // ---------------------------------------------------------------- products

    /** {@code this · b}, computed by Level-3 gemm. @throws IllegalArgumentException on shape */
    public Matrix times(Matrix b) {
        return times(b, Backends.preferred());
    }

    /** {@code this · b} on the given backend. */
    public Matrix times(Matrix b, Backend backend) {
        Shapes.product("Matrix.times", this, b);
        Matrix c = zeros(rows, b.cols);
        gemm(Transpose.NO, this, Transpose.NO, b, 1.0, 0.0, c, backend);
        return c;
    }

    /** {@code dest = this · b}; dest must be {@code rows × b.cols} and share no element. */
    public void timesInto(Matrix b, Matrix dest) {
        timesInto(b, dest, Backends.preferred());
    }

    /** {@code dest = this · b} on the given backend. */
    public void timesInto(Matrix b, Matrix dest, Backend backend) {
        Shapes.product("Matrix.timesInto", this, b);
        Shapes.dest("Matrix.timesInto", dest, rows, b.cols);
        gemm(Transpose.NO, this, Transpose.NO, b, 1.0, 0.0, dest, backend);
    }

    /** {@code thisᵀ · b} without forming the transpose. */
    public Matrix transposeTimes(Matrix b) {
        return transposeTimes(b, Backends.preferred());
    }

    /** {@code thisᵀ · b} on the given backend. */
    public Matrix transposeTimes(Matrix b, Backend backend) {
        if (rows != b.rows) {
            throw new IllegalArgumentException("Matrix.transposeTimes: A.rows != B.rows, got A "
                    + shape() + ", B " + b.shape());
        }
        Matrix c = zeros(cols, b.cols);
        gemm(Transpose.YES, this, Transpose.NO, b, 1.0, 0.0, c, backend);
        return c;
    }

    /** {@code this · bᵀ} without forming the transpose. */
    public Matrix timesTranspose(Matrix b) {
        return timesTranspose(b, Backends.preferred());
    }

    /** {@code this · bᵀ} on the given backend. */
    public Matrix timesTranspose(Matrix b, Backend backend) {
        if (cols != b.cols) {
            throw new IllegalArgumentException("Matrix.timesTranspose: A.cols != B.cols, got A "
                    + shape() + ", B " + b.shape());
        }
        Matrix c = zeros(rows, b.rows);
        gemm(Transpose.NO, this, Transpose.YES, b, 1.0, 0.0, c, backend);
        return c;
    }

    static void gemm(Transpose ta, Matrix a, Transpose tb, Matrix b, double alpha, double beta,
            Matrix c, Backend backend) {
        int k = ta == Transpose.NO ? a.cols : a.rows;
        backend.level3().gemm(ta, tb, c.rows, c.cols, k, alpha, a.data, a.offset, a.ld,
                b.data, b.offset, b.ld, beta, c.data, c.offset, c.ld);
    }

    /** {@code this · x}, computed by Level-2 gemv. @throws IllegalArgumentException on shape */
    public Vector times(Vector x) {
        return times(x, Backends.preferred());
    }

    /** {@code this · x} on the given backend. */
    public Vector times(Vector x, Backend backend) {
        if (cols != x.length) {
            throw new IllegalArgumentException("Matrix.times: A.cols != x.length, got A "
                    + shape() + ", x " + x.length);
        }
        Vector y = Vector.zeros(rows);
        timesInto(x, y, backend);
        return y;
    }

    /** {@code y = this · x}; y must have length {@code rows} and not overlap x or this. */
    public void timesInto(Vector x, Vector y) {
        timesInto(x, y, Backends.preferred());
    }

    /** {@code y = this · x} on the given backend. */
    public void timesInto(Vector x, Vector y, Backend backend) {
        if (cols != x.length || rows != y.length) {
            throw new IllegalArgumentException("Matrix.timesInto: A.cols != x.length or A.rows"
                    + " != y.length, got A " + shape() + ", x " + x.length + ", y " + y.length);
        }
        if (rows == 0) {
            return;
        }
        double[] xs = x.stride == 1 ? x.data : x.toArray();
        int xo = x.stride == 1 ? x.offset : 0;
        if (y.stride == 1) {
            backend.level2().gemv(Transpose.NO, rows, cols, 1.0, data, offset, ld, xs, xo, 0.0,
                    y.data, y.offset);
        } else {
            double[] tmp = new double[rows];
            backend.level2().gemv(Transpose.NO, rows, cols, 1.0, data, offset, ld, xs, xo, 0.0,
                    tmp, 0);
            for (int i = 0; i < rows; i++) {
                y.data[y.offset + i * y.stride] = tmp[i];
            }
        }
    }

    // ---------------------------------------------------------------- element-wise

    /** {@code this + b}. */
    public Matrix plus(Matrix b) {
        return plus(b, Backends.preferred());
    }

    /** {@code this + b} on the given backend. */
    public Matrix plus(Matrix b, Backend backend) {
        Matrix c = zeros(rows, cols);
        plusInto(b, c, backend);
        return c;
    }

    /** {@code dest = this + b}; dest may be this or b. */
    public void plusInto(Matrix b, Matrix dest) {
        plusInto(b, dest, Backends.preferred());
    }

    /** {@code dest = this + b} on the given backend. */
    public void plusInto(Matrix b, Matrix dest, Backend backend) {
        rowsInto("Matrix.plus", Elementwise::add, b, dest, backend);
    }

    /** {@code this − b}. */
    public Matrix minus(Matrix b) {
        return minus(b, Backends.preferred());
    }

    /** {@code this − b} on the given backend. */
    public Matrix minus(Matrix b, Backend backend) {
        Matrix c = zeros(rows, cols);
        minusInto(b, c, backend);
        return c;
    }

    /** {@code dest = this − b}; dest may be this or b. */
    public void minusInto(Matrix b, Matrix dest) {
        minusInto(b, dest, Backends.preferred());
    }

    /** {@code dest = this − b} on the given backend. */
    public void minusInto(Matrix b, Matrix dest, Backend backend) {
        rowsInto("Matrix.minus", Elementwise::sub, b, dest, backend);
    }

    /** The element-wise (Hadamard) product {@code this ∘ b}. */
    public Matrix hadamard(Matrix b) {
        return hadamard(b, Backends.preferred());
    }

    /** {@code this ∘ b} on the given backend. */
    public Matrix hadamard(Matrix b, Backend backend) {
        Matrix c = zeros(rows, cols);
        hadamardInto(b, c, backend);
        return c;
    }

    /** {@code dest = this ∘ b}; dest may be this or b. */
    public void hadamardInto(Matrix b, Matrix dest) {
        hadamardInto(b, dest, Backends.preferred());
    }

    /** {@code dest = this ∘ b} on the given backend. */
    public void hadamardInto(Matrix b, Matrix dest, Backend backend) {
        rowsInto("Matrix.hadamard", Elementwise::mul, b, dest, backend);
    }

    /** One binary element-wise kernel, {@code out = x op y} over n elements. */
    @FunctionalInterface
    private interface RowKernel {
        void apply(Elementwise e, int n, double[] x, int xOff, double[] y, int yOff, double[] out,
                int outOff);
    }

    /** {@code dest = this op b} row by row; b and dest must have this shape. */
    private void rowsInto(String op, RowKernel kernel, Matrix b, Matrix dest, Backend backend) {
        Shapes.same(op, this, b);
        Shapes.same(op, this, dest);
        for (int i = 0; i < rows; i++) {
            kernel.apply(backend.elementwise(), cols, data, offset + i * ld, b.data,
                    b.offset + i * b.ld, dest.data, dest.offset + i * dest.ld);
        }
    }

    /** {@code s · this}. */
    public Matrix scale(double s) {
        return scale(s, Backends.preferred());
    }

    /** {@code s · this} on the given backend. */
    public Matrix scale(double s, Backend backend) {
        Matrix c = zeros(rows, cols);
        scaleInto(s, c, backend);
        return c;
    }

    /** {@code dest = s · this}; dest may be this. */
    public void scaleInto(double s, Matrix dest) {
        scaleInto(s, dest, Backends.preferred());
    }

    /** {@code dest = s · this} on the given backend. */
    public void scaleInto(double s, Matrix dest, Backend backend) {
        Shapes.same("Matrix.scale", this, dest);
        for (int i = 0; i < rows; i++) {
            backend.elementwise().mul(cols, data, offset + i * ld, s, dest.data,
                    dest.offset + i * dest.ld);
        }
    }

    /** The transpose, a new {@code cols × rows} matrix. */
    public Matrix transpose() {
        Matrix t = zeros(cols, rows);
        transposeInto(t);
        return t;
    }

    /** {@code dest = thisᵀ}; dest is {@code cols × rows} and must not overlap this. */
    public void transposeInto(Matrix dest) {
        Shapes.dest("Matrix.transposeInto", dest, cols, rows);
        // blocks of 32×32 keep both the rows read and the rows written in cache
        final int bs = 32;
        for (int i0 = 0; i0 < rows; i0 += bs) {
            int i1 = Math.min(rows, i0 + bs);
            for (int j0 = 0; j0 < cols; j0 += bs) {
                int j1 = Math.min(cols, j0 + bs);
                for (int i = i0; i < i1; i++) {
                    int src = offset + i * ld;
                    for (int j = j0; j < j1; j++) {
                        dest.data[dest.offset + j * dest.ld + i] = data[src + j];
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------- norms and scalars

    /** ‖A‖₁ = max over columns of Σᵢ|aᵢⱼ|; 0 for an empty matrix; NaN if any element is NaN. */
    public double norm1() {
        double[] s = new double[cols];
        for (int i = 0; i < rows; i++) {
            int r = offset + i * ld;
            for (int j = 0; j < cols; j++) {
                s[j] += Math.abs(data[r + j]);
            }
        }
        double m = 0.0;
        for (double v : s) {
            if (!(v <= m)) {
                m = v;
            }
        }
        return m;
    }

    /** ‖A‖∞ = max over rows of Σⱼ|aᵢⱼ|; 0 for an empty matrix; NaN if any element is NaN. */
    public double normInf() {
        double m = 0.0;
        for (int i = 0; i < rows; i++) {
            int r = offset + i * ld;
            double s = 0.0;
            for (int j = 0; j < cols; j++) {
                s += Math.abs(data[r + j]);
            }
            if (!(s <= m)) {
                m = s;
            }
        }
        return m;
    }

    /**
     * ‖A‖_F = sqrt(Σ aᵢⱼ²), computed with a running scale so that it neither overflows nor
     * underflows when the result is representable; 0 for an empty matrix; NaN if any element is
     * NaN; +∞ if any is infinite (and none NaN).
     */
    public double normFrobenius() {
        double scale = 0.0;
        double ssq = 1.0;
        boolean inf = false;
        for (int i = 0; i < rows; i++) {
            int r = offset + i * ld;
            for (int j = 0; j < cols; j++) {
                double a = Math.abs(data[r + j]);
                if (Double.isNaN(a)) {
                    return Double.NaN;
                }
                if (a == Double.POSITIVE_INFINITY) {
                    inf = true;
                } else if (a != 0.0) {
                    if (scale < a) {
                        double q = scale / a;
                        ssq = 1.0 + ssq * q * q;
                        scale = a;
                    } else {
                        double q = a / scale;
                        ssq += q * q;
                    }
                }
            }
        }
        return inf ? Double.POSITIVE_INFINITY : scale * Math.sqrt(ssq);
    }

    /** max |aᵢⱼ|; 0 for an empty matrix; NaN if any element is NaN. */
    public double normMax() {
        double m = 0.0;
        for (int i = 0; i < rows; i++) {
            int r = offset + i * ld;
            for (int j = 0; j < cols; j++) {
                double a = Math.abs(data[r + j]);
                if (!(a <= m)) {
                    m = a;
                }
            }
        }
        return m;
    }

    /** Σ aᵢᵢ. @throws IllegalArgumentException if the matrix is not square */
    public double trace() {
        Shapes.square("Matrix.trace", this);
        double s = 0.0;
        for (int i = 0; i < rows; i++) {
            s += data[offset + i * ld + i];
        }
        return s;
    }

    /**
     * Whether both matrices have the same shape and {@code |aᵢⱼ − bᵢⱼ| ≤ tol} for every element
     * (NaN never compares equal).
     *
     * @throws IllegalArgumentException if tol is negative or NaN
     */
    public boolean isApproximately(Matrix other, double tol) {
        Objects.requireNonNull(other, "Matrix.isApproximately: other is null");
        if (!(tol >= 0.0)) {
            throw new IllegalArgumentException("Matrix.isApproximately: tol must be >= 0, got "
                    + tol);
        }
        if (rows != other.rows || cols != other.cols) {
            return false;
        }
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                if (!(Math.abs(data[offset + i * ld + j]
                        - other.data[other.offset + i * other.ld + j]) <= tol)) {
                    return false;
                }
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- solvers

    /**
     * The solution X of {@code this · X = b} by LU with partial pivoting.
     *
     * @throws IllegalArgumentException if this is not square or the rows differ
     * @throws SingularMatrixException if the matrix is singular or numerically singular
     *     (rcond &lt; ε); see {@link Lu}
     */
    public Matrix solve(Matrix b) {
        return solve(b, Backends.preferred());
    }

    /** {@link #solve(Matrix)} on the given backend. */
    public Matrix solve(Matrix b, Backend backend) {
        return Lu.of(this, backend).solve(b);
    }

    /** The solution x of {@code this · x = b} by LU; see {@link #solve(Matrix)}. */
    public Vector solve(Vector b) {
        return solve(b, Backends.preferred());
    }

    /** {@link #solve(Vector)} on the given backend. */
    public Vector solve(Vector b, Backend backend) {
        return Lu.of(this, backend).solve(b);
    }

    /** The inverse, by LU. @throws SingularMatrixException as {@link Lu#inverse()} */
    public Matrix inverse() {
        return inverse(Backends.preferred());
    }

    /** {@link #inverse()} on the given backend. */
    public Matrix inverse(Backend backend) {
        return Lu.of(this, backend).inverse();
    }

    /** det(A), by LU; 0 for an exactly singular matrix, 1 for 0×0. */
    public double determinant() {
        return determinant(Backends.preferred());
    }

    /** {@link #determinant()} on the given backend. */
    public double determinant(Backend backend) {
        return Lu.of(this, backend).determinant();
    }

    /** sign and log|det(A)|, by LU, without overflow. */
    public LogDeterminant logDeterminant() {
        return logDeterminant(Backends.preferred());
    }

    /** {@link #logDeterminant()} on the given backend. */
    public LogDeterminant logDeterminant(Backend backend) {
        return Lu.of(this, backend).logDeterminant();
    }

    /**
     * The numerical rank: the number of singular values greater than
     * {@code max(rows, cols)·ε·σ₁} (NumPy's {@code matrix_rank} rule), by {@link Svd#values}.
     * {@link PivotedQr#rank()} is a cheaper estimate.
     */
    public int rank() {
        return rank(Backends.preferred());
    }

    /** {@link #rank()} on the given backend. */
    public int rank(Backend backend) {
        double[] s = Svd.values(this, backend);
        double tol = s.length == 0 ? 0.0 : Math.max(rows, cols) * Math.ulp(1.0) * s[0];
        int r = 0;
        while (r < s.length && s[r] > tol) {
            r++;
        }
        return r;
    }

    /** ‖A‖₂ = σ₁, the largest singular value (by {@link Svd#values}); 0 for an empty matrix. */
    public double norm2() {
        return norm2(Backends.preferred());
    }

    /** {@link #norm2()} on the given backend. */
    public double norm2(Backend backend) {
        double[] s = Svd.values(this, backend);
        return s.length == 0 ? 0.0 : s[0];
    }

    /**
     * The 2-norm condition number σ₁/σ_k, k = min(rows, cols) (by {@link Svd#values}): +∞ for
     * a rank-deficient matrix, NaN for an empty one. {@link Lu#rcond()} is a cheap estimate of
     * the 1-norm one.
     */
    public double conditionNumber() {
        return conditionNumber(Backends.preferred());
    }

    /** {@link #conditionNumber()} on the given backend. */
    public double conditionNumber(Backend backend) {
        double[] s = Svd.values(this, backend);
        if (s.length == 0) {
            return Double.NaN;
        }
        double last = s[s.length - 1];
        return last == 0.0 ? Double.POSITIVE_INFINITY : s[0] / last;
    }

    /**
     * The Moore–Penrose pseudo-inverse (cols × rows) by SVD, singular values
     * {@code ≤ max(rows, cols)·ε·σ₁} treated as zero; see {@link Svd#pseudoInverse()}.
     */
    public Matrix pseudoInverse() {
        return pseudoInverse(Backends.preferred());
    }

    /** {@link #pseudoInverse()} on the given backend. */
    public Matrix pseudoInverse(Backend backend) {
        return Svd.of(this, backend).pseudoInverse();
    }

    // ---------------------------------------------------------------- text

    /** {@code "3x4"}. */
    public String shape() {
        return rows + "x" + cols;
    }

    /**
     * The shape on the first line, then the rows with aligned columns; matrices larger than
     * 12 rows or columns show their first and last 5, with "…" between.
     */
    @Override
    public String toString() {
        return MatrixText.format(rows, cols, (i, j) -> data[offset + i * ld + j],
                "Matrix " + shape());
    }
}
