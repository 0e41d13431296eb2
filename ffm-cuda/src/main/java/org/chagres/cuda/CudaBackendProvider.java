package org.chagres.cuda;

import org.chagres.kernels.Backend;
import org.chagres.kernels.BackendProvider;
import org.chagres.kernels.BackendUnavailableException;

/**
 * Registers the {@code cuda} backend. Available when libcudart and libcublas load and a device
 * answers; otherwise unavailable with the reason (e.g. "cudaGetDeviceCount:
 * cudaErrorNoDevice (100)"). Its preference is negative: it is used only when asked for.
 */
public final class CudaBackendProvider implements BackendProvider {

    @Override
    public String name() {
        return "cuda";
    }

    @Override
    public int preference() {
        return -1;
    }

    @Override
    public Backend open() {
        if (!Cuda.available()) {
            throw new BackendUnavailableException(Cuda.unavailableReason().orElse("unknown"));
        }
        CudaLibraries.Loaded cublas = CudaLibraries.cublas();
        if (!cublas.ok()) {
            throw new BackendUnavailableException(cublas.reason());
        }
        return new CudaBackend();
    }

    @Override
    public String details(Backend backend) {
        try {
            return Cuda.device(Cuda.currentDevice()) + ", CUDA runtime " + Cuda.runtimeVersion()
                    + ", driver " + Cuda.driverVersion() + ", cuBLAS from "
                    + CudaLibraries.cublas().origin();
        } catch (RuntimeException e) {
            return "device details unavailable: " + e.getMessage();
        }
    }
}
