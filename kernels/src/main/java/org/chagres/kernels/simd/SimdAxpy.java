package org.chagres.kernels.simd;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Vector API element-wise Level 1 kernels: axpy, scal, rot, swap, copy. Reference: {@link
 * org.chagres.kernels.scalar.ScalarLevel1}; axpy and rot may differ from it by the rounding a
 * fused multiply-add saves, scal, swap and copy are bit for bit the same.
 *
 * <p>These are memory-bound (two loads and one store per element for axpy), so the unit-stride
 * loops are unrolled by two vectors only to cut loop overhead; tails are scalar loops inside
 * each method. Strided forms are plain loops: the fast path is unit stride.
 */
final class SimdAxpy {

    private static final VectorSpecies<Double> D = SimdSpecies.D;
    private static final VectorSpecies<Float> F = SimdSpecies.F;

    private SimdAxpy() {
    }

    /** {@code y[yOff + i] += α·x[xOff + i]}. */
    static void axpy(int n, double alpha, double[] x, int xOff, double[] y, int yOff) {
        int l = D.length();
        DoubleVector a = DoubleVector.broadcast(D, alpha);
        int i = 0;
        for (; i <= n - 2 * l; i += 2 * l) {
            DoubleVector.fromArray(D, x, xOff + i).fma(a, DoubleVector.fromArray(D, y, yOff + i))
                    .intoArray(y, yOff + i);
            DoubleVector.fromArray(D, x, xOff + i + l)
                    .fma(a, DoubleVector.fromArray(D, y, yOff + i + l)).intoArray(y, yOff + i + l);
        }
        for (; i <= n - l; i += l) {
            DoubleVector.fromArray(D, x, xOff + i).fma(a, DoubleVector.fromArray(D, y, yOff + i))
                    .intoArray(y, yOff + i);
        }
        for (; i < n; i++) {
            y[yOff + i] = Math.fma(alpha, x[xOff + i], y[yOff + i]);
        }
    }

    /** {@code y[yOff + i] += α·x[xOff + i]} in float. */
    static void axpy(int n, float alpha, float[] x, int xOff, float[] y, int yOff) {
        int l = F.length();
        FloatVector a = FloatVector.broadcast(F, alpha);
        int i = 0;
        for (; i <= n - 2 * l; i += 2 * l) {
            FloatVector.fromArray(F, x, xOff + i).fma(a, FloatVector.fromArray(F, y, yOff + i))
                    .intoArray(y, yOff + i);
            FloatVector.fromArray(F, x, xOff + i + l)
                    .fma(a, FloatVector.fromArray(F, y, yOff + i + l)).intoArray(y, yOff + i + l);
        }
        for (; i <= n - l; i += l) {
            FloatVector.fromArray(F, x, xOff + i).fma(a, FloatVector.fromArray(F, y, yOff + i))
                    .intoArray(y, yOff + i);
        }
        for (; i < n; i++) {
            y[yOff + i] = Math.fma(alpha, x[xOff + i], y[yOff + i]);
        }
    }

    /** Strided axpy: a plain loop. */
    static void axpy(int n, double alpha, double[] x, int xOff, int incX, double[] y, int yOff,
            int incY) {
        for (int i = 0; i < n; i++) {
            y[yOff + i * incY] = Math.fma(alpha, x[xOff + i * incX], y[yOff + i * incY]);
        }
    }

    /** Strided float axpy: a plain loop. */
    static void axpy(int n, float alpha, float[] x, int xOff, int incX, float[] y, int yOff,
            int incY) {
        for (int i = 0; i < n; i++) {
            y[yOff + i * incY] = Math.fma(alpha, x[xOff + i * incX], y[yOff + i * incY]);
        }
    }

    /** {@code x[xOff + i·inc] *= α}; vectorised for {@code inc == 1}. */
    static void scal(int n, double alpha, double[] x, int xOff, int inc) {
        int i = 0;
        if (inc == 1) {
            int l = D.length();
            for (; i <= n - l; i += l) {
                DoubleVector.fromArray(D, x, xOff + i).mul(alpha).intoArray(x, xOff + i);
            }
        }
        for (; i < n; i++) {
            x[xOff + i * inc] *= alpha;
        }
    }

    /** {@code x[xOff + i·inc] *= α} in float; vectorised for {@code inc == 1}. */
    static void scal(int n, float alpha, float[] x, int xOff, int inc) {
        int i = 0;
        if (inc == 1) {
            int l = F.length();
            for (; i <= n - l; i += l) {
                FloatVector.fromArray(F, x, xOff + i).mul(alpha).intoArray(x, xOff + i);
            }
        }
        for (; i < n; i++) {
            x[xOff + i * inc] *= alpha;
        }
    }

