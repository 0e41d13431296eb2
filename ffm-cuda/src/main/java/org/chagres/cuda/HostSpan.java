package org.chagres.cuda;

/**
 * The elements of a row-major {@code rows × cols} matrix with leading dimension {@code ld} at
 * {@code off}, seen as one contiguous span {@code [off, off + length)} that is copied to the
 * device whole (cuBLAS takes the same leading dimension). Coming back, only the matrix's own
 * elements are written: the gaps between rows (ld > cols) belong to the caller.
 */
record HostSpan(int rows, int cols, int ld, int off) {

    static HostSpan of(int rows, int cols, int ld, int off) {
        return new HostSpan(rows, cols, ld, off);
    }

    /** Elements from the first of the matrix to its last. */
    int length() {
        return rows == 0 || cols == 0 ? 0 : (rows - 1) * ld + cols;
    }

    /** Copies the matrix from the start of {@code src} into {@code dst} at {@code off}. */
    void download(DeviceBuffer src, double[] dst) {
        if (ld == cols) {
            src.toHost(0, dst, off, length());
            return;
        }
        double[] tmp = new double[length()];
        src.toHost(0, tmp, 0, tmp.length);
        for (int i = 0; i < rows; i++) {
            System.arraycopy(tmp, i * ld, dst, off + i * ld, cols);
        }
    }

    /** Copies the matrix from the start of {@code src} into {@code dst} at {@code off}. */
    void download(DeviceBuffer src, float[] dst) {
        if (ld == cols) {
            src.toHost(0, dst, off, length());
            return;
        }
        float[] tmp = new float[length()];
        src.toHost(0, tmp, 0, tmp.length);
        for (int i = 0; i < rows; i++) {
            System.arraycopy(tmp, i * ld, dst, off + i * ld, cols);
        }
    }
}
