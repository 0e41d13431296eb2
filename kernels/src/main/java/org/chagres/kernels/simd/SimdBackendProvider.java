package org.chagres.kernels.simd;

import org.chagres.kernels.Backend;
import org.chagres.kernels.BackendProvider;
import org.chagres.kernels.BackendUnavailableException;

/**
 * Registers the simd backend. It is available when the {@code jdk.incubator.vector} module is
 * in the boot layer ({@code --add-modules jdk.incubator.vector}) and vectors hold at least two
 * doubles; the vector classes are not touched before that check.
 */
public final class SimdBackendProvider implements BackendProvider {

    @Override
    public String name() {
        return "simd";
    }

    @Override
    public int preference() {
        return 10;
    }

    @Override
    public Backend open() {
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            throw new BackendUnavailableException("module jdk.incubator.vector is not loaded;"
                    + " run java with --add-modules jdk.incubator.vector");
        }
        if (SimdSpecies.DL < 2) {
            throw new BackendUnavailableException("vectors hold " + SimdSpecies.DL
                    + " double; the Vector API is not accelerated on this CPU");
        }
        return SimdBackend.INSTANCE;
    }

    @Override
    public String details(Backend backend) {
        return SimdSpecies.describe();
    }
}
