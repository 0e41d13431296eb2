package org.chagres.kernels.simd;

import static org.chagres.kernels.simd.SimdSpecies.D;
import static org.chagres.kernels.simd.SimdSpecies.DL;
import static org.chagres.kernels.simd.SimdSpecies.F;
import static org.chagres.kernels.simd.SimdSpecies.FL;
import static org.chagres.kernels.simd.SimdExp.LN2_HI;
import static org.chagres.kernels.simd.SimdExp.LN2_HI_F;
import static org.chagres.kernels.simd.SimdExp.LN2_LO;
import static org.chagres.kernels.simd.SimdExp.LN2_LO_F;
import static org.chagres.kernels.simd.SimdExp.LOG2E;
import static org.chagres.kernels.simd.SimdExp.LOG2E_F;
import static org.chagres.kernels.simd.SimdExp.Q0;
import static org.chagres.kernels.simd.SimdExp.Q1;
import static org.chagres.kernels.simd.SimdExp.Q10;
import static org.chagres.kernels.simd.SimdExp.Q2;
import static org.chagres.kernels.simd.SimdExp.Q3;
import static org.chagres.kernels.simd.SimdExp.Q4;
import static org.chagres.kernels.simd.SimdExp.Q5;
import static org.chagres.kernels.simd.SimdExp.Q6;
import static org.chagres.kernels.simd.SimdExp.Q7;
import static org.chagres.kernels.simd.SimdExp.Q8;
import static org.chagres.kernels.simd.SimdExp.Q9;
import static org.chagres.kernels.simd.SimdExp.QF0;
import static org.chagres.kernels.simd.SimdExp.QF1;
import static org.chagres.kernels.simd.SimdExp.QF2;
import static org.chagres.kernels.simd.SimdExp.QF3;
import static org.chagres.kernels.simd.SimdExp.QF4;
import static org.chagres.kernels.simd.SimdExp.SHIFTER;
import static org.chagres.kernels.simd.SimdExp.SHIFTER_F;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import org.chagres.kernels.Elementwise;

