package org.chagres.linalg;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Reads reference.txt (written by linalg/tools/linalg_reference.py; see its header). */
final class Reference {

    /** One case: its matrix and the values computed at 50 digits. */
    record Case(String name, Matrix a, Map<String, double[]> values) {
        double[] get(String key) {
            return values.get(key);
        }

        double scalar(String key) {
            return values.get(key)[0];
        }

        Matrix matrix(String key) {
            return Matrix.of(a.rows(), a.cols(), values.get(key));
        }
    }

    static final Map<String, Case> CASES = load();

    private Reference() {
    }

    static Case get(String name) {
        return Objects.requireNonNull(CASES.get(name), name);
    }

    private static Map<String, Case> load() {
        Map<String, Case> cases = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                Reference.class.getResourceAsStream("reference.txt")), StandardCharsets.UTF_8))) {
            String name = null;
            int rows = 0;
            int cols = 0;
            Map<String, double[]> values = null;
            for (String line; (line = r.readLine()) != null;) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] t = line.trim().split("\\s+");
                switch (t[0]) {
                    case "case" -> {
                        name = t[1];
                        rows = Integer.parseInt(t[2]);
                        cols = Integer.parseInt(t[3]);
                        values = new LinkedHashMap<>();
                    }
                    case "end" -> cases.put(name, new Case(name,
                            Matrix.of(rows, cols, values.get("A")), values));
                    default -> {
                        double[] v = new double[t.length - 1];
                        for (int i = 1; i < t.length; i++) {
                            v[i - 1] = Double.parseDouble(t[i]);
                        }
                        values.put(t[0], v);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }
}
