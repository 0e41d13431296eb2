package org.chagres.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Example;
import org.chagres.kernels.contract.ElementwiseContract;
import org.chagres.kernels.scalar.ScalarElementwise;

/** The reference against the contract (consistent with itself) and hand-computed examples. */
class ScalarElementwiseTest extends ElementwiseContract {

    private final Elementwise e = new ScalarElementwise();

    @Override
    protected Elementwise elementwise() {
        return e;
    }

    private double[] unary(ElementwiseContract.DoubleUnary f, double... x) {
        double[] out = new double[x.length];
        f.run(e, x.length, x, 0, out, 0);
        return out;
    }

    @Example
    void arithmeticByHand() {
        double[] out = new double[4];
        e.add(3, new double[] {1, 2, 3}, 0, new double[] {9, 4, 5, 6}, 1, out, 1);
        assertArrayEquals(new double[] {0, 5, 7, 9}, out);
        e.div(3, new double[] {1, 2, -3}, 0, 4.0, out, 0);
        assertArrayEquals(new double[] {0.25, 0.5, -0.75, 9}, out);
        e.sub(2, out, 0, 1.0, out, 0);   // in place
        assertArrayEquals(new double[] {-0.75, -0.5, -0.75, 9}, out);
        double[] f = new double[1];
        e.fma(1, new double[] {0.1}, 0, new double[] {10}, 0, new double[] {-1}, 0, f, 0);
        // fused: 0.1·10 - 1 is the rounding error of the double 0.1, not 0
        assertEquals(5.551115123125783e-17, f[0]);
        assertArrayEquals(new double[] {-0.0, 3, 0.0}, unary(Elementwise::neg, 0.0, -3, -0.0));
        assertArrayEquals(new double[] {0.0, 0.0, 2.5, Double.NaN},
                unary(Elementwise::relu, -0.0, -7, 2.5, Double.NaN));
        assertArrayEquals(new double[] {-0.0, 3, Double.NaN},
                unary(Elementwise::sqrt, -0.0, 9, -1));
        assertArrayEquals(new double[] {0.0, 2.0}, unary(Elementwise::abs, -0.0, -2));
    }

    @Example
    void transcendentalSpecialValuesByHand() {
        assertArrayEquals(new double[] {1, Double.POSITIVE_INFINITY, 0.0, Double.MIN_VALUE,
            0.0, Double.NaN},
                unary(Elementwise::exp, -0.0, 709.79, Double.NEGATIVE_INFINITY, -745.13, -746,
                        Double.NaN));
        assertArrayEquals(new double[] {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY,
            -744.4400719213812, 0.0, Double.NaN, Double.NaN, Double.POSITIVE_INFINITY},
                unary(Elementwise::log, 0.0, -0.0, Double.MIN_VALUE, 1, -1,
                        Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY));
        assertArrayEquals(new double[] {-0.0, 1e-300, 1.0, -1.0, -1.0},
                unary(Elementwise::tanh, -0.0, 1e-300, 20, -20, Double.NEGATIVE_INFINITY));
        double[] s = unary(Elementwise::sigmoid, 0.0, -740, 800, Double.NEGATIVE_INFINITY);
        assertEquals(0.5, s[0]);
        // e^-740 / (1 + e^-740) = e^-740 ≈ 4.2e-322, a subnormal; 1/(1 + e^740) would be 0
        assertEquals(StrictMath.exp(-740), s[1]);
        assertTrue(s[1] > 0);
        assertEquals(1.0, s[2]);
        assertEquals(0.0, s[3]);
    }

    @Example
    void reductionsByHand() {
        // left to right: (1e16 + 1) rounds to 1e16, so the reference sum is 0
        assertEquals(0.0, e.sum(3, new double[] {1e16, 1, -1e16}, 0));
        assertEquals(0.0f, e.sum(3, new float[] {1e8f, 1f, -1e8f}, 0));
        assertEquals(6.0, e.sum(3, new double[] {9, 1, 2, 3}, 1));
        assertEquals(0.0, e.max(2, new double[] {-0.0, 0.0}, 0));
        assertEquals(-0.0, e.min(2, new double[] {0.0, -0.0}, 0));
        assertEquals(Double.NaN, e.max(3, new double[] {1, Double.NaN, 3}, 0));
        assertEquals(1, e.argmax(4, new double[] {1, 3, 3, 2}, 0));
        assertEquals(1, e.argmax(4, new double[] {1, Double.NaN, 5, Double.NaN}, 0));
        assertEquals(0, e.argmax(2, new double[] {-0.0, 0.0}, 0));
        assertEquals(2, e.argmax(3, new float[] {-1, -2, 0}, 0));
    }

    @Example
    void logSumExpAndSoftmaxByHand() {
        assertEquals(Math.log(2), e.logSumExp(2, new double[] {0, 0}, 0), 1e-16);
        assertEquals(1000 + Math.log(2), e.logSumExp(2, new double[] {1000, 1000}, 0), 1e-13);
        // log1p keeps the tiny term: log(1 + e^-40) = 4.248354255291589e-18, not 0
        assertEquals(4.248354255291589e-18, e.logSumExp(2, new double[] {0, -40}, 0), 1e-33);
        double ninf = Double.NEGATIVE_INFINITY;
        assertEquals(ninf, e.logSumExp(2, new double[] {ninf, ninf}, 0));
        assertEquals(Double.NaN, e.logSumExp(2, new double[] {Double.NaN, 1}, 0));
        assertEquals(Double.POSITIVE_INFINITY,
                e.logSumExp(2, new double[] {Double.POSITIVE_INFINITY, 1}, 0));
        double[] p = new double[3];
        e.softmax(3, new double[] {1, 1, ninf}, 0, p, 0);
        assertArrayEquals(new double[] {0.5, 0.5, 0.0}, p);
        e.softmax(2, new double[] {0, Math.log(3)}, 0, p, 0);
        assertArrayEquals(new double[] {0.25, 0.75}, new double[] {p[0], p[1]}, 1e-16);
        e.softmax(2, new double[] {ninf, ninf}, 0, p, 0);
        assertArrayEquals(new double[] {Double.NaN, Double.NaN}, new double[] {p[0], p[1]});
        float[] q = {1000f, 1000f};
        e.softmax(2, q, 0, q, 0);   // in place, and no overflow
        assertArrayEquals(new float[] {0.5f, 0.5f}, q);
    }
}
