package org.chagres.cuda;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_FLOAT;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.chagres.cuda.DeviceMatrix.Precision;
import org.chagres.cuda.bind.CublasApi;
import org.chagres.kernels.Check;
import org.chagres.kernels.Transpose;

/**
 * A cuBLAS handle and the operations Chagres runs on device-resident {@link DeviceMatrix}
 * data. Matrices are row-major; cuBLAS is column-major, so a row-major product C = op(A)·op(B)
 * is computed as the column-major Cᵀ = op(B)ᵀ·op(A)ᵀ, which needs no copy: the same memory
 * read column-major is the transpose. Scalars are passed by host pointer. A handle is not
 * thread-safe; use one per thread.
 */
public final class Cublas implements AutoCloseable {

    private static final int OP_N = 0;
    private static final int OP_T = 1;
    private static final int CUDA_R_32F = 0;
    private static final int GEMM_DEFAULT = -1;

    /** cublasMath_t. */
    public enum MathMode {
        /** Tensor cores where they do not lower precision. */
        DEFAULT(0),
        /** No reduced-precision shortcuts at all. */
        PEDANTIC(2),
        /** Single-precision products may use TF32 tensor cores. */
        TF32_TENSOR_OP(3);

        final int code;

        MathMode(int code) {
            this.code = code;
        }
    }

    /** How a float gemm computes ({@code cublasComputeType_t} of cublasGemmEx). */
    public enum FloatCompute {
        /** IEEE single precision throughout (CUBLAS_COMPUTE_32F). */
        FP32(68),
        /** Inputs rounded to TF32 on tensor cores, FP32 accumulation (…_32F_FAST_TF32). */
        TF32(77),
        /** Inputs rounded to BF16 on tensor cores, FP32 accumulation (…_32F_FAST_16BF). */
        BF16(75);

        final int code;

        FloatCompute(int code) {
            this.code = code;
        }
    }

    private final MemorySegment handle;
    private boolean closed;

    private Cublas(MemorySegment handle) {
        this.handle = handle;
    }

    /** Creates a handle on the current device. */
    public static Cublas create() {
        Cuda.require("Cublas.create");
        CudaLibraries.Loaded lib = CudaLibraries.cublas();
        if (!lib.ok()) {
            throw new IllegalStateException("Cublas.create: " + lib.reason());
        }
        try (Arena tmp = Arena.ofConfined()) {
            MemorySegment out = tmp.allocate(ADDRESS);
            CudaStatus.checkCublas("cublasCreate_v2", CublasApi.cublasCreate_v2(out));
            return new Cublas(out.get(ADDRESS, 0));
        }
    }

    /** cuBLAS's version number, e.g. 130001. */
    public int version() {
        try (Arena tmp = Arena.ofConfined()) {
            MemorySegment v = tmp.allocate(JAVA_INT);
            CudaStatus.checkCublas("cublasGetVersion_v2",
                    CublasApi.cublasGetVersion_v2(handle(), v));
            return v.get(JAVA_INT, 0);
        }
    }

    /** Queues later calls on {@code stream} (null: the default stream). */
    public void setStream(CudaStream stream) {
        CudaStatus.checkCublas("cublasSetStream_v2", CublasApi.cublasSetStream_v2(handle(),
                stream == null ? MemorySegment.NULL : stream.handle()));
    }

    /** Sets the math mode of later calls. */
    public void setMathMode(MathMode mode) {
        CudaStatus.checkCublas("cublasSetMathMode",
                CublasApi.cublasSetMathMode(handle(), mode.code));
    }

    /**
     * {@code C = α·op(A)·op(B) + β·C}, all three of one precision; op(A) is m×k, op(B) k×n,
     * C m×n. β = 0 does not read C.
     *
     * @throws IllegalArgumentException on mismatched shapes or precisions, with the shapes
     */
    public void gemm(Transpose ta, Transpose tb, double alpha, DeviceMatrix a, DeviceMatrix b,
            double beta, DeviceMatrix c) {
        int[] mnk = gemmShape("Cublas.gemm", ta, tb, a, b, c);
        try (Arena tmp = Arena.ofConfined()) {
            if (c.precision() == Precision.DOUBLE) {
                CudaStatus.checkCublas("cublasDgemm_v2", CublasApi.cublasDgemm_v2(handle(),
                        op(tb), op(ta), mnk[1], mnk[0], mnk[2],
                        tmp.allocateFrom(JAVA_DOUBLE, alpha),
                        b.buffer().pointer(), b.cols(), a.buffer().pointer(), a.cols(),
                        tmp.allocateFrom(JAVA_DOUBLE, beta), c.buffer().pointer(), c.cols()));
            } else {
                CudaStatus.checkCublas("cublasSgemm_v2", CublasApi.cublasSgemm_v2(handle(),
                        op(tb), op(ta), mnk[1], mnk[0], mnk[2],
                        tmp.allocateFrom(JAVA_FLOAT, (float) alpha), b.buffer().pointer(),
                        b.cols(), a.buffer().pointer(), a.cols(),
                        tmp.allocateFrom(JAVA_FLOAT, (float) beta), c.buffer().pointer(),
                        c.cols()));
            }
        }
    }

