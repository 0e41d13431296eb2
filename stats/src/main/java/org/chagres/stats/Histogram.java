package org.chagres.stats;

import java.util.Arrays;

/**
 * A histogram: {@code counts[i]} values fell in {@code [edges[i], edges[i+1])}, the last bin
 * closed {@code [edges[k−1], edges[k]]} (NumPy's {@code histogram} convention). Values outside
 * the edges are not counted. The arrays are copies; accessors return copies.
 *
 * @param edges k + 1 increasing bin edges
 * @param counts k counts
 */
public record Histogram(double[] edges, long[] counts) {

    /** Rules for choosing the bin width from the data (NumPy's {@code bins=} strings). */
    public enum BinRule {
        /** {@code ceil(log2 n) + 1} bins in effect: width = range / (log2 n + 1) (Sturges). */
        STURGES,
        /** Width = 2·IQR·n^(−1/3) (Freedman–Diaconis), robust to outliers. */
        FREEDMAN_DIACONIS,
        /** Width = (24·sqrt(π)/n)^(1/3)·sd (Scott). */
        SCOTT,
        /** Width = range / sqrt(n). */
        SQRT,
        /** Width = range / (2·n^(1/3)) (Rice). */
        RICE,
        /**
         * NumPy's "auto" (as in NumPy 1.x, Debian's python3-numpy): the smaller width of
         * Sturges and Freedman–Diaconis, Sturges alone when the IQR is 0. (NumPy 2.x bounds
         * the FD width below by half the SQRT width; not done here.)
         */
        AUTO
    }

    /** Validates and copies. */
    public Histogram {
        Descriptive.notNull("Histogram", edges);
        Descriptive.notNull("Histogram", counts);
        if (edges.length != counts.length + 1) {
            throw new IllegalArgumentException("Histogram: need edges.length = counts.length + 1,"
                    + " got " + edges.length + " and " + counts.length);
        }
        edges = edges.clone();
        counts = counts.clone();
    }

    @Override
    public double[] edges() {
        return edges.clone();
    }

    @Override
    public long[] counts() {
        return counts.clone();
    }

    /** Number of bins. */
    public int bins() {
        return counts.length;
    }

    /**
     * Returns the histogram of x over {@code bins} equal-width bins spanning [min x, max x]
     * (or [min − 0.5, max + 0.5] when all values are equal, as NumPy).
     *
     * @throws IllegalArgumentException if bins < 1, or x is empty or holds NaN or ±Inf
     */
    public static Histogram of(double[] x, int bins) {
        double[] r = range("Histogram.of", x);
        if (bins < 1) {
            throw new IllegalArgumentException("Histogram.of: bins must be >= 1, got " + bins);
        }
        return r[0] < r[1] ? of(x, bins, r[0], r[1]) : of(x, bins, r[0] - 0.5, r[1] + 0.5);
    }

    /**
     * Returns the histogram of x over {@code bins} equal-width bins spanning [lo, hi]; NaN and
     * values outside are not counted.
     *
     * @throws IllegalArgumentException if bins < 1 or not {@code lo < hi} (both finite)
     */
    public static Histogram of(double[] x, int bins, double lo, double hi) {
        String op = "Histogram.of";
        Descriptive.notNull(op, x);
        if (bins < 1) {
            throw new IllegalArgumentException(op + ": bins must be >= 1, got " + bins);
        }
        if (!(lo < hi && Double.isFinite(lo) && Double.isFinite(hi))) {
            throw new IllegalArgumentException(op + ": need finite lo < hi, got lo = " + lo
                    + ", hi = " + hi);
        }
        double[] edges = new double[bins + 1];
        double step = (hi - lo) / bins;           // NumPy linspace: i·step + lo, last = hi
        for (int i = 0; i < bins; i++) {
            edges[i] = i * step + lo;
        }
        edges[bins] = hi;
        long[] counts = new long[bins];
        double norm = bins / (hi - lo);
        for (double v : x) {
            if (!(v >= lo && v <= hi)) {
                continue;
            }
            int k = (int) ((v - lo) * norm);
            if (k >= bins) {
                k = bins - 1;
            }
            // the computed index may be one off where v lies on an edge: fix by comparing
            if (k > 0 && v < edges[k]) {
                k--;
            } else if (k < bins - 1 && v >= edges[k + 1]) {
                k++;
            }
            counts[k]++;
        }
        return new Histogram(edges, counts);
    }

