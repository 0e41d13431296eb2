package org.chagres.kernels.simd;

import org.chagres.kernels.Level1;

/**
 * Vector API Level 1 with the species of {@link SimdSpecies}. Reference: {@link
 * org.chagres.kernels.scalar.ScalarLevel1}. Allowed differences: the order of summation in
 * dot, asum and nrm2, and the rounding a fused multiply-add saves in dot, axpy and rot; scal,
 * copy, swap and iamax give exactly the reference's bits and index. Unit stride is the fast
 * path; strided calls run plain loops. The kernels are in {@link SimdDot}, {@link SimdAxpy}
 * and {@link SimdNorm}.
 */
public class SimdLevel1 extends Level1 {

    /** Creates the simd Level 1 (stateless). */
    public SimdLevel1() {
    }

    @Override
    protected double dotUnchecked(int n, double[] x, int xOff, int incX, double[] y, int yOff,
            int incY) {
        return incX == 1 && incY == 1 ? SimdDot.dot(n, x, xOff, y, yOff)
                : SimdDot.dot(n, x, xOff, incX, y, yOff, incY);
    }

    @Override
    protected float dotUnchecked(int n, float[] x, int xOff, int incX, float[] y, int yOff,
            int incY) {
        return incX == 1 && incY == 1 ? SimdDot.dot(n, x, xOff, y, yOff)
                : SimdDot.dot(n, x, xOff, incX, y, yOff, incY);
    }

    @Override
    protected void axpyUnchecked(int n, double alpha, double[] x, int xOff, int incX,
            double[] y, int yOff, int incY) {
        if (incX == 1 && incY == 1) {
            SimdAxpy.axpy(n, alpha, x, xOff, y, yOff);
        } else {
            SimdAxpy.axpy(n, alpha, x, xOff, incX, y, yOff, incY);
        }
    }

    @Override
    protected void axpyUnchecked(int n, float alpha, float[] x, int xOff, int incX, float[] y,
            int yOff, int incY) {
        if (incX == 1 && incY == 1) {
            SimdAxpy.axpy(n, alpha, x, xOff, y, yOff);
        } else {
            SimdAxpy.axpy(n, alpha, x, xOff, incX, y, yOff, incY);
        }
    }

    @Override
    protected void scalUnchecked(int n, double alpha, double[] x, int xOff, int incX) {
        SimdAxpy.scal(n, alpha, x, xOff, incX);
    }

    @Override
    protected void scalUnchecked(int n, float alpha, float[] x, int xOff, int incX) {
        SimdAxpy.scal(n, alpha, x, xOff, incX);
    }

    @Override
    protected void copyUnchecked(int n, double[] x, int xOff, int incX, double[] y, int yOff,
            int incY) {
        SimdAxpy.copy(n, x, xOff, incX, y, yOff, incY);
    }

    @Override
    protected void copyUnchecked(int n, float[] x, int xOff, int incX, float[] y, int yOff,
            int incY) {
        SimdAxpy.copy(n, x, xOff, incX, y, yOff, incY);
    }

    @Override
    protected void swapUnchecked(int n, double[] x, int xOff, int incX, double[] y, int yOff,
            int incY) {
        SimdAxpy.swap(n, x, xOff, incX, y, yOff, incY);
    }

    @Override
    protected void swapUnchecked(int n, float[] x, int xOff, int incX, float[] y, int yOff,
            int incY) {
        SimdAxpy.swap(n, x, xOff, incX, y, yOff, incY);
    }

    @Override
    protected double asumUnchecked(int n, double[] x, int xOff, int incX) {
        return SimdDot.asum(n, x, xOff, incX);
    }

    @Override
    protected float asumUnchecked(int n, float[] x, int xOff, int incX) {
        return SimdDot.asum(n, x, xOff, incX);
    }

    @Override
    protected double nrm2Unchecked(int n, double[] x, int xOff, int incX) {
        return SimdNorm.nrm2(n, x, xOff, incX);
    }

    @Override
    protected float nrm2Unchecked(int n, float[] x, int xOff, int incX) {
        return SimdNorm.nrm2(n, x, xOff, incX);
    }

    @Override
    protected int iamaxUnchecked(int n, double[] x, int xOff, int incX) {
        return SimdNorm.iamax(n, x, xOff, incX);
    }

    @Override
    protected int iamaxUnchecked(int n, float[] x, int xOff, int incX) {
        return SimdNorm.iamax(n, x, xOff, incX);
    }

    @Override
    protected void rotUnchecked(int n, double[] x, int xOff, int incX, double[] y, int yOff,
            int incY, double c, double s) {
        SimdAxpy.rot(n, x, xOff, incX, y, yOff, incY, c, s);
    }

    @Override
    protected void rotUnchecked(int n, float[] x, int xOff, int incX, float[] y, int yOff,
            int incY, float c, float s) {
        SimdAxpy.rot(n, x, xOff, incX, y, yOff, incY, c, s);
    }
}
