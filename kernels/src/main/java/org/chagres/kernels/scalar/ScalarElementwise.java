package org.chagres.kernels.scalar;

import org.chagres.kernels.Elementwise;

/**
 * The reference Elementwise family: one plain loop per operation, left to right, in the
 * operation's own precision; the test oracle and the fallback. Transcendental functions come
 * from {@link StrictMath} (fdlibm: exp, log, tanh within 1 ulp of the exact result); the float
 * versions evaluate StrictMath in double and round once to float. Sigmoid is
 * {@code 1 / (1 + e^-x)} for {@code x >= 0} and {@code e^x / (1 + e^x)} for {@code x < 0}.
 * Never optimise this class.
 */
public class ScalarElementwise extends Elementwise {

    /** The scalar family; stateless. */
    public ScalarElementwise() {
    }

    @Override
    protected void addUnchecked(int n, double[] x, int xOff, double[] y, int yOff, double[] out,
            int outOff) {
        for (int i = 0; i < n; i++) {
            out[outOff + i] = x[xOff + i] + y[yOff + i];
        }
    }

    @Override
    protected void addUnchecked(int n, double[] x, int xOff, double s, double[] out, int outOff) {
        for (int i = 0; i < n; i++) {
            out[outOff + i] = x[xOff + i] + s;
        }
    }

    @Override
    protected void subUnchecked(int n, double[] x, int xOff, double[] y, int yOff, double[] out,
            int outOff) {
        for (int i = 0; i < n; i++) {
            out[outOff + i] = x[xOff + i] - y[yOff + i];
        }
    }

    @Override
    protected void subUnchecked(int n, double[] x, int xOff, double s, double[] out, int outOff) {
        for (int i = 0; i < n; i++) {
            out[outOff + i] = x[xOff + i] - s;
        }
    }

    @Override
    protected void mulUnchecked(int n, double[] x, int xOff, double[] y, int yOff, double[] out,
            int outOff) {
        for (int i = 0; i < n; i++) {
            out[outOff + i] = x[xOff + i] * y[yOff + i];
        }
    }

    @Override
    protected void mulUnchecked(int n, double[] x, int xOff, double s, double[] out, int outOff) {
        for (int i = 0; i < n; i++) {
            out[outOff + i] = x[xOff + i] * s;
        }
    }

    @Override
    protected void divUnchecked(int n, double[] x, int xOff, double[] y, int yOff, double[] out,
            int outOff) {
        for (int i = 0; i < n; i++) {
            out[outOff + i] = x[xOff + i] / y[yOff + i];
        }
    }

    @Override
    protected void divUnchecked(int n, double[] x, int xOff, double s, double[] out, int outOff) {
        for (int i = 0; i < n; i++) {
            out[outOff + i] = x[xOff + i] / s;
        }
    }

    @Override
    protected void fmaUnchecked(int n, double[] x, int xOff, double[] y, int yOff, double[] z,
            int zOff,
            double[] out, int outOff) {
        for (int i = 0; i < n; i++) {
            out[outOff + i] = Math.fma(x[xOff + i], y[yOff + i], z[zOff + i]);
        }
    }

    @Override
    protected void negUnchecked(int n, double[] x, int xOff, double[] out, int outOff) {
        for (int i = 0; i < n; i++) {
            out[outOff + i] = -x[xOff + i];
        }
    }

    @Override
    protected void absUnchecked(int n, double[] x, int xOff, double[] out, int outOff) {
        for (int i = 0; i < n; i++) {
            out[outOff + i] = Math.abs(x[xOff + i]);
        }
    }

    @Override
    protected void sqrtUnchecked(int n, double[] x, int xOff, double[] out, int outOff) {
        for (int i = 0; i < n; i++) {
            out[outOff + i] = Math.sqrt(x[xOff + i]);
        }
    }

    @Override
    protected void expUnchecked(int n, double[] x, int xOff, double[] out, int outOff) {
        for (int i = 0; i < n; i++) {
            out[outOff + i] = StrictMath.exp(x[xOff + i]);
        }
    }

    @Override
    protected void logUnchecked(int n, double[] x, int xOff, double[] out, int outOff) {
        for (int i = 0; i < n; i++) {
            out[outOff + i] = StrictMath.log(x[xOff + i]);
        }
    }

    @Override
    protected void tanhUnchecked(int n, double[] x, int xOff, double[] out, int outOff) {
        for (int i = 0; i < n; i++) {
            out[outOff + i] = StrictMath.tanh(x[xOff + i]);
        }
    }

    @Override
    protected void sigmoidUnchecked(int n, double[] x, int xOff, double[] out, int outOff) {
        for (int i = 0; i < n; i++) {
            out[outOff + i] = sigmoid(x[xOff + i]);
        }
    }

