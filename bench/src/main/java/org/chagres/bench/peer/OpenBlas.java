package org.chagres.bench.peer;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_FLOAT;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.Optional;
import org.chagres.kernels.Transpose;

/**
 * OpenBLAS (Debian's {@code libopenblas}) through FFM: the CBLAS functions the benchmarks
 * compare with, and OpenBLAS's thread control. Matrices are row-major ({@code CblasRowMajor}),
 * as in Chagres.
 *
 * <p>Arguments are {@link MemorySegment}s: native ones, or heap ones from
 * {@code MemorySegment.ofArray(double[])}, which are passed without copying (the functions
 * are linked as critical). No argument is checked beyond what CBLAS itself checks: this is a
 * benchmark peer, not an API.
 *
 * <p>Loaded once, on first use, from {@code libopenblas.so.0} (or the {@code libblas.so.3} /
 * {@code libcblas.so.3} alternatives when they are OpenBLAS), or from the file named by
 * {@code -Dchagres.openblas.lib} (a newer build, say); when it cannot load,
 * {@link #peer()} says why and every call throws {@link PeerUnavailableException}.
 */
public final class OpenBlas {

    private static final int ROW_MAJOR = 101;
    private static final int NO_TRANS = 111;
    private static final int TRANS = 112;

    /** System property naming the library file to use instead of the usual candidates. */
    public static final String PROPERTY = "chagres.openblas.lib";

    private static final NativeLibrary LIB = NativeLibrary.open("OpenBLAS", "cblas_dgemm",
            NativeLibrary.candidates(PROPERTY, "libopenblas.so.0",
                    "/usr/lib/x86_64-linux-gnu/libopenblas.so.0",
                    "/usr/lib/x86_64-linux-gnu/openblas-pthread/libopenblas.so.0",
                    "libopenblas.so", "libcblas.so.3", "libblas.so.3", "libopenblas.dylib"));

    private static final MethodHandle DDOT = LIB.handle("cblas_ddot", FunctionDescriptor.of(
            JAVA_DOUBLE, JAVA_INT, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT));
    private static final MethodHandle SDOT = LIB.handle("cblas_sdot", FunctionDescriptor.of(
            JAVA_FLOAT, JAVA_INT, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT));
    private static final MethodHandle DAXPY = LIB.handle("cblas_daxpy", FunctionDescriptor.ofVoid(
            JAVA_INT, JAVA_DOUBLE, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT));
    private static final MethodHandle SAXPY = LIB.handle("cblas_saxpy", FunctionDescriptor.ofVoid(
            JAVA_INT, JAVA_FLOAT, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT));
    private static final MethodHandle DNRM2 = LIB.handle("cblas_dnrm2", FunctionDescriptor.of(
            JAVA_DOUBLE, JAVA_INT, ADDRESS, JAVA_INT));
    private static final MethodHandle DGEMV = LIB.handle("cblas_dgemv", FunctionDescriptor.ofVoid(
            JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_DOUBLE, ADDRESS, JAVA_INT, ADDRESS,
            JAVA_INT, JAVA_DOUBLE, ADDRESS, JAVA_INT));
    private static final MethodHandle SGEMV = LIB.handle("cblas_sgemv", FunctionDescriptor.ofVoid(
            JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_FLOAT, ADDRESS, JAVA_INT, ADDRESS,
            JAVA_INT, JAVA_FLOAT, ADDRESS, JAVA_INT));
    private static final MethodHandle DGEMM = LIB.handle("cblas_dgemm", FunctionDescriptor.ofVoid(
            JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_DOUBLE, ADDRESS,
            JAVA_INT, ADDRESS, JAVA_INT, JAVA_DOUBLE, ADDRESS, JAVA_INT));
    private static final MethodHandle SGEMM = LIB.handle("cblas_sgemm", FunctionDescriptor.ofVoid(
            JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_FLOAT, ADDRESS,
            JAVA_INT, ADDRESS, JAVA_INT, JAVA_FLOAT, ADDRESS, JAVA_INT));
    private static final Optional<MethodHandle> SET_THREADS = LIB.optionalHandle(
            "openblas_set_num_threads", FunctionDescriptor.ofVoid(JAVA_INT));
    private static final Optional<MethodHandle> GET_THREADS = LIB.optionalHandle(
            "openblas_get_num_threads", FunctionDescriptor.of(JAVA_INT));
    private static final Optional<MethodHandle> GET_CONFIG = LIB.optionalHandle(
            "openblas_get_config", FunctionDescriptor.of(ADDRESS));

    private static final Peer PEER = LIB.peer("openblas", OpenBlas::config);

    private OpenBlas() {
    }

    /** The peer entry: {@code openblas}, available or not with the reason. */
    public static Peer peer() {
        return PEER;
    }

