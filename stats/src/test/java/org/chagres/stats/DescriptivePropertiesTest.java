package org.chagres.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** Algebraic properties of the descriptive statistics, on random data. */
class DescriptivePropertiesTest {

    @Provide
    Arbitrary<double[]> samples() {
        return Arbitraries.doubles().between(-1e3, 1e3).array(double[].class).ofMinSize(1)
                .ofMaxSize(300);
    }

    @Provide
    Arbitrary<double[]> eighths() {   // multiples of 1/8: adding an integer shift is exact
        return Arbitraries.integers().between(-8000, 8000).map(k -> k / 8.0).list()
                .ofMinSize(2).ofMaxSize(200)
                .map(l -> l.stream().mapToDouble(Double::doubleValue).toArray());
    }

    @Property
    void varianceSkewKurtosisInvariantToShift(@ForAll("eighths") double[] x,
            @ForAll @IntRange(min = -1_000_000_000, max = 1_000_000_000) int shift) {
        double[] y = Arrays.stream(x).map(v -> v + shift).toArray();
        double v = Descriptive.variance(x, 1);
        Reference.close(v, Descriptive.variance(y, 1), 1e-12, 1e-300, "variance");
        double sk = Descriptive.skewness(x, true);
        if (sk == sk) {
            Reference.close(sk, Descriptive.skewness(y, true), 1e-9, 1e-9, "skewness");
            Reference.close(Descriptive.kurtosis(x, false), Descriptive.kurtosis(y, false),
                    1e-9, 1e-9, "kurtosis");
        }
        Reference.close(Descriptive.mean(x) + shift, Descriptive.mean(y), 1e-15, 1e-12, "mean");
    }

    @Property(tries = 50)
    void backendsAgreeWithinTheSummationBound(@ForAll("samples") double[] x,
            @ForAll @IntRange(min = 0, max = 3000) int extra) {
        double[] y = Arrays.copyOf(x, x.length + extra);      // zeros pad past one block
        for (int i = x.length; i < y.length; i++) {
            y[i] = x[i % x.length] * 0.5;
        }
        org.chagres.kernels.Backend scalar = org.chagres.kernels.Backends.scalar();
        org.chagres.kernels.Backend fast = org.chagres.kernels.Backends.preferred();
        double sumAbs = Arrays.stream(y).map(Math::abs).sum();
        double bound = (Reduce.BLOCK + y.length / Reduce.BLOCK + 2) * Math.ulp(1.0) * sumAbs
                / y.length;
        Reference.close(Descriptive.mean(y, NanPolicy.PROPAGATE, scalar),
                Descriptive.mean(y, NanPolicy.PROPAGATE, fast), 0, 2 * bound, "mean");
        double v = Descriptive.variance(y, 1, NanPolicy.PROPAGATE, scalar);
        Reference.close(v, Descriptive.variance(y, 1, NanPolicy.PROPAGATE, fast), 1e-12, 1e-300,
                "variance");
    }

    @Property
    void mergedChunksEqualOnePass(@ForAll("samples") double[] x,
            @ForAll @IntRange(min = 1, max = 7) int chunks) {
        Moments merged = new Moments();
        int step = Math.max(1, x.length / chunks);
        for (int off = 0; off < x.length; off += step) {
            Moments part = new Moments();
            int len = Math.min(step, x.length - off);
            if (off % 2 == 0) {
                part.addAll(x, off, len);
            } else {
                for (int i = off; i < off + len; i++) {
                    part.add(x[i]);
                }
            }
            merged.merge(part);
        }
        assertEquals(x.length, merged.count());
        double sumAbs = Arrays.stream(x).map(Math::abs).sum();
        double mean = Descriptive.mean(x);
        Reference.close(mean, merged.mean(), 0, 1e-13 * sumAbs / x.length + 1e-300, "mean");
        double var = Descriptive.variance(x, 0);
        double scale2 = Arrays.stream(x).map(v -> (v - mean) * (v - mean)).sum() / x.length;
        Reference.close(var, merged.variance(0), 1e-11, 1e-11 * scale2, "variance");
        assertEquals(Descriptive.min(x), merged.min(), 0.0);
        assertEquals(Descriptive.max(x), merged.max(), 0.0);
        if (x.length > 3 && var > 1e-6) {
            Reference.close(Descriptive.skewness(x, true), merged.skewness(true), 1e-8, 1e-8,
                    "skewness");
            Reference.close(Descriptive.kurtosis(x, true), merged.kurtosis(true), 1e-8, 1e-8,
                    "kurtosis");
        }
    }

