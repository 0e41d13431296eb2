package org.chagres.kernels.simd;

import static org.chagres.kernels.simd.SimdSpecies.D;
import static org.chagres.kernels.simd.SimdSpecies.DL;
import static org.chagres.kernels.simd.SimdSpecies.F;
import static org.chagres.kernels.simd.SimdSpecies.FL;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import org.chagres.kernels.Elementwise;

/**
 * The Vector API Elementwise family ({@link SimdSpecies} width). Reference:
 * {@code ScalarElementwise}. Allowed differences, checked by {@code SimdElementwiseTest} at the
 * preferred width and at 128 bits:
 * <ul>
 * <li>add, sub, mul, div, fma (fused), neg, abs, sqrt, relu, max, min, argmax: none, bit for
 * bit (NaN payloads aside)</li>
 * <li>exp, log, tanh, sigmoid: own polynomial kernels ({@link SimdExp}, {@link SimdLog},
 * {@link SimdTanh}), within ULP_BOUNDS of StrictMath over the whole range, subnormals and
 * overflow included</li>
 * <li>sum, logSumExp, softmax: blocked pairwise summation order ({@link SimdReduce}), error at
 * most {@code γ(h)·Σ|x|} with h far below the reference's n - 1</li>
 * </ul>
 * Every loop runs whole vectors and then one masked vector for the tail, with the same code,
 * so a value gives the same bits at every index.
 */
public class SimdElementwise extends Elementwise {

    /** The simd family; stateless. */
    public SimdElementwise() {
    }

    @Override
    protected void addUnchecked(int n, double[] x, int xOff, double[] y, int yOff, double[] out,
            int outOff) {
        int i = 0;
        for (; i <= n - DL; i += DL) {
            DoubleVector a = DoubleVector.fromArray(D, x, xOff + i);
            DoubleVector b = DoubleVector.fromArray(D, y, yOff + i);
            a.add(b).intoArray(out, outOff + i);
        }
        if (i < n) {
            VectorMask<Double> m = D.indexInRange(i, n);
            DoubleVector a = DoubleVector.fromArray(D, x, xOff + i, m);
            DoubleVector b = DoubleVector.fromArray(D, y, yOff + i, m);
            a.add(b).intoArray(out, outOff + i, m);
        }
    }

    @Override
    protected void addUnchecked(int n, double[] x, int xOff, double s, double[] out, int outOff) {
        int i = 0;
        for (; i <= n - DL; i += DL) {
            DoubleVector a = DoubleVector.fromArray(D, x, xOff + i);
            a.add(s).intoArray(out, outOff + i);
        }
        if (i < n) {
            VectorMask<Double> m = D.indexInRange(i, n);
            DoubleVector a = DoubleVector.fromArray(D, x, xOff + i, m);
            a.add(s).intoArray(out, outOff + i, m);
        }
    }

    @Override
    protected void subUnchecked(int n, double[] x, int xOff, double[] y, int yOff, double[] out,
            int outOff) {
        int i = 0;
        for (; i <= n - DL; i += DL) {
            DoubleVector a = DoubleVector.fromArray(D, x, xOff + i);
            DoubleVector b = DoubleVector.fromArray(D, y, yOff + i);
            a.sub(b).intoArray(out, outOff + i);
        }
        if (i < n) {
            VectorMask<Double> m = D.indexInRange(i, n);
            DoubleVector a = DoubleVector.fromArray(D, x, xOff + i, m);
            DoubleVector b = DoubleVector.fromArray(D, y, yOff + i, m);
            a.sub(b).intoArray(out, outOff + i, m);
        }
    }

    @Override
    protected void subUnchecked(int n, double[] x, int xOff, double s, double[] out, int outOff) {
        int i = 0;
        for (; i <= n - DL; i += DL) {
            DoubleVector a = DoubleVector.fromArray(D, x, xOff + i);
            a.sub(s).intoArray(out, outOff + i);
        }
        if (i < n) {
            VectorMask<Double> m = D.indexInRange(i, n);
            DoubleVector a = DoubleVector.fromArray(D, x, xOff + i, m);
            a.sub(s).intoArray(out, outOff + i, m);
        }
    }

