package org.chagres.stats;

/**
 * Covariance and correlation of two samples, and covariance and correlation matrices of the
 * columns of a data matrix (rows are observations, columns variables: NumPy's
 * {@code rowvar=False}). Arrays are not modified; results are new arrays.
 *
 * <p>Special values: fewer than 2 pairs give NaN for correlations, {@code n <= ddof} gives NaN
 * for covariances; a constant variable gives NaN correlations (0/0); NaN in an input propagates
 * to every result that uses that variable.
 */
public final class Correlation {

    private Correlation() {
    }

    /**
     * Returns the covariance {@code Σ(x_i − x̄)(y_i − ȳ)/(n − ddof)}.
     *
     * @throws IllegalArgumentException if lengths differ or ddof < 0
     */
    public static double covariance(double[] x, double[] y, int ddof) {
        pair("covariance", x, y);
        Descriptive.checkDdof("covariance", ddof);
        int n = x.length;
        if (n <= ddof || n == 0) {
            return Double.NaN;
        }
        double sx = Reduce.scaleFor(Reduce.maxAbs(x, 0, n));
        double sy = Reduce.scaleFor(Reduce.maxAbs(y, 0, n));
        double[] m = crossSums(x, y, sx, sy);
        return m[2] / (n - ddof) / sx / sy;
    }

    /**
     * Returns Pearson's {@code r = Σ(x−x̄)(y−ȳ) / sqrt(Σ(x−x̄)² Σ(y−ȳ)²)}, clamped to [−1, 1].
     *
     * @throws IllegalArgumentException if lengths differ
     */
    public static double pearson(double[] x, double[] y) {
        pair("pearson", x, y);
        int n = x.length;
        if (n < 2) {
            return Double.NaN;
        }
        double sx = Reduce.scaleFor(Reduce.maxAbs(x, 0, n));
        double sy = Reduce.scaleFor(Reduce.maxAbs(y, 0, n));
        double[] m = crossSums(x, y, sx, sy);
        double r = m[2] / Math.sqrt(m[0]) / Math.sqrt(m[1]);
        return r != r ? r : Math.max(-1.0, Math.min(1.0, r));
    }

    /** Returns Spearman's ρ: {@link #pearson} of the average ranks; NaN if any value is NaN. */
    public static double spearman(double[] x, double[] y) {
        pair("spearman", x, y);
        return pearson(Ranks.rank(x), Ranks.rank(y));
    }

    /**
     * Returns Kendall's τ-b {@code (n_c − n_d)/sqrt((n0 − n1)(n0 − n2))} where n0 = n(n−1)/2
     * and n1, n2 count the pairs tied in x and in y (Knight's O(n log n) algorithm). NaN if any
     * value is NaN, for n < 2, or when either variable is constant.
     */
    public static double kendall(double[] x, double[] y) {
        pair("kendall", x, y);
        return kendallCounts(x, y).tau();
    }

    /**
     * Returns the correlation by the given method.
     *
     * @throws IllegalArgumentException if lengths differ
     */
    public static double of(double[] x, double[] y, CorrelationMethod method) {
        Descriptive.notNull("correlation", method);
        return switch (method) {
            case PEARSON -> pearson(x, y);
            case SPEARMAN -> spearman(x, y);
            case KENDALL -> kendall(x, y);
        };
    }

    /**
     * Returns the k×k covariance matrix of the k columns of {@code data} (n rows of equal
     * length k), divided by {@code n − ddof}.
     *
     * @throws IllegalArgumentException if rows differ in length or ddof < 0
     */
    public static double[][] covarianceMatrix(double[][] data, int ddof) {
        double[][] cols = columns("covarianceMatrix", data);
        return square(covarianceOfColumns("covarianceMatrix", cols, ddof, false));
    }

    /**
     * Row-major form of {@link #covarianceMatrix(double[][], int)}: {@code a} holds
     * {@code rows × cols} values with leading dimension cols; returns {@code cols × cols}
     * row-major.
     */
    public static double[] covarianceMatrix(double[] a, int rows, int cols, int ddof) {
        return covarianceOfColumns("covarianceMatrix", columns("covarianceMatrix", a, rows, cols),
                ddof, false);
    }

    /**
     * Returns the k×k correlation matrix of the columns of {@code data} by the given method
     * (1 on the diagonal unless the column is constant or holds NaN).
     */
    public static double[][] correlationMatrix(double[][] data, CorrelationMethod method) {
        return square(correlationOfColumns(columns("correlationMatrix", data), method));
    }

    /** Row-major form of {@link #correlationMatrix(double[][], CorrelationMethod)}. */
    public static double[] correlationMatrix(double[] a, int rows, int cols,
            CorrelationMethod method) {
        return correlationOfColumns(columns("correlationMatrix", a, rows, cols), method);
    }

