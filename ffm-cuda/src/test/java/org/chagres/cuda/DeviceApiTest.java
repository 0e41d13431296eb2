package org.chagres.cuda;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.util.SplittableRandom;
import org.chagres.kernels.Backends;
import org.chagres.kernels.Transpose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The device-resident API on a real GPU; skipped, with the reason, without one. */
@ExtendWith(RequiresCuda.class)
class DeviceApiTest {

    private static final double EPS = Math.ulp(1.0);
    private static final double EPS_F = Math.ulp(1.0f);

    private static double[] random(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = r.nextDouble(-1, 1);
        }
        return x;
    }

    private static float[] toFloat(double[] x) {
        float[] f = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            f[i] = (float) x[i];
        }
        return f;
    }

    @Test
    void dataSurvivesTheRoundTrip() {
        try (Arena arena = Arena.ofConfined()) {
            double[] d = random(12_345, 1);
            DeviceMatrix m = DeviceMatrix.of(arena, 5, 2469, d);
            assertArrayEquals(d, m.toHostDoubles());
            float[] f = toFloat(d);
            assertArrayEquals(f, DeviceMatrix.of(arena, 2469, 5, f).toHostFloats());
            // larger than one staging chunk
            double[] big = random((int) (Staging.CHUNK_BYTES / 8) * 2 + 7, 2);
            assertArrayEquals(big, DeviceMatrix.of(arena, big.length, 1, big).toHostDoubles());
        }
    }

    @Test
    void allocatingAndFreeingInALoopLeaksNothing() {
        Cuda.synchronize();
        long before = Cuda.memoryInfo().freeBytes();
        for (int i = 0; i < 200; i++) {
            try (DeviceBuffer b = DeviceBuffer.allocate(Arena.global(), 64L << 20)) {
                b.clear();
            }
        }
        for (int i = 0; i < 50; i++) {
            try (Arena arena = Arena.ofConfined()) {
                DeviceBuffer.ofDoubles(arena, 1 << 22);   // freed by the arena's closing
            }
        }
        Cuda.synchronize();
        long after = Cuda.memoryInfo().freeBytes();
        assertTrue(before - after < (4L << 20), "free memory fell by " + (before - after)
                + " bytes over 250 allocations");
    }

    @Test
    void closingTwiceIsHarmlessAndUseAfterCloseIsAnError() {
        try (Arena arena = Arena.ofConfined()) {
            DeviceBuffer b = DeviceBuffer.ofDoubles(arena, 10);
            b.close();
            b.close();
            assertTrue(b.isClosed());
            assertThrows(IllegalStateException.class, b::pointer);
        }
    }

    @Test
    void anImpossibleAllocationIsACudaException() {
        CudaException e = assertThrows(CudaException.class,
                () -> DeviceBuffer.allocate(Arena.global(), 1L << 52));
        assertEquals("cudaMalloc", e.call());
        assertEquals("cudaErrorMemoryAllocation", e.statusName());
    }

    @Test
    void gemmMatchesTheCpuForEveryTranspose() {
        int m = 67;
        int n = 45;
        int k = 81;
        try (Arena arena = Arena.ofConfined(); Cublas blas = Cublas.create()) {
            for (Transpose ta : Transpose.values()) {
                for (Transpose tb : Transpose.values()) {
                    double[] a = random(m * k, 3);
                    double[] b = random(k * n, 4);
                    double[] c = random(m * n, 5);
                    int lda = ta == Transpose.NO ? k : m;
                    int ldb = tb == Transpose.NO ? n : k;
                    DeviceMatrix da = ta == Transpose.NO ? DeviceMatrix.of(arena, m, k, a)
                            : DeviceMatrix.of(arena, k, m, a);
                    DeviceMatrix db = tb == Transpose.NO ? DeviceMatrix.of(arena, k, n, b)
                            : DeviceMatrix.of(arena, n, k, b);
                    DeviceMatrix dc = DeviceMatrix.of(arena, m, n, c);
                    blas.gemm(ta, tb, 0.75, da, db, -0.5, dc);
                    double[] want = c.clone();
                    Backends.scalar().level3().gemm(ta, tb, m, n, k, 0.75, a, 0, lda, b, 0, ldb,
                            -0.5, want, 0, n);
                    assertClose(want, dc.toHostDoubles(), k * EPS * 4, ta + "/" + tb);
                }
            }
        }
    }

    @Test
    void tensorCoreFloatGemmIsWithinItsRounding() {
        int n = 128;
        float[] a = toFloat(random(n * n, 6));
        float[] b = toFloat(random(n * n, 7));
        double[] ad = new double[n * n];
        double[] bd = new double[n * n];
        for (int i = 0; i < n * n; i++) {
            ad[i] = a[i];
            bd[i] = b[i];
        }
        double[] want = new double[n * n];
        Backends.scalar().level3().gemm(Transpose.NO, Transpose.NO, n, n, n, 1.0, ad, 0, n, bd,
                0, n, 0.0, want, 0, n);
        try (Arena arena = Arena.ofConfined(); Cublas blas = Cublas.create()) {
            DeviceMatrix da = DeviceMatrix.of(arena, n, n, a);
            DeviceMatrix db = DeviceMatrix.of(arena, n, n, b);
            DeviceMatrix dc = DeviceMatrix.allocate(arena, DeviceMatrix.Precision.FLOAT, n, n);
            // unit roundoff of the inputs: 2^-24 (FP32), 2^-11 (TF32), 2^-8 (BF16)
            double[][] bounds = {{Cublas.FloatCompute.FP32.ordinal(), n * EPS_F * 2},
                {Cublas.FloatCompute.TF32.ordinal(), n * 0x1p-10},
                {Cublas.FloatCompute.BF16.ordinal(), n * 0x1p-7}};
            for (double[] bound : bounds) {
                Cublas.FloatCompute mode = Cublas.FloatCompute.values()[(int) bound[0]];
                blas.gemm(mode, Transpose.NO, Transpose.NO, 1f, da, db, 0f, dc);
                float[] got = dc.toHostFloats();
                double[] g = new double[got.length];
                for (int i = 0; i < g.length; i++) {
                    g[i] = got[i];
                }
                assertClose(want, g, bound[1], mode.name());
            }
        }
    }

    @Test
    void levelOneAndTwoOperationsOnDeviceData() {
        int n = 1000;
        double[] x = random(n, 8);
        double[] y = random(n, 9);
        double[] a = random(n * 300, 10);
        try (Arena arena = Arena.ofConfined(); Cublas blas = Cublas.create()) {
            DeviceMatrix dx = DeviceMatrix.of(arena, n, 1, x);
            DeviceMatrix dy = DeviceMatrix.of(arena, n, 1, y);
            double dot = Backends.scalar().level1().dot(n, x, 0, y, 0);
            assertEquals(dot, blas.dot(dx, dy), 2 * n * EPS);
            assertEquals(Backends.scalar().level1().nrm2(n, x, 0), blas.nrm2(dx), 2 * n * EPS);
            blas.axpy(2.0, dx, dy);
            double[] want = y.clone();
            Backends.scalar().level1().axpy(n, 2.0, x, 0, want, 0);
            assertClose(want, dy.toHostDoubles(), 2 * EPS, "axpy");
            blas.scal(-3.0, dy);
            for (int i = 0; i < n; i++) {
                want[i] *= -3.0;
            }
            assertClose(want, dy.toHostDoubles(), 4 * EPS, "scal");

            DeviceMatrix da = DeviceMatrix.of(arena, n, 300, a);
            double[] v = random(300, 11);
            DeviceMatrix dv = DeviceMatrix.of(arena, 300, 1, v);
            DeviceMatrix out = DeviceMatrix.of(arena, n, 1, new double[n]);
            blas.gemv(Transpose.NO, 1.0, da, dv, 0.0, out);
            double[] gw = new double[n];
            Backends.scalar().level2().gemv(Transpose.NO, n, 300, 1.0, a, 0, 300, v, 0, 0.0, gw, 0);
            assertClose(gw, out.toHostDoubles(), 300 * EPS * 2, "gemv");

            DeviceMatrix at = DeviceMatrix.allocate(arena, DeviceMatrix.Precision.DOUBLE, 300, n);
            blas.geam(Transpose.YES, 1.0, da, Transpose.YES, 0.0, da, at);
            double[] t = at.toHostDoubles();
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < 300; j++) {
                    assertEquals(a[i * 300 + j], t[j * n + i]);
                }
            }
        }
    }

    @Test
    void shapeMismatchesAreRejectedBeforeTheGpuIsCalled() {
        try (Arena arena = Arena.ofConfined(); Cublas blas = Cublas.create()) {
            DeviceMatrix a = DeviceMatrix.allocate(arena, DeviceMatrix.Precision.DOUBLE, 3, 4);
            DeviceMatrix b = DeviceMatrix.allocate(arena, DeviceMatrix.Precision.DOUBLE, 5, 2);
            DeviceMatrix c = DeviceMatrix.allocate(arena, DeviceMatrix.Precision.DOUBLE, 3, 2);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> blas.gemm(Transpose.NO, Transpose.NO, 1, a, b, 0, c));
            assertTrue(e.getMessage().startsWith("Cublas.gemm: "), e.getMessage());
            assertTrue(e.getMessage().contains("op(A) 3x4, op(B) 5x2"), e.getMessage());
        }
    }

    @Test
    void eventsTimeGpuWork() {
        try (Arena arena = Arena.ofConfined(); Cublas blas = Cublas.create();
                CudaEvent start = CudaEvent.create(); CudaEvent end = CudaEvent.create()) {
            DeviceMatrix a = DeviceMatrix.of(arena, 512, 512, random(512 * 512, 12));
            DeviceMatrix c = DeviceMatrix.allocate(arena, DeviceMatrix.Precision.DOUBLE, 512, 512);
            start.record(null);
            blas.gemm(Transpose.NO, Transpose.NO, 1, a, a, 0, c);
            end.record(null);
            end.synchronize();
            assertTrue(end.millisSince(start) > 0);
        }
    }

    private static void assertClose(double[] want, double[] got, double tol, String what) {
        assertEquals(want.length, got.length);
        double scale = 0;
        double worst = 0;
        for (int i = 0; i < want.length; i++) {
            scale = Math.max(scale, Math.abs(want[i]));
            worst = Math.max(worst, Math.abs(want[i] - got[i]));
        }
        assertTrue(worst <= tol * Math.max(1, scale), what + ": max error " + worst
                + " > " + tol + "·" + scale);
    }
}