    @Override
    protected void reluUnchecked(int n, double[] x, int xOff, double[] out, int outOff) {
        for (int i = 0; i < n; i++) {
            out[outOff + i] = Math.max(x[xOff + i], 0.0);
        }
    }

    @Override
    protected double sumUnchecked(int n, double[] x, int xOff) {
        double s = x[xOff];   // starting from x[0], not +0.0, keeps the sum of -0.0s at -0.0
        for (int i = 1; i < n; i++) {
            s += x[xOff + i];
        }
        return s;
    }

    @Override
    protected double maxUnchecked(int n, double[] x, int xOff) {
        double m = x[xOff];
        for (int i = 1; i < n; i++) {
            m = Math.max(m, x[xOff + i]);
        }
        return m;
    }

    @Override
    protected double minUnchecked(int n, double[] x, int xOff) {
        double m = x[xOff];
        for (int i = 1; i < n; i++) {
            m = Math.min(m, x[xOff + i]);
        }
        return m;
    }

    @Override
    protected int argmaxUnchecked(int n, double[] x, int xOff) {
        int best = 0;
        for (int i = 0; i < n; i++) {
            double v = x[xOff + i];
            if (v != v) {
                return i;
            }
            if (v > x[xOff + best]) {
                best = i;
            }
        }
        return best;
    }

    @Override
    protected double logSumExpUnchecked(int n, double[] x, int xOff) {
        double m = maxUnchecked(n, x, xOff);
        if (!(Math.abs(m) < Double.POSITIVE_INFINITY)) {
            return m;   // NaN, all -Inf (an empty sum) or +Inf
        }
        int c = 0;
        double s = 0;
        for (int i = 0; i < n; i++) {
            double v = x[xOff + i];
            if (v == m) {
                c++;
            } else {
                s += StrictMath.exp(v - m);
            }
        }
        return m + StrictMath.log1p((c - 1) + s);
    }

    @Override
    protected void softmaxUnchecked(int n, double[] x, int xOff, double[] out, int outOff) {
        double m = maxUnchecked(n, x, xOff);
        if (!(Math.abs(m) < Double.POSITIVE_INFINITY)) {
            java.util.Arrays.fill(out, outOff, outOff + n, Double.NaN);
            return;
        }
        double s = 0;
        for (int i = 0; i < n; i++) {
            double e = StrictMath.exp(x[xOff + i] - m);
            out[outOff + i] = e;
            s += e;
        }
        for (int i = 0; i < n; i++) {
            out[outOff + i] /= s;
        }
    }

    @Override
    protected void addUnchecked(int n, float[] x, int xOff, float[] y, int yOff, float[] out,
            int outOff) {
        for (int i = 0; i < n; i++) {
            out[outOff + i] = x[xOff + i] + y[yOff + i];
        }
    }

    @Override
    protected void addUnchecked(int n, float[] x, int xOff, float s, float[] out, int outOff) {
        for (int i = 0; i < n; i++) {
            out[outOff + i] = x[xOff + i] + s;
        }
    }

    @Override
    protected void subUnchecked(int n, float[] x, int xOff, float[] y, int yOff, float[] out,
            int outOff) {
        for (int i = 0; i < n; i++) {
            out[outOff + i] = x[xOff + i] - y[yOff + i];
        }
    }

    @Override
    protected void subUnchecked(int n, float[] x, int xOff, float s, float[] out, int outOff) {
        for (int i = 0; i < n; i++) {
            out[outOff + i] = x[xOff + i] - s;
        }
    }

    @Override
    protected void mulUnchecked(int n, float[] x, int xOff, float[] y, int yOff, float[] out,
            int outOff) {
        for (int i = 0; i < n; i++) {
            out[outOff + i] = x[xOff + i] * y[yOff + i];
        }
    }

    @Override
    protected void mulUnchecked(int n, float[] x, int xOff, float s, float[] out, int outOff) {
        for (int i = 0; i < n; i++) {
            out[outOff + i] = x[xOff + i] * s;
        }
    }

    @Override
    protected void divUnchecked(int n, float[] x, int xOff, float[] y, int yOff, float[] out,
            int outOff) {
        for (int i = 0; i < n; i++) {
            out[outOff + i] = x[xOff + i] / y[yOff + i];
        }
    }

    @Override
    protected void divUnchecked(int n, float[] x, int xOff, float s, float[] out, int outOff) {
        for (int i = 0; i < n; i++) {
            out[outOff + i] = x[xOff + i] / s;
        }
    }

    @Override
    protected void fmaUnchecked(int n, float[] x, int xOff, float[] y, int yOff, float[] z,
            int zOff,
            float[] out, int outOff) {
        for (int i = 0; i < n; i++) {
            out[outOff + i] = Math.fma(x[xOff + i], y[yOff + i], z[zOff + i]);
        }
    }

