package org.chagres.ml.data;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file with a header line into a {@link Dataset}, with Apache Commons CSV doing the
 * parsing (quotes, escapes, CRLF). One column is the target; every other column is a feature.
 * A feature column listed as categorical is encoded as the index of its value among the
 * column's distinct values in sorted order; a numeric column holding text is an error naming
 * the line (records are counted one per line after the header line) and column. The target is a class label (its distinct values, sorted, become the
 * class names) unless {@link #regression()} is asked for.
 *
 * <pre>{@code
 * Dataset d = Csv.withTarget("species").read(Path.of("iris.csv"));
 * Dataset t = Csv.withTarget("play").withCategorical("outlook", "wind").read(path);
 * }</pre>
 */
public final class Csv {

    private final String target;
    private final Set<String> categorical;
    private final boolean regression;
    private final char delimiter;

    private Csv(String target, Set<String> categorical, boolean regression, char delimiter) {
        this.target = target;
        this.categorical = categorical;
        this.regression = regression;
        this.delimiter = delimiter;
    }

    /** A reader whose target is the column with this header name; all others are features. */
    public static Csv withTarget(String column) {
        if (column == null || column.isBlank()) {
            throw new IllegalArgumentException("Csv.withTarget: column must be a header name,"
                    + " got '" + column + "'");
        }
        return new Csv(column, Set.of(), false, ',');
    }

    /** Encodes these feature columns as category indices instead of parsing numbers. */
    public Csv withCategorical(String... columns) {
        Set<String> c = new TreeSet<>(categorical);
        c.addAll(List.of(columns));
        return new Csv(target, Set.copyOf(c), regression, delimiter);
    }

    /** Reads the target as a real number (a regression set). */
    public Csv regression() {
        return new Csv(target, categorical, true, delimiter);
    }

    /** Splits fields at {@code c} instead of a comma. */
    public Csv withDelimiter(char c) {
        return new Csv(target, categorical, regression, c);
    }

    /** Reads a file (UTF-8); the data set is named after the file. */
    public Dataset read(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(file.getFileName().toString(), r);
        } catch (IOException e) {
            throw new UncheckedIOException("Csv.read: cannot read " + file, e);
        }
    }

    /**
     * Reads CSV text.
     *
     * @throws CsvFormatException if the header lacks the target or a categorical column, a row
     *     has the wrong number of fields, or a numeric field is not a finite number
     */
    public Dataset read(String name, Reader in) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader()
                .setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(true).build();
        List<CSVRecord> records;
        List<String> header;
        try (CSVParser p = CSVParser.parse(in, format)) {
            header = p.getHeaderNames();
            records = p.getRecords();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new CsvFormatException(0, "", "Csv.read: " + name + " is not valid CSV: "
                    + e.getMessage());
        }
        int t = header.indexOf(target);
        if (t < 0) {
            throw new CsvFormatException(1, target, "Csv.read: " + name + " has no column '"
                    + target + "', got header " + header);
        }
        for (String c : categorical) {
            if (!header.contains(c) || c.equals(target)) {
                throw new CsvFormatException(1, c, "Csv.read: categorical column '" + c
                        + "' is not a feature column of " + name + ", header " + header);
            }
        }
        if (records.isEmpty()) {
            throw new CsvFormatException(0, "", "Csv.read: " + name + " has a header but no"
                    + " rows");
        }
        List<String> features = new ArrayList<>(header);
        features.remove(t);
        Map<String, Map<String, Integer>> codes = categoryCodes(records, features);
        double[][] x = new double[records.size()][features.size()];
        String[] rawTarget = new String[records.size()];
        for (int i = 0; i < records.size(); i++) {
            CSVRecord rec = records.get(i);
            long line = i + 2L;   // header is line 1; one line per record
            if (rec.size() != header.size()) {
                throw new CsvFormatException(line, "", "Csv.read: " + name + " line " + line
                        + " has " + rec.size() + " fields, the header has " + header.size());
            }
            for (int j = 0; j < features.size(); j++) {
                String col = features.get(j);
                String v = rec.get(col);
                x[i][j] = categorical.contains(col) ? codes.get(col).get(v)
                        : number(name, line, col, v);
            }
            rawTarget[i] = rec.get(t);
        }
        if (regression) {
            double[] y = new double[rawTarget.length];
            for (int i = 0; i < y.length; i++) {
                y[i] = number(name, i + 2L, target, rawTarget[i]);
            }
            return Dataset.regression(name, x, y, features);
        }
        List<String> classes = new ArrayList<>(new TreeSet<>(List.of(rawTarget)));
        int[] y = new int[rawTarget.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = classes.indexOf(rawTarget[i]);
        }
        return Dataset.classification(name, x, y, features, classes);
    }

    private Map<String, Map<String, Integer>> categoryCodes(List<CSVRecord> records,
            List<String> features) {
        Map<String, Map<String, Integer>> codes = new TreeMap<>();
        for (String col : categorical) {
            TreeSet<String> values = new TreeSet<>();
            for (CSVRecord r : records) {
                if (r.isSet(col)) {
                    values.add(r.get(col));
                }
            }
            Map<String, Integer> m = new TreeMap<>();
            for (String v : values) {
                m.put(v, m.size());
            }
            codes.put(col, m);
        }
        return codes;
    }

    private static double number(String name, long line, String col, String v) {
        try {
            double d = Double.parseDouble(v);
            if (d - d == 0.0) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below with the position
        }
        throw new CsvFormatException(line, col, "Csv.read: " + name + " line " + line
                + ", column '" + col + "': '" + v + "' is not a finite number"
                + " (list the column with withCategorical if it holds categories)");
    }
}
