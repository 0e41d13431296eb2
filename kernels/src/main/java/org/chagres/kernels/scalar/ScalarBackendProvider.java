package org.chagres.kernels.scalar;

import org.chagres.kernels.Backend;
import org.chagres.kernels.BackendProvider;

/** Registers the scalar backend; it is always available. */
public final class ScalarBackendProvider implements BackendProvider {

    @Override
    public String name() {
        return "scalar";
    }

    @Override
    public int preference() {
        return 0;
    }

    @Override
    public Backend open() {
        return ScalarBackend.INSTANCE;
    }
}
