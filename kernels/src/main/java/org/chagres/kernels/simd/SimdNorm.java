package org.chagres.kernels.simd;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.chagres.kernels.scalar.Blue;

/**
 * Vector API nrm2 (Blue's algorithm) and iamax. Reference: {@link
 * org.chagres.kernels.scalar.ScalarLevel1}. nrm2 uses the same three ranges and scale factors
 * ({@link Blue}) and differs only in the order of summation; iamax gives exactly the same
 * index (first NaN, else first largest |x|). Strided forms are plain loops.
 */
final class SimdNorm {

    private static final VectorSpecies<Double> D = SimdSpecies.D;
    private static final VectorSpecies<Float> F = SimdSpecies.F;

    /** iamax scans blocks of this many elements: a re-scan of a block stays in L1. */
    private static final int BLOCK = 1024;

    private SimdNorm() {
    }

    /**
     * Blue's algorithm, vectorised: lanes accumulate the medium range with two accumulators
     * (FMA latency; nrm2 also pays two compares per vector, so two chains suffice). When a
     * pair of vectors holds a lane outside the medium range (above tbig, or below tsml and not
     * zero, which adds nothing anywhere), those elements are split over the three sums one by
     * one. NaN compares false both ways and lands in the medium sum, as in the scalar loop.
     */
    static double nrm2(int n, double[] x, int xOff, int inc) {
        int i = 0;
        double small = 0.0;
        double medium = 0.0;
        double big = 0.0;
        if (inc == 1) {
            int l = D.length();
            DoubleVector zero = DoubleVector.zero(D);
            DoubleVector m0 = zero;
            DoubleVector m1 = zero;
            for (; i <= n - 2 * l; i += 2 * l) {
                DoubleVector a0 = DoubleVector.fromArray(D, x, xOff + i).abs();
                DoubleVector a1 = DoubleVector.fromArray(D, x, xOff + i + l).abs();
                VectorMask<Double> out0 = outside(a0);
                VectorMask<Double> out1 = outside(a1);
                if (out0.or(out1).anyTrue()) {
                    // rare: a lane is tiny or huge; split these 2·l elements one by one
                    for (int k = i; k < i + 2 * l; k++) {
                        double ax = Math.abs(x[xOff + k]);
                        if (ax > Blue.D_TBIG) {
                            double q = ax * Blue.D_SBIG;
                            big = Math.fma(q, q, big);
                        } else if (ax < Blue.D_TSML) {
                            double q = ax * Blue.D_SSML;
                            small = Math.fma(q, q, small);
                        } else {
                            medium = Math.fma(ax, ax, medium);
                        }
                    }
                } else {
                    m0 = a0.fma(a0, m0);
                    m1 = a1.fma(a1, m1);
                }
            }
            medium += m0.add(m1).reduceLanes(VectorOperators.ADD);
        }
        for (; i < n; i++) {
            double ax = Math.abs(x[xOff + i * inc]);
            if (ax > Blue.D_TBIG) {
                double s = ax * Blue.D_SBIG;
                big = Math.fma(s, s, big);
            } else if (ax < Blue.D_TSML) {
                double s = ax * Blue.D_SSML;
                small = Math.fma(s, s, small);
            } else {
                medium = Math.fma(ax, ax, medium);
            }
        }
        return Blue.combine(small, medium, big);
    }

    private static VectorMask<Double> outside(DoubleVector a) {
        return a.compare(VectorOperators.GT, Blue.D_TBIG)
                .or(a.compare(VectorOperators.LT, Blue.D_TSML)
                        .and(a.compare(VectorOperators.NE, 0.0)));
    }

    private static VectorMask<Float> outside(FloatVector a) {
        return a.compare(VectorOperators.GT, Blue.F_TBIG)
                .or(a.compare(VectorOperators.LT, Blue.F_TSML)
                        .and(a.compare(VectorOperators.NE, 0f)));
    }

    /** Float Blue's algorithm, vectorised as {@link #nrm2(int, double[], int, int)}. */
    static float nrm2(int n, float[] x, int xOff, int inc) {
        int i = 0;
        float small = 0f;
        float medium = 0f;
        float big = 0f;
        if (inc == 1) {
            int l = F.length();
            FloatVector zero = FloatVector.zero(F);
            FloatVector m0 = zero;
            FloatVector m1 = zero;
            for (; i <= n - 2 * l; i += 2 * l) {
                FloatVector a0 = FloatVector.fromArray(F, x, xOff + i).abs();
                FloatVector a1 = FloatVector.fromArray(F, x, xOff + i + l).abs();
                VectorMask<Float> out0 = outside(a0);
                VectorMask<Float> out1 = outside(a1);
                if (out0.or(out1).anyTrue()) {
                    // rare: a lane is tiny or huge; split these 2·l elements one by one
                    for (int k = i; k < i + 2 * l; k++) {
                        float ax = Math.abs(x[xOff + k]);
                        if (ax > Blue.F_TBIG) {
                            float q = ax * Blue.F_SBIG;
                            big = Math.fma(q, q, big);
                        } else if (ax < Blue.F_TSML) {
                            float q = ax * Blue.F_SSML;
                            small = Math.fma(q, q, small);
                        } else {
                            medium = Math.fma(ax, ax, medium);
                        }
                    }
                } else {
                    m0 = a0.fma(a0, m0);
                    m1 = a1.fma(a1, m1);
                }
            }
            medium += m0.add(m1).reduceLanes(VectorOperators.ADD);
        }
        for (; i < n; i++) {
            float ax = Math.abs(x[xOff + i * inc]);
            if (ax > Blue.F_TBIG) {
                float s = ax * Blue.F_SBIG;
                big = Math.fma(s, s, big);
            } else if (ax < Blue.F_TSML) {
                float s = ax * Blue.F_SSML;
                small = Math.fma(s, s, small);
            } else {
                medium = Math.fma(ax, ax, medium);
            }
        }
        return Blue.combine(small, medium, big);
    }

