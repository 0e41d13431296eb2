package org.chagres.cuda;

/**
 * Sizes from which the host-array {@code cuda} backend computes on the GPU rather than handing
 * the call to the CPU backend. Each is a system property read at every call, so tests and
 * benchmarks can move it.
 *
 * <p>The defaults are estimates, not yet chosen by CudaGemmBench on a GPU: a host-to-host gemm
 * moves 8·(mk + kn + 2mn) bytes over PCIe (~25 GB/s pinned) while the 2-core development CPU
 * runs ~70 GFLOP/s, so the GPU starts to win near 2·256³ flops. Level 1 and 2 move as many
 * bytes as they compute flops and never win from host arrays; they are always delegated.
 */
public final class CudaThresholds {

    /** Property: minimum flop count (2·m·n·k) for a host-array gemm on the GPU. */
    public static final String GEMM_MIN_FLOPS = "chagres.cuda.gemm.minFlops";

    /** Default of {@link #GEMM_MIN_FLOPS}: 2·256³. */
    public static final long DEFAULT_GEMM_MIN_FLOPS = 2L * 256 * 256 * 256;

    private CudaThresholds() {
    }

    /** The current gemm threshold in flops. */
    public static long gemmMinFlops() {
        return Long.getLong(GEMM_MIN_FLOPS, DEFAULT_GEMM_MIN_FLOPS);
    }
}
