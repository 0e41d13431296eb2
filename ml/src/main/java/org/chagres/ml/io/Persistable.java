package org.chagres.ml.io;

import java.io.DataOutput;
import java.io.IOException;

/**
 * A fitted model that {@link ModelIO} can save. {@link #formatName()} names the reader that
 * {@link ModelIO} uses to load it back; {@link #writeTo} writes the model's own fields.
 */
public interface Persistable {

    /** The name recorded in the file, e.g. {@code "KMeans"}; unique per model type. */
    String formatName();

    /** Writes the model's state (the payload of the file). */
    void writeTo(DataOutput out) throws IOException;
}
