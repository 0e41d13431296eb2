package org.chagres.cuda;

import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.chagres.kernels.Elementwise;
import org.chagres.kernels.contract.ElementwiseContract;

/**
 * The kernels' Elementwise contract on the registered {@code cuda} backend, which hands this
 * family to the CPU backend (it moves as many bytes as it computes): the test shows the
 * delegation is complete and keeps every promise of the contract. Skipped, with the reason,
 * without a GPU.
 */
@AddLifecycleHook(RequiresCuda.class)
class CudaElementwiseTest extends ElementwiseContract {

    private final Elementwise elementwise = RequiresCuda.backend().elementwise();

    @Override
    protected Elementwise elementwise() {
        return elementwise;
    }
}
