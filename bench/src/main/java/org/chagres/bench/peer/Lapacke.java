package org.chagres.bench.peer;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.Optional;
import org.chagres.kernels.Uplo;

/**
 * LAPACKE (Debian's {@code liblapacke}, which calls the LAPACK of the {@code liblapack.so.3}
 * alternative, OpenBLAS's on a default install) through FFM: the factorizations the linalg
 * benchmarks compare with. Row-major ({@code LAPACK_ROW_MAJOR}) like Chagres.
 *
 * <p>Arrays are passed in place, without copying (the functions are linked as critical with
 * heap access). Each method returns LAPACKE's {@code info}: 0 on success, {@code -i} when
 * argument {@code i} is wrong, {@code > 0} for a data-dependent failure (singular, not positive
 * definite, no convergence). Nothing is checked beyond that: this is a benchmark peer.
 *
 * <p>{@code -Dchagres.lapacke.lib} names another library file. When the library cannot load,
 * {@link #peer()} says why and every call throws
 * {@link PeerUnavailableException}.
 */
public final class Lapacke {

    private static final int ROW_MAJOR = 101;

    /** System property naming the library file to use instead of the usual candidates. */
    public static final String PROPERTY = "chagres.lapacke.lib";

    private static final NativeLibrary LIB = NativeLibrary.open("LAPACKE", "LAPACKE_dgetrf",
            NativeLibrary.candidates(PROPERTY, "liblapacke.so.3",
                    "/usr/lib/x86_64-linux-gnu/liblapacke.so.3", "liblapacke.so",
                    "libopenblas.so.0", "liblapacke.dylib"));

    private static final MethodHandle DGETRF = LIB.handle("LAPACKE_dgetrf", FunctionDescriptor.of(
            JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT, ADDRESS));
    private static final MethodHandle DPOTRF = LIB.handle("LAPACKE_dpotrf", FunctionDescriptor.of(
            JAVA_INT, JAVA_INT, JAVA_BYTE, JAVA_INT, ADDRESS, JAVA_INT));
    private static final MethodHandle DGEQRF = LIB.handle("LAPACKE_dgeqrf", FunctionDescriptor.of(
            JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT, ADDRESS));
    private static final MethodHandle DGESDD = LIB.handle("LAPACKE_dgesdd", FunctionDescriptor.of(
            JAVA_INT, JAVA_INT, JAVA_BYTE, JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT, ADDRESS, ADDRESS,
            JAVA_INT, ADDRESS, JAVA_INT));
    private static final MethodHandle DSYEVD = LIB.handle("LAPACKE_dsyevd", FunctionDescriptor.of(
            JAVA_INT, JAVA_INT, JAVA_BYTE, JAVA_BYTE, JAVA_INT, ADDRESS, JAVA_INT, ADDRESS));
    /** LAPACK's own {@code ilaver_(int*, int*, int*)}, found through liblapacke's dependencies. */
    private static final Optional<MethodHandle> ILAVER = LIB.loaded()
            ? LIB.find("ilaver_").map(a -> java.lang.foreign.Linker.nativeLinker()
                    .downcallHandle(a, FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, ADDRESS)))
            : Optional.empty();

    private static final Peer PEER = LIB.peer("lapacke", Lapacke::lapackVersion);

    private Lapacke() {
    }

    /** The peer entry: {@code lapacke}, available or not with the reason. */
    public static Peer peer() {
        return PEER;
    }

    /** {@code "LAPACK 3.11.0"} from {@code ilaver}, or a note when it cannot be asked. */
    public static String lapackVersion() {
        PEER.require();
        if (ILAVER.isEmpty()) {
            return "LAPACK (version unknown: no ilaver_)";
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment v = arena.allocate(JAVA_INT, 3);
            ILAVER.get().invokeExact(v, v.asSlice(4), v.asSlice(8));
            return "LAPACK " + v.getAtIndex(JAVA_INT, 0) + "." + v.getAtIndex(JAVA_INT, 1) + "."
                    + v.getAtIndex(JAVA_INT, 2);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /**
     * {@code LAPACKE_dgetrf}: A (m×n, row-major, leading dimension lda) is overwritten with
     * its LU factors, P·A = L·U; ipiv (length min(m, n)) receives 1-based pivot rows.
     */
    public static int dgetrf(int m, int n, double[] a, int lda, int[] ipiv) {
        try {
            return (int) DGETRF.invokeExact(ROW_MAJOR, m, n, MemorySegment.ofArray(a), lda,
                    MemorySegment.ofArray(ipiv));
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /**
     * {@code LAPACKE_dpotrf}: the {@code uplo} triangle of the symmetric positive definite A
     * (n×n) is overwritten with its Cholesky factor (U with Uᵀ·U = A, or L with L·Lᵀ = A).
     */
    public static int dpotrf(Uplo uplo, int n, double[] a, int lda) {
        try {
            return (int) DPOTRF.invokeExact(ROW_MAJOR, uplo(uplo), n, MemorySegment.ofArray(a),
                    lda);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /**
     * {@code LAPACKE_dgeqrf}: A (m×n) is overwritten with R (upper triangle) and the
     * Householder vectors (below); tau (length min(m, n)) receives their scalar factors.
     */
    public static int dgeqrf(int m, int n, double[] a, int lda, double[] tau) {
        try {
            return (int) DGEQRF.invokeExact(ROW_MAJOR, m, n, MemorySegment.ofArray(a), lda,
                    MemorySegment.ofArray(tau));
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /**
     * {@code LAPACKE_dgesdd} (divide and conquer SVD): A = U·diag(s)·Vᵀ. {@code jobz} is
     * {@code 'N'} (values only; u and vt are not referenced and may be 1-element arrays, but
     * LAPACKE still checks their leading dimensions: pass ldu = m, ldvt = n), {@code 'S'}
     * (thin factors) or {@code 'A'} (full factors). A is destroyed.
     */
    public static int dgesdd(char jobz, int m, int n, double[] a, int lda, double[] s,
            double[] u, int ldu, double[] vt, int ldvt) {
        try {
            return (int) DGESDD.invokeExact(ROW_MAJOR, (byte) jobz, m, n,
                    MemorySegment.ofArray(a), lda, MemorySegment.ofArray(s),
                    MemorySegment.ofArray(u), ldu, MemorySegment.ofArray(vt), ldvt);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /**
     * {@code LAPACKE_dsyevd} (divide and conquer symmetric eigensolver): w (length n) receives
     * the eigenvalues in ascending order; with {@code jobz = 'V'} A is overwritten with the
     * orthonormal eigenvectors (in columns), with {@code 'N'} its {@code uplo} triangle is
     * destroyed.
     */
    public static int dsyevd(char jobz, Uplo uplo, int n, double[] a, int lda, double[] w) {
        try {
            return (int) DSYEVD.invokeExact(ROW_MAJOR, (byte) jobz, uplo(uplo), n,
                    MemorySegment.ofArray(a), lda, MemorySegment.ofArray(w));
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    private static byte uplo(Uplo u) {
        return (byte) (u == Uplo.UPPER ? 'U' : 'L');
    }

    private static RuntimeException rethrow(Throwable t) {
        return LIB.rethrow("lapacke", t);
    }
}
