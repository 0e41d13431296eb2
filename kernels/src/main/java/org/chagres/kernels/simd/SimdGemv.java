package org.chagres.kernels.simd;

import java.util.Arrays;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Vector API gemv on row-major A, and the fused row kernel of symv. Reference: {@link
 * org.chagres.kernels.scalar.ScalarLevel2}; differences: order of summation and fused
 * multiply-adds only.
 *
 * <p>{@code y = α·A·x + β·y} takes four rows at a time: each x vector is loaded once for four
 * row vectors and the four row sums are four independent FMA chains (FMA latency ~4 cycles,
 * one FMA per loaded A vector), so the loop runs at the speed of streaming A. {@code
 * y = α·Aᵀ·x + β·y} adds four scaled rows into y per pass, so y is loaded and stored once per
 * four rows of A; y stays in L1 for the widths that matter. Column tails are scalar loops;
 * remaining rows use the one-row dot and axpy kernels.
 */
final class SimdGemv {

    private static final VectorSpecies<Double> D = SimdSpecies.D;
    private static final VectorSpecies<Float> F = SimdSpecies.F;

    private SimdGemv() {
    }

    /** {@code y[i] = α·t + β·y[i]}, not reading y when {@code β == 0}. */
    private static double update(double alpha, double t, double beta, double y) {
        return beta == 0.0 ? alpha * t : Math.fma(alpha, t, beta * y);
    }

    private static float update(float alpha, float t, float beta, float y) {
        return beta == 0f ? alpha * t : Math.fma(alpha, t, beta * y);
    }

    /** {@code y = α·A·x + β·y}, A m×n; never reads y when {@code β == 0}. */
    static void gemvN(int m, int n, double alpha, double[] a, int aOff, int lda, double[] x,
            int xOff, double beta, double[] y, int yOff) {
        int l = D.length();
        int nv = n - n % l;
        int i = 0;
        for (; i <= m - 4; i += 4) {
            int r0 = aOff + i * lda;
            int r1 = r0 + lda;
            int r2 = r1 + lda;
            int r3 = r2 + lda;
            DoubleVector s0 = DoubleVector.zero(D);
            DoubleVector s1 = s0;
            DoubleVector s2 = s0;
            DoubleVector s3 = s0;
            for (int j = 0; j < nv; j += l) {
                DoubleVector xv = DoubleVector.fromArray(D, x, xOff + j);
                s0 = DoubleVector.fromArray(D, a, r0 + j).fma(xv, s0);
                s1 = DoubleVector.fromArray(D, a, r1 + j).fma(xv, s1);
                s2 = DoubleVector.fromArray(D, a, r2 + j).fma(xv, s2);
                s3 = DoubleVector.fromArray(D, a, r3 + j).fma(xv, s3);
            }
            double t0 = s0.reduceLanes(VectorOperators.ADD);
            double t1 = s1.reduceLanes(VectorOperators.ADD);
            double t2 = s2.reduceLanes(VectorOperators.ADD);
            double t3 = s3.reduceLanes(VectorOperators.ADD);
            for (int j = nv; j < n; j++) {
                double xj = x[xOff + j];
                t0 = Math.fma(a[r0 + j], xj, t0);
                t1 = Math.fma(a[r1 + j], xj, t1);
                t2 = Math.fma(a[r2 + j], xj, t2);
                t3 = Math.fma(a[r3 + j], xj, t3);
            }
            y[yOff + i] = update(alpha, t0, beta, y[yOff + i]);
            y[yOff + i + 1] = update(alpha, t1, beta, y[yOff + i + 1]);
            y[yOff + i + 2] = update(alpha, t2, beta, y[yOff + i + 2]);
            y[yOff + i + 3] = update(alpha, t3, beta, y[yOff + i + 3]);
        }
        for (; i < m; i++) {
            double t = SimdDot.dot(n, a, aOff + i * lda, x, xOff);
            y[yOff + i] = update(alpha, t, beta, y[yOff + i]);
        }
    }

