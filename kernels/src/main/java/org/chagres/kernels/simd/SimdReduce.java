package org.chagres.kernels.simd;

import static org.chagres.kernels.simd.SimdSpecies.D;
import static org.chagres.kernels.simd.SimdSpecies.DL;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;

/**
 * Double reductions and the tensor primitives built on them (sum, max, min, argmax,
 * log-sum-exp, softmax); the float versions are in {@link SimdReduceFloat}.
 *
 * <p>Sum is blocked and pairwise: a block of at most {@link #BLOCK} elements is summed by four
 * vector accumulators (each lane a left-to-right chain of at most BLOCK/(4·lanes) additions;
 * four chains hide the add latency), the accumulators are added as a tree and reduced across
 * lanes; the sums of the blocks of a longer slice are added as a balanced binary tree. Every
 * element therefore passes through at most
 * {@code h = BLOCK/(4·lanes) + lanes + 2 + ceil(log2(n/BLOCK))}
 * roundings, never more than the {@code n - 1} of the left-to-right reference, and the error
 * is at most {@code γ(h)·Σ|x|} (Higham, "Accuracy and Stability of Numerical Algorithms", §4.2)
 * — for n = 10^6 doubles with 4 lanes, h <= 76 instead of 999,999. The accumulators start at
 * -0.0, the identity of IEEE addition, so a sum of -0.0s stays -0.0.
 */
final class SimdReduce {

    private SimdReduce() {
    }

    /** Elements summed by one set of accumulators before the pairwise split takes over. */
    static final int BLOCK = 1024;

    static double sum(double[] x, int off, int n) {
        if (n <= BLOCK) {
            return sumBlock(x, off, n);
        }
        // block sums first (one call site of the vector loop), then a pairwise tree over them
        int blocks = (n + BLOCK - 1) / BLOCK;
        double[] part = new double[blocks];
        for (int b = 0; b < blocks; b++) {
            part[b] = sumBlock(x, off + b * BLOCK, Math.min(BLOCK, n - b * BLOCK));
        }
        return pairwise(part, 0, blocks);
    }

    private static double pairwise(double[] p, int lo, int hi) {
        if (hi - lo == 1) {
            return p[lo];
        }
        int mid = (lo + hi) >>> 1;
        return pairwise(p, lo, mid) + pairwise(p, mid, hi);
    }

    // the vector part, one block; called from one place so that C2 inlines it once (inlined
    // several times it exceeds C2's node budget and its vectors get boxed)
    private static double sumBlock(double[] x, int off, int n) {
        DoubleVector a0 = DoubleVector.broadcast(D, -0.0);
        DoubleVector a1 = a0;
        DoubleVector a2 = a0;
        DoubleVector a3 = a0;
        int i = 0;
        for (; i <= n - 4 * DL; i += 4 * DL) {
            a0 = a0.add(DoubleVector.fromArray(D, x, off + i));
            a1 = a1.add(DoubleVector.fromArray(D, x, off + i + DL));
            a2 = a2.add(DoubleVector.fromArray(D, x, off + i + 2 * DL));
            a3 = a3.add(DoubleVector.fromArray(D, x, off + i + 3 * DL));
        }
        for (; i < n; i += DL) {
            VectorMask<Double> m = D.indexInRange(i, n);
            a0 = a0.add(DoubleVector.fromArray(D, x, off + i, m), m);
        }
        a0 = a0.add(a1).add(a2.add(a3));
        double s = a0.reduceLanes(VectorOperators.ADD);
        // reduceLanes(ADD) may start from +0.0: a sum of -0.0s must stay -0.0
        return s == 0 && a0.viewAsIntegralLanes().eq(0x8000_0000_0000_0000L).allTrue() ? -0.0 : s;
    }

    static double max(double[] x, int off, int n) {
        DoubleVector acc = DoubleVector.broadcast(D, Double.NEGATIVE_INFINITY);
        int i = 0;
        for (; i <= n - DL; i += DL) {
            acc = acc.max(DoubleVector.fromArray(D, x, off + i));
        }
        if (i < n) {
            VectorMask<Double> m = D.indexInRange(i, n);
            acc = acc.lanewise(VectorOperators.MAX, DoubleVector.fromArray(D, x, off + i, m), m);
        }
        return acc.reduceLanes(VectorOperators.MAX);
    }

    static double min(double[] x, int off, int n) {
        DoubleVector acc = DoubleVector.broadcast(D, Double.POSITIVE_INFINITY);
        int i = 0;
        for (; i <= n - DL; i += DL) {
            acc = acc.min(DoubleVector.fromArray(D, x, off + i));
        }
        if (i < n) {
            VectorMask<Double> m = D.indexInRange(i, n);
            acc = acc.lanewise(VectorOperators.MIN, DoubleVector.fromArray(D, x, off + i, m), m);
        }
        return acc.reduceLanes(VectorOperators.MIN);
    }

    /** The first index holding the max, or the first NaN: two passes, the second stops early. */
    static int argmax(double[] x, int off, int n) {
        double m = max(x, off, n);
        boolean nan = m != m;
        for (int i = 0; i < n; i += DL) {
            VectorMask<Double> in = D.indexInRange(i, n);
            DoubleVector v = DoubleVector.fromArray(D, x, off + i, in);
            VectorMask<Double> hit = (nan ? v.test(VectorOperators.IS_NAN) : v.eq(m)).and(in);
            if (hit.anyTrue()) {
                return i + hit.firstTrue();
            }
        }
        throw new AssertionError("argmax: max " + m + " not found");
    }

    /** {@code m + log1p((c - 1) + Σ_{x < m} e^(x - m))}; see Elementwise#logSumExp. */
    static double logSumExp(double[] x, int off, int n) {
        double m = max(x, off, n);
        if (!(Math.abs(m) < Double.POSITIVE_INFINITY)) {
            return m;
        }
        DoubleVector s = DoubleVector.zero(D);
        int c = 0;
        for (int i = 0; i < n; i += DL) {
            VectorMask<Double> in = D.indexInRange(i, n);
            DoubleVector v = DoubleVector.fromArray(D, x, off + i, in);
            VectorMask<Double> top = v.eq(m).and(in);
            c += top.trueCount();
            s = s.add(SimdExp.exp(v.sub(m)), in.andNot(top));
        }
        return m + Math.log1p((c - 1) + s.reduceLanes(VectorOperators.ADD));
    }

    /** {@code e^(x - m) / Σ e^(x - m)}; see Elementwise#softmax. */
    static void softmax(double[] x, int xOff, double[] out, int outOff, int n) {
        double m = max(x, xOff, n);
        if (!(Math.abs(m) < Double.POSITIVE_INFINITY)) {
            java.util.Arrays.fill(out, outOff, outOff + n, Double.NaN);
            return;
        }
        DoubleVector s = DoubleVector.zero(D);
        for (int i = 0; i < n; i += DL) {
            VectorMask<Double> in = D.indexInRange(i, n);
            DoubleVector e = SimdExp.exp(DoubleVector.fromArray(D, x, xOff + i, in).sub(m));
            e.intoArray(out, outOff + i, in);
            s = s.add(e, in);
        }
        double total = s.reduceLanes(VectorOperators.ADD);
        for (int i = 0; i < n; i += DL) {
            VectorMask<Double> in = D.indexInRange(i, n);
            DoubleVector.fromArray(D, out, outOff + i, in).div(total).intoArray(out, outOff + i,
                    in);
        }
    }
}