    /** Plane rotation; vectorised when both strides are 1. */
    static void rot(int n, double[] x, int xOff, int incX, double[] y, int yOff, int incY,
            double c, double s) {
        int i = 0;
        if (incX == 1 && incY == 1) {
            int l = D.length();
            DoubleVector cv = DoubleVector.broadcast(D, c);
            DoubleVector sv = DoubleVector.broadcast(D, s);
            for (; i <= n - l; i += l) {
                DoubleVector xv = DoubleVector.fromArray(D, x, xOff + i);
                DoubleVector yv = DoubleVector.fromArray(D, y, yOff + i);
                xv.fma(cv, yv.mul(sv)).intoArray(x, xOff + i);
                yv.fma(cv, xv.mul(sv).neg()).intoArray(y, yOff + i);
            }
        }
        for (; i < n; i++) {
            double xi = x[xOff + i * incX];
            double yi = y[yOff + i * incY];
            x[xOff + i * incX] = Math.fma(c, xi, s * yi);
            y[yOff + i * incY] = Math.fma(c, yi, -(s * xi));
        }
    }

    /** Float plane rotation; vectorised when both strides are 1. */
    static void rot(int n, float[] x, int xOff, int incX, float[] y, int yOff, int incY,
            float c, float s) {
        int i = 0;
        if (incX == 1 && incY == 1) {
            int l = F.length();
            FloatVector cv = FloatVector.broadcast(F, c);
            FloatVector sv = FloatVector.broadcast(F, s);
            for (; i <= n - l; i += l) {
                FloatVector xv = FloatVector.fromArray(F, x, xOff + i);
                FloatVector yv = FloatVector.fromArray(F, y, yOff + i);
                xv.fma(cv, yv.mul(sv)).intoArray(x, xOff + i);
                yv.fma(cv, xv.mul(sv).neg()).intoArray(y, yOff + i);
            }
        }
        for (; i < n; i++) {
            float xi = x[xOff + i * incX];
            float yi = y[yOff + i * incY];
            x[xOff + i * incX] = Math.fma(c, xi, s * yi);
            y[yOff + i * incY] = Math.fma(c, yi, -(s * xi));
        }
    }

    /** Exchanges the slices bit for bit; vectorised when both strides are 1. */
    static void swap(int n, double[] x, int xOff, int incX, double[] y, int yOff, int incY) {
        int i = 0;
        if (incX == 1 && incY == 1) {
            int l = D.length();
            for (; i <= n - l; i += l) {
                DoubleVector xv = DoubleVector.fromArray(D, x, xOff + i);
                DoubleVector.fromArray(D, y, yOff + i).intoArray(x, xOff + i);
                xv.intoArray(y, yOff + i);
            }
        }
        for (; i < n; i++) {
            double t = x[xOff + i * incX];
            x[xOff + i * incX] = y[yOff + i * incY];
            y[yOff + i * incY] = t;
        }
    }

    /** Exchanges the float slices bit for bit; vectorised when both strides are 1. */
    static void swap(int n, float[] x, int xOff, int incX, float[] y, int yOff, int incY) {
        int i = 0;
        if (incX == 1 && incY == 1) {
            int l = F.length();
            for (; i <= n - l; i += l) {
                FloatVector xv = FloatVector.fromArray(F, x, xOff + i);
                FloatVector.fromArray(F, y, yOff + i).intoArray(x, xOff + i);
                xv.intoArray(y, yOff + i);
            }
        }
        for (; i < n; i++) {
            float t = x[xOff + i * incX];
            x[xOff + i * incX] = y[yOff + i * incY];
            y[yOff + i * incY] = t;
        }
    }

    /** {@code y = x}: {@link System#arraycopy} (an intrinsic) for unit stride, else a loop. */
    static void copy(int n, double[] x, int xOff, int incX, double[] y, int yOff, int incY) {
        if (incX == 1 && incY == 1) {
            System.arraycopy(x, xOff, y, yOff, n);
            return;
        }
        for (int i = 0; i < n; i++) {
            y[yOff + i * incY] = x[xOff + i * incX];
        }
    }

    /** Float {@code y = x}. */
    static void copy(int n, float[] x, int xOff, int incX, float[] y, int yOff, int incY) {
        if (incX == 1 && incY == 1) {
            System.arraycopy(x, xOff, y, yOff, n);
            return;
        }
        for (int i = 0; i < n; i++) {
            y[yOff + i * incY] = x[xOff + i * incX];
        }
    }
}
