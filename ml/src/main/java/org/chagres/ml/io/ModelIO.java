package org.chagres.ml.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;
import org.chagres.ml.bayes.BernoulliNaiveBayes;
import org.chagres.ml.bayes.GaussianNaiveBayes;
import org.chagres.ml.bayes.MultinomialNaiveBayes;
import org.chagres.ml.cluster.KMeans;
import org.chagres.ml.decomposition.Pca;
import org.chagres.ml.linear.LinearModel;
import org.chagres.ml.linear.LinearSvm;
import org.chagres.ml.linear.LogisticRegression;
import org.chagres.ml.neighbors.KNeighborsClassifier;
import org.chagres.ml.neighbors.KNeighborsRegressor;
import org.chagres.ml.tree.DecisionTreeClassifier;
import org.chagres.ml.tree.DecisionTreeRegressor;
import org.chagres.ml.tree.Id3;
import org.chagres.ml.tree.RandomForestClassifier;
import org.chagres.ml.tree.RandomForestRegressor;

/**
 * Saves fitted models and loads them back; a loaded model predicts exactly as the saved one.
 *
 * <p>File format, version {@value #VERSION}, all numbers big-endian:
 * <pre>
 *   4 bytes   magic "CHGM"
 *   int       format version (this library reads {@value #VERSION})
 *   UTF       model type, e.g. "KMeans" (modified UTF-8, as DataOutput.writeUTF)
 *   int       payload length in bytes
 *   bytes     payload: the model's fields, written by its writeTo
 *   long      CRC-32 of everything above
 * </pre>
 * A file with another magic, another version, a checksum that does not match, or that ends
 * early is rejected with a {@link ModelFormatException} saying which.
 */
public final class ModelIO {

    /** The format version written and read. */
    public static final int VERSION = 1;

    private static final byte[] MAGIC = {'C', 'H', 'G', 'M'};

    /** Reads a payload into a model. */
    @FunctionalInterface
    private interface Reader {
        Object read(DataInput in) throws IOException;
    }

    private static final Map<String, Reader> READERS = new TreeMap<>(Map.ofEntries(
            Map.entry("KNeighborsClassifier", KNeighborsClassifier.Model::readFrom),
            Map.entry("KNeighborsRegressor", KNeighborsRegressor.Model::readFrom),
            Map.entry("GaussianNaiveBayes", GaussianNaiveBayes.Model::readFrom),
            Map.entry("MultinomialNaiveBayes", MultinomialNaiveBayes.Model::readFrom),
            Map.entry("BernoulliNaiveBayes", BernoulliNaiveBayes.Model::readFrom),
            Map.entry("DecisionTreeClassifier", DecisionTreeClassifier.Model::readFrom),
            Map.entry("DecisionTreeRegressor", DecisionTreeRegressor.Model::readFrom),
            Map.entry("RandomForestClassifier", RandomForestClassifier.Model::readFrom),
            Map.entry("RandomForestRegressor", RandomForestRegressor.Model::readFrom),
            Map.entry("Id3", Id3.Model::readFrom),
            Map.entry("LogisticRegression", LogisticRegression.Model::readFrom),
            Map.entry("LinearSvm", LinearSvm.Model::readFrom),
            Map.entry("LinearModel", LinearModel::readFrom),
            Map.entry("KMeans", KMeans.Model::readFrom),
            Map.entry("Pca", Pca.Model::readFrom)));

    private ModelIO() {
    }

    /** The model as the bytes of a model file. */
    public static byte[] toBytes(Persistable model) {
        try {
            ByteArrayOutputStream payload = new ByteArrayOutputStream();
            model.writeTo(new DataOutputStream(payload));
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(file);
            out.write(MAGIC);
            out.writeInt(VERSION);
            out.writeUTF(model.formatName());
            out.writeInt(payload.size());
            payload.writeTo(out);
            CRC32 crc = new CRC32();
            crc.update(file.toByteArray());
            out.writeLong(crc.getValue());
            return file.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("ModelIO.toBytes: " + e.getMessage(), e);
        }
    }

    /** Writes the model to a file (replacing it). */
    public static void save(Persistable model, Path file) {
        try {
            Files.write(file, toBytes(model));
        } catch (IOException e) {
            throw new UncheckedIOException("ModelIO.save: cannot write " + file, e);
        }
    }

    /** Loads a model file. */
    public static Object load(Path file) {
        try {
            return fromBytes(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("ModelIO.load: cannot read " + file, e);
        }
    }

    /**
     * Loads a model file holding a model of the given type.
     *
     * @throws ModelFormatException if the file is bad or holds another type
     */
    public static <T> T load(Path file, Class<T> type) {
        Object m = load(file);
        if (!type.isInstance(m)) {
            throw new ModelFormatException("ModelIO.load: " + file + " holds a "
                    + m.getClass().getName() + ", not a " + type.getName());
        }
        return type.cast(m);
    }

    /** Reads a model from the bytes of a model file; {@code source} names it in messages. */
    public static Object fromBytes(byte[] bytes, String source) {
        String op = "ModelIO.load: " + source;
        if (bytes.length < MAGIC.length + 4 || !java.util.Arrays.equals(bytes, 0, 4, MAGIC, 0, 4)) {
            throw new ModelFormatException(op + " is not a Chagres model file (no CHGM header)");
        }
        int version = ByteBuffer.wrap(bytes, 4, 4).getInt();
        if (version != VERSION) {
            throw new ModelFormatException(op + " has format version " + version
                    + "; this library reads version " + VERSION);
        }
        if (bytes.length < 8 + 8) {
            throw new ModelFormatException(op + " is truncated (" + bytes.length + " bytes)");
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 8);
        long stored = ByteBuffer.wrap(bytes, bytes.length - 8, 8).getLong();
        if (stored != crc.getValue()) {
            throw new ModelFormatException(op + " is corrupt or truncated (checksum "
                    + Long.toHexString(stored) + ", computed " + Long.toHexString(crc.getValue())
                    + ")");
        }
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, 8,
                    bytes.length - 16));
            String type = in.readUTF();
            Reader reader = READERS.get(type);
            if (reader == null) {
                throw new ModelFormatException(op + " holds an unknown model type '" + type
                        + "'; known: " + READERS.keySet());
            }
            int length = in.readInt();
            if (length != in.available()) {
                throw new ModelFormatException(op + " payload is " + in.available()
                        + " bytes, header says " + length);
            }
            Object model = reader.read(in);
            if (in.available() != 0) {
                throw new ModelFormatException(op + " has " + in.available()
                        + " bytes after the " + type + " payload");
            }
            return model;
        } catch (EOFException e) {
            throw new ModelFormatException(op + " ends inside its payload", e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ModelFormatException mfe) {
                throw mfe;
            }
            throw new ModelFormatException(op + " has an invalid payload: " + e.getMessage(), e);
        }
    }
}