/**
 * The Vector API Elementwise family ({@link SimdSpecies} width). Reference:
 * {@code ScalarElementwise}. Allowed differences, checked by {@code SimdElementwiseTest} at the
 * preferred width and at 128 bits:
 * <ul>
 * <li>add, sub, mul, div, fma (fused), neg, abs, sqrt, relu, max, min, argmax: none, bit for
 * bit (NaN payloads aside)</li>
 * <li>exp, log, tanh, sigmoid: own polynomial kernels ({@link SimdExp}, {@link SimdLog},
 * {@link SimdTanh}) over the whole range, overflow, gradual underflow and subnormals
 * included. Bounds against the scalar reference (StrictMath; float: StrictMath in double,
 * rounded), asserted by {@code SimdElementwiseTest} over random bit patterns and dense edge
 * sweeps, with the largest error measured there in brackets: double exp ≤ 2 ulp (1), log ≤ 2
 * (1), tanh ≤ 4 (3; StrictMath.tanh is itself up to 2 ulp off near |x| = 0.2, where these
 * kernels are within 1 ulp of the correctly rounded value), sigmoid ≤ 3 (2); float exp, log,
 * tanh, sigmoid ≤ 2 (1)</li>
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
            // the masked tail is its own method: this one stays under C2's inlining budget
            addTail(i, n, x, xOff, y, yOff, out, outOff);
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
            // the masked tail is its own method: this one stays under C2's inlining budget
            addScalarTail(i, n, x, xOff, s, out, outOff);
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
            // the masked tail is its own method: this one stays under C2's inlining budget
            subTail(i, n, x, xOff, y, yOff, out, outOff);
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
            // the masked tail is its own method: this one stays under C2's inlining budget
            subScalarTail(i, n, x, xOff, s, out, outOff);
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
            // the masked tail is its own method: this one stays under C2's inlining budget
            mulTail(i, n, x, xOff, y, yOff, out, outOff);
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
            // the masked tail is its own method: this one stays under C2's inlining budget
            mulScalarTail(i, n, x, xOff, s, out, outOff);
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
            // the masked tail is its own method: this one stays under C2's inlining budget
            divTail(i, n, x, xOff, y, yOff, out, outOff);
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
            // the masked tail is its own method: this one stays under C2's inlining budget
            divScalarTail(i, n, x, xOff, s, out, outOff);
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
            // the masked tail is its own method: this one stays under C2's inlining budget
            fmaTail(i, n, x, xOff, y, yOff, z, zOff, out, outOff);
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
            // the masked tail is its own method: this one stays under C2's inlining budget
            negTail(i, n, x, xOff, out, outOff);
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
            // the masked tail is its own method: this one stays under C2's inlining budget
            absTail(i, n, x, xOff, out, outOff);
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
            // the masked tail is its own method: this one stays under C2's inlining budget
            sqrtTail(i, n, x, xOff, out, outOff);
        }
    }

    @Override
    protected void expUnchecked(int n, double[] x, int xOff, double[] out, int outOff) {
        int i = 0;
        for (; i <= n - DL; i += DL) {
            DoubleVector a = DoubleVector.fromArray(D, x, xOff + i);
            // SimdExp.exp written out: a loop must not call a vector helper that C2 may
            // have compiled on its own (it then refuses to inline it and boxes the vectors)
            DoubleVector xc = a.max(-746.0).min(710.0);
            DoubleVector k = xc.fma(LOG2E, SHIFTER).sub(SHIFTER);
            DoubleVector r = k.fma(a.broadcast(-LN2_HI), xc);
            r = k.fma(a.broadcast(-LN2_LO), r);
            DoubleVector q = r.fma(Q10, Q9);
            q = q.fma(r, a.broadcast(Q8));
            q = q.fma(r, a.broadcast(Q7));
            q = q.fma(r, a.broadcast(Q6));
            q = q.fma(r, a.broadcast(Q5));
            q = q.fma(r, a.broadcast(Q4));
            q = q.fma(r, a.broadcast(Q3));
            q = q.fma(r, a.broadcast(Q2));
            q = q.fma(r, a.broadcast(Q1));
            q = q.fma(r, a.broadcast(Q0));
            DoubleVector p = r.mul(r).fma(q, r).add(1.0);
            DoubleVector k1 = k.fma(0.5, SHIFTER).sub(SHIFTER);
            DoubleVector k2 = k.sub(k1);
            DoubleVector s1 = k1.add(SHIFTER + 1023).viewAsIntegralLanes()
                    .lanewise(VectorOperators.LSHL, 52).viewAsFloatingLanes();
            DoubleVector s2 = k2.add(SHIFTER + 1023).viewAsIntegralLanes()
                    .lanewise(VectorOperators.LSHL, 52).viewAsFloatingLanes();
            p.mul(s1).mul(s2).intoArray(out, outOff + i);
        }
        if (i < n) {
            // the masked tail is its own method: this one stays under C2's inlining budget
            expTail(i, n, x, xOff, out, outOff);
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
            // the masked tail is its own method: this one stays under C2's inlining budget
            logTail(i, n, x, xOff, out, outOff);
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
            // the masked tail is its own method: this one stays under C2's inlining budget
            tanhTail(i, n, x, xOff, out, outOff);
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
            // the masked tail is its own method: this one stays under C2's inlining budget
            sigmoidTail(i, n, x, xOff, out, outOff);
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
            // the masked tail is its own method: this one stays under C2's inlining budget
            reluTail(i, n, x, xOff, out, outOff);
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
            // the masked tail is its own method: this one stays under C2's inlining budget
            addTail(i, n, x, xOff, y, yOff, out, outOff);
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
            // the masked tail is its own method: this one stays under C2's inlining budget
            addScalarTail(i, n, x, xOff, s, out, outOff);
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
            // the masked tail is its own method: this one stays under C2's inlining budget
            subTail(i, n, x, xOff, y, yOff, out, outOff);
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
            // the masked tail is its own method: this one stays under C2's inlining budget
            subScalarTail(i, n, x, xOff, s, out, outOff);
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
            // the masked tail is its own method: this one stays under C2's inlining budget
            mulTail(i, n, x, xOff, y, yOff, out, outOff);
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
            // the masked tail is its own method: this one stays under C2's inlining budget
            mulScalarTail(i, n, x, xOff, s, out, outOff);
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
            // the masked tail is its own method: this one stays under C2's inlining budget
            divTail(i, n, x, xOff, y, yOff, out, outOff);
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
            // the masked tail is its own method: this one stays under C2's inlining budget
            divScalarTail(i, n, x, xOff, s, out, outOff);
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
            // the masked tail is its own method: this one stays under C2's inlining budget
            fmaTail(i, n, x, xOff, y, yOff, z, zOff, out, outOff);
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
            // the masked tail is its own method: this one stays under C2's inlining budget
            negTail(i, n, x, xOff, out, outOff);
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
            // the masked tail is its own method: this one stays under C2's inlining budget
            absTail(i, n, x, xOff, out, outOff);
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
            // the masked tail is its own method: this one stays under C2's inlining budget
            sqrtTail(i, n, x, xOff, out, outOff);
        }
    }

    @Override
    protected void expUnchecked(int n, float[] x, int xOff, float[] out, int outOff) {
        int i = 0;
        for (; i <= n - FL; i += FL) {
            FloatVector a = FloatVector.fromArray(F, x, xOff + i);
            // SimdExp.exp written out: a loop must not call a vector helper that C2 may
            // have compiled on its own (it then refuses to inline it and boxes the vectors)
            FloatVector xc = a.max(-105.0f).min(89.0f);
            FloatVector k = xc.fma(LOG2E_F, SHIFTER_F).sub(SHIFTER_F);
            FloatVector r = k.fma(a.broadcast(-LN2_HI_F), xc);
            r = k.fma(a.broadcast(-LN2_LO_F), r);
            FloatVector q = r.fma(QF4, QF3);
            q = q.fma(r, a.broadcast(QF2));
            q = q.fma(r, a.broadcast(QF1));
            q = q.fma(r, a.broadcast(QF0));
            FloatVector p = r.mul(r).fma(q, r).add(1.0f);
            FloatVector k1 = k.fma(0.5f, SHIFTER_F).sub(SHIFTER_F);
            FloatVector k2 = k.sub(k1);
            FloatVector s1 = k1.add(SHIFTER_F + 127).viewAsIntegralLanes()
                    .lanewise(VectorOperators.LSHL, 23).viewAsFloatingLanes();
            FloatVector s2 = k2.add(SHIFTER_F + 127).viewAsIntegralLanes()
                    .lanewise(VectorOperators.LSHL, 23).viewAsFloatingLanes();
            p.mul(s1).mul(s2).intoArray(out, outOff + i);
        }
        if (i < n) {
            // the masked tail is its own method: this one stays under C2's inlining budget
            expTail(i, n, x, xOff, out, outOff);
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
            // the masked tail is its own method: this one stays under C2's inlining budget
            logTail(i, n, x, xOff, out, outOff);
        }
    }

    @Override
    protected void tanhUnchecked(int n, float[] x, int xOff, float[] out, int outOff) {
        SimdTanh.tanh(n, x, xOff, out, outOff);
    }

    @Override
    protected void sigmoidUnchecked(int n, float[] x, int xOff, float[] out, int outOff) {
        int i = 0;
        for (; i <= n - FL; i += FL) {
            FloatVector a = FloatVector.fromArray(F, x, xOff + i);
            SimdTanh.sigmoid(a).intoArray(out, outOff + i);
        }
        if (i < n) {
            // the masked tail is its own method: this one stays under C2's inlining budget
            sigmoidTail(i, n, x, xOff, out, outOff);
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
            // the masked tail is its own method: this one stays under C2's inlining budget
            reluTail(i, n, x, xOff, out, outOff);
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

    // ---- masked tails, one vector each ----------------------------------------------------------

    private static void addTail(int i, int n, double[] x, int xOff, double[] y, int yOff,
            double[] out, int outOff) {
        VectorMask<Double> m = D.indexInRange(i, n);
        DoubleVector a = DoubleVector.fromArray(D, x, xOff + i, m);
        DoubleVector b = DoubleVector.fromArray(D, y, yOff + i, m);
        a.add(b).intoArray(out, outOff + i, m);
    }

    private static void addScalarTail(int i, int n, double[] x, int xOff, double s, double[] out,
            int outOff) {
        VectorMask<Double> m = D.indexInRange(i, n);
        DoubleVector a = DoubleVector.fromArray(D, x, xOff + i, m);
        a.add(s).intoArray(out, outOff + i, m);
    }

    private static void subTail(int i, int n, double[] x, int xOff, double[] y, int yOff,
            double[] out, int outOff) {
        VectorMask<Double> m = D.indexInRange(i, n);
        DoubleVector a = DoubleVector.fromArray(D, x, xOff + i, m);
        DoubleVector b = DoubleVector.fromArray(D, y, yOff + i, m);
        a.sub(b).intoArray(out, outOff + i, m);
    }

    private static void subScalarTail(int i, int n, double[] x, int xOff, double s, double[] out,
            int outOff) {
        VectorMask<Double> m = D.indexInRange(i, n);
        DoubleVector a = DoubleVector.fromArray(D, x, xOff + i, m);
        a.sub(s).intoArray(out, outOff + i, m);
    }

    private static void mulTail(int i, int n, double[] x, int xOff, double[] y, int yOff,
            double[] out, int outOff) {
        VectorMask<Double> m = D.indexInRange(i, n);
        DoubleVector a = DoubleVector.fromArray(D, x, xOff + i, m);
        DoubleVector b = DoubleVector.fromArray(D, y, yOff + i, m);
        a.mul(b).intoArray(out, outOff + i, m);
    }

    private static void mulScalarTail(int i, int n, double[] x, int xOff, double s, double[] out,
            int outOff) {
        VectorMask<Double> m = D.indexInRange(i, n);
        DoubleVector a = DoubleVector.fromArray(D, x, xOff + i, m);
        a.mul(s).intoArray(out, outOff + i, m);
    }

    private static void divTail(int i, int n, double[] x, int xOff, double[] y, int yOff,
            double[] out, int outOff) {
        VectorMask<Double> m = D.indexInRange(i, n);
        DoubleVector a = DoubleVector.fromArray(D, x, xOff + i, m);
        DoubleVector b = DoubleVector.fromArray(D, y, yOff + i, m);
        a.div(b).intoArray(out, outOff + i, m);
    }

    private static void divScalarTail(int i, int n, double[] x, int xOff, double s, double[] out,
            int outOff) {
        VectorMask<Double> m = D.indexInRange(i, n);
        DoubleVector a = DoubleVector.fromArray(D, x, xOff + i, m);
        a.div(s).intoArray(out, outOff + i, m);
    }

    private static void fmaTail(int i, int n, double[] x, int xOff, double[] y, int yOff,
            double[] z, int zOff, double[] out, int outOff) {
        VectorMask<Double> m = D.indexInRange(i, n);
        DoubleVector a = DoubleVector.fromArray(D, x, xOff + i, m);
        DoubleVector b = DoubleVector.fromArray(D, y, yOff + i, m);
        DoubleVector c = DoubleVector.fromArray(D, z, zOff + i, m);
        a.fma(b, c).intoArray(out, outOff + i, m);
    }

    private static void negTail(int i, int n, double[] x, int xOff, double[] out, int outOff) {
        VectorMask<Double> m = D.indexInRange(i, n);
        DoubleVector a = DoubleVector.fromArray(D, x, xOff + i, m);
        a.neg().intoArray(out, outOff + i, m);
    }

    private static void absTail(int i, int n, double[] x, int xOff, double[] out, int outOff) {
        VectorMask<Double> m = D.indexInRange(i, n);
        DoubleVector a = DoubleVector.fromArray(D, x, xOff + i, m);
        a.abs().intoArray(out, outOff + i, m);
    }

    private static void sqrtTail(int i, int n, double[] x, int xOff, double[] out, int outOff) {
        VectorMask<Double> m = D.indexInRange(i, n);
        DoubleVector a = DoubleVector.fromArray(D, x, xOff + i, m);
        a.sqrt().intoArray(out, outOff + i, m);
    }

    private static void expTail(int i, int n, double[] x, int xOff, double[] out, int outOff) {
        VectorMask<Double> m = D.indexInRange(i, n);
        DoubleVector a = DoubleVector.fromArray(D, x, xOff + i, m);
        DoubleVector xc = a.max(-746.0).min(710.0);
        DoubleVector k = xc.fma(LOG2E, SHIFTER).sub(SHIFTER);
        DoubleVector r = k.fma(a.broadcast(-LN2_HI), xc);
        r = k.fma(a.broadcast(-LN2_LO), r);
        DoubleVector q = r.fma(Q10, Q9);
        q = q.fma(r, a.broadcast(Q8));
        q = q.fma(r, a.broadcast(Q7));
        q = q.fma(r, a.broadcast(Q6));
        q = q.fma(r, a.broadcast(Q5));
        q = q.fma(r, a.broadcast(Q4));
        q = q.fma(r, a.broadcast(Q3));
        q = q.fma(r, a.broadcast(Q2));
        q = q.fma(r, a.broadcast(Q1));
        q = q.fma(r, a.broadcast(Q0));
        DoubleVector p = r.mul(r).fma(q, r).add(1.0);
        DoubleVector k1 = k.fma(0.5, SHIFTER).sub(SHIFTER);
        DoubleVector k2 = k.sub(k1);
        DoubleVector s1 = k1.add(SHIFTER + 1023).viewAsIntegralLanes()
                .lanewise(VectorOperators.LSHL, 52).viewAsFloatingLanes();
        DoubleVector s2 = k2.add(SHIFTER + 1023).viewAsIntegralLanes()
                .lanewise(VectorOperators.LSHL, 52).viewAsFloatingLanes();
        p.mul(s1).mul(s2).intoArray(out, outOff + i, m);
    }

    private static void logTail(int i, int n, double[] x, int xOff, double[] out, int outOff) {
        VectorMask<Double> m = D.indexInRange(i, n);
        DoubleVector a = DoubleVector.fromArray(D, x, xOff + i, m);
        SimdLog.log(a).intoArray(out, outOff + i, m);
    }

    private static void tanhTail(int i, int n, double[] x, int xOff, double[] out, int outOff) {
        VectorMask<Double> m = D.indexInRange(i, n);
        DoubleVector a = DoubleVector.fromArray(D, x, xOff + i, m);
        SimdTanh.tanh(a).intoArray(out, outOff + i, m);
    }

    private static void sigmoidTail(int i, int n, double[] x, int xOff, double[] out, int outOff) {
        VectorMask<Double> m = D.indexInRange(i, n);
        DoubleVector a = DoubleVector.fromArray(D, x, xOff + i, m);
        SimdTanh.sigmoid(a).intoArray(out, outOff + i, m);
    }

    private static void reluTail(int i, int n, double[] x, int xOff, double[] out, int outOff) {
        VectorMask<Double> m = D.indexInRange(i, n);
        DoubleVector a = DoubleVector.fromArray(D, x, xOff + i, m);
        a.max(0.0).intoArray(out, outOff + i, m);
    }

    private static void addTail(int i, int n, float[] x, int xOff, float[] y, int yOff,
            float[] out, int outOff) {
        VectorMask<Float> m = F.indexInRange(i, n);
        FloatVector a = FloatVector.fromArray(F, x, xOff + i, m);
        FloatVector b = FloatVector.fromArray(F, y, yOff + i, m);
        a.add(b).intoArray(out, outOff + i, m);
    }

    private static void addScalarTail(int i, int n, float[] x, int xOff, float s, float[] out,
            int outOff) {
        VectorMask<Float> m = F.indexInRange(i, n);
        FloatVector a = FloatVector.fromArray(F, x, xOff + i, m);
        a.add(s).intoArray(out, outOff + i, m);
    }

    private static void subTail(int i, int n, float[] x, int xOff, float[] y, int yOff,
            float[] out, int outOff) {
        VectorMask<Float> m = F.indexInRange(i, n);
        FloatVector a = FloatVector.fromArray(F, x, xOff + i, m);
        FloatVector b = FloatVector.fromArray(F, y, yOff + i, m);
        a.sub(b).intoArray(out, outOff + i, m);
    }

    private static void subScalarTail(int i, int n, float[] x, int xOff, float s, float[] out,
            int outOff) {
        VectorMask<Float> m = F.indexInRange(i, n);
        FloatVector a = FloatVector.fromArray(F, x, xOff + i, m);
        a.sub(s).intoArray(out, outOff + i, m);
    }

    private static void mulTail(int i, int n, float[] x, int xOff, float[] y, int yOff,
            float[] out, int outOff) {
        VectorMask<Float> m = F.indexInRange(i, n);
        FloatVector a = FloatVector.fromArray(F, x, xOff + i, m);
        FloatVector b = FloatVector.fromArray(F, y, yOff + i, m);
        a.mul(b).intoArray(out, outOff + i, m);
    }

    private static void mulScalarTail(int i, int n, float[] x, int xOff, float s, float[] out,
            int outOff) {
        VectorMask<Float> m = F.indexInRange(i, n);
        FloatVector a = FloatVector.fromArray(F, x, xOff + i, m);
        a.mul(s).intoArray(out, outOff + i, m);
    }

    private static void divTail(int i, int n, float[] x, int xOff, float[] y, int yOff,
            float[] out, int outOff) {
        VectorMask<Float> m = F.indexInRange(i, n);
        FloatVector a = FloatVector.fromArray(F, x, xOff + i, m);
        FloatVector b = FloatVector.fromArray(F, y, yOff + i, m);
        a.div(b).intoArray(out, outOff + i, m);
    }

    private static void divScalarTail(int i, int n, float[] x, int xOff, float s, float[] out,
            int outOff) {
        VectorMask<Float> m = F.indexInRange(i, n);
        FloatVector a = FloatVector.fromArray(F, x, xOff + i, m);
        a.div(s).intoArray(out, outOff + i, m);
    }

    private static void fmaTail(int i, int n, float[] x, int xOff, float[] y, int yOff, float[] z,
            int zOff, float[] out, int outOff) {
        VectorMask<Float> m = F.indexInRange(i, n);
        FloatVector a = FloatVector.fromArray(F, x, xOff + i, m);
        FloatVector b = FloatVector.fromArray(F, y, yOff + i, m);
        FloatVector c = FloatVector.fromArray(F, z, zOff + i, m);
        a.fma(b, c).intoArray(out, outOff + i, m);
    }

    private static void negTail(int i, int n, float[] x, int xOff, float[] out, int outOff) {
        VectorMask<Float> m = F.indexInRange(i, n);
        FloatVector a = FloatVector.fromArray(F, x, xOff + i, m);
        a.neg().intoArray(out, outOff + i, m);
    }

    private static void absTail(int i, int n, float[] x, int xOff, float[] out, int outOff) {
        VectorMask<Float> m = F.indexInRange(i, n);
        FloatVector a = FloatVector.fromArray(F, x, xOff + i, m);
        a.abs().intoArray(out, outOff + i, m);
    }

    private static void sqrtTail(int i, int n, float[] x, int xOff, float[] out, int outOff) {
        VectorMask<Float> m = F.indexInRange(i, n);
        FloatVector a = FloatVector.fromArray(F, x, xOff + i, m);
        a.sqrt().intoArray(out, outOff + i, m);
    }

    private static void expTail(int i, int n, float[] x, int xOff, float[] out, int outOff) {
        VectorMask<Float> m = F.indexInRange(i, n);
        FloatVector a = FloatVector.fromArray(F, x, xOff + i, m);
        FloatVector xc = a.max(-105.0f).min(89.0f);
        FloatVector k = xc.fma(LOG2E_F, SHIFTER_F).sub(SHIFTER_F);
        FloatVector r = k.fma(a.broadcast(-LN2_HI_F), xc);
        r = k.fma(a.broadcast(-LN2_LO_F), r);
        FloatVector q = r.fma(QF4, QF3);
        q = q.fma(r, a.broadcast(QF2));
        q = q.fma(r, a.broadcast(QF1));
        q = q.fma(r, a.broadcast(QF0));
        FloatVector p = r.mul(r).fma(q, r).add(1.0f);
        FloatVector k1 = k.fma(0.5f, SHIFTER_F).sub(SHIFTER_F);
        FloatVector k2 = k.sub(k1);
        FloatVector s1 = k1.add(SHIFTER_F + 127).viewAsIntegralLanes()
                .lanewise(VectorOperators.LSHL, 23).viewAsFloatingLanes();
        FloatVector s2 = k2.add(SHIFTER_F + 127).viewAsIntegralLanes()
                .lanewise(VectorOperators.LSHL, 23).viewAsFloatingLanes();
        p.mul(s1).mul(s2).intoArray(out, outOff + i, m);
    }

    private static void logTail(int i, int n, float[] x, int xOff, float[] out, int outOff) {
        VectorMask<Float> m = F.indexInRange(i, n);
        FloatVector a = FloatVector.fromArray(F, x, xOff + i, m);
        SimdLog.log(a).intoArray(out, outOff + i, m);
    }

    private static void sigmoidTail(int i, int n, float[] x, int xOff, float[] out, int outOff) {
        VectorMask<Float> m = F.indexInRange(i, n);
        FloatVector a = FloatVector.fromArray(F, x, xOff + i, m);
        SimdTanh.sigmoid(a).intoArray(out, outOff + i, m);
    }

    private static void reluTail(int i, int n, float[] x, int xOff, float[] out, int outOff) {
        VectorMask<Float> m = F.indexInRange(i, n);
        FloatVector a = FloatVector.fromArray(F, x, xOff + i, m);
        a.max(0.0f).intoArray(out, outOff + i, m);
    }
}