    @Override
    protected void mulUnchecked(int n, double[] x, int xOff, double[] y, int yOff, double[] out,
            int outOff) {
        int i = 0;
        for (; i <= n - DL; i += DL) {
            DoubleVector a = DoubleVector.fromArray(D, x, xOff + i);
            DoubleVector b = DoubleVector.fromArray(D, y, yOff + i);
            a.mul(b).intoArray(out, outOff + i);
        }
        if (i < n) {
            VectorMask<Double> m = D.indexInRange(i, n);
            DoubleVector a = DoubleVector.fromArray(D, x, xOff + i, m);
            DoubleVector b = DoubleVector.fromArray(D, y, yOff + i, m);
            a.mul(b).intoArray(out, outOff + i, m);
        }
    }

    @Override
    protected void mulUnchecked(int n, double[] x, int xOff, double s, double[] out, int outOff) {
        int i = 0;
        for (; i <= n - DL; i += DL) {
            DoubleVector a = DoubleVector.fromArray(D, x, xOff + i);
            a.mul(s).intoArray(out, outOff + i);
        }
        if (i < n) {
            VectorMask<Double> m = D.indexInRange(i, n);
            DoubleVector a = DoubleVector.fromArray(D, x, xOff + i, m);
            a.mul(s).intoArray(out, outOff + i, m);
        }
    }

    @Override
    protected void divUnchecked(int n, double[] x, int xOff, double[] y, int yOff, double[] out,
            int outOff) {
        int i = 0;
        for (; i <= n - DL; i += DL) {
            DoubleVector a = DoubleVector.fromArray(D, x, xOff + i);
            DoubleVector b = DoubleVector.fromArray(D, y, yOff + i);
            a.div(b).intoArray(out, outOff + i);
        }
        if (i < n) {
            VectorMask<Double> m = D.indexInRange(i, n);
            DoubleVector a = DoubleVector.fromArray(D, x, xOff + i, m);
            DoubleVector b = DoubleVector.fromArray(D, y, yOff + i, m);
            a.div(b).intoArray(out, outOff + i, m);
        }
    }

    @Override
    protected void divUnchecked(int n, double[] x, int xOff, double s, double[] out, int outOff) {
        int i = 0;
        for (; i <= n - DL; i += DL) {
            DoubleVector a = DoubleVector.fromArray(D, x, xOff + i);
            a.div(s).intoArray(out, outOff + i);
        }
        if (i < n) {
            VectorMask<Double> m = D.indexInRange(i, n);
            DoubleVector a = DoubleVector.fromArray(D, x, xOff + i, m);
            a.div(s).intoArray(out, outOff + i, m);
        }
    }

    @Override
    protected void fmaUnchecked(int n, double[] x, int xOff, double[] y, int yOff, double[] z,
            int zOff,
            double[] out, int outOff) {
        int i = 0;
        for (; i <= n - DL; i += DL) {
            DoubleVector a = DoubleVector.fromArray(D, x, xOff + i);
            DoubleVector b = DoubleVector.fromArray(D, y, yOff + i);
            DoubleVector c = DoubleVector.fromArray(D, z, zOff + i);
            a.fma(b, c).intoArray(out, outOff + i);
        }
        if (i < n) {
            VectorMask<Double> m = D.indexInRange(i, n);
            DoubleVector a = DoubleVector.fromArray(D, x, xOff + i, m);
            DoubleVector b = DoubleVector.fromArray(D, y, yOff + i, m);
            DoubleVector c = DoubleVector.fromArray(D, z, zOff + i, m);
            a.fma(b, c).intoArray(out, outOff + i, m);
        }
    }

    @Override
    protected void negUnchecked(int n, double[] x, int xOff, double[] out, int outOff) {
        int i = 0;
        for (; i <= n - DL; i += DL) {
            DoubleVector a = DoubleVector.fromArray(D, x, xOff + i);
            a.neg().intoArray(out, outOff + i);
        }
        if (i < n) {
            VectorMask<Double> m = D.indexInRange(i, n);
            DoubleVector a = DoubleVector.fromArray(D, x, xOff + i, m);
            a.neg().intoArray(out, outOff + i, m);
        }
    }

