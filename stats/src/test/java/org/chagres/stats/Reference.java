package org.chagres.stats;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads reference files under {@code /reference/}: {@code #} lines are provenance, a line
 * {@code case: name} starts a case, {@code key: v v …} lines hold doubles (repr, nan, inf) or
 * words. Keys before the first case belong to the case named "" (shared values).
 */
public final class Reference {

    /** One case: its name and its keyed values. */
    public record Case(String name, Map<String, String[]> raw) {
        /** The doubles under a key. */
        public double[] get(String key) {
            String[] s = raw.get(key);
            if (s == null) {
                throw new IllegalArgumentException("no key " + key + " in case " + name);
            }
            double[] v = new double[s.length];
            for (int i = 0; i < s.length; i++) {
                v[i] = parse(s[i]);
            }
            return v;
        }

        /** The single double under a key. */
        public double one(String key) {
            return get(key)[0];
        }

        /** True if the key is present. */
        public boolean has(String key) {
            return raw.containsKey(key);
        }

        /** The words under a key. */
        public String[] words(String key) {
            return raw.get(key);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private Reference() {
    }

    /** Loads the cases of a resource file in {@code /reference/}. */
    public static List<Case> load(String file) {
        List<Case> cases = new ArrayList<>();
        Map<String, String[]> cur = new LinkedHashMap<>();
        String name = "";
        try (InputStream in = Reference.class.getResourceAsStream("/reference/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource /reference/" + file);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in,
                    StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int c = line.indexOf(':');
                String key = line.substring(0, c).trim();
                String val = line.substring(c + 1).trim();
                if (key.equals("case")) {
                    cases.add(new Case(name, cur));
                    cur = new LinkedHashMap<>();
                    name = val;
                } else {
                    cur.put(key, val.isEmpty() ? new String[0] : val.split("\\s+"));
                }
            }
            cases.add(new Case(name, cur));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    static double parse(String s) {
        return switch (s) {
            case "nan", "NaN" -> Double.NaN;
            case "inf", "Infinity" -> Double.POSITIVE_INFINITY;
            case "-inf", "-Infinity" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(s);
        };
    }

    /**
     * Asserts {@code |got − want| <= rel·|want| + abs} (NaN matches NaN, ±Inf matches itself).
     */
    public static void close(double want, double got, double rel, double abs, String what) {
        if (Double.isNaN(want) && Double.isNaN(got)) {
            return;
        }
        if (Double.isInfinite(want) && want == got) {
            return;
        }
        double err = Math.abs(got - want);
        if (!(err <= rel * Math.abs(want) + abs)) {
            throw new AssertionError(what + ": want " + want + ", got " + got + " (rel err "
                    + err / Math.abs(want) + ")");
        }
    }
}