    @Test
    void momentsMergedAcrossThreadsEqualOnePass() throws Exception {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(5);
        double[] x = new double[400_000];
        for (int i = 0; i < x.length; i++) {
            x[i] = 1e9 + rnd.nextGaussian() * 3.0 + (rnd.nextDouble() < 0.01 ? 50.0 : 0.0);
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Moments>> parts = new ArrayList<>();
            int step = x.length / 8;
            for (int off = 0; off < x.length; off += step) {
                int o = off;
                parts.add(pool.submit(() -> new Moments().addAll(x, o, step)));
            }
            Moments all = new Moments();
            for (Future<Moments> f : parts) {
                all.merge(f.get());
            }
            Reference.close(Descriptive.mean(x), all.mean(), 1e-15, 0, "mean");
            Reference.close(Descriptive.variance(x, 1), all.variance(1), 1e-12, 0, "variance");
            Reference.close(Descriptive.skewness(x, false), all.skewness(false), 1e-9, 1e-12,
                    "skewness");
            Reference.close(Descriptive.kurtosis(x, false), all.kurtosis(false), 1e-9, 1e-12,
                    "kurtosis");
        } finally {
            pool.shutdown();
        }
    }

    @Property
    void quantileMonotoneInPAndWithinRange(@ForAll("samples") double[] x,
            @ForAll @DoubleRange(min = 0, max = 1) double p1,
            @ForAll @DoubleRange(min = 0, max = 1) double p2) {
        double lo = Math.min(p1, p2);
        double hi = Math.max(p1, p2);
        double[] copy = x.clone();
        for (QuantileMethod m : QuantileMethod.values()) {
            double a = Descriptive.quantile(x, lo, m);
            double b = Descriptive.quantile(x, hi, m);
            assertTrue(a <= b, m + ": Q(" + lo + ") = " + a + " > Q(" + hi + ") = " + b);
            assertTrue(a >= Descriptive.min(x) && b <= Descriptive.max(x), m + " out of range");
        }
        assertArrayEquals(copy, x, "input modified");
    }

    @Property
    void selectionAgreesWithSorting(@ForAll("samples") double[] x,
            @ForAll @Size(max = 12) List<@DoubleRange(min = 0, max = 1) Double> ps) {
        double[] p = ps.stream().mapToDouble(Double::doubleValue).toArray();
        double[] s = x.clone();
        Arrays.sort(s);
        double[] q = Descriptive.quantiles(x, p, QuantileMethod.INVERTED_CDF);
        for (int i = 0; i < p.length; i++) {
            // type 1 is the order statistic x_(ceil(n p)), clamped to [1, n] (up to R's fuzz)
            double np = x.length * p[i];
            int k = (int) Math.ceil(np - 4 * Math.ulp(Math.max(1.0, np)));
            assertEquals(s[Math.max(0, Math.min(x.length, k) - 1)], q[i], 0.0, "p=" + p[i]);
        }
        int n = x.length;
        double median = n % 2 == 1 ? s[n / 2] : s[n / 2 - 1] + (s[n / 2] - s[n / 2 - 1]) * 0.5;
        double big = n % 2 == 1 ? Math.abs(median)
                : Math.max(Math.abs(s[n / 2 - 1]), Math.abs(s[n / 2]));
        assertEquals(median, Descriptive.median(x), Math.ulp(big) * 2);
    }

