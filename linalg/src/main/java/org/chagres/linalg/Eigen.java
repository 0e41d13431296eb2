package org.chagres.linalg;

/**
 * Eigenvalues and eigenvectors of a general real square matrix, {@code A·xⱼ = λⱼ·xⱼ}, in
 * complex arithmetic.
 *
 * <p>Algorithm: Householder reduction to Hessenberg form, Francis double-shift QR to the real
 * Schur form {@code A = Z·T·Zᵀ} ({@link HessenbergQr}), back-substitution on T
 * ({@link HessenbergVectors}) and multiplication by the Schur vectors Z. No balancing is done;
 * the matrix is scaled by a power of two (exact) so that its largest magnitude lies in [1, 2).
 *
 * <p><b>Order</b>: eigenvalues come in the order they appear on the diagonal of the real Schur
 * form (as LAPACK {@code dgeev} returns them); a complex-conjugate pair is adjacent, the one
 * with positive imaginary part first, and its eigenvectors are conjugates of each other.
 * <b>Normalisation</b>: each eigenvector has Euclidean norm 1 and its component of largest
 * modulus (the first such) is real and positive.
 *
 * <p>Special cases: a 0 × 0 matrix has no eigenvalues; a NaN or infinite entry is rejected
 * with IllegalArgumentException. For a defective matrix the eigenvalues are returned with the
 * accuracy the perturbation theory allows (a k-fold Jordan block gives errors ~ ε^(1/k)) and
 * the eigenvectors of a repeated eigenvalue are (nearly) parallel.
 */
public final class Eigen {

    private final int n;
    private final double[] re;
    private final double[] im;
    private final double[] vre;
    private final double[] vim;

    private Eigen(int n, double[] re, double[] im, double[] vre, double[] vim) {
        this.n = n;
        this.re = re;
        this.im = im;
        this.vre = vre;
        this.vim = vim;
    }

    /**
     * Decomposes the row-major n × n matrix at {@code a[off + i·ld + j]} (not modified);
     * {@code vectors == false} computes the eigenvalues only.
     */
    static Eigen of(String op, int n, double[] a, int off, int ld, boolean vectors) {
        double[] h = new double[n * n];
        double max = 0.0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double x = a[off + i * ld + j];
                if (!(Math.abs(x) < Double.POSITIVE_INFINITY)) {
                    throw new IllegalArgumentException(op + ": A[" + i + "][" + j
                            + "] is not finite, got " + x);
                }
                max = Math.max(max, Math.abs(x));
            }
        }
        double scale = max == 0.0 ? 1.0 : Math.scalb(1.0, -Math.getExponent(max));
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                h[i * n + j] = a[off + i * ld + j] * scale;
            }
        }
        double[] zt = HessenbergReduction.reduce(n, h);
        double[] wr = new double[n];
        double[] wi = new double[n];
        HessenbergQr.schur(op, n, h, vectors ? zt : null, wr, wi);
        double[] vre = null;
        double[] vim = null;
        if (vectors) {
            double[] y = HessenbergVectors.solve(n, h, wr, wi);
            double[] x = timesTransposedLeft(n, zt, y);
            vre = new double[n * n];
            vim = new double[n * n];
            unpack(n, x, wi, vre, vim);
        }
        for (int i = 0; i < n; i++) {
            wr[i] /= scale;
            wi[i] /= scale;
        }
        return new Eigen(n, wr, wi, vre, vim);
    }

    /** {@code Zᵀᵀ·Y = Z·Y} for row-major n × n zt and y, accumulated row by row. */
    private static double[] timesTransposedLeft(int n, double[] zt, double[] y) {
        double[] x = new double[n * n];
        for (int k = 0; k < n; k++) {
            int yk = k * n;
            for (int i = 0; i < n; i++) {
                double z = zt[k * n + i];
                if (z == 0.0) {
                    continue;
                }
                int xi = i * n;
                for (int j = 0; j < n; j++) {
                    x[xi + j] += z * y[yk + j];
                }
            }
        }
        return x;
    }

    /** Unpacks LAPACK-packed vectors into complex columns and normalises each one. */
    private static void unpack(int n, double[] x, double[] wi, double[] vre, double[] vim) {
        for (int k = 0; k < n; k++) {
            if (wi[k] == 0.0) {
                for (int i = 0; i < n; i++) {
                    vre[i * n + k] = x[i * n + k];
                }
                normalise(n, vre, vim, k);
            } else {
                for (int i = 0; i < n; i++) {
                    double r = x[i * n + k];
                    double s = x[i * n + k + 1];
                    vre[i * n + k] = r;
                    vim[i * n + k] = s;
                }
                normalise(n, vre, vim, k);
                for (int i = 0; i < n; i++) {
                    vre[i * n + k + 1] = vre[i * n + k];
                    vim[i * n + k + 1] = -vim[i * n + k];
                }
                k++;
            }
        }
    }

    /** Scales column k to unit 2-norm with its largest-modulus component real positive. */
    private static void normalise(int n, double[] vre, double[] vim, int k) {
        int arg = 0;
        double big = -1.0;
        double scale = 0.0;
        for (int i = 0; i < n; i++) {
            double m = Math.hypot(vre[i * n + k], vim[i * n + k]);
            scale = Math.max(scale, m);
            if (m > big) {
                big = m;
                arg = i;
            }
        }
        if (scale == 0.0) {
            return;
        }
        double ss = 0.0;
        for (int i = 0; i < n; i++) {
            double r = vre[i * n + k] / scale;
            double s = vim[i * n + k] / scale;
            ss += r * r + s * s;
        }
        double norm = scale * Math.sqrt(ss);
        // multiply by conj(x_arg)/|x_arg| / norm
        double cr = vre[arg * n + k] / big / norm;
        double ci = -vim[arg * n + k] / big / norm;
        for (int i = 0; i < n; i++) {
            double r = vre[i * n + k];
            double s = vim[i * n + k];
            vre[i * n + k] = r * cr - s * ci;
            vim[i * n + k] = r * ci + s * cr;
        }
        vim[arg * n + k] = 0.0;
    }

    /** The order n of the decomposed matrix. */
    public int size() {
        return n;
    }

    /** Real parts of the eigenvalues, in the documented order (a new array). */
    public double[] realParts() {
        return re.clone();
    }

    /** Imaginary parts of the eigenvalues, in the documented order (a new array). */
    public double[] imaginaryParts() {
        return im.clone();
    }

    /** Whether every eigenvalue is real (every imaginary part exactly zero). */
    public boolean isReal() {
        for (double x : im) {
            if (x != 0.0) {
                return false;
            }
        }
        return true;
    }

    double[] vectorsRe() {
        return vre.clone();
    }

    double[] vectorsIm() {
        return vim.clone();
    }
}