    @Override
    protected void negUnchecked(int n, float[] x, int xOff, float[] out, int outOff) {
        for (int i = 0; i < n; i++) {
            out[outOff + i] = -x[xOff + i];
        }
    }

    @Override
    protected void absUnchecked(int n, float[] x, int xOff, float[] out, int outOff) {
        for (int i = 0; i < n; i++) {
            out[outOff + i] = Math.abs(x[xOff + i]);
        }
    }

    @Override
    protected void sqrtUnchecked(int n, float[] x, int xOff, float[] out, int outOff) {
        for (int i = 0; i < n; i++) {
            out[outOff + i] = (float) Math.sqrt(x[xOff + i]);
        }
    }

    @Override
    protected void expUnchecked(int n, float[] x, int xOff, float[] out, int outOff) {
        for (int i = 0; i < n; i++) {
            out[outOff + i] = (float) StrictMath.exp(x[xOff + i]);
        }
    }

    @Override
    protected void logUnchecked(int n, float[] x, int xOff, float[] out, int outOff) {
        for (int i = 0; i < n; i++) {
            out[outOff + i] = (float) StrictMath.log(x[xOff + i]);
        }
    }

    @Override
    protected void tanhUnchecked(int n, float[] x, int xOff, float[] out, int outOff) {
        for (int i = 0; i < n; i++) {
            out[outOff + i] = (float) StrictMath.tanh(x[xOff + i]);
        }
    }

    @Override
    protected void sigmoidUnchecked(int n, float[] x, int xOff, float[] out, int outOff) {
        for (int i = 0; i < n; i++) {
            out[outOff + i] = (float) sigmoid(x[xOff + i]);
        }
    }

    @Override
    protected void reluUnchecked(int n, float[] x, int xOff, float[] out, int outOff) {
        for (int i = 0; i < n; i++) {
            out[outOff + i] = Math.max(x[xOff + i], 0.0f);
        }
    }

    @Override
    protected float sumUnchecked(int n, float[] x, int xOff) {
        float s = x[xOff];   // starting from x[0], not +0.0, keeps the sum of -0.0s at -0.0
        for (int i = 1; i < n; i++) {
            s += x[xOff + i];
        }
        return s;
    }

    @Override
    protected float maxUnchecked(int n, float[] x, int xOff) {
        float m = x[xOff];
        for (int i = 1; i < n; i++) {
            m = Math.max(m, x[xOff + i]);
        }
        return m;
    }

    @Override
    protected float minUnchecked(int n, float[] x, int xOff) {
        float m = x[xOff];
        for (int i = 1; i < n; i++) {
            m = Math.min(m, x[xOff + i]);
        }
        return m;
    }

    @Override
    protected int argmaxUnchecked(int n, float[] x, int xOff) {
        int best = 0;
        for (int i = 0; i < n; i++) {
            float v = x[xOff + i];
            if (v != v) {
                return i;
            }
            if (v > x[xOff + best]) {
                best = i;
            }
        }
        return best;
    }

    @Override
    protected float logSumExpUnchecked(int n, float[] x, int xOff) {
        float m = maxUnchecked(n, x, xOff);
        if (!(Math.abs(m) < Float.POSITIVE_INFINITY)) {
            return m;   // NaN, all -Inf (an empty sum) or +Inf
        }
        int c = 0;
        float s = 0;
        for (int i = 0; i < n; i++) {
            float v = x[xOff + i];
            if (v == m) {
                c++;
            } else {
                s += (float) StrictMath.exp(v - m);
            }
        }
        return m + (float) StrictMath.log1p((c - 1) + s);
    }

    @Override
    protected void softmaxUnchecked(int n, float[] x, int xOff, float[] out, int outOff) {
        float m = maxUnchecked(n, x, xOff);
        if (!(Math.abs(m) < Float.POSITIVE_INFINITY)) {
            java.util.Arrays.fill(out, outOff, outOff + n, Float.NaN);
            return;
        }
        float s = 0;
        for (int i = 0; i < n; i++) {
            float e = (float) StrictMath.exp(x[xOff + i] - m);
            out[outOff + i] = e;
            s += e;
        }
        for (int i = 0; i < n; i++) {
            out[outOff + i] /= s;
        }
    }

    /** The reference sigmoid, split at 0 so that neither tail overflows or cancels. */
    static double sigmoid(double x) {
        if (x >= 0) {
            return 1 / (1 + StrictMath.exp(-x));
        }
        double e = StrictMath.exp(x);   // NaN lands here and stays NaN
        return e / (1 + e);
    }
}
