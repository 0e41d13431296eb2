package org.chagres.kernels.scalar;

import org.chagres.kernels.Level1;

/**
 * The reference Level 1: one plain loop per operation, left to right, no fused multiply-add.
 * It is the test oracle and the fallback; keep it obvious rather than fast.
 */
public class ScalarLevel1 extends Level1 {

    /** Creates the reference Level 1 (stateless). */
    public ScalarLevel1() {
    }

    @Override
    protected double dotUnchecked(int n, double[] x, int xOff, int incX, double[] y, int yOff,
            int incY) {
        double sum = 0.0;
        for (int i = 0; i < n; i++) {
            sum += x[xOff + i * incX] * y[yOff + i * incY];
        }
        return sum;
    }

    @Override
    protected float dotUnchecked(int n, float[] x, int xOff, int incX, float[] y, int yOff,
            int incY) {
        float sum = 0f;
        for (int i = 0; i < n; i++) {
            sum += x[xOff + i * incX] * y[yOff + i * incY];
        }
        return sum;
    }

    @Override
    protected void axpyUnchecked(int n, double alpha, double[] x, int xOff, int incX,
            double[] y, int yOff, int incY) {
        for (int i = 0; i < n; i++) {
            y[yOff + i * incY] += alpha * x[xOff + i * incX];
        }
    }

    @Override
    protected void axpyUnchecked(int n, float alpha, float[] x, int xOff, int incX, float[] y,
            int yOff, int incY) {
        for (int i = 0; i < n; i++) {
            y[yOff + i * incY] += alpha * x[xOff + i * incX];
        }
    }

    @Override
    protected void scalUnchecked(int n, double alpha, double[] x, int xOff, int incX) {
        for (int i = 0; i < n; i++) {
            x[xOff + i * incX] *= alpha;
        }
    }

    @Override
    protected void scalUnchecked(int n, float alpha, float[] x, int xOff, int incX) {
        for (int i = 0; i < n; i++) {
            x[xOff + i * incX] *= alpha;
        }
    }

    @Override
    protected void copyUnchecked(int n, double[] x, int xOff, int incX, double[] y, int yOff,
            int incY) {
        for (int i = 0; i < n; i++) {
            y[yOff + i * incY] = x[xOff + i * incX];
        }
    }

    @Override
    protected void copyUnchecked(int n, float[] x, int xOff, int incX, float[] y, int yOff,
            int incY) {
        for (int i = 0; i < n; i++) {
            y[yOff + i * incY] = x[xOff + i * incX];
        }
    }

    @Override
    protected void swapUnchecked(int n, double[] x, int xOff, int incX, double[] y, int yOff,
            int incY) {
        for (int i = 0; i < n; i++) {
            double t = x[xOff + i * incX];
            x[xOff + i * incX] = y[yOff + i * incY];
            y[yOff + i * incY] = t;
        }
    }

    @Override
    protected void swapUnchecked(int n, float[] x, int xOff, int incX, float[] y, int yOff,
            int incY) {
        for (int i = 0; i < n; i++) {
            float t = x[xOff + i * incX];
            x[xOff + i * incX] = y[yOff + i * incY];
            y[yOff + i * incY] = t;
        }
    }

    @Override
    protected double asumUnchecked(int n, double[] x, int xOff, int incX) {
        double sum = 0.0;
        for (int i = 0; i < n; i++) {
            sum += Math.abs(x[xOff + i * incX]);
        }
        return sum;
    }

    @Override
    protected float asumUnchecked(int n, float[] x, int xOff, int incX) {
        float sum = 0f;
        for (int i = 0; i < n; i++) {
            sum += Math.abs(x[xOff + i * incX]);
        }
        return sum;
    }

    /** Blue's algorithm, three accumulators; see {@link Blue}. */
    @Override
    protected double nrm2Unchecked(int n, double[] x, int xOff, int incX) {
        double small = 0.0;
        double medium = 0.0;
        double big = 0.0;
        for (int i = 0; i < n; i++) {
            double ax = Math.abs(x[xOff + i * incX]);
            if (ax > Blue.D_TBIG) {
                double s = ax * Blue.D_SBIG;
                big += s * s;
            } else if (ax < Blue.D_TSML) {
                double s = ax * Blue.D_SSML;
                small += s * s;
            } else {
                medium += ax * ax;
            }
        }
        return Blue.combine(small, medium, big);
    }

    /** Blue's algorithm with the float constants; see {@link Blue}. */
    @Override
    protected float nrm2Unchecked(int n, float[] x, int xOff, int incX) {
        float small = 0f;
        float medium = 0f;
        float big = 0f;
        for (int i = 0; i < n; i++) {
            float ax = Math.abs(x[xOff + i * incX]);
            if (ax > Blue.F_TBIG) {
                float s = ax * Blue.F_SBIG;
                big += s * s;
            } else if (ax < Blue.F_TSML) {
                float s = ax * Blue.F_SSML;
                small += s * s;
            } else {
                medium += ax * ax;
            }
        }
        return Blue.combine(small, medium, big);
    }

    @Override
    protected int iamaxUnchecked(int n, double[] x, int xOff, int incX) {
        int best = 0;
        double max = Math.abs(x[xOff]);
        if (max != max) {
            return 0;
        }
        for (int i = 1; i < n; i++) {
            double ax = Math.abs(x[xOff + i * incX]);
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

    @Override
    protected int iamaxUnchecked(int n, float[] x, int xOff, int incX) {
        int best = 0;
        float max = Math.abs(x[xOff]);
        if (max != max) {
            return 0;
        }
        for (int i = 1; i < n; i++) {
            float ax = Math.abs(x[xOff + i * incX]);
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

    @Override
    protected void rotUnchecked(int n, double[] x, int xOff, int incX, double[] y, int yOff,
            int incY, double c, double s) {
        for (int i = 0; i < n; i++) {
            double xi = x[xOff + i * incX];
            double yi = y[yOff + i * incY];
            x[xOff + i * incX] = c * xi + s * yi;
            y[yOff + i * incY] = c * yi - s * xi;
        }
    }

    @Override
    protected void rotUnchecked(int n, float[] x, int xOff, int incX, float[] y, int yOff,
            int incY, float c, float s) {
        for (int i = 0; i < n; i++) {
            float xi = x[xOff + i * incX];
            float yi = y[yOff + i * incY];
            x[xOff + i * incX] = c * xi + s * yi;
            y[yOff + i * incY] = c * yi - s * xi;
        }
    }
}
