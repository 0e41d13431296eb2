package org.chagres.ml;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads a reference file of "key v1 v2 …" lines (comments start with #). */
public final class Reference {

    private final Map<String, double[]> values = new LinkedHashMap<>();

    private Reference(String resource) {
        try (InputStream in = Reference.class.getResourceAsStream("/reference/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource reference/" + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.strip().split("\\s+");
                values.put(f[0], Arrays.stream(f, 1, f.length).mapToDouble(Double::parseDouble)
                        .toArray());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads {@code src/test/resources/reference/<resource>}. */
    public static Reference load(String resource) {
        return new Reference(resource);
    }

    /** The values of a key. */
    public double[] get(String key) {
        double[] v = values.get(key);
        if (v == null) {
            throw new IllegalArgumentException("no key " + key + " in reference file");
        }
        return v;
    }

    /** The single value of a key. */
    public double scalar(String key) {
        return get(key)[0];
    }
}
