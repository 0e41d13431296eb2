package org.chagres.kernels.simd;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;

/**
 * Vector {@code e^x} and {@code e^x - 1}, double and float, lane by lane (a value gives the same
 * bits in every lane).
 *
 * <p>Method (Cody and Waite, "Software Manual for the Elementary Functions", 1980; the same
 * reduction as fdlibm's {@code e_exp.c}): {@code k = rint(x / ln 2)} by the 1.5·2^52 shifter,
 * {@code r = x - k·ln2_hi - k·ln2_lo} with {@code ln2_hi} short enough that {@code k·ln2_hi} is
 * exact, so {@code |r| <= ln(2)/2}; then {@code e^r - 1 = r + r²·q(r)} with a minimax
 * polynomial q fitted by {@code tools/fit_elementwise.py} (Remez, mpmath, 60 digits; the fit's
 * error is 2^-55 for double, 2^-24 for float, on q, so at most 2^-58 and 2^-27 relative on
 * {@code e^r}). The result {@code e^r·2^k} is scaled by two powers of two {@code 2^k1·2^k2}
 * ({@code k1 + k2 = k}, both normal), so overflow rounds to +Inf and results below
 * MIN_NORMAL are rounded once, correctly, into the subnormals (gradual underflow).
 *
 * <p>Measured against StrictMath by {@code SimdElementwiseTest} (random bit patterns and dense
 * sweeps of the overflow, underflow and subnormal edges): see {@link SimdElementwise}.
 */
final class SimdExp {

    private SimdExp() {
    }

    static final double LOG2E = 1.4426950408889634;
    /** fdlibm's ln2HI (32 significant bits: k·LN2_HI is exact for |k| < 2^21). */
    static final double LN2_HI = 6.93147180369123816490e-01;
    /** fdlibm's ln2LO = ln 2 - LN2_HI. */
    static final double LN2_LO = 1.90821492927058770002e-10;
    /** Adding it rounds a double of magnitude below 2^51 to an integer (ties to even). */
    static final double SHIFTER = 0x1.8p52;

    // q(r) = (e^r - 1 - r)/r² on [-ln2/2, ln2/2], degree 10, max error 2^-58.4 after rounding
    // the coefficients to double (tools/fit_elementwise.py exp-double)
    static final double Q0 = 0.5;
    static final double Q1 = 0.1666666666666667;
    static final double Q2 = 0.041666666666666685;
    static final double Q3 = 0.008333333333326141;
    static final double Q4 = 0.0013888888888874409;
    static final double Q5 = 0.00019841269874801978;
    static final double Q6 = 2.480158734731361e-05;
    static final double Q7 = 2.755725542410109e-06;
    static final double Q8 = 2.7557252937530176e-07;
    static final double Q9 = 2.5105206981303335e-08;
    static final double Q10 = 2.0921580875318927e-09;

    static final float LOG2E_F = 1.44269504f;
    /** 0.693359375 = 355/512 (Cephes expf's C1): k·LN2_HI_F is exact for |k| < 2^15. */
    static final float LN2_HI_F = 0.693359375f;
    /** ln 2 - LN2_HI_F (Cephes expf's C2). */
    static final float LN2_LO_F = -2.12194440e-4f;
    static final float SHIFTER_F = 0x1.8p23f;

    // q(r) for float, degree 4 (tools/fit_elementwise.py exp-float)
    static final float QF0 = 0.5f;
    static final float QF1 = 0.16666576f;
    static final float QF2 = 0.041666374f;
    static final float QF3 = 0.008363175f;
    static final float QF4 = 0.0013941113f;

    // The kernels below are written flat, without helper methods: C2 must inline the whole
    // Vector API chain (MaxInlineLevel 15) or the vectors get boxed, which is 50x slower.

