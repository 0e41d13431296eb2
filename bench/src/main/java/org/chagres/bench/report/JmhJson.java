package org.chagres.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads JMH's JSON result format ({@code -rf json}) into {@link Measurement}s. */
public final class JmhJson {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private JmhJson() {
    }

    /** Reads a JMH JSON file; a missing or empty file gives no measurements. */
    public static List<Measurement> read(Path file) throws IOException {
        if (!Files.exists(file) || Files.size(file) == 0) {
            return List.of();
        }
        return parse(MAPPER.readTree(file.toFile()));
    }

    /** Parses the JSON text of a JMH result file. */
    public static List<Measurement> parse(String json) throws IOException {
        return parse(MAPPER.readTree(json));
    }

    /**
     * Parses a JMH result array.
     *
     * @throws IOException if it is not an array of JMH results
     */
    public static List<Measurement> parse(JsonNode root) throws IOException {
        if (root == null || root.isMissingNode() || root.isNull()) {
            return List.of();
        }
        if (!root.isArray()) {
            throw new IOException("JMH JSON: expected an array of results, got "
                    + root.getNodeType());
        }
        List<Measurement> out = new ArrayList<>();
        for (JsonNode r : root) {
            JsonNode pm = r.path("primaryMetric");
            if (!r.hasNonNull("benchmark") || pm.isMissingNode()) {
                throw new IOException("JMH JSON: a result without benchmark or primaryMetric: "
                        + abbreviate(r.toString()));
            }
            Map<String, String> params = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = r.path("params").fields();
                    it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                params.put(e.getKey(), e.getValue().asText());
            }
            out.add(new Measurement(r.get("benchmark").asText(), r.path("mode").asText("thrpt"),
                    r.path("threads").asInt(1), params, number(pm.path("score")),
                    number(pm.path("scoreError")), pm.path("scoreUnit").asText("ops/s")));
        }
        return out;
    }

    /** Appends the results of one JMH JSON file to {@code into}; returns how many. */
    static int append(Path file, ArrayNode into) throws IOException {
        if (!Files.exists(file) || Files.size(file) == 0) {
            return 0;
        }
        JsonNode root = MAPPER.readTree(file.toFile());
        if (!root.isArray()) {
            return 0;
        }
        into.addAll((ArrayNode) root);
        return root.size();
    }

    /** JMH writes NaN (one iteration, no error estimate) as the string "NaN". */
    private static double number(JsonNode n) {
        if (n.isNumber()) {
            return n.asDouble();
        }
        if (n.isTextual()) {
            try {
                return Double.parseDouble(n.asText());
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        return Double.NaN;
    }

    private static String abbreviate(String s) {
        return s.length() <= 120 ? s : s.substring(0, 117) + "...";
    }
}