    /**
     * Float {@code C = α·op(A)·op(B) + β·C} through cublasGemmEx with the chosen compute type:
     * {@link FloatCompute#TF32} or {@link FloatCompute#BF16} use tensor cores (inputs rounded
     * to 10 or 7 mantissa bits, FP32 accumulation); needs compute capability ≥ 8.0.
     */
    public void gemm(FloatCompute compute, Transpose ta, Transpose tb, float alpha,
            DeviceMatrix a, DeviceMatrix b, float beta, DeviceMatrix c) {
        int[] mnk = gemmShape("Cublas.gemm", ta, tb, a, b, c);
        c.expect("Cublas.gemm(" + compute + ")", Precision.FLOAT);
        try (Arena tmp = Arena.ofConfined()) {
            CudaStatus.checkCublas("cublasGemmEx", CublasApi.cublasGemmEx(handle(), op(tb),
                    op(ta), mnk[1], mnk[0], mnk[2], tmp.allocateFrom(JAVA_FLOAT, alpha),
                    b.buffer().pointer(), CUDA_R_32F, b.cols(), a.buffer().pointer(), CUDA_R_32F,
                    a.cols(), tmp.allocateFrom(JAVA_FLOAT, beta), c.buffer().pointer(),
                    CUDA_R_32F, c.cols(), compute.code, GEMM_DEFAULT));
        }
    }

    /**
     * {@code count} independent double products {@code Cᵢ = α·op(Aᵢ)·op(Bᵢ) + β·Cᵢ} where the
     * i-th matrices are rows × cols row-major blocks that follow each other in the buffers
     * (strided batched gemm); {@code a} holds count·(rows of A)·(cols of A) elements, etc.
     */
    public void gemmBatched(Transpose ta, Transpose tb, int m, int n, int k, double alpha,
            DeviceBuffer a, DeviceBuffer b, double beta, DeviceBuffer c, int count) {
        String op = "Cublas.gemmBatched";
        if (m < 0 || n < 0 || k < 0 || count < 0) {
            throw new IllegalArgumentException(op + ": m, n, k, count must be >= 0, got m " + m
                    + ", n " + n + ", k " + k + ", count " + count);
        }
        long sa = (long) m * k;
        long sb = (long) k * n;
        long sc = (long) m * n;
        fits(op, "A", a, sa * count);
        fits(op, "B", b, sb * count);
        fits(op, "C", c, sc * count);
        int lda = ta == Transpose.NO ? k : m;
        int ldb = tb == Transpose.NO ? n : k;
        try (Arena tmp = Arena.ofConfined()) {
            CudaStatus.checkCublas("cublasDgemmStridedBatched",
                    CublasApi.cublasDgemmStridedBatched(handle(), op(tb), op(ta), n, m, k,
                            tmp.allocateFrom(JAVA_DOUBLE, alpha), b.pointer(), Math.max(1, ldb),
                            sb, a.pointer(), Math.max(1, lda), sa,
                            tmp.allocateFrom(JAVA_DOUBLE, beta), c.pointer(), Math.max(1, n), sc,
                            count));
        }
    }

    /** {@code y = α·op(A)·x + β·y}; x and y are column vectors (n×1 matrices). */
    public void gemv(Transpose t, double alpha, DeviceMatrix a, DeviceMatrix x, double beta,
            DeviceMatrix y) {
        int rowsOp = t == Transpose.NO ? a.rows() : a.cols();
        int colsOp = t == Transpose.NO ? a.cols() : a.rows();
        vector("Cublas.gemv", "x", x, colsOp);
        vector("Cublas.gemv", "y", y, rowsOp);
        same("Cublas.gemv", a, x, y);
        // row-major A is column-major Aᵀ (cols × rows): op flips
        int cop = t == Transpose.NO ? OP_T : OP_N;
        try (Arena tmp = Arena.ofConfined()) {
            if (a.precision() == Precision.DOUBLE) {
                CudaStatus.checkCublas("cublasDgemv_v2", CublasApi.cublasDgemv_v2(handle(), cop,
                        a.cols(), a.rows(), tmp.allocateFrom(JAVA_DOUBLE, alpha),
                        a.buffer().pointer(), Math.max(1, a.cols()), x.buffer().pointer(), 1,
                        tmp.allocateFrom(JAVA_DOUBLE, beta), y.buffer().pointer(), 1));
            } else {
                CudaStatus.checkCublas("cublasSgemv_v2", CublasApi.cublasSgemv_v2(handle(), cop,
                        a.cols(), a.rows(), tmp.allocateFrom(JAVA_FLOAT, (float) alpha),
                        a.buffer().pointer(), Math.max(1, a.cols()), x.buffer().pointer(), 1,
                        tmp.allocateFrom(JAVA_FLOAT, (float) beta), y.buffer().pointer(), 1));
            }
        }
    }

