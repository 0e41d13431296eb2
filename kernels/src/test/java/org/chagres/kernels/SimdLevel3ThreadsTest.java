package org.chagres.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import net.jqwik.api.Example;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.chagres.kernels.contract.Level3Contract;
import org.chagres.kernels.contract.Level3Operand;
import org.chagres.kernels.simd.SimdLevel3;

/**
 * The Level 3 contract on the simd backend with three kernel threads (more than this machine's
 * cores, so the split is exercised everywhere), plus run-to-run and thread-count determinism.
 */
class SimdLevel3ThreadsTest extends Level3Contract {

    private static int before;
    private final Level3 level3 = new SimdLevel3();

    @BeforeContainer
    static void threeThreads() {
        before = KernelThreads.threads();
        KernelThreads.setThreads(3);
    }

    @AfterContainer
    static void restore() {
        KernelThreads.setThreads(before);
    }

    @Override
    protected Level3 level3() {
        return level3;
    }

    /** gemm sums each element in an order that does not depend on the split: same bits. */
    @Example
    void gemmIsBitIdenticalAcrossRunsAndThreadCounts() {
        int[][] shapes = {{301, 157, 263}, {97, 410, 300}};
        for (int[] s : shapes) {
            int m = s[0];
            int n = s[1];
            int k = s[2];
            for (Transpose tA : Transpose.values()) {
                Level3Operand a = Level3Operand.random(new SplittableRandom(m), tA == Transpose.NO
                        ? m : k, tA == Transpose.NO ? k : m, 0, 1);
                Level3Operand b = Level3Operand.random(new SplittableRandom(n), k, n, 0, 0);
                Level3Operand c = Level3Operand.random(new SplittableRandom(k), m, n, 0, 2);
                double[][] d = new double[3][];
                float[][] f = new float[3][];
                int[] threads = {3, 3, 1};
                for (int r = 0; r < 3; r++) {
                    KernelThreads.setThreads(threads[r]);
                    Level3Operand cr = c.copy();
                    level3.gemm(tA, Transpose.NO, m, n, k, 0.5, a.d, 0, a.ld, b.d, 0, b.ld, -1.0,
                            cr.d, 0, cr.ld);
                    level3.gemm(tA, Transpose.NO, m, n, k, 0.5f, a.f, 0, a.ld, b.f, 0, b.ld, -1.0f,
                            cr.f, 0, cr.ld);
                    d[r] = cr.d;
                    f[r] = cr.f;
                }
                KernelThreads.setThreads(3);
                assertArrayEquals(d[0], d[1], "double, 3 threads, run to run");
                assertArrayEquals(f[0], f[1], "float, 3 threads, run to run");
                assertArrayEquals(d[0], d[2], "double, 3 threads against 1");
                assertArrayEquals(f[0], f[2], "float, 3 threads against 1");
            }
        }
    }

    /** trsm and syrk are gemm updates around serial diagonal blocks: same bits for any count. */
    @Example
    void trsmAndSyrkAreBitIdenticalAcrossThreadCounts() {
        int n = 300;
        Level3Operand a = triangular(new SplittableRandom(5), n, Uplo.LOWER, Diag.NON_UNIT, 0, 0);
        Level3Operand b = Level3Operand.random(new SplittableRandom(6), n, 280, 0, 0);
        Level3Operand x = Level3Operand.random(new SplittableRandom(7), n, 270, 0, 0);
        double[][] got = new double[4][];
        int[] threads = {3, 1};
        for (int r = 0; r < 2; r++) {
            KernelThreads.setThreads(threads[r]);
            Level3Operand br = b.copy();
            level3.trsm(Side.LEFT, Uplo.LOWER, Transpose.YES, Diag.NON_UNIT, n, 280, 2.0, a.d, 0,
                    n, br.d, 0, 280);
            got[r] = br.d;
            Level3Operand c = Level3Operand.random(new SplittableRandom(8), n, n, 0, 0);
            level3.syrk(Uplo.UPPER, Transpose.NO, n, 270, 1.0, x.d, 0, 270, 0.5, c.d, 0, n);
            got[2 + r] = c.d;
        }
        KernelThreads.setThreads(3);
        assertArrayEquals(got[0], got[1], "trsm, 3 threads against 1");
        assertArrayEquals(got[2], got[3], "syrk, 3 threads against 1");
    }

    /** Wide enough that the direct diagonal blocks themselves are split over threads. */
    @Example
    void triangularWithParallelDirectBlocks() {
        long seed = 21;
        for (Uplo uplo : Uplo.values()) {
            boolean single = uplo == Uplo.UPPER;
            checkTrsm(single, Side.LEFT, uplo, Transpose.NO, Diag.NON_UNIT, 64, 2100, 1.5, 1, 3,
                    seed++);
            checkTrsm(!single, Side.RIGHT, uplo, Transpose.YES, Diag.UNIT, 2100, 64, -1.0, 0, 1,
                    seed++);
            checkTrmm(single, Side.RIGHT, uplo, Transpose.NO, Diag.NON_UNIT, 2100, 40, 0.5, 2, 0,
                    seed++);
            checkTrmm(!single, Side.LEFT, uplo, Transpose.YES, Diag.UNIT, 40, 2100, 2.0, 0, 2,
                    seed++);
        }
        Level3Operand a = triangular(new SplittableRandom(9), 64, Uplo.UPPER, Diag.NON_UNIT, 0, 0);
        Level3Operand b = Level3Operand.random(new SplittableRandom(10), 2100, 64, 0, 0);
        double[][] got = new double[2][];
        int[] threads = {3, 1};
        for (int r = 0; r < 2; r++) {
            KernelThreads.setThreads(threads[r]);
            Level3Operand br = b.copy();
            level3.trsm(Side.RIGHT, Uplo.UPPER, Transpose.NO, Diag.NON_UNIT, 2100, 64, 1.0, a.d,
                    0, 64, br.d, 0, 64);
            got[r] = br.d;
        }
        KernelThreads.setThreads(3);
        assertArrayEquals(got[0], got[1], "trsm right, 3 threads against 1");
    }

    @Example
    void threadCountIsChecked() {
        assertThrows(IllegalArgumentException.class, () -> KernelThreads.setThreads(0));
        assertEquals(3, KernelThreads.threads());
    }
}
