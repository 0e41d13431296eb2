package org.chagres.ml.io;

import java.io.Serial;

/** A model file that cannot be loaded: not a model file, another version, corrupt, truncated. */
public class ModelFormatException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** @param message what is wrong, starting with the operation */
    public ModelFormatException(String message) {
        super(message);
    }

    /** @param message what is wrong; {@code cause} the underlying failure */
    public ModelFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