    /** {@code y += α·x} over all elements (x, y of equal size and precision). */
    public void axpy(double alpha, DeviceMatrix x, DeviceMatrix y) {
        int n = sameSize("Cublas.axpy", x, y);
        try (Arena tmp = Arena.ofConfined()) {
            if (x.precision() == Precision.DOUBLE) {
                CudaStatus.checkCublas("cublasDaxpy_v2", CublasApi.cublasDaxpy_v2(handle(), n,
                        tmp.allocateFrom(JAVA_DOUBLE, alpha), x.buffer().pointer(), 1,
                        y.buffer().pointer(), 1));
            } else {
                CudaStatus.checkCublas("cublasSaxpy_v2", CublasApi.cublasSaxpy_v2(handle(), n,
                        tmp.allocateFrom(JAVA_FLOAT, (float) alpha), x.buffer().pointer(), 1,
                        y.buffer().pointer(), 1));
            }
        }
    }

    /** {@code Σ xᵢ·yᵢ} over all elements, computed in the operands' precision. */
    public double dot(DeviceMatrix x, DeviceMatrix y) {
        int n = sameSize("Cublas.dot", x, y);
        try (Arena tmp = Arena.ofConfined()) {
            if (x.precision() == Precision.DOUBLE) {
                MemorySegment r = tmp.allocate(JAVA_DOUBLE);
                CudaStatus.checkCublas("cublasDdot_v2", CublasApi.cublasDdot_v2(handle(), n,
                        x.buffer().pointer(), 1, y.buffer().pointer(), 1, r));
                return r.get(JAVA_DOUBLE, 0);
            }
            MemorySegment r = tmp.allocate(JAVA_FLOAT);
            CudaStatus.checkCublas("cublasSdot_v2", CublasApi.cublasSdot_v2(handle(), n,
                    x.buffer().pointer(), 1, y.buffer().pointer(), 1, r));
            return r.get(JAVA_FLOAT, 0);
        }
    }

    /** {@code sqrt(Σ xᵢ²)} over all elements, without overflow. */
    public double nrm2(DeviceMatrix x) {
        try (Arena tmp = Arena.ofConfined()) {
            if (x.precision() == Precision.DOUBLE) {
                MemorySegment r = tmp.allocate(JAVA_DOUBLE);
                CudaStatus.checkCublas("cublasDnrm2_v2", CublasApi.cublasDnrm2_v2(handle(),
                        x.size(), x.buffer().pointer(), 1, r));
                return r.get(JAVA_DOUBLE, 0);
            }
            MemorySegment r = tmp.allocate(JAVA_FLOAT);
            CudaStatus.checkCublas("cublasSnrm2_v2", CublasApi.cublasSnrm2_v2(handle(),
                    x.size(), x.buffer().pointer(), 1, r));
            return r.get(JAVA_FLOAT, 0);
        }
    }

    /** {@code x = α·x} over all elements. */
    public void scal(double alpha, DeviceMatrix x) {
        try (Arena tmp = Arena.ofConfined()) {
            if (x.precision() == Precision.DOUBLE) {
                CudaStatus.checkCublas("cublasDscal_v2", CublasApi.cublasDscal_v2(handle(),
                        x.size(), tmp.allocateFrom(JAVA_DOUBLE, alpha), x.buffer().pointer(), 1));
            } else {
                CudaStatus.checkCublas("cublasSscal_v2", CublasApi.cublasSscal_v2(handle(),
                        x.size(), tmp.allocateFrom(JAVA_FLOAT, (float) alpha),
                        x.buffer().pointer(), 1));
            }
        }
    }

