package org.chagres.kernels.scalar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Example;
import org.chagres.kernels.FloatGivens;
import org.chagres.kernels.Givens;
import org.chagres.kernels.Level1;
import org.chagres.kernels.contract.Level1Contract;

/** The scalar reference against the contract, plus hand-computed examples. */
class ScalarLevel1Test extends Level1Contract {

    private final Level1 l = new ScalarLevel1();

    @Override
    protected Level1 level1() {
        return l;
    }

    @Example
    void dotOfSmallVectors() {
        assertEquals(32.0, l.dot(3, new double[] {1, 2, 3}, 0, new double[] {4, 5, 6}, 0));
        // x = [2, 3] at 1, 3; y = [5, 7] at 0, 2
        assertEquals(31.0, l.dot(2, new double[] {9, 2, 9, 3}, 1, 2,
                new double[] {5, 0, 7}, 0, 2));
        assertEquals(32f, l.dot(3, new float[] {0, 1, 2, 3}, 1, new float[] {4, 5, 6}, 0));
        assertEquals(Double.NaN, l.dot(2, new double[] {Double.POSITIVE_INFINITY, 1}, 0,
                new double[] {0, 1}, 0));
    }

    @Example
    void axpyScalCopySwap() {
        double[] y = {3, 4, 99};
        l.axpy(2, 2.0, new double[] {1, 2}, 0, y, 0);
        assertArrayEquals(new double[] {5, 8, 99}, y);
        float[] fy = {1, 0, 1};
        l.axpy(2, -1f, new float[] {3, 5}, 0, 1, fy, 0, 2);
        assertArrayEquals(new float[] {-2, 0, -4}, fy);
        double[] x = {1, -2, 3};
        l.scal(3, -0.5, x, 0);
        assertArrayEquals(new double[] {-0.5, 1, -1.5}, x);
        double[] z = {0, Double.NaN};
        l.scal(2, 0.0, z, 0);
        assertEquals(Double.NaN, z[1], "0·NaN stays NaN");
        double[] c = new double[3];
        l.copy(2, new double[] {7, 8}, 0, c, 1);
        assertArrayEquals(new double[] {0, 7, 8}, c);
        double[] a = {1, 2};
        double[] b = {3, 4};
        l.swap(2, a, 0, b, 0);
        assertArrayEquals(new double[] {3, 4}, a);
        assertArrayEquals(new double[] {1, 2}, b);
    }

    @Example
    void asumAndNrm2() {
        assertEquals(6.0, l.asum(3, new double[] {-1, 2, -3}, 0));
        assertEquals(5.0, l.nrm2(2, new double[] {3, -4}, 0));
        assertEquals(5f, l.nrm2(2, new float[] {-3, 4}, 0));
        assertEquals(Double.POSITIVE_INFINITY,
                l.nrm2(2, new double[] {1, Double.NEGATIVE_INFINITY}, 0));
        assertEquals(Double.NaN,
                l.nrm2(3, new double[] {Double.POSITIVE_INFINITY, Double.NaN, 1}, 0));
    }

    /** The values the issue names; squares of the inputs overflow or underflow. */
    @Example
    void nrm2NeitherOverflowsNorUnderflows() {
        assertEquals(1.4142135623730951e200, l.nrm2(2, new double[] {1e200, 1e200}, 0));
        assertEquals(1.4142135623730951e-200, l.nrm2(2, new double[] {1e-200, 1e-200}, 0));
        // float analogues: the nearest floats to sqrt(2)·float(1e±30) (mpmath, 200 bits)
        assertEquals(1.4142135e30f, l.nrm2(2, new float[] {1e30f, 1e30f}, 0));
        assertEquals(1.4142136e-30f, l.nrm2(2, new float[] {1e-30f, 1e-30f}, 0));
        // a mix of ranges: 3e-300 is negligible next to 4 and 3
        assertEquals(5.0, l.nrm2(3, new double[] {3, 3e-300, 4}, 0));
        assertEquals(5e300, l.nrm2(2, new double[] {3e300, 4e300}, 0), 1e285);
    }

    @Example
    void iamaxTakesTheFirstOfTiesAndTheFirstNaN() {
        assertEquals(1, l.iamax(4, new double[] {1, -3, 3, 2}, 0));
        assertEquals(1, l.iamax(4, new double[] {1, Double.NaN, 5, Double.NaN}, 0));
        assertEquals(0, l.iamax(2, new double[] {Double.NaN, 5}, 0));
        assertEquals(2, l.iamax(3, new double[] {1, 9, 2, 9, Double.NEGATIVE_INFINITY}, 0, 2));
        assertEquals(2, l.iamax(3, new float[] {-0f, 0f, -1f}, 0));
        assertEquals(0, l.iamax(2, new float[] {-0f, 0f}, 0));
    }

    @Example
    void rotAndRotg() {
        double[] x = {1};
        double[] y = {2};
        l.rot(1, x, 0, y, 0, 0.6, 0.8);
        assertEquals(2.2, x[0], 1e-15);
        assertEquals(0.4, y[0], 1e-15);
        assertEquals(new Givens(0.6, 0.8, 5.0, 1 / 0.6), l.rotg(3.0, 4.0));
        assertEquals(new Givens(0.8, 0.6, 5.0, 0.6), l.rotg(4.0, 3.0));
        assertEquals(new Givens(0.8, -0.6, -5.0, -0.6), l.rotg(-4.0, 3.0));
        assertEquals(new Givens(-0.6, 0.8, 5.0, 1 / -0.6), l.rotg(-3.0, 4.0));
        assertEquals(new Givens(1.0, 0.0, 0.0, 0.0), l.rotg(0.0, 0.0));
        assertEquals(new Givens(0.0, 1.0, -2.0, 1.0), l.rotg(0.0, -2.0));
        assertEquals(new Givens(1.0, 0.0, 2.0, 0.0), l.rotg(2.0, 0.0));
        Givens huge = l.rotg(3e300, 4e300);
        assertEquals(5e300, huge.r(), 1e286);
        assertEquals(new FloatGivens(0.6f, 0.8f, 5f, 1 / 0.6f), l.rotg(3f, 4f));
    }
}
