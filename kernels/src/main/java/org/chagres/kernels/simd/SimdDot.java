package org.chagres.kernels.simd;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Vector API reductions: dot and asum, unit stride. Reference: {@link
 * org.chagres.kernels.scalar.ScalarLevel1}; the only difference is the order of summation
 * (lane-wise partial sums, fused multiply-add) and hence the rounding, within {@code γₙ·Σ|xᵢyᵢ|}.
 *
 * <p>Four accumulators: an FMA has a latency of about 4 cycles, and a dot can issue about one
 * FMA per cycle because each needs two loads (two load ports on current x86 and ARM cores),
 * so four independent chains keep the FMA units busy; more only lengthens the tail. Tails
 * shorter than a vector are summed by a scalar loop inside the method.
 */
final class SimdDot {

    private static final VectorSpecies<Double> D = SimdSpecies.D;
    private static final VectorSpecies<Float> F = SimdSpecies.F;

    private SimdDot() {
    }

    /** {@code Σ x[xOff + i]·y[yOff + i]}, {@code 0 <= i < n}. */
    static double dot(int n, double[] x, int xOff, double[] y, int yOff) {
        int l = D.length();
        DoubleVector a0 = DoubleVector.zero(D);
        DoubleVector a1 = a0;
        DoubleVector a2 = a0;
        DoubleVector a3 = a0;
        int i = 0;
        for (; i <= n - 4 * l; i += 4 * l) {
            a0 = DoubleVector.fromArray(D, x, xOff + i)
                    .fma(DoubleVector.fromArray(D, y, yOff + i), a0);
            a1 = DoubleVector.fromArray(D, x, xOff + i + l)
                    .fma(DoubleVector.fromArray(D, y, yOff + i + l), a1);
            a2 = DoubleVector.fromArray(D, x, xOff + i + 2 * l)
                    .fma(DoubleVector.fromArray(D, y, yOff + i + 2 * l), a2);
            a3 = DoubleVector.fromArray(D, x, xOff + i + 3 * l)
                    .fma(DoubleVector.fromArray(D, y, yOff + i + 3 * l), a3);
        }
        for (; i <= n - l; i += l) {
            a0 = DoubleVector.fromArray(D, x, xOff + i)
                    .fma(DoubleVector.fromArray(D, y, yOff + i), a0);
        }
        double sum = a0.add(a1).add(a2.add(a3)).reduceLanes(VectorOperators.ADD);
        for (; i < n; i++) {
            sum = Math.fma(x[xOff + i], y[yOff + i], sum);
        }
        return sum;
    }

    /** {@code Σ x[xOff + i]·y[yOff + i]} in float. */
    static float dot(int n, float[] x, int xOff, float[] y, int yOff) {
        int l = F.length();
        FloatVector a0 = FloatVector.zero(F);
        FloatVector a1 = a0;
        FloatVector a2 = a0;
        FloatVector a3 = a0;
        int i = 0;
        for (; i <= n - 4 * l; i += 4 * l) {
            a0 = FloatVector.fromArray(F, x, xOff + i)
                    .fma(FloatVector.fromArray(F, y, yOff + i), a0);
            a1 = FloatVector.fromArray(F, x, xOff + i + l)
                    .fma(FloatVector.fromArray(F, y, yOff + i + l), a1);
            a2 = FloatVector.fromArray(F, x, xOff + i + 2 * l)
                    .fma(FloatVector.fromArray(F, y, yOff + i + 2 * l), a2);
            a3 = FloatVector.fromArray(F, x, xOff + i + 3 * l)
                    .fma(FloatVector.fromArray(F, y, yOff + i + 3 * l), a3);
        }
        for (; i <= n - l; i += l) {
            a0 = FloatVector.fromArray(F, x, xOff + i)
                    .fma(FloatVector.fromArray(F, y, yOff + i), a0);
        }
        float sum = a0.add(a1).add(a2.add(a3)).reduceLanes(VectorOperators.ADD);
        for (; i < n; i++) {
            sum = Math.fma(x[xOff + i], y[yOff + i], sum);
        }
        return sum;
    }

    /** Strided dot: a plain loop (gathers cost more than they save at strides this small). */
    static double dot(int n, double[] x, int xOff, int incX, double[] y, int yOff, int incY) {
        double sum = 0.0;
        for (int i = 0; i < n; i++) {
            sum = Math.fma(x[xOff + i * incX], y[yOff + i * incY], sum);
        }
        return sum;
    }

    /** Strided float dot: a plain loop. */
    static float dot(int n, float[] x, int xOff, int incX, float[] y, int yOff, int incY) {
        float sum = 0f;
        for (int i = 0; i < n; i++) {
            sum = Math.fma(x[xOff + i * incX], y[yOff + i * incY], sum);
        }
        return sum;
    }

    /** {@code Σ |x[xOff + i·inc]|}; vectorised for {@code inc == 1}. */
    static double asum(int n, double[] x, int xOff, int inc) {
        int i = 0;
        double sum = 0.0;
        if (inc == 1) {
            int l = D.length();
            DoubleVector a0 = DoubleVector.zero(D);
            DoubleVector a1 = a0;
            DoubleVector a2 = a0;
            DoubleVector a3 = a0;
            // four accumulators: vector add latency ~4 cycles, two loads per cycle
            for (; i <= n - 4 * l; i += 4 * l) {
                a0 = a0.add(DoubleVector.fromArray(D, x, xOff + i).abs());
                a1 = a1.add(DoubleVector.fromArray(D, x, xOff + i + l).abs());
                a2 = a2.add(DoubleVector.fromArray(D, x, xOff + i + 2 * l).abs());
                a3 = a3.add(DoubleVector.fromArray(D, x, xOff + i + 3 * l).abs());
            }
            for (; i <= n - l; i += l) {
                a0 = a0.add(DoubleVector.fromArray(D, x, xOff + i).abs());
            }
            sum = a0.add(a1).add(a2.add(a3)).reduceLanes(VectorOperators.ADD);
        }
        for (; i < n; i++) {
            sum += Math.abs(x[xOff + i * inc]);
        }
        return sum;
    }

    /** {@code Σ |x[xOff + i·inc]|} in float; vectorised for {@code inc == 1}. */
    static float asum(int n, float[] x, int xOff, int inc) {
        int i = 0;
        float sum = 0f;
        if (inc == 1) {
            int l = F.length();
            FloatVector a0 = FloatVector.zero(F);
            FloatVector a1 = a0;
            FloatVector a2 = a0;
            FloatVector a3 = a0;
            for (; i <= n - 4 * l; i += 4 * l) {
                a0 = a0.add(FloatVector.fromArray(F, x, xOff + i).abs());
                a1 = a1.add(FloatVector.fromArray(F, x, xOff + i + l).abs());
                a2 = a2.add(FloatVector.fromArray(F, x, xOff + i + 2 * l).abs());
                a3 = a3.add(FloatVector.fromArray(F, x, xOff + i + 3 * l).abs());
            }
            for (; i <= n - l; i += l) {
                a0 = a0.add(FloatVector.fromArray(F, x, xOff + i).abs());
            }
            sum = a0.add(a1).add(a2.add(a3)).reduceLanes(VectorOperators.ADD);
        }
        for (; i < n; i++) {
            sum += Math.abs(x[xOff + i * inc]);
        }
        return sum;
    }
}