    @Property(tries = 30)
    void floydRivestSelectionOnLargeArraysAgreesWithSorting(
            @ForAll @IntRange(min = 601, max = 6000) int n, @ForAll @IntRange(min = 1, max = 5000)
            int distinct, @ForAll long seed, @ForAll @DoubleRange(min = 0, max = 1) double p) {
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = r.nextInt(distinct) + (distinct > 2500 ? r.nextDouble() : 0.0);
        }
        double[] s = x.clone();
        Arrays.sort(s);
        int k = (int) Math.min(n - 1, Math.floor(p * n));
        double[] a = x.clone();
        Select.select(a, 0, n, k);
        assertEquals(s[k], a[k], 0.0, "rank " + k);
        for (int i = 0; i < n; i++) {
            assertTrue(i < k ? a[i] <= a[k] : i == k || a[i] >= a[k], "partition at " + i);
        }
        double[] q = Descriptive.quantiles(x, new double[] {p, 0.5, 1 - p},
                QuantileMethod.LINEAR);
        double h = (n - 1) * p;
        int lo = (int) Math.floor(h);
        double want = Descriptive.lerp(s[lo], s[Math.min(lo + 1, n - 1)], h - lo);
        assertEquals(want, q[0], 0.0, "quantile " + p);
    }

    @Property
    void ranksArePermutationsWithRightSums(@ForAll("eighths") double[] raw) {
        double[] x = Arrays.stream(raw).map(v -> Math.floor(v / 100)).toArray();   // ties
        int n = x.length;
        double sum = Arrays.stream(Ranks.rank(x, TieMethod.AVERAGE)).sum();
        assertEquals(n * (n + 1) / 2.0, sum, 1e-9);
        double[] ord = Ranks.rank(x, TieMethod.ORDINAL);
        double[] sorted = ord.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < n; i++) {
            assertEquals(i + 1.0, sorted[i]);
        }
        double[] min = Ranks.rank(x, TieMethod.MIN);
        double[] max = Ranks.rank(x, TieMethod.MAX);
        double[] dense = Ranks.rank(x, TieMethod.DENSE);
        for (int i = 0; i < n; i++) {
            assertTrue(min[i] <= ord[i] && ord[i] <= max[i] && dense[i] <= min[i]);
        }
    }

    @Property
    void kendallMatchesQuadraticDefinition(@ForAll("eighths") double[] raw) {
        int n = raw.length;
        double[] x = Arrays.stream(raw).map(v -> Math.floor(v / 700)).toArray();
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = Math.floor((raw[(i * 7 + 3) % n] + raw[i]) / 900);
        }
        long c = 0, d = 0, tx = 0, ty = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double a = Math.signum(x[i] - x[j]) * Math.signum(y[i] - y[j]);
                if (a > 0) {
                    c++;
                } else if (a < 0) {
                    d++;
                }
                if (x[i] == x[j]) {
                    tx++;
                }
                if (y[i] == y[j]) {
                    ty++;
                }
            }
        }
        long n0 = (long) n * (n - 1) / 2;
        double want = (c - d) / Math.sqrt((double) (n0 - tx) * (n0 - ty));
        double got = Correlation.kendall(x, y);
        if (Double.isNaN(want)) {
            assertTrue(Double.isNaN(got), "expected NaN, got " + got);
        } else {
            assertEquals(want, got, 1e-12);
        }
        assertEquals(c - d, Correlation.kendallCounts(x, y).s());
    }

    @Property
    void pearsonOfAffineImageIsPlusMinusOne(@ForAll("eighths") double[] x,
            @ForAll @DoubleRange(min = -100, max = 100) double a) {
        if (Math.abs(a) < 1e-3 || Descriptive.variance(x, 0) == 0.0) {
            return;
        }
        double[] y = Arrays.stream(x).map(v -> a * v + 7.0).toArray();
        assertEquals(Math.signum(a), Correlation.pearson(x, y), 1e-12);
        assertEquals(Math.signum(a), Correlation.spearman(x, y), 1e-12);
    }

    @Property
    void histogramCountsEveryValueOnce(@ForAll("samples") double[] x,
            @ForAll @IntRange(min = 1, max = 50) int bins) {
        Histogram h = Histogram.of(x, bins);
        assertEquals(x.length, Arrays.stream(h.counts()).sum());
        Histogram auto = Histogram.of(x, Histogram.BinRule.AUTO);
        assertEquals(x.length, Arrays.stream(auto.counts()).sum());
        Histogram byEdges = Histogram.of(x, h.edges());
        assertArrayEquals(h.counts(), byEdges.counts(), "explicit edges must bin alike");
    }

    @Property
    void weightedWithUnitWeightsIsPlain(@ForAll("samples") double[] x) {
        double[] w = new double[x.length];
        Arrays.fill(w, 1.0);
        Reference.close(Descriptive.mean(x), Descriptive.weightedMean(x, w), 1e-13, 1e-12, "m");
        if (x.length > 1) {
            double v = Descriptive.variance(x, 1);
            Reference.close(v, Descriptive.weightedVariance(x, w, Descriptive.Weights.FREQUENCY),
                    1e-10, 1e-12, "frequency");
            Reference.close(v, Descriptive.weightedVariance(x, w,
                    Descriptive.Weights.RELIABILITY), 1e-10, 1e-12, "reliability");
        }
    }
}