    @Override
    protected void absUnchecked(int n, double[] x, int xOff, double[] out, int outOff) {
        int i = 0;
        for (; i <= n - DL; i += DL) {
            DoubleVector a = DoubleVector.fromArray(D, x, xOff + i);
            a.abs().intoArray(out, outOff + i);
        }
        if (i < n) {
            VectorMask<Double> m = D.indexInRange(i, n);
            DoubleVector a = DoubleVector.fromArray(D, x, xOff + i, m);
            a.abs().intoArray(out, outOff + i, m);
        }
    }

    @Override
    protected void sqrtUnchecked(int n, double[] x, int xOff, double[] out, int outOff) {
        int i = 0;
        for (; i <= n - DL; i += DL) {
            DoubleVector a = DoubleVector.fromArray(D, x, xOff + i);
            a.sqrt().intoArray(out, outOff + i);
        }
        if (i < n) {
            VectorMask<Double> m = D.indexInRange(i, n);
            DoubleVector a = DoubleVector.fromArray(D, x, xOff + i, m);
            a.sqrt().intoArray(out, outOff + i, m);
        }
    }

    @Override
    protected void expUnchecked(int n, double[] x, int xOff, double[] out, int outOff) {
        int i = 0;
        for (; i <= n - DL; i += DL) {
            DoubleVector a = DoubleVector.fromArray(D, x, xOff + i);
            SimdExp.exp(a).intoArray(out, outOff + i);
        }
        if (i < n) {
            VectorMask<Double> m = D.indexInRange(i, n);
            DoubleVector a = DoubleVector.fromArray(D, x, xOff + i, m);
            SimdExp.exp(a).intoArray(out, outOff + i, m);
        }
    }

    @Override
    protected void logUnchecked(int n, double[] x, int xOff, double[] out, int outOff) {
        int i = 0;
        for (; i <= n - DL; i += DL) {
            DoubleVector a = DoubleVector.fromArray(D, x, xOff + i);
            SimdLog.log(a).intoArray(out, outOff + i);
        }
        if (i < n) {
            VectorMask<Double> m = D.indexInRange(i, n);
            DoubleVector a = DoubleVector.fromArray(D, x, xOff + i, m);
            SimdLog.log(a).intoArray(out, outOff + i, m);
        }
    }

    @Override
    protected void tanhUnchecked(int n, double[] x, int xOff, double[] out, int outOff) {
        int i = 0;
        for (; i <= n - DL; i += DL) {
            DoubleVector a = DoubleVector.fromArray(D, x, xOff + i);
            SimdTanh.tanh(a).intoArray(out, outOff + i);
        }
        if (i < n) {
            VectorMask<Double> m = D.indexInRange(i, n);
            DoubleVector a = DoubleVector.fromArray(D, x, xOff + i, m);
            SimdTanh.tanh(a).intoArray(out, outOff + i, m);
        }
    }

    @Override
    protected void sigmoidUnchecked(int n, double[] x, int xOff, double[] out, int outOff) {
        int i = 0;
        for (; i <= n - DL; i += DL) {
            DoubleVector a = DoubleVector.fromArray(D, x, xOff + i);
            SimdTanh.sigmoid(a).intoArray(out, outOff + i);
        }
        if (i < n) {
            VectorMask<Double> m = D.indexInRange(i, n);
            DoubleVector a = DoubleVector.fromArray(D, x, xOff + i, m);
            SimdTanh.sigmoid(a).intoArray(out, outOff + i, m);
        }
    }

    @Override
    protected void reluUnchecked(int n, double[] x, int xOff, double[] out, int outOff) {
        int i = 0;
        for (; i <= n - DL; i += DL) {
            DoubleVector a = DoubleVector.fromArray(D, x, xOff + i);
            a.max(0.0).intoArray(out, outOff + i);
        }
        if (i < n) {
            VectorMask<Double> m = D.indexInRange(i, n);
            DoubleVector a = DoubleVector.fromArray(D, x, xOff + i, m);
            a.max(0.0).intoArray(out, outOff + i, m);
        }
    }