    // ------------------------------------------------------------------ internals

    private static double[] correlationOfColumns(double[][] cols, CorrelationMethod method) {
        Descriptive.notNull("correlationMatrix", method);
        int k = cols.length;
        if (method == CorrelationMethod.KENDALL) {
            double[] out = new double[k * k];
            for (int i = 0; i < k; i++) {
                for (int j = i; j < k; j++) {
                    double t = kendallCounts(cols[i], cols[j]).tau();
                    out[i * k + j] = t;
                    out[j * k + i] = t;
                }
            }
            return out;
        }
        if (method == CorrelationMethod.SPEARMAN) {
            for (int i = 0; i < k; i++) {
                cols[i] = Ranks.rank(cols[i]);
            }
        }
        double[] c = covarianceOfColumns("correlationMatrix", cols, 0, true);
        double[] d = new double[k];
        for (int i = 0; i < k; i++) {
            d[i] = Math.sqrt(c[i * k + i]);
        }
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double r = c[i * k + j] / d[i] / d[j];
                c[i * k + j] = r != r ? r : Math.max(-1.0, Math.min(1.0, r));
            }
        }
        return c;
    }

    /**
     * Covariances of columns (each scaled by a power of two and centred by two passes);
     * {@code scaled} leaves the scaling in (enough for correlations).
     */
    private static double[] covarianceOfColumns(String op, double[][] cols, int ddof,
            boolean scaled) {
        Descriptive.checkDdof(op, ddof);
        int k = cols.length;
        int n = k == 0 ? 0 : cols[0].length;
        double[] scale = new double[k];
        for (int j = 0; j < k; j++) {
            double[] c = cols[j];
            scale[j] = Reduce.scaleFor(Reduce.maxAbs(c, 0, n));
            double s = scale[j];
            double m = 0.0;
            for (int i = 0; i < n; i++) {
                c[i] *= s;
            }
            m = Reduce.sum(c, 0, n) / n;
            for (int i = 0; i < n; i++) {
                c[i] -= m;
            }
            double corr = Reduce.sum(c, 0, n) / n;    // error of the first mean
            for (int i = 0; i < n; i++) {
                c[i] -= corr;
            }
        }
        double[] out = new double[k * k];
        double div = scaled ? 1.0 : n - ddof;
        for (int i = 0; i < k; i++) {
            for (int j = i; j < k; j++) {
                double v = n <= ddof || n == 0 ? Double.NaN : dot(cols[i], cols[j], n) / div;
                if (!scaled) {
                    v = v / scale[i] / scale[j];
                }
                out[i * k + j] = v;
                out[j * k + i] = v;
            }
        }
        return out;
    }

    private static double dot(double[] a, double[] b, int n) {
        double total = 0.0;
        for (int blk = 0; blk < n; blk += Reduce.BLOCK) {
            int e = Math.min(n, blk + Reduce.BLOCK);
            double s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0;
            int i = blk;
            for (; i + 3 < e; i += 4) {
                s0 += a[i] * b[i];
                s1 += a[i + 1] * b[i + 1];
                s2 += a[i + 2] * b[i + 2];
                s3 += a[i + 3] * b[i + 3];
            }
            for (; i < e; i++) {
                s0 += a[i] * b[i];
            }
            total += (s0 + s1) + (s2 + s3);
        }
        return total;
    }

    /** {Σdx², Σdy², Σdx·dy} of the scaled, centred samples. */
    private static double[] crossSums(double[] x, double[] y, double sx, double sy) {
        int n = x.length;
        double[] cx = new double[n];
        double[] cy = new double[n];
        for (int i = 0; i < n; i++) {
            cx[i] = x[i] * sx;
            cy[i] = y[i] * sy;
        }
        double[][] cols = {cx, cy};
        double[] c = covarianceOfColumns("correlation", cols, 0, true);
        return new double[] {c[0], c[3], c[1]};
    }

    private static double[][] columns(String op, double[][] data) {
        Descriptive.notNull(op, data);
        int n = data.length;
        int k = n == 0 ? 0 : data[0].length;
        double[][] cols = new double[k][n];
        for (int i = 0; i < n; i++) {
            if (data[i] == null || data[i].length != k) {
                throw new IllegalArgumentException(op + ": rows must have equal length, got row 0 "
                        + "of length " + k + " and row " + i + " of length "
                        + (data[i] == null ? "null" : data[i].length));
            }
            for (int j = 0; j < k; j++) {
                cols[j][i] = data[i][j];
            }
        }
        return cols;
    }

    private static double[][] columns(String op, double[] a, int rows, int cols) {
        Descriptive.notNull(op, a);
        if (rows < 0 || cols < 0 || (long) rows * cols != a.length) {
            throw new IllegalArgumentException(op + ": a.length must equal rows·cols, got "
                    + a.length + " for " + rows + "x" + cols);
        }
        double[][] c = new double[cols][rows];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                c[j][i] = a[i * cols + j];
            }
        }
        return c;
    }

    private static double[][] square(double[] rowMajor) {
        int k = (int) Math.round(Math.sqrt(rowMajor.length));
        double[][] out = new double[k][k];
        for (int i = 0; i < k; i++) {
            System.arraycopy(rowMajor, i * k, out[i], 0, k);
        }
        return out;
    }

    static void pair(String op, double[] x, double[] y) {
        Descriptive.notNull(op, x);
        Descriptive.notNull(op, y);
        if (x.length != y.length) {
            throw new IllegalArgumentException(op + ": x and y lengths differ, got " + x.length
                    + " and " + y.length);
        }
    }

    /**
     * Kendall's statistics of paired samples: {@code s = n_c − n_d} (concordant minus
     * discordant pairs, ties counted in neither), the τ-b, and the tie sums SciPy's variance
     * needs: for the tie groups of sizes t, {@code Σt(t−1)}, {@code Σt(t−1)(t−2)} and
     * {@code Σt(t−1)(2t+5)} in x and in y.
     */
    public record KendallCounts(int n, long s, double tau, long x1, long x2, long x5, long y1,
            long y2, long y5) {
    }

    /** Computes {@link KendallCounts} (NaN τ when a value is NaN). */
    public static KendallCounts kendallCounts(double[] x, double[] y) {
        pair("kendall", x, y);
        int n = x.length;
        if (Reduce.firstNaN(x, 0, n) >= 0 || Reduce.firstNaN(y, 0, n) >= 0 || n < 2) {
            return new KendallCounts(n, 0, Double.NaN, 0, 0, 0, 0, 0, 0);
        }
        // order by x, then y
        Integer[] boxed = new Integer[n];
        for (int i = 0; i < n; i++) {
            boxed[i] = i;
        }
        java.util.Arrays.sort(boxed, (a, b) -> {
            int c = Double.compare(x[a] + 0.0, x[b] + 0.0);
            return c != 0 ? c : Double.compare(y[a] + 0.0, y[b] + 0.0);
        });
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = x[boxed[i]];
            ys[i] = y[boxed[i]];
        }
        long[] tx = tieSums(xs);
        long joint = 0;                            // pairs tied in both x and y
        int i = 0;
        while (i < n) {
            int j = i + 1;
            while (j < n && xs[j] == xs[i] && ys[j] == ys[i]) {
                j++;
            }
            joint += (long) (j - i) * (j - i - 1) / 2;
            i = j;
        }
        long swaps = mergeCount(ys, new double[n], 0, n);
        long[] ty = tieSums(ys);                   // ys is now sorted
        long n0 = (long) n * (n - 1) / 2;
        long n1 = tx[0] / 2;
        long n2 = ty[0] / 2;
        long s = n0 - n1 - n2 + joint - 2 * swaps;
        double tau = s / Math.sqrt((double) (n0 - n1)) / Math.sqrt((double) (n0 - n2));
        if (tau == tau) {
            tau = Math.max(-1.0, Math.min(1.0, tau));
        }
        return new KendallCounts(n, s, tau, tx[0], tx[1], tx[2], ty[0], ty[1], ty[2]);
    }

    /** {Σt(t−1), Σt(t−1)(t−2), Σt(t−1)(2t+5)} over tie groups of the sorted array. */
    private static long[] tieSums(double[] sorted) {
        long a = 0, b = 0, c = 0;
        int i = 0;
        while (i < sorted.length) {
            int j = i + 1;
            while (j < sorted.length && sorted[j] == sorted[i]) {
                j++;
            }
            long t = j - i;
            a += t * (t - 1);
            b += t * (t - 1) * (t - 2);
            c += t * (t - 1) * (2 * t + 5);
            i = j;
        }
        return new long[] {a, b, c};
    }

    /** Sorts a[lo, hi) ascending; returns the number of strict inversions. */
    private static long mergeCount(double[] a, double[] tmp, int lo, int hi) {
        if (hi - lo < 2) {
            return 0;
        }
        int mid = (lo + hi) >>> 1;
        long swaps = mergeCount(a, tmp, lo, mid) + mergeCount(a, tmp, mid, hi);
        System.arraycopy(a, lo, tmp, lo, hi - lo);
        int i = lo;
        int j = mid;
        for (int k = lo; k < hi; k++) {
            if (j >= hi || (i < mid && tmp[i] <= tmp[j])) {
                a[k] = tmp[i++];
            } else {
                swaps += mid - i;
                a[k] = tmp[j++];
            }
        }
        return swaps;
    }
}
