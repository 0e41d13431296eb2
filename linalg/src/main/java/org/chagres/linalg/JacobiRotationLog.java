package org.chagres.linalg;

import org.chagres.kernels.Level1;

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
 * one sweep; here it spans all sweeps up to the log's capacity). Each row-pair segment is
 * rotated by the backend's {@link Level1#rot}.
 */
final class JacobiRotationLog {

    /**
     * Columns replayed together. Long enough that the per-call cost of {@code rot} is small
     * (a Vector API rot over 256 doubles ran at ~2× the speed of one over 64 in a replay
     * micro-benchmark at n = 1024), short enough that a block of a few hundred rows stays in
     * L2/L3 across the recorded sweeps.
     */
    static final int BLOCK = 256;

    private final Level1 level1;
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
    JacobiRotationLog(double[] target, int rows, int cols, int capacity, Level1 level1) {
        this.level1 = level1;
        this.target = target;
        this.rows = rows;
        this.cols = cols;
        this.row = new int[capacity];
        this.cos = new double[capacity];
        this.sin = new double[capacity];
    }

    /** A log sized for a problem with {@code rows} vectors. */
    static JacobiRotationLog forRows(double[] target, int rows, int cols, Level1 level1) {
        int capacity = (int) Math.min(1L << 18, Math.max(16L, 8L * rows * Math.max(rows, 1)));
        return new JacobiRotationLog(target, rows, cols, capacity, level1);
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
                level1.rot(width, w, p, w, p + cols, cos[t], sin[t]);
            }
        }
        size = 0;
    }
}
