package org.chagres.kernels.simd;

import static org.chagres.kernels.simd.SimdSpecies.F;
import static org.chagres.kernels.simd.SimdSpecies.FL;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;

/**
 * Float reductions and tensor primitives; the same algorithms, bounds and special values as
 * {@link SimdReduce} (there {@code γ} uses the float unit roundoff 2^-24). Log-sum-exp adds
 * {@code (c - 1) + Σ} and takes log1p in double, then rounds once to float.
 */
final class SimdReduceFloat {

    private SimdReduceFloat() {
    }

    static final int BLOCK = SimdReduce.BLOCK;

    static float sum(float[] x, int off, int n) {
        if (n <= BLOCK) {
            return sumBlock(x, off, n);
        }
        // block sums first (one call site of the vector loop), then a pairwise tree over them
        int blocks = (n + BLOCK - 1) / BLOCK;
        float[] part = new float[blocks];
        for (int b = 0; b < blocks; b++) {
            part[b] = sumBlock(x, off + b * BLOCK, Math.min(BLOCK, n - b * BLOCK));
        }
        return pairwise(part, 0, blocks);
    }

    private static float pairwise(float[] p, int lo, int hi) {
        if (hi - lo == 1) {
            return p[lo];
        }
        int mid = (lo + hi) >>> 1;
        return pairwise(p, lo, mid) + pairwise(p, mid, hi);
    }

    // the vector part, one block; called from one place so that C2 inlines it once (inlined
    // several times it exceeds C2's node budget and its vectors get boxed)
    private static float sumBlock(float[] x, int off, int n) {
        FloatVector a0 = FloatVector.broadcast(F, -0.0f);
        FloatVector a1 = a0;
        FloatVector a2 = a0;
        FloatVector a3 = a0;
        int i = 0;
        for (; i <= n - 4 * FL; i += 4 * FL) {
            a0 = a0.add(FloatVector.fromArray(F, x, off + i));
            a1 = a1.add(FloatVector.fromArray(F, x, off + i + FL));
            a2 = a2.add(FloatVector.fromArray(F, x, off + i + 2 * FL));
            a3 = a3.add(FloatVector.fromArray(F, x, off + i + 3 * FL));
        }
        for (; i < n; i += FL) {
            VectorMask<Float> m = F.indexInRange(i, n);
            a0 = a0.add(FloatVector.fromArray(F, x, off + i, m), m);
        }
        a0 = a0.add(a1).add(a2.add(a3));
        float s = a0.reduceLanes(VectorOperators.ADD);
        // reduceLanes(ADD) may start from +0.0: a sum of -0.0s must stay -0.0
        return s == 0 && a0.viewAsIntegralLanes().eq(0x8000_0000).allTrue() ? -0.0f : s;
    }

    static float max(float[] x, int off, int n) {
        FloatVector acc = FloatVector.broadcast(F, Float.NEGATIVE_INFINITY);
        int i = 0;
        for (; i <= n - FL; i += FL) {
            acc = acc.max(FloatVector.fromArray(F, x, off + i));
        }
        if (i < n) {
            VectorMask<Float> m = F.indexInRange(i, n);
            acc = acc.lanewise(VectorOperators.MAX, FloatVector.fromArray(F, x, off + i, m), m);
        }
        return acc.reduceLanes(VectorOperators.MAX);
    }

    static float min(float[] x, int off, int n) {
        FloatVector acc = FloatVector.broadcast(F, Float.POSITIVE_INFINITY);
        int i = 0;
        for (; i <= n - FL; i += FL) {
            acc = acc.min(FloatVector.fromArray(F, x, off + i));
        }
        if (i < n) {
            VectorMask<Float> m = F.indexInRange(i, n);
            acc = acc.lanewise(VectorOperators.MIN, FloatVector.fromArray(F, x, off + i, m), m);
        }
        return acc.reduceLanes(VectorOperators.MIN);
    }

    /** The first index holding the max, or the first NaN: two passes, the second stops early. */
    static int argmax(float[] x, int off, int n) {
        float m = max(x, off, n);
        boolean nan = m != m;
        for (int i = 0; i < n; i += FL) {
            VectorMask<Float> in = F.indexInRange(i, n);
            FloatVector v = FloatVector.fromArray(F, x, off + i, in);
            VectorMask<Float> hit = (nan ? v.test(VectorOperators.IS_NAN) : v.eq(m)).and(in);
            if (hit.anyTrue()) {
                return i + hit.firstTrue();
            }
        }
        throw new AssertionError("argmax: max " + m + " not found");
    }

    /** {@code m + log1p((c - 1) + Σ_{x < m} e^(x - m))}; see Elementwise#logSumExp. */
    static float logSumExp(float[] x, int off, int n) {
        float m = max(x, off, n);
        if (!(Math.abs(m) < Float.POSITIVE_INFINITY)) {
            return m;
        }
        FloatVector s = FloatVector.zero(F);
        int c = 0;
        for (int i = 0; i < n; i += FL) {
            VectorMask<Float> in = F.indexInRange(i, n);
            FloatVector v = FloatVector.fromArray(F, x, off + i, in);
            VectorMask<Float> top = v.eq(m).and(in);
            c += top.trueCount();
            s = s.add(SimdExp.exp(v.sub(m)), in.andNot(top));
        }
        return m + (float) Math.log1p((c - 1) + (double) s.reduceLanes(VectorOperators.ADD));
    }

    /** {@code e^(x - m) / Σ e^(x - m)}; see Elementwise#softmax. */
    static void softmax(float[] x, int xOff, float[] out, int outOff, int n) {
        float m = max(x, xOff, n);
        if (!(Math.abs(m) < Float.POSITIVE_INFINITY)) {
            java.util.Arrays.fill(out, outOff, outOff + n, Float.NaN);
            return;
        }
        FloatVector s = FloatVector.zero(F);
        for (int i = 0; i < n; i += FL) {
            VectorMask<Float> in = F.indexInRange(i, n);
            FloatVector e = SimdExp.exp(FloatVector.fromArray(F, x, xOff + i, in).sub(m));
            e.intoArray(out, outOff + i, in);
            s = s.add(e, in);
        }
        float total = s.reduceLanes(VectorOperators.ADD);
        for (int i = 0; i < n; i += FL) {
            VectorMask<Float> in = F.indexInRange(i, n);
            FloatVector.fromArray(F, out, outOff + i, in).div(total).intoArray(out, outOff + i,
                    in);
        }
    }
}
