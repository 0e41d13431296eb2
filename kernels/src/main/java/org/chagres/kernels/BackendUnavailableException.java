package org.chagres.kernels;

import java.io.Serial;

/** Thrown by {@link BackendProvider#open()} when a backend cannot run on this machine. */
public class BackendUnavailableException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** @param reason why the backend is unavailable, e.g. "libcudart.so.13 not found in …" */
    public BackendUnavailableException(String reason) {
        super(reason);
    }

    /** @param reason why the backend is unavailable; {@code cause} the underlying failure */
    public BackendUnavailableException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
