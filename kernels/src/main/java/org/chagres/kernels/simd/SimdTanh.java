package org.chagres.kernels.simd;

import static org.chagres.kernels.simd.SimdSpecies.F;
import static org.chagres.kernels.simd.SimdSpecies.FL;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Vector {@code tanh x} and {@code sigmoid x = 1/(1 + e^-x)}, double and float, lane by lane.
 *
 * <p>tanh (double): with {@code em = e^(2|x|) - 1} from {@link SimdExp#expm1NonNegative}
 * (no cancellation), {@code tanh|x| = em / (em + 2)}, then the sign of x is copied on. Near 0
 * this is {@code 2x·(1 + …) / (2 + …)}, so tiny and subnormal x come back as x and -0.0 as
 * -0.0; {@code 2|x|} is clamped to 40, where the quotient is exactly 1 (tanh saturates).
 * tanh (float): {@code x + x³·T(x²)} with a minimax T (tools/fit_elementwise.py tanh-float) for
 * {@code |x| < 0.55}, else {@code 1 - 2/(e^(2|x|) + 1)}, which has no cancellation there
 * because the result is at least 0.5.
 *
 * <p>sigmoid: with {@code e = e^-|x|} (never overflows), {@code 1/(1 + e)} for x >= 0 and
 * {@code e/(1 + e)} for x < 0, so the left tail follows e^x into the subnormals; the float
 * version evaluates this in double and rounds once.
 */
final class SimdTanh {

    private SimdTanh() {
    }

    // T(u) = (tanh(x) - x)/x³, u = x² in [0, 0.55²], degree 5, max error 2^-26.5 after rounding
    // the coefficients to float (tools/fit_elementwise.py tanh-float)
    static final float T0 = -0.33333334f;
    static final float T1 = 0.13333325f;
    static final float T2 = -0.053964794f;
    static final float T3 = 0.021819297f;
    static final float T4 = -0.008529534f;
    static final float T5 = 0.0025306172f;
    /** Below it the float polynomial is used, above it the exp form. */
    static final float SMALL_F = 0.55f;

    /** Doubles in the shape of the float species: half as many lanes. */
    private static final VectorSpecies<Double> HALF = VectorSpecies.of(double.class,
            SimdSpecies.F.vectorShape());
    private static final VectorMask<Float> LOW_HALF = SimdSpecies.F.indexInRange(0,
            SimdSpecies.FL / 2);
    private static final long SIGN = 0x8000_0000_0000_0000L;
    private static final int SIGN_F = 0x8000_0000;

    /** {@code tanh x} lane-wise; see the class comment. */
    static DoubleVector tanh(DoubleVector x) {
        DoubleVector y = x.abs().mul(2.0).min(40.0);
        DoubleVector em = SimdExp.expm1NonNegative(y);
        // t = em/(em + 2) with one correction step: d + dLo = em + 2 exactly (TwoSum), and the
        // residual em - t·(d + dLo) (FMA) removes the roundings of the sum and the division
        DoubleVector d = em.add(2.0);
        DoubleVector bv = d.sub(em);
        DoubleVector dLo = em.sub(d.sub(bv)).add(bv.neg().add(2.0));
        DoubleVector t = em.div(d);
        DoubleVector res = t.neg().fma(d, em).sub(t.mul(dLo));
        t = t.add(res.div(d));
        return t.viewAsIntegralLanes().or(x.viewAsIntegralLanes().and(SIGN))
                .viewAsFloatingLanes();
    }

    /** Elements per block of the two-pass float tanh. */
    private static final int BLOCK = 512;

    /**
     * Float tanh of a slice, in blocks of two passes: {@code E = e^min(2|x|, 40)} into a
     * scratch block, then the polynomial, the quotient and the sign. Each pass is its own
     * loop so that C2 inlines all of it (one loop with everything exceeds its inlining node
     * budget, and the vectors then get boxed: 30x slower).
     */
    static void tanh(int n, float[] x, int xOff, float[] out, int outOff) {
        float[] e = new float[Math.min(n, BLOCK)];
        for (int c = 0; c < n; c += BLOCK) {
            int len = Math.min(BLOCK, n - c);
            expPass(len, x, xOff + c, e);
            finishPass(len, x, xOff + c, e, out, outOff + c);
        }
    }

    private static void expPass(int n, float[] x, int xOff, float[] e) {
        int i = 0;
        for (; i <= n - FL; i += FL) {
            FloatVector a = FloatVector.fromArray(F, x, xOff + i);
            SimdExp.exp(a.abs().mul(2.0f).min(40.0f)).intoArray(e, i);
        }
        if (i < n) {
            expPassTail(i, n, x, xOff, e);
        }
    }

    private static void expPassTail(int i, int n, float[] x, int xOff, float[] e) {
        VectorMask<Float> m = F.indexInRange(i, n);
        FloatVector a = FloatVector.fromArray(F, x, xOff + i, m);
        SimdExp.exp(a.abs().mul(2.0f).min(40.0f)).intoArray(e, i, m);
    }

    private static void finishPass(int n, float[] x, int xOff, float[] e, float[] out,
            int outOff) {
        int i = 0;
        for (; i <= n - FL; i += FL) {
            FloatVector a = FloatVector.fromArray(F, x, xOff + i);
            finish(a, FloatVector.fromArray(F, e, i)).intoArray(out, outOff + i);
        }
        if (i < n) {
            finishPassTail(i, n, x, xOff, e, out, outOff);
        }
    }

    private static void finishPassTail(int i, int n, float[] x, int xOff, float[] e,
            float[] out, int outOff) {
        VectorMask<Float> m = F.indexInRange(i, n);
        FloatVector a = FloatVector.fromArray(F, x, xOff + i, m);
        finish(a, FloatVector.fromArray(F, e, i, m)).intoArray(out, outOff + i, m);
    }

    /** tanh x from x and {@code E = e^min(2|x|, 40)}; see the class comment. */
    private static FloatVector finish(FloatVector x, FloatVector e) {
        FloatVector a = x.abs();
        FloatVector u = a.mul(a);
        FloatVector p = u.fma(T5, T4);
        p = p.fma(u, x.broadcast(T3));
        p = p.fma(u, x.broadcast(T2));
        p = p.fma(u, x.broadcast(T1));
        p = p.fma(u, x.broadcast(T0));
        FloatVector small = u.mul(a).fma(p, a);
        FloatVector big = x.broadcast(1.0f).sub(x.broadcast(2.0f).div(e.add(1.0f)));
        FloatVector t = big.blend(small, a.lt(SMALL_F));
        return t.viewAsIntegralLanes().or(x.viewAsIntegralLanes().and(SIGN_F))
                .viewAsFloatingLanes();
    }

    /** {@code 1/(1 + e^-x)} lane-wise; see the class comment. */
    static DoubleVector sigmoid(DoubleVector x) {
        DoubleVector e = SimdExp.exp(x.abs().neg());
        VectorMask<Double> negative = x.lt(0.0);
        DoubleVector num = x.broadcast(1.0).blend(e, negative);
        return num.div(e.add(1.0));
    }

    /**
     * {@code 1/(1 + e^-x)} lane-wise: {@code e = e^-|x|} in float, the quotient in double on
     * the two halves, rounded once to float, so only e's error (about 1 ulp) remains.
     */
    static FloatVector sigmoid(FloatVector x) {
        FloatVector e = SimdExp.exp(x.abs().neg());
        FloatVector num = x.broadcast(1.0f).blend(e, x.lt(0.0f));
        DoubleVector nLo = (DoubleVector) num.convertShape(VectorOperators.F2D, HALF, 0);
        DoubleVector nHi = (DoubleVector) num.convertShape(VectorOperators.F2D, HALF, 1);
        DoubleVector eLo = (DoubleVector) e.convertShape(VectorOperators.F2D, HALF, 0);
        DoubleVector eHi = (DoubleVector) e.convertShape(VectorOperators.F2D, HALF, 1);
        FloatVector a = (FloatVector) nLo.div(eLo.add(1.0)).convertShape(VectorOperators.D2F,
                x.species(), 0);
        FloatVector b = (FloatVector) nHi.div(eHi.add(1.0)).convertShape(VectorOperators.D2F,
                x.species(), -1);
        return b.blend(a, LOW_HALF);
    }
}
