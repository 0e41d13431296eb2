package org.chagres.bench.peer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ludovic.netlib.blas.BLAS;
import java.lang.foreign.MemorySegment;
import org.chagres.kernels.Transpose;
import org.chagres.kernels.Uplo;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;
import org.ojalgo.matrix.store.R064Store;

/**
 * The peers are called the way the benchmarks call them and give the row-major results a
 * plain loop gives, on small rectangular shapes (a transposed or swapped argument would show).
 * Native peers are skipped, with the reason, where their library is absent.
 */
class PeerCallsTest {

    // A is 2×3, B is 3×2, row-major
    private static final double[] A = {1, 2, 3, 4, 5, 6};
    private static final double[] B = {7, 8, 9, 10, 11, 12};
    private static final double[] AB = {58, 64, 139, 154};

    @Test
    void openBlasLevel1And2OnHeapArrays() {
        assumeTrue(OpenBlas.peer().available(), OpenBlas.peer().reason());
        double[] x = {1, 2, 3};
        double[] y = {4, 5, 6};
        assertEquals(32.0, OpenBlas.ddot(3, MemorySegment.ofArray(x), MemorySegment.ofArray(y)));
        assertEquals(32.0f, OpenBlas.sdot(3, MemorySegment.ofArray(new float[] {1, 2, 3}),
                MemorySegment.ofArray(new float[] {4, 5, 6})));
        OpenBlas.daxpy(3, 2.0, MemorySegment.ofArray(x), MemorySegment.ofArray(y));
        assertArrayEquals(new double[] {6, 9, 12}, y);
        assertEquals(5.0, OpenBlas.dnrm2(2, MemorySegment.ofArray(new double[] {3, 4})));
        double[] out = {100, 100};
        // y = 1·A·x + 0.5·y with A 2×3
        OpenBlas.dgemv(Transpose.NO, 2, 3, 1.0, MemorySegment.ofArray(A), 3,
                MemorySegment.ofArray(new double[] {1, 1, 1}), 0.5, MemorySegment.ofArray(out));
        assertArrayEquals(new double[] {56, 65}, out);
        double[] outT = new double[3];
        OpenBlas.dgemv(Transpose.YES, 2, 3, 1.0, MemorySegment.ofArray(A), 3,
                MemorySegment.ofArray(new double[] {1, 1}), 0.0, MemorySegment.ofArray(outT));
        assertArrayEquals(new double[] {5, 7, 9}, outT);
        assertTrue(OpenBlas.setThreads(1));
        assertEquals(1, OpenBlas.threads());
        assertTrue(OpenBlas.config().contains("OpenBLAS") || !OpenBlas.config().isEmpty());
    }

    @Test
    void openBlasGemmIsRowMajor() {
        assumeTrue(OpenBlas.peer().available(), OpenBlas.peer().reason());
        double[] c = new double[4];
        OpenBlas.dgemm(Transpose.NO, Transpose.NO, 2, 2, 3, 1.0, MemorySegment.ofArray(A), 3,
                MemorySegment.ofArray(B), 2, 0.0, MemorySegment.ofArray(c), 2);
        assertArrayEquals(AB, c);
        float[] cf = new float[4];
        OpenBlas.sgemm(Transpose.NO, Transpose.NO, 2, 2, 3, 1.0f, MemorySegment.ofArray(
                new float[] {1, 2, 3, 4, 5, 6}), 3, MemorySegment.ofArray(
                        new float[] {7, 8, 9, 10, 11, 12}), 2, 0.0f, MemorySegment.ofArray(cf), 2);
        assertArrayEquals(new float[] {58, 64, 139, 154}, cf);
    }

    @Test
    void netlibColumnMajorMappingUsedByTheBenchmarks() {
        BLAS blas = Netlib.f2j();
        // row-major C = A·B (m=2, k=3, n=2) as column-major Cᵀ = Bᵀ·Aᵀ
        double[] c = new double[4];
        blas.dgemm("N", "N", 2, 2, 3, 1.0, B, 2, A, 3, 0.0, c, 2);
        assertArrayEquals(AB, c);
        // row-major y = A·x is column-major Aᵀ with "T"
        double[] y = new double[2];
        blas.dgemv("T", 3, 2, 1.0, A, 3, new double[] {1, 1, 1}, 1, 0.0, y, 1);
        assertArrayEquals(new double[] {6, 15}, y);
        double[] yt = new double[3];
        blas.dgemv("N", 3, 2, 1.0, A, 3, new double[] {1, 1}, 1, 0.0, yt, 1);
        assertArrayEquals(new double[] {5, 7, 9}, yt);
    }

