package org.chagres.kernels.simd;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;

/**
 * Vector {@code ln x}, double and float, lane by lane.
 *
 * <p>Method (fdlibm's {@code e_log.c} reduction): subnormals are first scaled by 2^54 (float:
 * 2^25); {@code x = 2^e·m} with {@code m} in {@code [sqrt(1/2), sqrt(2))}, found by offsetting
 * the bits so that the exponent field rounds at sqrt(2) (the trick of musl's {@code log.c});
 * with {@code f = m - 1} (exact) and {@code s = f/(2 + f)},
 * {@code ln(1 + f) = 2·atanh(s) = f - s·(f - z·R(z))}, {@code z = s²}, where R is a minimax
 * polynomial fitted by {@code tools/fit_elementwise.py} ({@code |s| <= 0.1716}). Writing
 * {@code 2s} as {@code f - s·f} keeps the rounding error of the division multiplied by f, so
 * it does not reach the leading term. {@code ln x = e·ln2_hi + (f + (e·ln2_lo - s·(…)))}.
 * Special values are blended in at the end: {@code ln(±0) = -Inf}, {@code ln(x < 0) = NaN},
 * {@code ln(+Inf) = +Inf}, NaN stays NaN.
 */
final class SimdLog {

    private SimdLog() {
    }

    // R(z) = (2·atanh(s) - 2s)/(s·z), z = s² in [0, (3 - 2·sqrt 2)²], degree 6, max error
    // 2^-51.5 on R, so at most 2^-59 on ln(1 + f) (tools/fit_elementwise.py log-double)
    static final double R0 = 0.666666666666667;
    static final double R1 = 0.39999999999898506;
    static final double R2 = 0.28571428626371254;
    static final double R3 = 0.22222211077399734;
    static final double R4 = 0.18182892887123378;
    static final double R5 = 0.15331607967937536;
    static final double R6 = 0.1461773676993849;

    // float: degree 2, max error 2^-22.3 on R (tools/fit_elementwise.py log-float)
    static final float RF0 = 0.66666687f;
    static final float RF1 = 0.39988717f;
    static final float RF2 = 0.29582047f;

    /** Bits of sqrt(1/2): offsetting by 1.0 - this puts [sqrt(1/2), sqrt 2) in one binade. */
    private static final long SQRT_HALF_BITS = 0x3fe6a09e667f3bcdL;
    private static final int SQRT_HALF_BITS_F = 0x3f3504f3;

    // the coefficients as vectors: one call less per term keeps log under C2's inlining node
    // budget (NodeCountInliningCutoff); over it, the vectors get boxed, 30x slower
    private static final DoubleVector VR0 = DoubleVector.broadcast(SimdSpecies.D, R0);
    private static final DoubleVector VR1 = DoubleVector.broadcast(SimdSpecies.D, R1);
    private static final DoubleVector VR2 = DoubleVector.broadcast(SimdSpecies.D, R2);
    private static final DoubleVector VR3 = DoubleVector.broadcast(SimdSpecies.D, R3);
    private static final DoubleVector VR4 = DoubleVector.broadcast(SimdSpecies.D, R4);
    private static final DoubleVector VLN2_HI = DoubleVector.broadcast(SimdSpecies.D,
            SimdExp.LN2_HI);

    /** {@code ln x} lane-wise; see the class comment. */
    static DoubleVector log(DoubleVector x) {
        VectorMask<Double> tiny = x.lt(Double.MIN_NORMAL);
        LongVector ix = x.blend(x.mul(0x1p54), tiny).viewAsIntegralLanes().reinterpretAsLongs()
                .add(0x3ff0000000000000L - SQRT_HALF_BITS);
        // the biased exponent (0…2047) as a double: 2^52 + e, minus 2^52 + 1023 (+ 54)
        DoubleVector e = ix.lanewise(VectorOperators.LSHR, 52).or(0x4330000000000000L)
                .viewAsFloatingLanes().sub(0x1p52 + 1023).sub(54.0, tiny);
        DoubleVector f = ix.and(0x000fffffffffffffL).add(SQRT_HALF_BITS).viewAsFloatingLanes()
                .sub(1.0);
        DoubleVector s = f.div(f.add(2.0));
        DoubleVector z = s.mul(s);
        DoubleVector r = z.fma(R6, R5).fma(z, VR4).fma(z, VR3).fma(z, VR2).fma(z, VR1)
                .fma(z, VR0);
        DoubleVector t = z.neg().fma(r, f);                       // f - z·R
        DoubleVector lo = s.neg().fma(t, e.mul(SimdExp.LN2_LO));  // e·ln2_lo - s·t
        DoubleVector y = e.fma(VLN2_HI, f.add(lo));
        // x = ±0 gives -Inf; x < 0, +Inf and NaN are exactly where sqrt gives x's answer
        y = y.blend(Double.NEGATIVE_INFINITY, x.eq(0.0));
        return y.blend(x.sqrt(), x.compare(VectorOperators.GE, 0.0)
                .and(x.lt(Double.POSITIVE_INFINITY)).not().andNot(x.eq(0.0)));
    }

    private static final FloatVector VRF0 = FloatVector.broadcast(SimdSpecies.F, RF0);
    private static final FloatVector VLN2_HI_F = FloatVector.broadcast(SimdSpecies.F,
            SimdExp.LN2_HI_F);

    /** {@code ln x} lane-wise; see the class comment and the double version. */
    static FloatVector log(FloatVector x) {
        VectorMask<Float> tiny = x.lt(Float.MIN_NORMAL);
        IntVector ix = x.blend(x.mul(0x1p25f), tiny).viewAsIntegralLanes().reinterpretAsInts()
                .add(0x3f800000 - SQRT_HALF_BITS_F);
        FloatVector e = ix.lanewise(VectorOperators.LSHR, 23).or(0x4b000000)
                .viewAsFloatingLanes().sub(0x1p23f + 127).sub(25.0f, tiny);
        FloatVector f = ix.and(0x007fffff).add(SQRT_HALF_BITS_F).viewAsFloatingLanes()
                .sub(1.0f);
        FloatVector s = f.div(f.add(2.0f));
        FloatVector z = s.mul(s);
        FloatVector r = z.fma(RF2, RF1).fma(z, VRF0);
        FloatVector t = z.neg().fma(r, f);
        FloatVector lo = s.neg().fma(t, e.mul(SimdExp.LN2_LO_F));
        FloatVector y = e.fma(VLN2_HI_F, f.add(lo));
        y = y.blend(Float.NEGATIVE_INFINITY, x.eq(0.0f));
        return y.blend(x.sqrt(), x.compare(VectorOperators.GE, 0.0f)
                .and(x.lt(Float.POSITIVE_INFINITY)).not().andNot(x.eq(0.0f)));
    }
}