    /** Float {@code y = α·A·x + β·y}. */
    static void gemvN(int m, int n, float alpha, float[] a, int aOff, int lda, float[] x,
            int xOff, float beta, float[] y, int yOff) {
        int l = F.length();
        int nv = n - n % l;
        int i = 0;
        for (; i <= m - 4; i += 4) {
            int r0 = aOff + i * lda;
            int r1 = r0 + lda;
            int r2 = r1 + lda;
            int r3 = r2 + lda;
            FloatVector s0 = FloatVector.zero(F);
            FloatVector s1 = s0;
            FloatVector s2 = s0;
            FloatVector s3 = s0;
            for (int j = 0; j < nv; j += l) {
                FloatVector xv = FloatVector.fromArray(F, x, xOff + j);
                s0 = FloatVector.fromArray(F, a, r0 + j).fma(xv, s0);
                s1 = FloatVector.fromArray(F, a, r1 + j).fma(xv, s1);
                s2 = FloatVector.fromArray(F, a, r2 + j).fma(xv, s2);
                s3 = FloatVector.fromArray(F, a, r3 + j).fma(xv, s3);
            }
            float t0 = s0.reduceLanes(VectorOperators.ADD);
            float t1 = s1.reduceLanes(VectorOperators.ADD);
            float t2 = s2.reduceLanes(VectorOperators.ADD);
            float t3 = s3.reduceLanes(VectorOperators.ADD);
            for (int j = nv; j < n; j++) {
                float xj = x[xOff + j];
                t0 = Math.fma(a[r0 + j], xj, t0);
                t1 = Math.fma(a[r1 + j], xj, t1);
                t2 = Math.fma(a[r2 + j], xj, t2);
                t3 = Math.fma(a[r3 + j], xj, t3);
            }
            y[yOff + i] = update(alpha, t0, beta, y[yOff + i]);
            y[yOff + i + 1] = update(alpha, t1, beta, y[yOff + i + 1]);
            y[yOff + i + 2] = update(alpha, t2, beta, y[yOff + i + 2]);
            y[yOff + i + 3] = update(alpha, t3, beta, y[yOff + i + 3]);
        }
        for (; i < m; i++) {
            float t = SimdDot.dot(n, a, aOff + i * lda, x, xOff);
            y[yOff + i] = update(alpha, t, beta, y[yOff + i]);
        }
    }

    /** {@code y = β·y} over n elements; {@code β == 0} writes zeros without reading y. */
    static void scaleY(int n, double beta, double[] y, int yOff) {
        if (beta == 0.0) {
            Arrays.fill(y, yOff, yOff + n, 0.0);
        } else if (beta != 1.0) {
            SimdAxpy.scal(n, beta, y, yOff, 1);
        }
    }

    /** Float {@code y = β·y}. */
    static void scaleY(int n, float beta, float[] y, int yOff) {
        if (beta == 0f) {
            Arrays.fill(y, yOff, yOff + n, 0f);
        } else if (beta != 1f) {
            SimdAxpy.scal(n, beta, y, yOff, 1);
        }
    }

    /** {@code y = α·Aᵀ·x + β·y}, A m×n (y has n elements); never reads y when β == 0. */
    static void gemvT(int m, int n, double alpha, double[] a, int aOff, int lda, double[] x,
            int xOff, double beta, double[] y, int yOff) {
        scaleY(n, beta, y, yOff);
        int l = D.length();
        int nv = n - n % l;
        int i = 0;
        for (; i <= m - 4; i += 4) {
            int r0 = aOff + i * lda;
            int r1 = r0 + lda;
            int r2 = r1 + lda;
            int r3 = r2 + lda;
            double c0 = alpha * x[xOff + i];
            double c1 = alpha * x[xOff + i + 1];
            double c2 = alpha * x[xOff + i + 2];
            double c3 = alpha * x[xOff + i + 3];
            DoubleVector b0 = DoubleVector.broadcast(D, c0);
            DoubleVector b1 = DoubleVector.broadcast(D, c1);
            DoubleVector b2 = DoubleVector.broadcast(D, c2);
            DoubleVector b3 = DoubleVector.broadcast(D, c3);
            for (int j = 0; j < nv; j += l) {
                DoubleVector yv = DoubleVector.fromArray(D, y, yOff + j);
                yv = DoubleVector.fromArray(D, a, r0 + j).fma(b0, yv);
                yv = DoubleVector.fromArray(D, a, r1 + j).fma(b1, yv);
                yv = DoubleVector.fromArray(D, a, r2 + j).fma(b2, yv);
                yv = DoubleVector.fromArray(D, a, r3 + j).fma(b3, yv);
                yv.intoArray(y, yOff + j);
            }
            for (int j = nv; j < n; j++) {
                double v = Math.fma(a[r0 + j], c0, y[yOff + j]);
                v = Math.fma(a[r1 + j], c1, v);
                v = Math.fma(a[r2 + j], c2, v);
                y[yOff + j] = Math.fma(a[r3 + j], c3, v);
            }
        }
        for (; i < m; i++) {
            SimdAxpy.axpy(n, alpha * x[xOff + i], a, aOff + i * lda, y, yOff);
        }
    }

