package org.chagres.linalg;

import org.chagres.kernels.Backend;
import org.chagres.kernels.Backends;
import org.chagres.kernels.Transpose;

/**
 * Eigenvalues and eigenvectors of a general real square matrix, {@code A·xⱼ = λⱼ·xⱼ}, in
 * complex arithmetic.
 *
 * <p>Algorithm: Householder reduction to Hessenberg form, Francis double-shift QR to the real
 * Schur form {@code A = Z·T·Zᵀ} ({@link HessenbergQr}), back-substitution on T
 * ({@link HessenbergVectors}) and multiplication by the Schur vectors Z. Before that the
 * matrix is scaled by a power of two so that its largest magnitude lies in [1, 2), and
 * balanced by a diagonal similarity of powers of two ({@link HessenbergBalancing}, the
 * scaling step of LAPACK {@code dgebal}); both are exact and leave the eigenvalues unchanged.
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
     * Eigenvalues and eigenvectors of the square matrix a (not modified) with the
     * {@linkplain Backends#preferred() preferred} backend.
     *
     * @throws IllegalArgumentException if a is not square or holds NaN or an infinity
     * @throws NoConvergenceException if the QR iteration needs more than 30·max(10, n) steps
     */
    public static Eigen of(Matrix a) {
        return of(a, Backends.preferred());
    }

    /** As {@link #of(Matrix)}, computing with the given backend. */
    public static Eigen of(Matrix a, Backend backend) {
        SymmetricEigen.square("Eigen.of", a, backend);
        return of("Eigen.of", a.rows(), a.array(), a.offset(), a.ld(), true, backend);
    }

    /**
     * The eigenvalues of a (not modified) without eigenvectors; the result's eigenvector
     * accessors throw IllegalStateException.
     *
     * @throws IllegalArgumentException as {@link #of(Matrix)}
     */
    public static Eigen valuesOnly(Matrix a) {
        return valuesOnly(a, Backends.preferred());
    }

    /** As {@link #valuesOnly(Matrix)}, computing with the given backend. */
    public static Eigen valuesOnly(Matrix a, Backend backend) {
        SymmetricEigen.square("Eigen.valuesOnly", a, backend);
        return of("Eigen.valuesOnly", a.rows(), a.array(), a.offset(), a.ld(), false,
                backend);
    }

    /**
     * Decomposes the row-major n × n matrix at {@code a[off + i·ld + j]} (not modified);
     * {@code vectors == false} computes the eigenvalues only.
     */
    static Eigen of(String op, int n, double[] a, int off, int ld, boolean vectors,
            Backend backend) {
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
        double[] balance = HessenbergBalancing.balance(n, h);
        double[] zt = HessenbergReduction.reduce(n, h, backend.level1(), backend.level3());
        double[] wr = new double[n];
        double[] wi = new double[n];
        HessenbergQr.schur(op, n, h, vectors ? zt : null, wr, wi);
        double[] vre = null;
        double[] vim = null;
        if (vectors) {
            double[] y = HessenbergVectors.solve(n, h, wr, wi);
            double[] x = new double[n * n];
            int ldz = Math.max(1, n);
            // X = Z·Y = (Zᵀ)ᵀ·Y
            backend.level3().gemm(Transpose.YES, Transpose.NO, n, n, n, 1.0, zt, 0, ldz, y, 0,
                    ldz, 0.0, x, 0, ldz);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    x[i * n + j] *= balance[i];
                }
            }
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

    /** Whether eigenvectors were computed ({@link #of}) or not ({@link #valuesOnly}). */
    public boolean hasEigenvectors() {
        return vre != null;
    }

    /**
     * Real parts of the eigenvectors (a new n × n matrix): column j with
     * {@link #eigenvectorsImaginary()}'s column j is the unit eigenvector of eigenvalue j.
     *
     * @throws IllegalStateException if computed by {@link #valuesOnly}
     */
    public Matrix eigenvectorsReal() {
        return Matrix.of(n, n, vectors("eigenvectorsReal", vre));
    }

    /**
     * Imaginary parts of the eigenvectors (a new n × n matrix); zero columns for real
     * eigenvalues.
     *
     * @throws IllegalStateException if computed by {@link #valuesOnly}
     */
    public Matrix eigenvectorsImaginary() {
        return Matrix.of(n, n, vectors("eigenvectorsImaginary", vim));
    }

    private double[] vectors(String op, double[] x) {
        if (x == null) {
            throw new IllegalStateException("Eigen." + op
                    + ": eigenvectors were not computed (Eigen.valuesOnly)");
        }
        return x;
    }

    double[] vectorsRe() {
        return vre.clone();
    }

    double[] vectorsIm() {
        return vim.clone();
    }
}