    /**
     * Returns the histogram of x with the bin width chosen by a rule; the number of bins is
     * {@code ceil(range / width)} (at least 1) and the bins span [min x, max x] evenly, as
     * NumPy's {@code histogram_bin_edges} does.
     *
     * @throws IllegalArgumentException if x is empty or holds NaN or ±Inf
     */
    public static Histogram of(double[] x, BinRule rule) {
        String op = "Histogram.of";
        double[] r = range(op, x);
        Descriptive.notNull(op, rule);
        int n = x.length;
        double ptp = r[1] - r[0];
        double width = switch (rule) {
            case STURGES -> sturges(ptp, n);
            case FREEDMAN_DIACONIS -> fd(x, n);
            case SCOTT -> Math.cbrt(24.0 * Math.sqrt(Math.PI) / n) * Descriptive.sd(x, 0);
            case SQRT -> ptp / Math.sqrt(n);
            case RICE -> ptp / (2.0 * Math.cbrt(n));
            case AUTO -> {
                double f = fd(x, n);
                double s = sturges(ptp, n);
                yield f > 0.0 ? Math.min(f, s) : s;
            }
        };
        double lo = r[0];
        double hi = r[1];
        if (lo == hi) {
            lo -= 0.5;
            hi += 0.5;
        }
        int bins = 1;
        if (width > 0.0) {
            double k = Math.ceil((hi - lo) / width);
            bins = (int) Math.max(1.0, Math.min(k, 100_000_000.0));
        }
        return of(x, bins, lo, hi);
    }

    /**
     * Returns the histogram of x over the given increasing edges (copied).
     *
     * @throws IllegalArgumentException if fewer than 2 edges or not strictly increasing
     */
    public static Histogram of(double[] x, double[] edges) {
        String op = "Histogram.of";
        Descriptive.notNull(op, x);
        Descriptive.notNull(op, edges);
        if (edges.length < 2) {
            throw new IllegalArgumentException(op + ": need at least 2 edges, got "
                    + edges.length);
        }
        for (int i = 1; i < edges.length; i++) {
            if (!(edges[i] > edges[i - 1])) {
                throw new IllegalArgumentException(op + ": edges must increase, got edges["
                        + (i - 1) + "] = " + edges[i - 1] + ", edges[" + i + "] = " + edges[i]);
            }
        }
        int bins = edges.length - 1;
        long[] counts = new long[bins];
        for (double v : x) {
            if (!(v >= edges[0] && v <= edges[bins])) {
                continue;
            }
            int k = Arrays.binarySearch(edges, v);
            if (k < 0) {
                k = -k - 2;                        // insertion point − 1: the bin's left edge
            }
            counts[Math.min(k, bins - 1)]++;
        }
        return new Histogram(edges, counts);
    }

    private static double sturges(double ptp, int n) {
        return ptp / (Math.log(n) / Math.log(2.0) + 1.0);
    }

    private static double fd(double[] x, int n) {
        return 2.0 * Descriptive.iqr(x) * Math.pow(n, -1.0 / 3.0);
    }

    private static double[] range(String op, double[] x) {
        Descriptive.notNull(op, x);
        if (x.length == 0) {
            throw new IllegalArgumentException(op + ": x is empty, got length 0");
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < x.length; i++) {
            double v = x[i];
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException(op + ": cannot choose a range with x[" + i
                        + "] = " + v + "; give lo and hi or remove non-finite values");
            }
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        return new double[] {lo, hi};
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Histogram h && Arrays.equals(edges, h.edges)
                && Arrays.equals(counts, h.counts);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(edges) + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "Histogram[edges=" + Arrays.toString(edges) + ", counts="
                + Arrays.toString(counts) + "]";
    }
}
