package org.chagres.linalg;

/**
 * Singular value decomposition {@code A = U·diag(σ)·Vᵀ} of a real m × n matrix, singular
 * values σ in descending order, U and V with orthonormal columns.
 *
 * <p>Thin ({@link #of}): with {@code k = min(m, n)}, U is m × k and V is n × k. Full
 * ({@link #full}): U is m × m and V is n × n; the extra columns complete orthonormal bases.
 *
 * <p>Algorithm: Householder bidiagonalisation, then implicit QR sweeps on the bidiagonal
 * matrix with the Demmel–Kahan zero shift when a shift would spoil small singular values
 * (LAPACK {@code dgesvd}'s path; see {@link BidiagonalQr}). A wide matrix is decomposed
 * through its transpose. The matrix is first scaled by a power of two (exact) so that its
 * largest magnitude lies in [1, 2).
 *
 * <p>Special cases: if m or n is 0 there are no singular values and U, V are empty (full: the
 * identity of their order); a NaN or infinite entry is rejected with IllegalArgumentException.
 */
public final class Svd {

    private final int m;
    private final int n;
    private final double[] sigma;
    private final double[] u;
    private final int uCols;
    private final double[] v;
    private final int vCols;

    private Svd(int m, int n, double[] sigma, double[] u, int uCols, double[] v, int vCols) {
        this.m = m;
        this.n = n;
        this.sigma = sigma;
        this.u = u;
        this.uCols = uCols;
        this.v = v;
        this.vCols = vCols;
    }

    /**
     * Decomposes the row-major m × n matrix at {@code a[off + i·ld + j]} (not modified).
     * {@code vectors == false} computes the singular values only.
     */
    static Svd of(String op, int m, int n, double[] a, int off, int ld, boolean vectors,
            boolean full) {
        boolean wide = m < n;
        int rows = wide ? n : m;
        int cols = wide ? m : n;
        double[] w = new double[rows * cols];
        double scale = copyScaled(op, m, n, a, off, ld, w, wide);
        int k = cols;
        double[] d = new double[k];
        double[] f = new double[Math.max(k - 1, 0)];
        BidiagonalReduction red = BidiagonalReduction.reduce(rows, cols, w, d, f);
        if (!vectors) {
            BidiagonalQr.iterate(op, k, d, f, null, null);
            double[] s = new double[k];
            int[] order = descendingAbs(d);
            for (int i = 0; i < k; i++) {
                s[i] = Math.abs(d[order[i]]) / scale;
            }
            return new Svd(m, n, s, null, 0, null, 0);
        }
        int leftRows = full ? rows : k;
        double[] ut = red.leftTransposed(leftRows);
        double[] vt = red.rightTransposed();
        JacobiRotationLog logU = JacobiRotationLog.forRows(ut, k, rows);
        JacobiRotationLog logV = JacobiRotationLog.forRows(vt, k, cols);
        BidiagonalQr.iterate(op, k, d, f, logU, logV);
        logU.flush();
        logV.flush();
        for (int i = 0; i < k; i++) {
            if (d[i] < 0.0) {
                d[i] = -d[i];
                for (int j = 0; j < cols; j++) {
                    vt[i * cols + j] = -vt[i * cols + j];
                }
            }
        }
        int[] order = descendingAbs(d);
        double[] s = new double[k];
        for (int i = 0; i < k; i++) {
            s[i] = d[order[i]] / scale;
        }
        int[] leftOrder = extend(order, leftRows);
        int[] rightOrder = extend(order, cols);
        // bigU: rows × leftRows with the left vectors of the tall problem in its columns
        double[] bigU = transposeRows(leftRows, rows, ut, leftOrder);
        double[] bigV = transposeRows(full ? cols : k, cols, vt, rightOrder);
        int bigVCols = full ? cols : k;
        if (wide) {
            return new Svd(m, n, s, bigV, bigVCols, bigU, leftRows);
        }
        return new Svd(m, n, s, bigU, leftRows, bigV, bigVCols);
    }

    /** Copies A (or Aᵀ when {@code transpose}) times a power of two into w; returns it. */
    private static double copyScaled(String op, int m, int n, double[] a, int off, int ld,
            double[] w, boolean transpose) {
        double max = 0.0;
        for (int i = 0; i < m; i++) {
            int p = off + i * ld;
            for (int j = 0; j < n; j++) {
                double x = a[p + j];
                if (!(Math.abs(x) < Double.POSITIVE_INFINITY)) {
                    throw new IllegalArgumentException(op + ": A[" + i + "][" + j
                            + "] is not finite, got " + x);
                }
                max = Math.max(max, Math.abs(x));
            }
        }
        double scale = max == 0.0 ? 1.0 : Math.scalb(1.0, -Math.getExponent(max));
        for (int i = 0; i < m; i++) {
            int p = off + i * ld;
            for (int j = 0; j < n; j++) {
                if (transpose) {
                    w[j * m + i] = a[p + j] * scale;
                } else {
                    w[i * n + j] = a[p + j] * scale;
                }
            }
        }
        return scale;
    }

    /** The permutation sorting |d| descending (stable). */
    private static int[] descendingAbs(double[] d) {
        double[] neg = new double[d.length];
        for (int i = 0; i < d.length; i++) {
            neg[i] = -Math.abs(d[i]);
        }
        return SymmetricEigen.ascending(neg);
    }

    /** {@code order} followed by {@code order.length .. len − 1}. */
    private static int[] extend(int[] order, int len) {
        int[] out = new int[len];
        System.arraycopy(order, 0, out, 0, order.length);
        for (int i = order.length; i < len; i++) {
            out[i] = i;
        }
        return out;
    }

    /**
     * Returns the {@code len × count} matrix whose column j is row {@code order[j]} of the
     * row-major {@code w} (rows of length len).
     */
    private static double[] transposeRows(int count, int len, double[] w, int[] order) {
        double[] out = new double[len * count];
        final int b = 32;
        for (int j0 = 0; j0 < count; j0 += b) {
            int j1 = Math.min(count, j0 + b);
            for (int i0 = 0; i0 < len; i0 += b) {
                int i1 = Math.min(len, i0 + b);
                for (int j = j0; j < j1; j++) {
                    int src = order[j] * len;
                    for (int i = i0; i < i1; i++) {
                        out[i * count + j] = w[src + i];
                    }
                }
            }
        }
        return out;
    }

    /** Rows of the decomposed matrix. */
    public int rows() {
        return m;
    }

    /** Columns of the decomposed matrix. */
    public int cols() {
        return n;
    }

    /** The singular values, descending (a new array of length min(m, n)). */
    public double[] singularValues() {
        return sigma.clone();
    }

    /** U row-major (m × uCols), a copy. */
    double[] uData() {
        return u.clone();
    }

    int uCols() {
        return uCols;
    }

    /** V row-major (n × vCols), a copy. */
    double[] vData() {
        return v.clone();
    }

    int vCols() {
        return vCols;
    }
}
