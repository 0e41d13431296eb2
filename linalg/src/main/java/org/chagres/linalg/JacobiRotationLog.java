package org.chagres.linalg;

/**
 * A log of plane (Jacobi/Givens) rotations recorded by an iteration on a tridiagonal or
 * bidiagonal matrix, replayed later on the rows of a row-major matrix of vectors.
 *
 * <p>Rotation {@code t} maps rows {@code k = row[t]} and {@code k + 1} of the target to
 * {@code (c·x + s·y, c·y − s·x)}, the BLAS {@code drot} convention. The QR/QL iterations on the
 * small matrix never look at the vectors, so the whole sequence can be recorded first and then
 * replayed on the vectors one block of columns at a time: each block (all rows, {@link #BLOCK}
 * columns) stays in the L2 cache while every rotation passes over it, instead of streaming the
 * whole vector matrix through memory once per sweep (LAPACK's {@code dlasr} does this within
 * one sweep; here it spans all sweeps up to the log's capacity).
 */
final class JacobiRotationLog {

    /** Columns replayed together: 64 rows of 1024 doubles of 64 columns fit a 1 MiB L2. */
    static final int BLOCK = 64;

    private final double[] target;
    private final int rows;
    private final int cols;
    private final int[] row;
    private final double[] cos;
    private final double[] sin;
    private int size;

    /**
     * A log that replays onto {@code target}, a row-major {@code rows × cols} matrix with
     * leading dimension {@code cols}, whenever {@code capacity} rotations have been recorded
     * and on {@link #flush()}.
     */
    JacobiRotationLog(double[] target, int rows, int cols, int capacity) {
        this.target = target;
        this.rows = rows;
        this.cols = cols;
        this.row = new int[capacity];
        this.cos = new double[capacity];
        this.sin = new double[capacity];
    }

    /** A log sized for a problem with {@code rows} vectors. */
    static JacobiRotationLog forRows(double[] target, int rows, int cols) {
        int capacity = (int) Math.min(1L << 18, Math.max(16L, 8L * rows * Math.max(rows, 1)));
        return new JacobiRotationLog(target, rows, cols, capacity);
    }

    /** Records the rotation of rows {@code k} and {@code k + 1} by {@code (c, s)}. */
    void add(int k, double c, double s) {
        if (size == row.length) {
            flush();
        }
        row[size] = k;
        cos[size] = c;
        sin[size] = s;
        size++;
    }

    /** Applies every recorded rotation, in order, to the target and empties the log. */
    void flush() {
        if (size == 0 || cols == 0 || rows == 0) {
            size = 0;
            return;
        }
        double[] w = target;
        for (int j0 = 0; j0 < cols; j0 += BLOCK) {
            int width = Math.min(BLOCK, cols - j0);
            for (int t = 0; t < size; t++) {
                int p = row[t] * cols + j0;
                int q = p + cols;
                double c = cos[t];
                double s = sin[t];
                // plain loop: C2 vectorises it (no reduction), and the call overhead of a
                // kernel on 64 elements would be a large share of the work
                for (int j = 0; j < width; j++) {
                    double x = w[p + j];
                    double y = w[q + j];
                    w[p + j] = c * x + s * y;
                    w[q + j] = c * y - s * x;
                }
            }
        }
        size = 0;
    }
}
