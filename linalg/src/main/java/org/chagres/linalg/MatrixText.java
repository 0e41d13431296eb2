package org.chagres.linalg;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Formats a matrix as aligned columns, eliding the middle of large matrices. */
final class MatrixText {

    /** Matrices up to this many rows (columns) are shown whole. */
    static final int FULL = 12;
    /** Rows (columns) shown at each end of a larger matrix. */
    static final int EDGE = 5;

    interface Element {
        double at(int i, int j);
    }

    private MatrixText() {
    }

    static String format(int rows, int cols, Element e, String title) {
        int[] rs = shown(rows);
        int[] cs = shown(cols);
        List<String[]> cells = new ArrayList<>();
        int[] width = new int[cs.length];
        for (int r : rs) {
            String[] line = new String[cs.length];
            for (int c = 0; c < cs.length; c++) {
                line[c] = r < 0 ? "⋮" : cs[c] < 0 ? "…" : number(e.at(r, cs[c]));
                width[c] = Math.max(width[c], line[c].length());
            }
            cells.add(line);
        }
        StringBuilder sb = new StringBuilder(title);
        for (String[] line : cells) {
            sb.append('\n');
            for (int c = 0; c < line.length; c++) {
                sb.append("  ");
                sb.append(" ".repeat(width[c] - line[c].length())).append(line[c]);
            }
        }
        return sb.toString();
    }

    /** Indices to show, with -1 where the elided run goes. */
    private static int[] shown(int n) {
        if (n <= FULL) {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) {
                all[i] = i;
            }
            return all;
        }
        int[] s = new int[2 * EDGE + 1];
        for (int i = 0; i < EDGE; i++) {
            s[i] = i;
            s[EDGE + 1 + i] = n - EDGE + i;
        }
        s[EDGE] = -1;
        return s;
    }

    static String number(double v) {
        if (v == 0.0 || Double.isNaN(v) || Double.isInfinite(v)) {
            return v == 0.0 ? (1 / v < 0 ? "-0" : "0") : Double.toString(v);
        }
        double a = Math.abs(v);
        if (a >= 1e-4 && a < 1e7) {
            String s = String.format(Locale.ROOT, "%.6g", v);
            if (s.indexOf('.') >= 0 && s.indexOf('e') < 0) {
                s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
            }
            return s;
        }
        return String.format(Locale.ROOT, "%.5e", v);
    }
}