    @Test
    void ojAlgoAndEjmlMappingUsedByTheBenchmarks() {
        double[] c = new double[4];
        R064Store.wrap(c, 2).fillByMultiplying(R064Store.wrap(B.clone(), 2),
                R064Store.wrap(A.clone(), 3));
        assertArrayEquals(AB, c);
        DMatrixRMaj ce = new DMatrixRMaj(2, 2);
        CommonOps_DDRM.mult(DMatrixRMaj.wrap(2, 3, A.clone()), DMatrixRMaj.wrap(3, 2, B.clone()),
                ce);
        assertArrayEquals(AB, ce.data);
    }

    @Test
    void lapackeFactorsRowMajor() {
        assumeTrue(Lapacke.peer().available(), Lapacke.peer().reason());
        // [[4, 2], [2, 3]] = L·Lᵀ with L = [[2, 0], [1, √2]]
        double[] s = {4, 2, 2, 3};
        assertEquals(0, Lapacke.dpotrf(Uplo.LOWER, 2, s, 2));
        assertEquals(2.0, s[0]);
        assertEquals(1.0, s[2]);
        assertEquals(Math.sqrt(2), s[3], 1e-15);
        double[] a = {1, 2, 3, 4};
        int[] piv = new int[2];
        assertEquals(0, Lapacke.dgetrf(2, 2, a, 2, piv));
        assertArrayEquals(new int[] {2, 2}, piv);
        assertArrayEquals(new double[] {3, 4, 1.0 / 3, 2 - 4.0 / 3}, a, 1e-15);
        double[] w = new double[2];
        assertEquals(0, Lapacke.dsyevd('N', Uplo.UPPER, 2, new double[] {2, 1, 1, 2}, 2, w));
        assertArrayEquals(new double[] {1, 3}, w, 1e-14);
        double[] sv = new double[2];
        assertEquals(0, Lapacke.dgesdd('N', 2, 2, new double[] {3, 0, 0, -4}, 2, sv,
                new double[1], 2, new double[1], 2));
        assertArrayEquals(new double[] {4, 3}, sv, 1e-14);
        double[] tau = new double[2];
        assertEquals(0, Lapacke.dgeqrf(3, 2, new double[] {1, 0, 0, 1, 0, 0}, 2, tau));
        assertTrue(Lapacke.lapackVersion().startsWith("LAPACK 3."), Lapacke.lapackVersion());
    }

    @Test
    void aLibraryThatDoesNotLoadIsAnswerNotCrash() {
        NativeLibrary lib = NativeLibrary.open("OpenBLAS", "cblas_dgemm",
                "libchagres-no-such-blas.so.7");
        assertFalse(lib.loaded());
        assertTrue(lib.reason().contains("tried libchagres-no-such-blas.so.7"), lib.reason());
        assertTrue(lib.reason().contains("apt-get install libopenblas0"), lib.reason());
        PeerUnavailableException e = assertThrows(PeerUnavailableException.class,
                () -> new Peer() {
                    public String name() {
                        return "openblas";
                    }

                    public boolean available() {
                        return false;
                    }

                    public String reason() {
                        return lib.reason();
                    }

                    public String version() {
                        return "";
                    }
                }.require());
        assertTrue(e.getMessage().startsWith(PeerUnavailableException.PREFIX + "openblas: "),
                e.getMessage());
    }

    @Test
    void everyPeerHasANameAndEitherAVersionOrAReason() {
        for (Peer p : Peers.all()) {
            assertFalse(p.name().isBlank());
            assertTrue(p.available() ? !p.version().isBlank() : !p.reason().isBlank(),
                    p.name());
        }
        assertTrue(Peers.find("openblas").isPresent());
        assertTrue(Peers.find("simd").isEmpty());
    }
}