    /** {@code openblas_get_config()}, e.g. {@code "OpenBLAS 0.3.21 DYNAMIC_ARCH ... Zen"}. */
    public static String config() {
        PEER.require();
        if (GET_CONFIG.isEmpty()) {
            return "a CBLAS without openblas_get_config (" + LIB.path() + ")";
        }
        try {
            MemorySegment s = (MemorySegment) GET_CONFIG.get().invokeExact();
            return s.reinterpret(4096).getString(0).strip();
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** Sets OpenBLAS's thread count ({@code openblas_set_num_threads}); false if it has none. */
    public static boolean setThreads(int threads) {
        PEER.require();
        if (SET_THREADS.isEmpty()) {
            return false;
        }
        try {
            SET_THREADS.get().invokeExact(threads);
            return true;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** OpenBLAS's thread count ({@code openblas_get_num_threads}), or -1 if unknown. */
    public static int threads() {
        PEER.require();
        if (GET_THREADS.isEmpty()) {
            return -1;
        }
        try {
            return (int) GET_THREADS.get().invokeExact();
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** {@code cblas_ddot(n, x, 1, y, 1)}. */
    public static double ddot(int n, MemorySegment x, MemorySegment y) {
        try {
            return (double) DDOT.invokeExact(n, x, 1, y, 1);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** {@code cblas_sdot(n, x, 1, y, 1)}. */
    public static float sdot(int n, MemorySegment x, MemorySegment y) {
        try {
            return (float) SDOT.invokeExact(n, x, 1, y, 1);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** {@code cblas_daxpy(n, alpha, x, 1, y, 1)}: y += alpha·x. */
    public static void daxpy(int n, double alpha, MemorySegment x, MemorySegment y) {
        try {
            DAXPY.invokeExact(n, alpha, x, 1, y, 1);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** {@code cblas_saxpy(n, alpha, x, 1, y, 1)}: y += alpha·x. */
    public static void saxpy(int n, float alpha, MemorySegment x, MemorySegment y) {
        try {
            SAXPY.invokeExact(n, alpha, x, 1, y, 1);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** {@code cblas_dnrm2(n, x, 1)}. */
    public static double dnrm2(int n, MemorySegment x) {
        try {
            return (double) DNRM2.invokeExact(n, x, 1);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** Row-major {@code cblas_dgemv}: y = alpha·op(A)·x + beta·y, A m×n. */
    public static void dgemv(Transpose t, int m, int n, double alpha, MemorySegment a, int lda,
            MemorySegment x, double beta, MemorySegment y) {
        try {
            DGEMV.invokeExact(ROW_MAJOR, trans(t), m, n, alpha, a, lda, x, 1, beta, y, 1);
        } catch (Throwable e) {
            throw rethrow(e);
        }
    }

    /** Row-major {@code cblas_sgemv}: y = alpha·op(A)·x + beta·y, A m×n. */
    public static void sgemv(Transpose t, int m, int n, float alpha, MemorySegment a, int lda,
            MemorySegment x, float beta, MemorySegment y) {
        try {
            SGEMV.invokeExact(ROW_MAJOR, trans(t), m, n, alpha, a, lda, x, 1, beta, y, 1);
        } catch (Throwable e) {
            throw rethrow(e);
        }
    }

    /** Row-major {@code cblas_dgemm}: C = alpha·op(A)·op(B) + beta·C, C m×n. */
    public static void dgemm(Transpose ta, Transpose tb, int m, int n, int k, double alpha,
            MemorySegment a, int lda, MemorySegment b, int ldb, double beta, MemorySegment c,
            int ldc) {
        try {
            DGEMM.invokeExact(ROW_MAJOR, trans(ta), trans(tb), m, n, k, alpha, a, lda, b, ldb,
                    beta, c, ldc);
        } catch (Throwable e) {
            throw rethrow(e);
        }
    }

    /** Row-major {@code cblas_sgemm}: C = alpha·op(A)·op(B) + beta·C, C m×n. */
    public static void sgemm(Transpose ta, Transpose tb, int m, int n, int k, float alpha,
            MemorySegment a, int lda, MemorySegment b, int ldb, float beta, MemorySegment c,
            int ldc) {
        try {
            SGEMM.invokeExact(ROW_MAJOR, trans(ta), trans(tb), m, n, k, alpha, a, lda, b, ldb,
                    beta, c, ldc);
        } catch (Throwable e) {
            throw rethrow(e);
        }
    }

    private static int trans(Transpose t) {
        return t == Transpose.NO ? NO_TRANS : TRANS;
    }

    private static RuntimeException rethrow(Throwable t) {
        return LIB.rethrow("openblas", t);
    }
}