    /** Float {@code y = α·Aᵀ·x + β·y}. */
    static void gemvT(int m, int n, float alpha, float[] a, int aOff, int lda, float[] x,
            int xOff, float beta, float[] y, int yOff) {
        scaleY(n, beta, y, yOff);
        int l = F.length();
        int nv = n - n % l;
        int i = 0;
        for (; i <= m - 4; i += 4) {
            int r0 = aOff + i * lda;
            int r1 = r0 + lda;
            int r2 = r1 + lda;
            int r3 = r2 + lda;
            float c0 = alpha * x[xOff + i];
            float c1 = alpha * x[xOff + i + 1];
            float c2 = alpha * x[xOff + i + 2];
            float c3 = alpha * x[xOff + i + 3];
            FloatVector b0 = FloatVector.broadcast(F, c0);
            FloatVector b1 = FloatVector.broadcast(F, c1);
            FloatVector b2 = FloatVector.broadcast(F, c2);
            FloatVector b3 = FloatVector.broadcast(F, c3);
            for (int j = 0; j < nv; j += l) {
                FloatVector yv = FloatVector.fromArray(F, y, yOff + j);
                yv = FloatVector.fromArray(F, a, r0 + j).fma(b0, yv);
                yv = FloatVector.fromArray(F, a, r1 + j).fma(b1, yv);
                yv = FloatVector.fromArray(F, a, r2 + j).fma(b2, yv);
                yv = FloatVector.fromArray(F, a, r3 + j).fma(b3, yv);
                yv.intoArray(y, yOff + j);
            }
            for (int j = nv; j < n; j++) {
                float v = Math.fma(a[r0 + j], c0, y[yOff + j]);
                v = Math.fma(a[r1 + j], c1, v);
                v = Math.fma(a[r2 + j], c2, v);
                y[yOff + j] = Math.fma(a[r3 + j], c3, v);
            }
        }
        for (; i < m; i++) {
            SimdAxpy.axpy(n, alpha * x[xOff + i], a, aOff + i * lda, y, yOff);
        }
    }

    /**
     * The symv row kernel: {@code y[yOff + j] += c·a[aOff + j]} and returns
     * {@code Σ a[aOff + j]·x[xOff + j]} for {@code 0 <= j < n}, one pass over the row.
     */
    static double dotAxpy(int n, double[] a, int aOff, double[] x, int xOff, double c,
            double[] y, int yOff) {
        int l = D.length();
        DoubleVector cv = DoubleVector.broadcast(D, c);
        DoubleVector s0 = DoubleVector.zero(D);
        DoubleVector s1 = s0;
        int j = 0;
        // two dot chains: each step also loads and stores y, so FMA latency is half hidden
        for (; j <= n - 2 * l; j += 2 * l) {
            DoubleVector a0 = DoubleVector.fromArray(D, a, aOff + j);
            DoubleVector a1 = DoubleVector.fromArray(D, a, aOff + j + l);
            s0 = a0.fma(DoubleVector.fromArray(D, x, xOff + j), s0);
            s1 = a1.fma(DoubleVector.fromArray(D, x, xOff + j + l), s1);
            a0.fma(cv, DoubleVector.fromArray(D, y, yOff + j)).intoArray(y, yOff + j);
            a1.fma(cv, DoubleVector.fromArray(D, y, yOff + j + l)).intoArray(y, yOff + j + l);
        }
        double t = s0.add(s1).reduceLanes(VectorOperators.ADD);
        for (; j < n; j++) {
            double aj = a[aOff + j];
            t = Math.fma(aj, x[xOff + j], t);
            y[yOff + j] = Math.fma(aj, c, y[yOff + j]);
        }
        return t;
    }

    /** Float {@link #dotAxpy(int, double[], int, double[], int, double, double[], int)}. */
    static float dotAxpy(int n, float[] a, int aOff, float[] x, int xOff, float c, float[] y,
            int yOff) {
        int l = F.length();
        FloatVector cv = FloatVector.broadcast(F, c);
        FloatVector s0 = FloatVector.zero(F);
        FloatVector s1 = s0;
        int j = 0;
        for (; j <= n - 2 * l; j += 2 * l) {
            FloatVector a0 = FloatVector.fromArray(F, a, aOff + j);
            FloatVector a1 = FloatVector.fromArray(F, a, aOff + j + l);
            s0 = a0.fma(FloatVector.fromArray(F, x, xOff + j), s0);
            s1 = a1.fma(FloatVector.fromArray(F, x, xOff + j + l), s1);
            a0.fma(cv, FloatVector.fromArray(F, y, yOff + j)).intoArray(y, yOff + j);
            a1.fma(cv, FloatVector.fromArray(F, y, yOff + j + l)).intoArray(y, yOff + j + l);
        }
        float t = s0.add(s1).reduceLanes(VectorOperators.ADD);
        for (; j < n; j++) {
            float aj = a[aOff + j];
            t = Math.fma(aj, x[xOff + j], t);
            y[yOff + j] = Math.fma(aj, c, y[yOff + j]);
        }
        return t;
    }
}
