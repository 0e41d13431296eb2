package org.chagres.cuda;

import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_FLOAT;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.chagres.cuda.bind.CublasApi;
import org.chagres.kernels.Diag;
import org.chagres.kernels.Level3;
import org.chagres.kernels.Side;
import org.chagres.kernels.Transpose;
import org.chagres.kernels.Uplo;

/**
 * Level 3 on host arrays through cuBLAS: gemm copies A, B (and C when β ≠ 0) to the device,
 * multiplies there and copies C back; below {@link CudaThresholds#gemmMinFlops()} and for
 * syrk, trsm and trmm it delegates to the CPU backend, where the transfers would cost more
 * than the arithmetic. Results differ from the scalar reference only in summation order.
 */
final class CudaLevel3 extends Level3 {

    private static final int OP_N = 0;
    private static final int OP_T = 1;

    private final CpuFallback cpu;

    CudaLevel3(CpuFallback cpu) {
        this.cpu = cpu;
    }

    @Override
    protected void gemmUnchecked(Transpose tA, Transpose tB, int m, int n, int k, double alpha,
            double[] a, int aOff, int lda, double[] b, int bOff, int ldb, double beta,
            double[] c, int cOff, int ldc) {
        if (2.0 * m * n * k < CudaThresholds.gemmMinFlops()) {
            cpu.get().level3().gemm(tA, tB, m, n, k, alpha, a, aOff, lda, b, bOff, ldb, beta, c,
                    cOff, ldc);
            return;
        }
        GpuWorkspace ws = GpuWorkspace.get();
        HostSpan sa = HostSpan.of(rows(tA, m, k), rows(tA, k, m), lda, aOff);
        HostSpan sb = HostSpan.of(rows(tB, k, n), rows(tB, n, k), ldb, bOff);
        HostSpan sc = HostSpan.of(m, n, ldc, cOff);
        DeviceBuffer da = ws.buffer(0, sa.length() * (long) Double.BYTES);
        DeviceBuffer db = ws.buffer(1, sb.length() * (long) Double.BYTES);
        DeviceBuffer dc = ws.buffer(2, sc.length() * (long) Double.BYTES);
        da.toDevice(a, aOff, sa.length(), 0);
        db.toDevice(b, bOff, sb.length(), 0);
        if (beta != 0.0) {
            dc.toDevice(c, cOff, sc.length(), 0);
        }
        try (Arena tmp = Arena.ofConfined()) {
            MemorySegment al = tmp.allocateFrom(JAVA_DOUBLE, alpha);
            MemorySegment be = tmp.allocateFrom(JAVA_DOUBLE, beta);
            // row-major C = op(A)·op(B) is column-major Cᵀ = op(B)ᵀ·op(A)ᵀ on the same memory
            CudaStatus.checkCublas("cublasDgemm_v2", CublasApi.cublasDgemm_v2(
                    ws.cublasHandle(), op(tB), op(tA), n, m, k, al, db.pointer(), ldb,
                    da.pointer(), lda, be, dc.pointer(), ldc));
        }
        sc.download(dc, c);
    }

    @Override
    protected void gemmUnchecked(Transpose tA, Transpose tB, int m, int n, int k, float alpha,
            float[] a, int aOff, int lda, float[] b, int bOff, int ldb, float beta, float[] c,
            int cOff, int ldc) {
        if (2.0 * m * n * k < CudaThresholds.gemmMinFlops()) {
            cpu.get().level3().gemm(tA, tB, m, n, k, alpha, a, aOff, lda, b, bOff, ldb, beta, c,
                    cOff, ldc);
            return;
        }
        GpuWorkspace ws = GpuWorkspace.get();
        HostSpan sa = HostSpan.of(rows(tA, m, k), rows(tA, k, m), lda, aOff);
        HostSpan sb = HostSpan.of(rows(tB, k, n), rows(tB, n, k), ldb, bOff);
        HostSpan sc = HostSpan.of(m, n, ldc, cOff);
        DeviceBuffer da = ws.buffer(0, sa.length() * (long) Float.BYTES);
        DeviceBuffer db = ws.buffer(1, sb.length() * (long) Float.BYTES);
        DeviceBuffer dc = ws.buffer(2, sc.length() * (long) Float.BYTES);
        da.toDevice(a, aOff, sa.length(), 0);
        db.toDevice(b, bOff, sb.length(), 0);
        if (beta != 0.0f) {
            dc.toDevice(c, cOff, sc.length(), 0);
        }
        try (Arena tmp = Arena.ofConfined()) {
            MemorySegment al = tmp.allocateFrom(JAVA_FLOAT, alpha);
            MemorySegment be = tmp.allocateFrom(JAVA_FLOAT, beta);
            CudaStatus.checkCublas("cublasSgemm_v2", CublasApi.cublasSgemm_v2(
                    ws.cublasHandle(), op(tB), op(tA), n, m, k, al, db.pointer(), ldb,
                    da.pointer(), lda, be, dc.pointer(), ldc));
        }
        sc.download(dc, c);
    }

    @Override
    protected void syrkUnchecked(Uplo uplo, Transpose t, int n, int k, double alpha,
            double[] a, int aOff, int lda, double beta, double[] c, int cOff, int ldc) {
        cpu.get().level3().syrk(uplo, t, n, k, alpha, a, aOff, lda, beta, c, cOff, ldc);
    }

    @Override
    protected void syrkUnchecked(Uplo uplo, Transpose t, int n, int k, float alpha, float[] a,
            int aOff, int lda, float beta, float[] c, int cOff, int ldc) {
        cpu.get().level3().syrk(uplo, t, n, k, alpha, a, aOff, lda, beta, c, cOff, ldc);
    }

    @Override
    protected void trsmUnchecked(Side side, Uplo uplo, Transpose t, Diag diag, int m, int n,
            double alpha, double[] a, int aOff, int lda, double[] b, int bOff, int ldb) {
        cpu.get().level3().trsm(side, uplo, t, diag, m, n, alpha, a, aOff, lda, b, bOff, ldb);
    }

    @Override
    protected void trsmUnchecked(Side side, Uplo uplo, Transpose t, Diag diag, int m, int n,
            float alpha, float[] a, int aOff, int lda, float[] b, int bOff, int ldb) {
        cpu.get().level3().trsm(side, uplo, t, diag, m, n, alpha, a, aOff, lda, b, bOff, ldb);
    }

    @Override
    protected void trmmUnchecked(Side side, Uplo uplo, Transpose t, Diag diag, int m, int n,
            double alpha, double[] a, int aOff, int lda, double[] b, int bOff, int ldb) {
        cpu.get().level3().trmm(side, uplo, t, diag, m, n, alpha, a, aOff, lda, b, bOff, ldb);
    }

    @Override
    protected void trmmUnchecked(Side side, Uplo uplo, Transpose t, Diag diag, int m, int n,
            float alpha, float[] a, int aOff, int lda, float[] b, int bOff, int ldb) {
        cpu.get().level3().trmm(side, uplo, t, diag, m, n, alpha, a, aOff, lda, b, bOff, ldb);
    }

    private static int rows(Transpose t, int r, int c) {
        return t == Transpose.NO ? r : c;
    }

    private static int op(Transpose t) {
        return t == Transpose.NO ? OP_N : OP_T;
    }
}