    @Override
    protected double sumUnchecked(int n, double[] x, int xOff) {
        return SimdReduce.sum(x, xOff, n);
    }

    @Override
    protected double maxUnchecked(int n, double[] x, int xOff) {
        return SimdReduce.max(x, xOff, n);
    }

    @Override
    protected double minUnchecked(int n, double[] x, int xOff) {
        return SimdReduce.min(x, xOff, n);
    }

    @Override
    protected double logSumExpUnchecked(int n, double[] x, int xOff) {
        return SimdReduce.logSumExp(x, xOff, n);
    }

    @Override
    protected int argmaxUnchecked(int n, double[] x, int xOff) {
        return SimdReduce.argmax(x, xOff, n);
    }

    @Override
    protected void softmaxUnchecked(int n, double[] x, int xOff, double[] out, int outOff) {
        SimdReduce.softmax(x, xOff, out, outOff, n);
    }

    @Override
    protected void addUnchecked(int n, float[] x, int xOff, float[] y, int yOff, float[] out,
            int outOff) {
        int i = 0;
        for (; i <= n - FL; i += FL) {
            FloatVector a = FloatVector.fromArray(F, x, xOff + i);
            FloatVector b = FloatVector.fromArray(F, y, yOff + i);
            a.add(b).intoArray(out, outOff + i);
        }
        if (i < n) {
            VectorMask<Float> m = F.indexInRange(i, n);
            FloatVector a = FloatVector.fromArray(F, x, xOff + i, m);
            FloatVector b = FloatVector.fromArray(F, y, yOff + i, m);
            a.add(b).intoArray(out, outOff + i, m);
        }
    }

    @Override
    protected void addUnchecked(int n, float[] x, int xOff, float s, float[] out, int outOff) {
        int i = 0;
        for (; i <= n - FL; i += FL) {
            FloatVector a = FloatVector.fromArray(F, x, xOff + i);
            a.add(s).intoArray(out, outOff + i);
        }
        if (i < n) {
            VectorMask<Float> m = F.indexInRange(i, n);
            FloatVector a = FloatVector.fromArray(F, x, xOff + i, m);
            a.add(s).intoArray(out, outOff + i, m);
        }
    }

    @Override
    protected void subUnchecked(int n, float[] x, int xOff, float[] y, int yOff, float[] out,
            int outOff) {
        int i = 0;
        for (; i <= n - FL; i += FL) {
            FloatVector a = FloatVector.fromArray(F, x, xOff + i);
            FloatVector b = FloatVector.fromArray(F, y, yOff + i);
            a.sub(b).intoArray(out, outOff + i);
        }
        if (i < n) {
            VectorMask<Float> m = F.indexInRange(i, n);
            FloatVector a = FloatVector.fromArray(F, x, xOff + i, m);
            FloatVector b = FloatVector.fromArray(F, y, yOff + i, m);
            a.sub(b).intoArray(out, outOff + i, m);
        }
    }

    @Override
    protected void subUnchecked(int n, float[] x, int xOff, float s, float[] out, int outOff) {
        int i = 0;
        for (; i <= n - FL; i += FL) {
            FloatVector a = FloatVector.fromArray(F, x, xOff + i);
            a.sub(s).intoArray(out, outOff + i);
        }
        if (i < n) {
            VectorMask<Float> m = F.indexInRange(i, n);
            FloatVector a = FloatVector.fromArray(F, x, xOff + i, m);
            a.sub(s).intoArray(out, outOff + i, m);
        }
    }

    @Override
    protected void mulUnchecked(int n, float[] x, int xOff, float[] y, int yOff, float[] out,
            int outOff) {
        int i = 0;
        for (; i <= n - FL; i += FL) {
            FloatVector a = FloatVector.fromArray(F, x, xOff + i);
            FloatVector b = FloatVector.fromArray(F, y, yOff + i);
            a.mul(b).intoArray(out, outOff + i);
        }
        if (i < n) {
            VectorMask<Float> m = F.indexInRange(i, n);
            FloatVector a = FloatVector.fromArray(F, x, xOff + i, m);
            FloatVector b = FloatVector.fromArray(F, y, yOff + i, m);
            a.mul(b).intoArray(out, outOff + i, m);
        }
    }

