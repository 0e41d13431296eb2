package org.chagres.kernels.simd;

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

    /** {@code tanh x} lane-wise; see the class comment. */
    static FloatVector tanh(FloatVector x) {
        FloatVector a = x.abs();
        FloatVector u = a.mul(a);
        FloatVector p = u.fma(T5, T4);
        p = SimdExp.fma(p, u, T3);
        p = SimdExp.fma(p, u, T2);
        p = SimdExp.fma(p, u, T1);
        p = SimdExp.fma(p, u, T0);
        FloatVector small = u.mul(a).fma(p, a);
        FloatVector big = SimdExp.exp(a.mul(2.0f).min(40.0f)).add(1.0f);
        big = FloatVector.broadcast(x.species(), 1.0f).sub(FloatVector.broadcast(x.species(),
                2.0f).div(big));
        FloatVector t = big.blend(small, a.lt(SMALL_F));
        return t.viewAsIntegralLanes().or(x.viewAsIntegralLanes().and(SIGN_F))
                .viewAsFloatingLanes();
    }

    /** {@code 1/(1 + e^-x)} lane-wise; see the class comment. */
    static DoubleVector sigmoid(DoubleVector x) {
        DoubleVector e = SimdExp.exp(x.abs().neg());
        VectorMask<Double> negative = x.lt(0.0);
        DoubleVector num = DoubleVector.broadcast(x.species(), 1.0).blend(e, negative);
        return num.div(e.add(1.0));
    }

    /**
     * {@code 1/(1 + e^-x)} lane-wise, evaluated in double on the two halves and rounded once
     * to float: the float formula's three roundings could reach 2.5 ulp in the left tail.
     */
    static FloatVector sigmoid(FloatVector x) {
        DoubleVector lo = (DoubleVector) x.convertShape(VectorOperators.F2D, HALF, 0);
        DoubleVector hi = (DoubleVector) x.convertShape(VectorOperators.F2D, HALF, 1);
        FloatVector a = (FloatVector) sigmoid(lo).convertShape(VectorOperators.D2F, x.species(), 0);
        FloatVector b = (FloatVector) sigmoid(hi).convertShape(VectorOperators.D2F, x.species(),
                -1);
        return b.blend(a, LOW_HALF);
    }
}
