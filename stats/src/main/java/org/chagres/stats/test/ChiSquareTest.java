package org.chagres.stats.test;

import org.chagres.stats.distribution.ChiSquared;

/**
 * Pearson's χ² tests: goodness of fit of observed counts to expected counts, and independence
 * of the rows and columns of a contingency table (SciPy's {@code chisquare} and
 * {@code chi2_contingency}). The statistic is {@code Σ (O − E)²/E}; the p-value is the upper
 * tail of χ²(df).
 */
public final class ChiSquareTest {

    /**
     * A χ² test result.
     *
     * @param statistic χ²
     * @param pValue    upper-tail p-value
     * @param df        degrees of freedom
     * @param expected  expected counts under the null (row-major for a table; a copy)
     */
    public record Result(double statistic, double pValue, double df, double[] expected) {
        /** Copies. */
        public Result {
            expected = expected.clone();
        }

        @Override
        public double[] expected() {
            return expected.clone();
        }
    }

    private ChiSquareTest() {
    }

    /** Goodness of fit to equal expected counts (the mean of the observed), df = k − 1. */
    public static Result goodnessOfFit(double[] observed) {
        String op = "ChiSquareTest.goodnessOfFit";
        counts(op, "observed", observed, 2);
        double mean = 0.0;
        for (double o : observed) {
            mean += o;
        }
        mean /= observed.length;
        double[] e = new double[observed.length];
        java.util.Arrays.fill(e, mean);
        return goodnessOfFit(observed, e, 0);
    }

    /**
     * Goodness of fit of observed to expected counts, df = k − 1 − ddof (ddof: parameters
     * estimated from the data). Arrays are not modified.
     *
     * @throws IllegalArgumentException if lengths differ, k < 2, a count is negative or not
     *     finite, an expected count is not > 0, the totals differ by more than 1e-8 relative
     *     (as SciPy), or df < 1
     */
    public static Result goodnessOfFit(double[] observed, double[] expected, int ddof) {
        String op = "ChiSquareTest.goodnessOfFit";
        counts(op, "observed", observed, 2);
        counts(op, "expected", expected, 2);
        if (observed.length != expected.length) {
            throw new IllegalArgumentException(op + ": observed and expected lengths differ, got "
                    + observed.length + " and " + expected.length);
        }
        double so = 0.0;
        double se = 0.0;
        for (int i = 0; i < expected.length; i++) {
            if (!(expected[i] > 0.0)) {
                throw new IllegalArgumentException(op + ": expected counts must be > 0, got "
                        + "expected[" + i + "] = " + expected[i]);
            }
            so += observed[i];
            se += expected[i];
        }
        if (!(Math.abs(so - se) <= 1e-8 * Math.max(so, se))) {
            throw new IllegalArgumentException(op + ": observed and expected totals differ, got "
                    + so + " and " + se);
        }
        int df = observed.length - 1 - ddof;
        if (ddof < 0 || df < 1) {
            throw new IllegalArgumentException(op + ": need 0 <= ddof < k − 1, got ddof = "
                    + ddof + ", k = " + observed.length);
        }
        double chi2 = 0.0;
        for (int i = 0; i < observed.length; i++) {
            double d = observed[i] - expected[i];
            chi2 += d * d / expected[i];
        }
        return new Result(chi2, ChiSquared.of(df).sf(chi2), df, expected);
    }

    /**
     * Test of independence in an r×c contingency table {@code table[i][j]} of counts (not
     * modified): expected {@code E_ij = row_i·col_j / N}, df = (r − 1)(c − 1). With
     * {@code yates} and df = 1 each |O − E| is reduced by min(0.5, |O − E|) (Yates' continuity
     * correction, applied only when df = 1, as SciPy).
     *
     * @throws IllegalArgumentException if rows differ in length, r or c < 2, a count is negative
     *     or not finite, or a row or column sums to 0
     */
    public static Result independence(double[][] table, boolean yates) {
        String op = "ChiSquareTest.independence";
        Inputs.notNull(op, "table", table);
        int r = table.length;
        if (r < 2) {
            throw new IllegalArgumentException(op + ": need at least 2 rows, got " + r);
        }
        int c = table[0] == null ? 0 : table[0].length;
        for (int i = 0; i < r; i++) {
            Inputs.notNull(op, "table[" + i + "]", table[i]);
            if (table[i].length != c) {
                throw new IllegalArgumentException(op + ": rows must have equal length, got "
                        + c + " and " + table[i].length + " (row " + i + ")");
            }
            counts(op, "table[" + i + "]", table[i], 2);
        }
        double[] rows = new double[r];
        double[] cols = new double[c];
        double n = 0.0;
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                rows[i] += table[i][j];
                cols[j] += table[i][j];
                n += table[i][j];
            }
        }
        for (int i = 0; i < r; i++) {
            if (!(rows[i] > 0.0)) {
                throw new IllegalArgumentException(op + ": row " + i + " sums to 0");
            }
        }
        for (int j = 0; j < c; j++) {
            if (!(cols[j] > 0.0)) {
                throw new IllegalArgumentException(op + ": column " + j + " sums to 0");
            }
        }
        int df = (r - 1) * (c - 1);
        double[] e = new double[r * c];
        double chi2 = 0.0;
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                double ex = rows[i] * cols[j] / n;
                e[i * c + j] = ex;
                double d = Math.abs(table[i][j] - ex);
                if (yates && df == 1) {
                    d -= Math.min(0.5, d);
                }
                chi2 += d * d / ex;
            }
        }
        return new Result(chi2, ChiSquared.of(df).sf(chi2), df, e);
    }

    private static void counts(String op, String name, double[] x, int min) {
        Inputs.sample(op, name, x, min);
        for (int i = 0; i < x.length; i++) {
            if (x[i] < 0.0) {
                throw new IllegalArgumentException(op + ": counts must be >= 0, got " + name
                        + "[" + i + "] = " + x[i]);
            }
        }
    }
}