    /** {@code C = α·op(A) + β·op(B)} (cuBLAS geam; also the out-of-place transpose). */
    public void geam(Transpose ta, double alpha, DeviceMatrix a, Transpose tb, double beta,
            DeviceMatrix b, DeviceMatrix c) {
        int ar = ta == Transpose.NO ? a.rows() : a.cols();
        int ac = ta == Transpose.NO ? a.cols() : a.rows();
        int br = tb == Transpose.NO ? b.rows() : b.cols();
        int bc = tb == Transpose.NO ? b.cols() : b.rows();
        if (ar != c.rows() || ac != c.cols() || br != c.rows() || bc != c.cols()) {
            throw new IllegalArgumentException("Cublas.geam: op(A), op(B) and C must have one"
                    + " shape, got op(A) " + ar + "x" + ac + ", op(B) " + br + "x" + bc + ", C "
                    + c.rows() + "x" + c.cols());
        }
        same("Cublas.geam", a, b, c);
        try (Arena tmp = Arena.ofConfined()) {
            if (c.precision() == Precision.DOUBLE) {
                CudaStatus.checkCublas("cublasDgeam", CublasApi.cublasDgeam(handle(), op(ta),
                        op(tb), c.cols(), c.rows(), tmp.allocateFrom(JAVA_DOUBLE, alpha),
                        a.buffer().pointer(), Math.max(1, a.cols()),
                        tmp.allocateFrom(JAVA_DOUBLE, beta), b.buffer().pointer(),
                        Math.max(1, b.cols()), c.buffer().pointer(), Math.max(1, c.cols())));
            } else {
                CudaStatus.checkCublas("cublasSgeam", CublasApi.cublasSgeam(handle(), op(ta),
                        op(tb), c.cols(), c.rows(), tmp.allocateFrom(JAVA_FLOAT, (float) alpha),
                        a.buffer().pointer(), Math.max(1, a.cols()),
                        tmp.allocateFrom(JAVA_FLOAT, (float) beta), b.buffer().pointer(),
                        Math.max(1, b.cols()), c.buffer().pointer(), Math.max(1, c.cols())));
            }
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            CudaStatus.checkCublas("cublasDestroy_v2", CublasApi.cublasDestroy_v2(handle));
        }
    }

    /** The cublasHandle_t, for the backend's direct calls. */
    MemorySegment rawHandle() {
        return handle();
    }

    private MemorySegment handle() {
        if (closed) {
            throw new IllegalStateException("Cublas: handle already destroyed");
        }
        return handle;
    }

    private static int op(Transpose t) {
        return t == Transpose.NO ? OP_N : OP_T;
    }

    /** Returns {m, n, k} after checking op(A) m×k, op(B) k×n, C m×n and one precision. */
    static int[] gemmShape(String op, Transpose ta, Transpose tb, DeviceMatrix a,
            DeviceMatrix b, DeviceMatrix c) {
        Check.notNull(op, "ta", ta);
        Check.notNull(op, "tb", tb);
        int m = ta == Transpose.NO ? a.rows() : a.cols();
        int k = ta == Transpose.NO ? a.cols() : a.rows();
        int kb = tb == Transpose.NO ? b.rows() : b.cols();
        int n = tb == Transpose.NO ? b.cols() : b.rows();
        if (k != kb || c.rows() != m || c.cols() != n) {
            throw new IllegalArgumentException(op + ": op(A) m×k, op(B) k×n and C m×n do not"
                    + " match, got op(A) " + m + "x" + k + ", op(B) " + kb + "x" + n + ", C "
                    + c.rows() + "x" + c.cols());
        }
        same(op, a, b, c);
        return new int[] {m, n, k};
    }

    private static void same(String op, DeviceMatrix a, DeviceMatrix b, DeviceMatrix c) {
        if (a.precision() != b.precision() || b.precision() != c.precision()) {
            throw new IllegalArgumentException(op + ": operands must share one precision, got "
                    + a.precision() + ", " + b.precision() + ", " + c.precision());
        }
    }

    private static void vector(String op, String name, DeviceMatrix v, int n) {
        if (v.size() != n) {
            throw new IllegalArgumentException(op + ": " + name + " must have " + n
                    + " elements, got " + v);
        }
    }

    private static int sameSize(String op, DeviceMatrix x, DeviceMatrix y) {
        if (x.size() != y.size() || x.precision() != y.precision()) {
            throw new IllegalArgumentException(op + ": x and y must have one size and precision,"
                    + " got " + x + ", " + y);
        }
        return x.size();
    }

    private static void fits(String op, String name, DeviceBuffer buf, long elements) {
        if (elements * Double.BYTES > buf.byteSize()) {
            throw new IllegalArgumentException(op + ": " + name + " needs " + elements
                    + " doubles, buffer holds " + buf.byteSize() / Double.BYTES);
        }
    }
}
