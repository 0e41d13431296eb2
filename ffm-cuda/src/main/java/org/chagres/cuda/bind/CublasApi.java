package org.chagres.cuda.bind;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_FLOAT;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.chagres.cuda.CudaLibraries;

/**
 * Downcalls into libcublas for the functions of {@code cublas_api.h} that Chagres uses
 * (the {@code _v2} entry points that {@code cublas_v2.h} maps the plain names to), laid out as
 * jextract lays out a header: one {@code static final MethodHandle} per C function in a holder
 * class linked on first use, the C prototype in the Javadoc. cuBLAS is column-major; callers
 * with row-major data swap operands (Cᵀ = Bᵀ·Aᵀ).
 *
 * <p>Return values are raw {@code cublasStatus_t} codes; {@code org.chagres.cuda.Cublas} checks
 * them.
 */
@SuppressWarnings({"checkstyle:MethodName", "checkstyle:TypeName"})
public final class CublasApi {

    private CublasApi() {
    }

    /** Every bound function's name and descriptor, in header order. */
    public static final Map<String, FunctionDescriptor> DESCRIPTORS = descriptors();

    private static Map<String, FunctionDescriptor> descriptors() {
        Map<String, FunctionDescriptor> m = new LinkedHashMap<>();
        m.put("cublasCreate_v2", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        m.put("cublasDestroy_v2", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        m.put("cublasGetVersion_v2", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
        m.put("cublasSetStream_v2", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
        m.put("cublasSetMathMode", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
        m.put("cublasSetPointerMode_v2", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
        m.put("cublasDgemm_v2", FunctionDescriptor.of(
                JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS,
                ADDRESS, JAVA_INT, ADDRESS, JAVA_INT, ADDRESS, ADDRESS, JAVA_INT));
        m.put("cublasSgemm_v2", FunctionDescriptor.of(
                JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS,
                ADDRESS, JAVA_INT, ADDRESS, JAVA_INT, ADDRESS, ADDRESS, JAVA_INT));
        m.put("cublasGemmEx", FunctionDescriptor.of(
                JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS,
                ADDRESS, JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT, ADDRESS, ADDRESS,
                JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT));
        m.put("cublasDgemmStridedBatched", FunctionDescriptor.of(
                JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS,
                ADDRESS, JAVA_INT, JAVA_LONG, ADDRESS, JAVA_INT, JAVA_LONG, ADDRESS, ADDRESS,
                JAVA_INT, JAVA_LONG, JAVA_INT));
        m.put("cublasSgemmStridedBatched", FunctionDescriptor.of(
                JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS,
                ADDRESS, JAVA_INT, JAVA_LONG, ADDRESS, JAVA_INT, JAVA_LONG, ADDRESS, ADDRESS,
                JAVA_INT, JAVA_LONG, JAVA_INT));
        m.put("cublasDgemv_v2", FunctionDescriptor.of(
                JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS, ADDRESS, JAVA_INT,
                ADDRESS, JAVA_INT, ADDRESS, ADDRESS, JAVA_INT));
        m.put("cublasSgemv_v2", FunctionDescriptor.of(
                JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS, ADDRESS, JAVA_INT,
                ADDRESS, JAVA_INT, ADDRESS, ADDRESS, JAVA_INT));
        m.put("cublasDdot_v2", FunctionDescriptor.of(
                JAVA_INT, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT, ADDRESS));
        m.put("cublasSdot_v2", FunctionDescriptor.of(
                JAVA_INT, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT, ADDRESS));
        m.put("cublasDaxpy_v2", FunctionDescriptor.of(
                JAVA_INT, ADDRESS, JAVA_INT, ADDRESS, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT));
        m.put("cublasSaxpy_v2", FunctionDescriptor.of(
                JAVA_INT, ADDRESS, JAVA_INT, ADDRESS, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT));
        m.put("cublasDnrm2_v2", FunctionDescriptor.of(
                JAVA_INT, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT, ADDRESS));
        m.put("cublasSnrm2_v2", FunctionDescriptor.of(
                JAVA_INT, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT, ADDRESS));
        m.put("cublasDscal_v2", FunctionDescriptor.of(
                JAVA_INT, ADDRESS, JAVA_INT, ADDRESS, ADDRESS, JAVA_INT));
        m.put("cublasSscal_v2", FunctionDescriptor.of(
                JAVA_INT, ADDRESS, JAVA_INT, ADDRESS, ADDRESS, JAVA_INT));
        m.put("cublasDgeam", FunctionDescriptor.of(
                JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS, ADDRESS,
                JAVA_INT, ADDRESS, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT));
        m.put("cublasSgeam", FunctionDescriptor.of(
                JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS, ADDRESS,
                JAVA_INT, ADDRESS, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT));
        return Collections.unmodifiableMap(m);
    }

    private static MethodHandle downcall(String name) {
        MemorySegment address = CudaLibraries.cublas().lookup()
                .orElseThrow(() -> new IllegalStateException(CudaLibraries.cublas().reason()))
                .find(name)
                .orElseThrow(() -> new UnsatisfiedLinkError(name + " not exported by "
                        + CudaLibraries.cublas().origin()));
        return Linker.nativeLinker().downcallHandle(address, DESCRIPTORS.get(name));
    }

    /** Holder of the handle of {@code cublasCreate_v2}. */
    private static final class cublasCreate_v2 {
        static final MethodHandle HANDLE = downcall("cublasCreate_v2");
    }

    /** {@code cublasStatus_t cublasCreate_v2(cublasHandle_t *handle);} */
    public static int cublasCreate_v2(MemorySegment handle) {
        try {
            return (int) cublasCreate_v2.HANDLE.invokeExact(handle);
        } catch (Throwable t) {
            throw Bindings.rethrow("cublasCreate_v2", t);
        }
    }

    /** Holder of the handle of {@code cublasDestroy_v2}. */
    private static final class cublasDestroy_v2 {
        static final MethodHandle HANDLE = downcall("cublasDestroy_v2");
    }

    /** {@code cublasStatus_t cublasDestroy_v2(cublasHandle_t handle);} */
    public static int cublasDestroy_v2(MemorySegment handle) {
        try {
            return (int) cublasDestroy_v2.HANDLE.invokeExact(handle);
        } catch (Throwable t) {
            throw Bindings.rethrow("cublasDestroy_v2", t);
        }
    }

    /** Holder of the handle of {@code cublasGetVersion_v2}. */
    private static final class cublasGetVersion_v2 {
        static final MethodHandle HANDLE = downcall("cublasGetVersion_v2");
    }

    /** {@code cublasStatus_t cublasGetVersion_v2(cublasHandle_t handle, int *version);} */
    public static int cublasGetVersion_v2(MemorySegment handle, MemorySegment version) {
        try {
            return (int) cublasGetVersion_v2.HANDLE.invokeExact(handle, version);
        } catch (Throwable t) {
            throw Bindings.rethrow("cublasGetVersion_v2", t);
        }
    }

    /** Holder of the handle of {@code cublasSetStream_v2}. */
    private static final class cublasSetStream_v2 {
        static final MethodHandle HANDLE = downcall("cublasSetStream_v2");
    }

    /** {@code cublasStatus_t cublasSetStream_v2(cublasHandle_t handle, cudaStream_t streamId);} */
    public static int cublasSetStream_v2(MemorySegment handle, MemorySegment streamId) {
        try {
            return (int) cublasSetStream_v2.HANDLE.invokeExact(handle, streamId);
        } catch (Throwable t) {
            throw Bindings.rethrow("cublasSetStream_v2", t);
        }
    }

    /** Holder of the handle of {@code cublasSetMathMode}. */
    private static final class cublasSetMathMode {
        static final MethodHandle HANDLE = downcall("cublasSetMathMode");
    }

    /** {@code cublasStatus_t cublasSetMathMode(cublasHandle_t handle, cublasMath_t mode);} */
    public static int cublasSetMathMode(MemorySegment handle, int mode) {
        try {
            return (int) cublasSetMathMode.HANDLE.invokeExact(handle, mode);
        } catch (Throwable t) {
            throw Bindings.rethrow("cublasSetMathMode", t);
        }
    }

    /** Holder of the handle of {@code cublasSetPointerMode_v2}. */
    private static final class cublasSetPointerMode_v2 {
        static final MethodHandle HANDLE = downcall("cublasSetPointerMode_v2");
    }

    /**
     * <pre>{@code
     * cublasStatus_t cublasSetPointerMode_v2(cublasHandle_t handle, cublasPointerMode_t mode);
     * }</pre>
     */
    public static int cublasSetPointerMode_v2(MemorySegment handle, int mode) {
        try {
            return (int) cublasSetPointerMode_v2.HANDLE.invokeExact(handle, mode);
        } catch (Throwable t) {
            throw Bindings.rethrow("cublasSetPointerMode_v2", t);
        }
    }

    /** Holder of the handle of {@code cublasDgemm_v2}. */
    private static final class cublasDgemm_v2 {
        static final MethodHandle HANDLE = downcall("cublasDgemm_v2");
    }

    /**
     * <pre>{@code
     * cublasStatus_t cublasDgemm_v2(cublasHandle_t handle, cublasOperation_t transa,
     *         cublasOperation_t transb, int m, int n, int k, const double *alpha, const double
     *         *A, int lda, const double *B, int ldb, const double *beta, double *C, int ldc);
     * }</pre>
     */
    public static int cublasDgemm_v2(
            MemorySegment handle, int transa, int transb, int m, int n, int k, MemorySegment alpha,
            MemorySegment A, int lda, MemorySegment B, int ldb, MemorySegment beta, MemorySegment C,
            int ldc) {
        try {
            return (int) cublasDgemm_v2.HANDLE.invokeExact(
                    handle, transa, transb, m, n, k, alpha, A, lda, B, ldb, beta, C, ldc);
        } catch (Throwable t) {
            throw Bindings.rethrow("cublasDgemm_v2", t);
        }
    }

    /** Holder of the handle of {@code cublasSgemm_v2}. */
    private static final class cublasSgemm_v2 {
        static final MethodHandle HANDLE = downcall("cublasSgemm_v2");
    }

    /**
     * <pre>{@code
     * cublasStatus_t cublasSgemm_v2(cublasHandle_t handle, cublasOperation_t transa,
     *         cublasOperation_t transb, int m, int n, int k, const float *alpha, const float
     *         *A, int lda, const float *B, int ldb, const float *beta, float *C, int ldc);
     * }</pre>
     */
    public static int cublasSgemm_v2(
            MemorySegment handle, int transa, int transb, int m, int n, int k, MemorySegment alpha,
            MemorySegment A, int lda, MemorySegment B, int ldb, MemorySegment beta, MemorySegment C,
            int ldc) {
        try {
            return (int) cublasSgemm_v2.HANDLE.invokeExact(
                    handle, transa, transb, m, n, k, alpha, A, lda, B, ldb, beta, C, ldc);
        } catch (Throwable t) {
            throw Bindings.rethrow("cublasSgemm_v2", t);
        }
    }

    /** Holder of the handle of {@code cublasGemmEx}. */
    private static final class cublasGemmEx {
        static final MethodHandle HANDLE = downcall("cublasGemmEx");
    }

    /**
     * <pre>{@code
     * cublasStatus_t cublasGemmEx(cublasHandle_t handle, cublasOperation_t transa,
     *         cublasOperation_t transb, int m, int n, int k, const void *alpha, const void *A,
     *         cudaDataType Atype, int lda, const void *B, cudaDataType Btype, int ldb, const
     *         void *beta, void *C, cudaDataType Ctype, int ldc, cublasComputeType_t
     *         computeType, cublasGemmAlgo_t algo);
     * }</pre>
     */
    public static int cublasGemmEx(
            MemorySegment handle, int transa, int transb, int m, int n, int k, MemorySegment alpha,
            MemorySegment A, int Atype, int lda, MemorySegment B, int Btype, int ldb,
            MemorySegment beta, MemorySegment C, int Ctype, int ldc, int computeType, int algo) {
        try {
            return (int) cublasGemmEx.HANDLE.invokeExact(
                    handle, transa, transb, m, n, k, alpha, A, Atype, lda, B, Btype, ldb, beta, C,
                    Ctype, ldc, computeType, algo);
        } catch (Throwable t) {
            throw Bindings.rethrow("cublasGemmEx", t);
        }
    }

    /** Holder of the handle of {@code cublasDgemmStridedBatched}. */
    private static final class cublasDgemmStridedBatched {
        static final MethodHandle HANDLE = downcall("cublasDgemmStridedBatched");
    }

    /**
     * <pre>{@code
     * cublasStatus_t cublasDgemmStridedBatched(cublasHandle_t handle, cublasOperation_t
     *         transa, cublasOperation_t transb, int m, int n, int k, const double *alpha,
     *         const double *A, int lda, long long int strideA, const double *B, int ldb, long
     *         long int strideB, const double *beta, double *C, int ldc, long long int strideC,
     *         int batchCount);
     * }</pre>
     */
    public static int cublasDgemmStridedBatched(
            MemorySegment handle, int transa, int transb, int m, int n, int k, MemorySegment alpha,
            MemorySegment A, int lda, long strideA, MemorySegment B, int ldb, long strideB,
            MemorySegment beta, MemorySegment C, int ldc, long strideC, int batchCount) {
        try {
            return (int) cublasDgemmStridedBatched.HANDLE.invokeExact(
                    handle, transa, transb, m, n, k, alpha, A, lda, strideA, B, ldb, strideB, beta,
                    C, ldc, strideC, batchCount);
        } catch (Throwable t) {
            throw Bindings.rethrow("cublasDgemmStridedBatched", t);
        }
    }

    /** Holder of the handle of {@code cublasSgemmStridedBatched}. */
    private static final class cublasSgemmStridedBatched {
        static final MethodHandle HANDLE = downcall("cublasSgemmStridedBatched");
    }

    /**
     * <pre>{@code
     * cublasStatus_t cublasSgemmStridedBatched(cublasHandle_t handle, cublasOperation_t
     *         transa, cublasOperation_t transb, int m, int n, int k, const float *alpha, const
     *         float *A, int lda, long long int strideA, const float *B, int ldb, long long int
     *         strideB, const float *beta, float *C, int ldc, long long int strideC, int
     *         batchCount);
     * }</pre>
     */
    public static int cublasSgemmStridedBatched(
            MemorySegment handle, int transa, int transb, int m, int n, int k, MemorySegment alpha,
            MemorySegment A, int lda, long strideA, MemorySegment B, int ldb, long strideB,
            MemorySegment beta, MemorySegment C, int ldc, long strideC, int batchCount) {
        try {
            return (int) cublasSgemmStridedBatched.HANDLE.invokeExact(
                    handle, transa, transb, m, n, k, alpha, A, lda, strideA, B, ldb, strideB, beta,
                    C, ldc, strideC, batchCount);
        } catch (Throwable t) {
            throw Bindings.rethrow("cublasSgemmStridedBatched", t);
        }
    }

    /** Holder of the handle of {@code cublasDgemv_v2}. */
    private static final class cublasDgemv_v2 {
        static final MethodHandle HANDLE = downcall("cublasDgemv_v2");
    }

    /**
     * <pre>{@code
     * cublasStatus_t cublasDgemv_v2(cublasHandle_t handle, cublasOperation_t trans, int m, int
     *         n, const double *alpha, const double *A, int lda, const double *x, int incx,
     *         const double *beta, double *y, int incy);
     * }</pre>
     */
    public static int cublasDgemv_v2(
            MemorySegment handle, int trans, int m, int n, MemorySegment alpha, MemorySegment A,
            int lda, MemorySegment x, int incx, MemorySegment beta, MemorySegment y, int incy) {
        try {
            return (int) cublasDgemv_v2.HANDLE.invokeExact(
                    handle, trans, m, n, alpha, A, lda, x, incx, beta, y, incy);
        } catch (Throwable t) {
            throw Bindings.rethrow("cublasDgemv_v2", t);
        }
    }

    /** Holder of the handle of {@code cublasSgemv_v2}. */
    private static final class cublasSgemv_v2 {
        static final MethodHandle HANDLE = downcall("cublasSgemv_v2");
    }

    /**
     * <pre>{@code
     * cublasStatus_t cublasSgemv_v2(cublasHandle_t handle, cublasOperation_t trans, int m, int
     *         n, const float *alpha, const float *A, int lda, const float *x, int incx, const
     *         float *beta, float *y, int incy);
     * }</pre>
     */
    public static int cublasSgemv_v2(
            MemorySegment handle, int trans, int m, int n, MemorySegment alpha, MemorySegment A,
            int lda, MemorySegment x, int incx, MemorySegment beta, MemorySegment y, int incy) {
        try {
            return (int) cublasSgemv_v2.HANDLE.invokeExact(
                    handle, trans, m, n, alpha, A, lda, x, incx, beta, y, incy);
        } catch (Throwable t) {
            throw Bindings.rethrow("cublasSgemv_v2", t);
        }
    }

    /** Holder of the handle of {@code cublasDdot_v2}. */
    private static final class cublasDdot_v2 {
        static final MethodHandle HANDLE = downcall("cublasDdot_v2");
    }

    /**
     * <pre>{@code
     * cublasStatus_t cublasDdot_v2(cublasHandle_t handle, int n, const double *x, int incx,
     *         const double *y, int incy, double *result);
     * }</pre>
     */
    public static int cublasDdot_v2(
            MemorySegment handle, int n, MemorySegment x, int incx, MemorySegment y, int incy,
            MemorySegment result) {
        try {
            return (int) cublasDdot_v2.HANDLE.invokeExact(handle, n, x, incx, y, incy, result);
        } catch (Throwable t) {
            throw Bindings.rethrow("cublasDdot_v2", t);
        }
    }

    /** Holder of the handle of {@code cublasSdot_v2}. */
    private static final class cublasSdot_v2 {
        static final MethodHandle HANDLE = downcall("cublasSdot_v2");
    }

    /**
     * <pre>{@code
     * cublasStatus_t cublasSdot_v2(cublasHandle_t handle, int n, const float *x, int incx,
     *         const float *y, int incy, float *result);
     * }</pre>
     */
    public static int cublasSdot_v2(
            MemorySegment handle, int n, MemorySegment x, int incx, MemorySegment y, int incy,
            MemorySegment result) {
        try {
            return (int) cublasSdot_v2.HANDLE.invokeExact(handle, n, x, incx, y, incy, result);
        } catch (Throwable t) {
            throw Bindings.rethrow("cublasSdot_v2", t);
        }
    }

    /** Holder of the handle of {@code cublasDaxpy_v2}. */
    private static final class cublasDaxpy_v2 {
        static final MethodHandle HANDLE = downcall("cublasDaxpy_v2");
    }

    /**
     * <pre>{@code
     * cublasStatus_t cublasDaxpy_v2(cublasHandle_t handle, int n, const double *alpha, const
     *         double *x, int incx, double *y, int incy);
     * }</pre>
     */
    public static int cublasDaxpy_v2(
            MemorySegment handle, int n, MemorySegment alpha, MemorySegment x, int incx,
            MemorySegment y, int incy) {
        try {
            return (int) cublasDaxpy_v2.HANDLE.invokeExact(handle, n, alpha, x, incx, y, incy);
        } catch (Throwable t) {
            throw Bindings.rethrow("cublasDaxpy_v2", t);
        }
    }

    /** Holder of the handle of {@code cublasSaxpy_v2}. */
    private static final class cublasSaxpy_v2 {
        static final MethodHandle HANDLE = downcall("cublasSaxpy_v2");
    }

    /**
     * <pre>{@code
     * cublasStatus_t cublasSaxpy_v2(cublasHandle_t handle, int n, const float *alpha, const
     *         float *x, int incx, float *y, int incy);
     * }</pre>
     */
    public static int cublasSaxpy_v2(
            MemorySegment handle, int n, MemorySegment alpha, MemorySegment x, int incx,
            MemorySegment y, int incy) {
        try {
            return (int) cublasSaxpy_v2.HANDLE.invokeExact(handle, n, alpha, x, incx, y, incy);
        } catch (Throwable t) {
            throw Bindings.rethrow("cublasSaxpy_v2", t);
        }
    }

    /** Holder of the handle of {@code cublasDnrm2_v2}. */
    private static final class cublasDnrm2_v2 {
        static final MethodHandle HANDLE = downcall("cublasDnrm2_v2");
    }

    /**
     * <pre>{@code
     * cublasStatus_t cublasDnrm2_v2(cublasHandle_t handle, int n, const double *x, int incx,
     *         double *result);
     * }</pre>
     */
    public static int cublasDnrm2_v2(
            MemorySegment handle, int n, MemorySegment x, int incx, MemorySegment result) {
        try {
            return (int) cublasDnrm2_v2.HANDLE.invokeExact(handle, n, x, incx, result);
        } catch (Throwable t) {
            throw Bindings.rethrow("cublasDnrm2_v2", t);
        }
    }

    /** Holder of the handle of {@code cublasSnrm2_v2}. */
    private static final class cublasSnrm2_v2 {
        static final MethodHandle HANDLE = downcall("cublasSnrm2_v2");
    }

    /**
     * <pre>{@code
     * cublasStatus_t cublasSnrm2_v2(cublasHandle_t handle, int n, const float *x, int incx,
     *         float *result);
     * }</pre>
     */
    public static int cublasSnrm2_v2(
            MemorySegment handle, int n, MemorySegment x, int incx, MemorySegment result) {
        try {
            return (int) cublasSnrm2_v2.HANDLE.invokeExact(handle, n, x, incx, result);
        } catch (Throwable t) {
            throw Bindings.rethrow("cublasSnrm2_v2", t);
        }
    }

    /** Holder of the handle of {@code cublasDscal_v2}. */
    private static final class cublasDscal_v2 {
        static final MethodHandle HANDLE = downcall("cublasDscal_v2");
    }

    /**
     * <pre>{@code
     * cublasStatus_t cublasDscal_v2(cublasHandle_t handle, int n, const double *alpha, double
     *         *x, int incx);
     * }</pre>
     */
    public static int cublasDscal_v2(
            MemorySegment handle, int n, MemorySegment alpha, MemorySegment x, int incx) {
        try {
            return (int) cublasDscal_v2.HANDLE.invokeExact(handle, n, alpha, x, incx);
        } catch (Throwable t) {
            throw Bindings.rethrow("cublasDscal_v2", t);
        }
    }

    /** Holder of the handle of {@code cublasSscal_v2}. */
    private static final class cublasSscal_v2 {
        static final MethodHandle HANDLE = downcall("cublasSscal_v2");
    }

    /**
     * <pre>{@code
     * cublasStatus_t cublasSscal_v2(cublasHandle_t handle, int n, const float *alpha, float
     *         *x, int incx);
     * }</pre>
     */
    public static int cublasSscal_v2(
            MemorySegment handle, int n, MemorySegment alpha, MemorySegment x, int incx) {
        try {
            return (int) cublasSscal_v2.HANDLE.invokeExact(handle, n, alpha, x, incx);
        } catch (Throwable t) {
            throw Bindings.rethrow("cublasSscal_v2", t);
        }
    }

    /** Holder of the handle of {@code cublasDgeam}. */
    private static final class cublasDgeam {
        static final MethodHandle HANDLE = downcall("cublasDgeam");
    }

    /**
     * <pre>{@code
     * cublasStatus_t cublasDgeam(cublasHandle_t handle, cublasOperation_t transa,
     *         cublasOperation_t transb, int m, int n, const double *alpha, const double *A,
     *         int lda, const double *beta, const double *B, int ldb, double *C, int ldc);
     * }</pre>
     */
    public static int cublasDgeam(
            MemorySegment handle, int transa, int transb, int m, int n, MemorySegment alpha,
            MemorySegment A, int lda, MemorySegment beta, MemorySegment B, int ldb, MemorySegment C,
            int ldc) {
        try {
            return (int) cublasDgeam.HANDLE.invokeExact(
                    handle, transa, transb, m, n, alpha, A, lda, beta, B, ldb, C, ldc);
        } catch (Throwable t) {
            throw Bindings.rethrow("cublasDgeam", t);
        }
    }

    /** Holder of the handle of {@code cublasSgeam}. */
    private static final class cublasSgeam {
        static final MethodHandle HANDLE = downcall("cublasSgeam");
    }

    /**
     * <pre>{@code
     * cublasStatus_t cublasSgeam(cublasHandle_t handle, cublasOperation_t transa,
     *         cublasOperation_t transb, int m, int n, const float *alpha, const float *A, int
     *         lda, const float *beta, const float *B, int ldb, float *C, int ldc);
     * }</pre>
     */
    public static int cublasSgeam(
            MemorySegment handle, int transa, int transb, int m, int n, MemorySegment alpha,
            MemorySegment A, int lda, MemorySegment beta, MemorySegment B, int ldb, MemorySegment C,
            int ldc) {
        try {
            return (int) cublasSgeam.HANDLE.invokeExact(
                    handle, transa, transb, m, n, alpha, A, lda, beta, B, ldb, C, ldc);
        } catch (Throwable t) {
            throw Bindings.rethrow("cublasSgeam", t);
        }
    }

}
