package org.chagres.cuda;

import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.chagres.kernels.Level2;
import org.chagres.kernels.contract.Level2Contract;

/**
 * The kernels' Level2 contract on the registered {@code cuda} backend, which hands this family
 * to the CPU backend (it moves as many bytes as it computes): the test shows the delegation is
 * complete and keeps every promise of the contract. Skipped, with the reason, without a GPU.
 */
@AddLifecycleHook(RequiresCuda.class)
class CudaLevel2Test extends Level2Contract {

    private final Level2 level2 = RequiresCuda.backend().level2();

    @Override
    protected Level2 level2() {
        return level2;
    }
}