    @Override
    protected void mulUnchecked(int n, float[] x, int xOff, float s, float[] out, int outOff) {
        int i = 0;
        for (; i <= n - FL; i += FL) {
            FloatVector a = FloatVector.fromArray(F, x, xOff + i);
            a.mul(s).intoArray(out, outOff + i);
        }
        if (i < n) {
            VectorMask<Float> m = F.indexInRange(i, n);
            FloatVector a = FloatVector.fromArray(F, x, xOff + i, m);
            a.mul(s).intoArray(out, outOff + i, m);
        }
    }

    @Override
    protected void divUnchecked(int n, float[] x, int xOff, float[] y, int yOff, float[] out,
            int outOff) {
        int i = 0;
        for (; i <= n - FL; i += FL) {
            FloatVector a = FloatVector.fromArray(F, x, xOff + i);
            FloatVector b = FloatVector.fromArray(F, y, yOff + i);
            a.div(b).intoArray(out, outOff + i);
        }
        if (i < n) {
            VectorMask<Float> m = F.indexInRange(i, n);
            FloatVector a = FloatVector.fromArray(F, x, xOff + i, m);
            FloatVector b = FloatVector.fromArray(F, y, yOff + i, m);
            a.div(b).intoArray(out, outOff + i, m);
        }
    }

    @Override
    protected void divUnchecked(int n, float[] x, int xOff, float s, float[] out, int outOff) {
        int i = 0;
        for (; i <= n - FL; i += FL) {
            FloatVector a = FloatVector.fromArray(F, x, xOff + i);
            a.div(s).intoArray(out, outOff + i);
        }
        if (i < n) {
            VectorMask<Float> m = F.indexInRange(i, n);
            FloatVector a = FloatVector.fromArray(F, x, xOff + i, m);
            a.div(s).intoArray(out, outOff + i, m);
        }
    }

    @Override
    protected void fmaUnchecked(int n, float[] x, int xOff, float[] y, int yOff, float[] z,
            int zOff,
            float[] out, int outOff) {
        int i = 0;
        for (; i <= n - FL; i += FL) {
            FloatVector a = FloatVector.fromArray(F, x, xOff + i);
            FloatVector b = FloatVector.fromArray(F, y, yOff + i);
            FloatVector c = FloatVector.fromArray(F, z, zOff + i);
            a.fma(b, c).intoArray(out, outOff + i);
        }
        if (i < n) {
            VectorMask<Float> m = F.indexInRange(i, n);
            FloatVector a = FloatVector.fromArray(F, x, xOff + i, m);
            FloatVector b = FloatVector.fromArray(F, y, yOff + i, m);
            FloatVector c = FloatVector.fromArray(F, z, zOff + i, m);
            a.fma(b, c).intoArray(out, outOff + i, m);
        }
    }

    @Override
    protected void negUnchecked(int n, float[] x, int xOff, float[] out, int outOff) {
        int i = 0;
        for (; i <= n - FL; i += FL) {
            FloatVector a = FloatVector.fromArray(F, x, xOff + i);
            a.neg().intoArray(out, outOff + i);
        }
        if (i < n) {
            VectorMask<Float> m = F.indexInRange(i, n);
            FloatVector a = FloatVector.fromArray(F, x, xOff + i, m);
            a.neg().intoArray(out, outOff + i, m);
        }
    }

    @Override
    protected void absUnchecked(int n, float[] x, int xOff, float[] out, int outOff) {
        int i = 0;
        for (; i <= n - FL; i += FL) {
            FloatVector a = FloatVector.fromArray(F, x, xOff + i);
            a.abs().intoArray(out, outOff + i);
        }
        if (i < n) {
            VectorMask<Float> m = F.indexInRange(i, n);
            FloatVector a = FloatVector.fromArray(F, x, xOff + i, m);
            a.abs().intoArray(out, outOff + i, m);
        }
    }