    /**
     * First index of the largest |x|, or of the first NaN. Unit stride runs by blocks: a
     * vector max over the block (Java's max propagates NaN), and only when the block holds a
     * NaN or beats the best so far, a scalar re-scan of that block (in L1) for the first
     * position. Strict {@code >} keeps the first of equal maxima across blocks.
     */
    static int iamax(int n, double[] x, int xOff, int inc) {
        if (inc != 1) {
            return iamaxScalar(n, x, xOff, inc, -1, -1.0);
        }
        int l = D.length();
        int best = -1;
        double max = -1.0;
        int start = 0;
        int vectorEnd = n - n % l;
        while (start < vectorEnd) {
            int end = Math.min(vectorEnd, start + BLOCK);
            DoubleVector m0 = DoubleVector.fromArray(D, x, xOff + start).abs();
            DoubleVector m1 = m0;
            int i = start + l;
            for (; i <= end - 2 * l; i += 2 * l) {
                m0 = m0.max(DoubleVector.fromArray(D, x, xOff + i).abs());
                m1 = m1.max(DoubleVector.fromArray(D, x, xOff + i + l).abs());
            }
            for (; i < end; i += l) {
                m0 = m0.max(DoubleVector.fromArray(D, x, xOff + i).abs());
            }
            double blockMax = m0.max(m1).reduceLanes(VectorOperators.MAX);
            if (!(blockMax <= max)) {
                int found = iamaxScalar(end - start, x, xOff + start, 1, -1, max);
                if (found >= 0) {
                    double v = Math.abs(x[xOff + start + found]);
                    if (v != v) {
                        return start + found;
                    }
                    best = start + found;
                    max = v;
                }
            }
            start = end;
        }
        int tail = iamaxScalar(n - vectorEnd, x, xOff + vectorEnd, 1, -1, max);
        return tail >= 0 ? vectorEnd + tail : best;
    }

    /**
     * Scalar scan of n elements for the first NaN or the first |x| above {@code max}; returns
     * {@code best} (possibly −1) when nothing beats {@code max}. Indices relative to xOff.
     */
    private static int iamaxScalar(int n, double[] x, int xOff, int inc, int best,
            double max) {
        for (int i = 0; i < n; i++) {
            double ax = Math.abs(x[xOff + i * inc]);
            if (ax != ax) {
                return i;
            }
            if (ax > max) {
                max = ax;
                best = i;
            }
        }
        return best;
    }

    /** Float iamax, as {@link #iamax(int, double[], int, int)}. */
    static int iamax(int n, float[] x, int xOff, int inc) {
        if (inc != 1) {
            return iamaxScalar(n, x, xOff, inc, -1, -1f);
        }
        int l = F.length();
        int best = -1;
        float max = -1f;
        int start = 0;
        int vectorEnd = n - n % l;
        while (start < vectorEnd) {
            int end = Math.min(vectorEnd, start + BLOCK);
            FloatVector m0 = FloatVector.fromArray(F, x, xOff + start).abs();
            FloatVector m1 = m0;
            int i = start + l;
            for (; i <= end - 2 * l; i += 2 * l) {
                m0 = m0.max(FloatVector.fromArray(F, x, xOff + i).abs());
                m1 = m1.max(FloatVector.fromArray(F, x, xOff + i + l).abs());
            }
            for (; i < end; i += l) {
                m0 = m0.max(FloatVector.fromArray(F, x, xOff + i).abs());
            }
            float blockMax = m0.max(m1).reduceLanes(VectorOperators.MAX);
            if (!(blockMax <= max)) {
                int found = iamaxScalar(end - start, x, xOff + start, 1, -1, max);
                if (found >= 0) {
                    float v = Math.abs(x[xOff + start + found]);
                    if (v != v) {
                        return start + found;
                    }
                    best = start + found;
                    max = v;
                }
            }
            start = end;
        }
        int tail = iamaxScalar(n - vectorEnd, x, xOff + vectorEnd, 1, -1, max);
        return tail >= 0 ? vectorEnd + tail : best;
    }

    private static int iamaxScalar(int n, float[] x, int xOff, int inc, int best, float max) {
        for (int i = 0; i < n; i++) {
            float ax = Math.abs(x[xOff + i * inc]);
            if (ax != ax) {
                return i;
            }
            if (ax > max) {
                max = ax;
                best = i;
            }
        }
        return best;
    }
}
