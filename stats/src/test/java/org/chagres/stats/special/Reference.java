package org.chagres.stats.special;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the reference tables under {@code src/test/resources/reference} (written by
 * {@code tools/stats/gen_reference.py}; '#' lines are the provenance header, the first other
 * line names the columns) and measures relative errors.
 */
public final class Reference {

    /** Rows with a larger error are printed ({@code -Dchagres.reference.report=1e-14}). */
    public static final double REPORT_ABOVE =
            Double.parseDouble(System.getProperty("chagres.reference.report", "Infinity"));

    private Reference() {
    }

    /** One data row, split on tabs. */
    public record Row(String[] cells) {
        public String get(int i) {
            return cells[i];
        }

        public double[] doubles(int i) {
            String[] parts = cells[i].split(",");
            double[] out = new double[parts.length];
            for (int j = 0; j < parts.length; j++) {
                out[j] = Double.parseDouble(parts[j]);
            }
            return out;
        }

        /** The cell as an exact decimal (the 25-digit reference value). */
        public BigDecimal exact(int i) {
            return new BigDecimal(cells[i]);
        }
    }

    public static List<Row> read(String name) {
        InputStream in = Reference.class.getResourceAsStream("/reference/" + name);
        if (in == null) {
            throw new IllegalStateException("missing test resource /reference/" + name);
        }
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean header = true;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                rows.add(new Row(line.split("\t")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /**
     * Returns {@code |got - ref| / |ref|} computed in BigDecimal (0 when both are 0; +Infinity when
     * got is NaN or infinite and ref is finite, or ref is 0 and got is not). For a subnormal
     * reference the error is measured against {@code max(|ref|, 2^-1022)}, i.e. in units of the
     * smallest normal, which is what a subnormal can resolve.
     */
    public static double relativeError(double got, String refText) {
        if (refText.equals("Infinity") || refText.equals("-Infinity")) {
            return Double.parseDouble(refText) == got ? 0.0 : Double.POSITIVE_INFINITY;
        }
        BigDecimal ref = new BigDecimal(refText);
        if (Double.isNaN(got) || Double.isInfinite(got)) {
            return Double.POSITIVE_INFINITY;
        }
        BigDecimal g = new BigDecimal(got);
        if (ref.signum() == 0) {
            return got == 0 ? 0.0 : Double.POSITIVE_INFINITY;
        }
        BigDecimal scale = ref.abs().max(new BigDecimal(Double.MIN_NORMAL));
        return g.subtract(ref).abs().divide(scale, MathContext.DECIMAL64).doubleValue();
    }
}