    @Override
    protected void sqrtUnchecked(int n, float[] x, int xOff, float[] out, int outOff) {
        int i = 0;
        for (; i <= n - FL; i += FL) {
            FloatVector a = FloatVector.fromArray(F, x, xOff + i);
            a.sqrt().intoArray(out, outOff + i);
        }
        if (i < n) {
            VectorMask<Float> m = F.indexInRange(i, n);
            FloatVector a = FloatVector.fromArray(F, x, xOff + i, m);
            a.sqrt().intoArray(out, outOff + i, m);
        }
    }

    @Override
    protected void expUnchecked(int n, float[] x, int xOff, float[] out, int outOff) {
        int i = 0;
        for (; i <= n - FL; i += FL) {
            FloatVector a = FloatVector.fromArray(F, x, xOff + i);
            SimdExp.exp(a).intoArray(out, outOff + i);
        }
        if (i < n) {
            VectorMask<Float> m = F.indexInRange(i, n);
            FloatVector a = FloatVector.fromArray(F, x, xOff + i, m);
            SimdExp.exp(a).intoArray(out, outOff + i, m);
        }
    }

    @Override
    protected void logUnchecked(int n, float[] x, int xOff, float[] out, int outOff) {
        int i = 0;
        for (; i <= n - FL; i += FL) {
            FloatVector a = FloatVector.fromArray(F, x, xOff + i);
            SimdLog.log(a).intoArray(out, outOff + i);
        }
        if (i < n) {
            VectorMask<Float> m = F.indexInRange(i, n);
            FloatVector a = FloatVector.fromArray(F, x, xOff + i, m);
            SimdLog.log(a).intoArray(out, outOff + i, m);
        }
    }

    @Override
    protected void tanhUnchecked(int n, float[] x, int xOff, float[] out, int outOff) {
        int i = 0;
        for (; i <= n - FL; i += FL) {
            FloatVector a = FloatVector.fromArray(F, x, xOff + i);
            SimdTanh.tanh(a).intoArray(out, outOff + i);
        }
        if (i < n) {
            VectorMask<Float> m = F.indexInRange(i, n);
            FloatVector a = FloatVector.fromArray(F, x, xOff + i, m);
            SimdTanh.tanh(a).intoArray(out, outOff + i, m);
        }
    }

    @Override
    protected void sigmoidUnchecked(int n, float[] x, int xOff, float[] out, int outOff) {
        int i = 0;
        for (; i <= n - FL; i += FL) {
            FloatVector a = FloatVector.fromArray(F, x, xOff + i);
            SimdTanh.sigmoid(a).intoArray(out, outOff + i);
        }
        if (i < n) {
            VectorMask<Float> m = F.indexInRange(i, n);
            FloatVector a = FloatVector.fromArray(F, x, xOff + i, m);
            SimdTanh.sigmoid(a).intoArray(out, outOff + i, m);
        }
    }

    @Override
    protected void reluUnchecked(int n, float[] x, int xOff, float[] out, int outOff) {
        int i = 0;
        for (; i <= n - FL; i += FL) {
            FloatVector a = FloatVector.fromArray(F, x, xOff + i);
            a.max(0.0f).intoArray(out, outOff + i);
        }
        if (i < n) {
            VectorMask<Float> m = F.indexInRange(i, n);
            FloatVector a = FloatVector.fromArray(F, x, xOff + i, m);
            a.max(0.0f).intoArray(out, outOff + i, m);
        }
    }

    @Override
    protected float sumUnchecked(int n, float[] x, int xOff) {
        return SimdReduceFloat.sum(x, xOff, n);
    }

    @Override
    protected float maxUnchecked(int n, float[] x, int xOff) {
        return SimdReduceFloat.max(x, xOff, n);
    }

    @Override
    protected float minUnchecked(int n, float[] x, int xOff) {
        return SimdReduceFloat.min(x, xOff, n);
    }

    @Override
    protected float logSumExpUnchecked(int n, float[] x, int xOff) {
        return SimdReduceFloat.logSumExp(x, xOff, n);
    }

    @Override
    protected int argmaxUnchecked(int n, float[] x, int xOff) {
        return SimdReduceFloat.argmax(x, xOff, n);
    }

    @Override
    protected void softmaxUnchecked(int n, float[] x, int xOff, float[] out, int outOff) {
        SimdReduceFloat.softmax(x, xOff, out, outOff, n);
    }
}
