package org.chagres.cuda;

import org.chagres.kernels.Backend;
import org.chagres.kernels.Elementwise;
import org.chagres.kernels.Level1;
import org.chagres.kernels.Level2;
import org.chagres.kernels.Level3;

/**
 * The {@code cuda} backend on host arrays: Level 3 through cuBLAS above a size threshold
 * ({@link CudaThresholds}); Level 1, Level 2 and element-wise operations, which move as many
 * bytes as they compute, come from the CPU backend (BLIS's "override only the slots that pay",
 * done by composition). For chained GPU work without copies use {@link DeviceMatrix} and
 * {@link Cublas} directly. Never chosen by {@code Backends.preferred()} unless named by
 * {@code -Dchagres.backend=cuda}.
 */
public final class CudaBackend implements Backend {

    private final CpuFallback cpu = new CpuFallback();
    private final Level3 level3 = new CudaLevel3(cpu);

    CudaBackend() {
    }

    @Override
    public String name() {
        return "cuda";
    }

    @Override
    public Level1 level1() {
        return cpu.get().level1();
    }

    @Override
    public Level2 level2() {
        return cpu.get().level2();
    }

    @Override
    public Level3 level3() {
        return level3;
    }

    @Override
    public Elementwise elementwise() {
        return cpu.get().elementwise();
    }

    @Override
    public String toString() {
        return "cuda";
    }
}
