package org.chagres.cuda;

import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.chagres.kernels.Level1;
import org.chagres.kernels.contract.Level1Contract;

/**
 * The kernels' Level1 contract on the registered {@code cuda} backend, which hands this family
 * to the CPU backend (it moves as many bytes as it computes): the test shows the delegation is
 * complete and keeps every promise of the contract. Skipped, with the reason, without a GPU.
 */
@AddLifecycleHook(RequiresCuda.class)
class CudaLevel1Test extends Level1Contract {

    private final Level1 level1 = RequiresCuda.backend().level1();

    @Override
    protected Level1 level1() {
        return level1;
    }
}
