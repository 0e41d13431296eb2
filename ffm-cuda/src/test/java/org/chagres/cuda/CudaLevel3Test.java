package org.chagres.cuda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import net.jqwik.api.Example;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.chagres.kernels.Level3;
import org.chagres.kernels.Transpose;
import org.chagres.kernels.contract.Level3Contract;

/**
 * The kernels' Level 3 contract on the registered {@code cuda} backend, with the gemm threshold
 * at zero so that every gemm of the contract, however small, runs through cuBLAS (dgemm and
 * sgemm) rather than the CPU fallback; syrk, trsm and trmm are delegated to the CPU. cuBLAS sums
 * in its own order, which the contract's normalised residuals allow. Skipped, with the reason,
 * without a GPU.
 */
@AddLifecycleHook(RequiresCuda.class)
class CudaLevel3Test extends Level3Contract {

    private static String before;

    private final Level3 level3 = RequiresCuda.backend().level3();

    /** CudaThresholds reads the property at every call: set it for this class only. */
    @BeforeContainer
    static void everyGemmOnTheGpu() {
        before = System.getProperty(CudaThresholds.GEMM_MIN_FLOPS);
        System.setProperty(CudaThresholds.GEMM_MIN_FLOPS, "0");
    }

    @AfterContainer
    static void restoreThreshold() {
        if (before == null) {
            System.clearProperty(CudaThresholds.GEMM_MIN_FLOPS);
        } else {
            System.setProperty(CudaThresholds.GEMM_MIN_FLOPS, before);
        }
    }

    @Override
    protected Level3 level3() {
        return level3;
    }

    /** Guards the premise: were the threshold read once and cached, gemm would stay on the CPU. */
    @Example
    void gemmThresholdIsZeroWhileTheContractRuns() {
        assertEquals(0, CudaThresholds.gemmMinFlops());
    }

    /**
     * A gemm far below the default threshold (7.2·10⁵ flops) leaves this thread's device buffer
     * for C at least as large as C: it went through cuBLAS. No other gemm of the contract has
     * a C this large, and the CPU path never touches the workspace.
     */
    @Example
    void aSmallGemmRunsOnTheGpu() {
        int n = 600;
        double[] a = new double[n];
        double[] b = new double[n];
        double[] c = new double[n * n];
        Arrays.fill(a, 2.0);
        Arrays.fill(b, 0.25);
        level3.gemm(Transpose.NO, Transpose.NO, n, n, 1, 1.0, a, 0, 1, b, 0, n, 0.0, c, 0, n);
        assertEquals(0.5, c[n * n - 1]);
        long bytes = GpuWorkspace.get().buffer(2, Double.BYTES).byteSize();
        assertTrue(bytes >= (long) n * n * Double.BYTES, "C's device buffer holds " + bytes
                + " bytes: the gemm stayed on the CPU");
    }
}