    /** {@code e^x} lane-wise; see the class comment. */
    static DoubleVector exp(DoubleVector x) {
        // beyond [-746, 710] the result is 0 or +Inf anyway; clamping keeps k1, k2 normal.
        // max/min propagate NaN, and NaN then propagates through the polynomial
        DoubleVector xc = x.max(-746.0).min(710.0);
        DoubleVector k = xc.fma(LOG2E, SHIFTER).sub(SHIFTER);
        DoubleVector r = k.fma(x.broadcast(-LN2_HI), xc);
        r = k.fma(x.broadcast(-LN2_LO), r);
        DoubleVector q = r.fma(Q10, Q9);
        q = q.fma(r, x.broadcast(Q8));
        q = q.fma(r, x.broadcast(Q7));
        q = q.fma(r, x.broadcast(Q6));
        q = q.fma(r, x.broadcast(Q5));
        q = q.fma(r, x.broadcast(Q4));
        q = q.fma(r, x.broadcast(Q3));
        q = q.fma(r, x.broadcast(Q2));
        q = q.fma(r, x.broadcast(Q1));
        q = q.fma(r, x.broadcast(Q0));
        DoubleVector p = r.mul(r).fma(q, r).add(1.0);
        DoubleVector k1 = k.fma(0.5, SHIFTER).sub(SHIFTER);
        DoubleVector k2 = k.sub(k1);
        // 2^k: k + 1.5·2^52 + 1023 holds k + 1023 in its low bits; shift them to the exponent
        DoubleVector s1 = k1.add(SHIFTER + 1023).viewAsIntegralLanes()
                .lanewise(VectorOperators.LSHL, 52).viewAsFloatingLanes();
        DoubleVector s2 = k2.add(SHIFTER + 1023).viewAsIntegralLanes()
                .lanewise(VectorOperators.LSHL, 52).viewAsFloatingLanes();
        return p.mul(s1).mul(s2);
    }

    /** {@code e^x} lane-wise; see the class comment. */
    static FloatVector exp(FloatVector x) {
        FloatVector xc = x.max(-105.0f).min(89.0f);
        FloatVector k = xc.fma(LOG2E_F, SHIFTER_F).sub(SHIFTER_F);
        FloatVector r = k.fma(x.broadcast(-LN2_HI_F), xc);
        r = k.fma(x.broadcast(-LN2_LO_F), r);
        FloatVector q = r.fma(QF4, QF3);
        q = q.fma(r, x.broadcast(QF2));
        q = q.fma(r, x.broadcast(QF1));
        q = q.fma(r, x.broadcast(QF0));
        FloatVector p = r.mul(r).fma(q, r).add(1.0f);
        FloatVector k1 = k.fma(0.5f, SHIFTER_F).sub(SHIFTER_F);
        FloatVector k2 = k.sub(k1);
        FloatVector s1 = k1.add(SHIFTER_F + 127).viewAsIntegralLanes()
                .lanewise(VectorOperators.LSHL, 23).viewAsFloatingLanes();
        FloatVector s2 = k2.add(SHIFTER_F + 127).viewAsIntegralLanes()
                .lanewise(VectorOperators.LSHL, 23).viewAsFloatingLanes();
        return p.mul(s1).mul(s2);
    }

    /**
     * {@code e^y - 1} for {@code 0 <= y <= 40} (or NaN), without cancellation, for tanh:
     * {@code (2^k·r + (2^k - 1)) + 2^k·(r²q(r) + rLo·(1 + r))}, where {@code r + rLo} is the
     * reduced argument to twice double precision (Fast2Sum) and the first sum is exact for
     * k <= 1, the range where tanh is most sensitive to it.
     */
    static DoubleVector expm1NonNegative(DoubleVector y) {
        DoubleVector k = y.fma(LOG2E, SHIFTER).sub(SHIFTER);
        DoubleVector r1 = k.fma(y.broadcast(-LN2_HI), y);          // exact
        DoubleVector c = k.mul(-LN2_LO);
        DoubleVector r = r1.add(c);
        DoubleVector rLo = r1.sub(r).add(c);
        DoubleVector q = r.fma(Q10, Q9);
        q = q.fma(r, y.broadcast(Q8));
        q = q.fma(r, y.broadcast(Q7));
        q = q.fma(r, y.broadcast(Q6));
        q = q.fma(r, y.broadcast(Q5));
        q = q.fma(r, y.broadcast(Q4));
        q = q.fma(r, y.broadcast(Q3));
        q = q.fma(r, y.broadcast(Q2));
        q = q.fma(r, y.broadcast(Q1));
        q = q.fma(r, y.broadcast(Q0));
        DoubleVector tail = r.mul(r).mul(q).add(rLo.fma(r, rLo));
        DoubleVector s = k.add(SHIFTER + 1023).viewAsIntegralLanes()
                .lanewise(VectorOperators.LSHL, 52).viewAsFloatingLanes();
        return s.fma(r, s.sub(1.0)).add(s.mul(tail));
    }
}
