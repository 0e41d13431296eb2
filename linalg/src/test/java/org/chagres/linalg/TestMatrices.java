package org.chagres.linalg;

import java.util.Random;

/** Structured test inputs: random orthogonal matrices, chosen spectra and condition numbers. */
final class TestMatrices {

    static final double EPS = Math.ulp(1.0);

    private TestMatrices() {
    }

    /** An n×n matrix of independent uniform(−1, 1) entries. */
    static Matrix random(int rows, int cols, Random rnd) {
        Matrix m = Matrix.zeros(rows, cols);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                m.set(i, j, 2 * rnd.nextDouble() - 1);
            }
        }
        return m;
    }

    /**
     * A random orthogonal n×n matrix: the product of n Householder reflectors I − 2vvᵀ/vᵀv with
     * Gaussian v (the first n columns of such a product are Haar-distributed up to signs).
     */
    static Matrix orthogonal(int n, Random rnd) {
        Matrix q = Matrix.identity(n);
        double[] v = new double[n];
        for (int k = 0; k < n; k++) {
            double vv = 0;
            for (int i = 0; i < n; i++) {
                v[i] = rnd.nextGaussian();
                vv += v[i] * v[i];
            }
            // q ← q·(I − 2vvᵀ/vᵀv)
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int j = 0; j < n; j++) {
                    s += q.get(i, j) * v[j];
                }
                s *= 2 / vv;
                for (int j = 0; j < n; j++) {
                    q.set(i, j, q.get(i, j) - s * v[j]);
                }
            }
        }
        return q;
    }

    /** U·diag(s)·Vᵀ, m×n with min(m, n) singular values s, U and V random orthogonal. */
    static Matrix withSingularValues(int m, int n, double[] s, Random rnd) {
        Matrix u = orthogonal(m, rnd);
        Matrix v = orthogonal(n, rnd);
        Matrix d = Matrix.zeros(m, n);
        for (int i = 0; i < s.length; i++) {
            d.set(i, i, s[i]);
        }
        return u.times(d).timesTranspose(v);
    }

    /** Singular values spaced geometrically from 1 down to 1/cond. */
    static double[] geometric(int k, double cond) {
        double[] s = new double[k];
        for (int i = 0; i < k; i++) {
            s[i] = k == 1 ? 1 : Math.pow(cond, -(double) i / (k - 1));
        }
        return s;
    }

    /** Q·diag(d)·Qᵀ, symmetrised exactly. */
    static Matrix symmetric(double[] d, Random rnd) {
        int n = d.length;
        Matrix q = orthogonal(n, rnd);
        Matrix a = q.times(Matrix.diagonal(d)).timesTranspose(q);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                double avg = 0.5 * (a.get(i, j) + a.get(j, i));
                a.set(i, j, avg);
                a.set(j, i, avg);
            }
        }
        return a;
    }

    /** The n×n Hilbert matrix 1/(i + j + 1). */
    static Matrix hilbert(int n) {
        Matrix h = Matrix.zeros(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                h.set(i, j, 1.0 / (i + j + 1));
            }
        }
        return h;
    }

    /** ‖a − b‖_F. */
    static double diff(Matrix a, Matrix b) {
        return a.minus(b).normFrobenius();
    }

    /** Rows of a reordered: row i of the result is row p[i] of a. */
    static Matrix permuteRows(Matrix a, int[] p) {
        Matrix r = Matrix.zeros(a.rows(), a.cols());
        for (int i = 0; i < p.length; i++) {
            for (int j = 0; j < a.cols(); j++) {
                r.set(i, j, a.get(p[i], j));
            }
        }
        return r;
    }
}
