package org.chagres.bench.stats;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.chagres.bench.Work;
import org.chagres.stats.Descriptive;
import org.chagres.stats.QuantileMethod;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Descriptive statistics of n doubles (normal data with an offset of 1e3): mean, unbiased
 * variance, median and the 0.9 quantile, Chagres against Apache Commons Math3 3.6.1
 * ({@code Mean}, {@code Variance}, {@code Percentile} with R's type 7 estimation) and Apache
 * Commons Statistics 1.1 ({@code Mean.of}, {@code Variance.of}, {@code Median},
 * {@code Quantile} with type 7). Every implementation leaves the input unmodified (the
 * order statistics work on a copy), so each call pays for its copy.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Work(unit = Work.Unit.ELEMENT, amount = "n", sizeLabel = "n (values)",
        quick = {"n=1000000"})
public class DescriptiveBench {

    /** Sample size: in L1/L2, in L3, beyond. */
    @Param({"1000", "100000", "1000000"})
    public int n;

    /** chagres, math3 or statistics (Commons Statistics). */
    @Param({"chagres", "math3", "statistics"})
    public String impl;

    private double[] x;
    private org.apache.commons.math3.stat.descriptive.moment.Mean m3Mean;
    private org.apache.commons.math3.stat.descriptive.moment.Variance m3Variance;
    private org.apache.commons.math3.stat.descriptive.rank.Percentile m3Percentile;
    private org.apache.commons.statistics.descriptive.Median csMedian;
    private org.apache.commons.statistics.descriptive.Quantile csQuantile;

    /** Fills the data with a fixed seed and builds the peers' evaluators. */
    @Setup
    public void setup() {
        SplittableRandom r = new SplittableRandom(42);
        x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 1e3 + r.nextGaussian();   // nextGaussian: java.util.random default
        }
        m3Mean = new org.apache.commons.math3.stat.descriptive.moment.Mean();
        m3Variance = new org.apache.commons.math3.stat.descriptive.moment.Variance();
        m3Percentile = new org.apache.commons.math3.stat.descriptive.rank.Percentile()
                .withEstimationType(org.apache.commons.math3.stat.descriptive.rank.Percentile
                        .EstimationType.R_7);
        csMedian = org.apache.commons.statistics.descriptive.Median.withDefaults();
        csQuantile = org.apache.commons.statistics.descriptive.Quantile.withDefaults()
                .with(org.apache.commons.statistics.descriptive.Quantile.EstimationMethod.HF7);
        if (!(impl.equals("chagres") || impl.equals("math3") || impl.equals("statistics"))) {
            throw new IllegalArgumentException("DescriptiveBench: unknown impl " + impl);
        }
    }

    /** Arithmetic mean. */
    @Benchmark
    public double mean() {
        return switch (impl) {
            case "chagres" -> Descriptive.mean(x);
            case "math3" -> m3Mean.evaluate(x);
            default -> org.apache.commons.statistics.descriptive.Mean.of(x).getAsDouble();
        };
    }

    /** Unbiased sample variance. */
    @Benchmark
    public double variance() {
        return switch (impl) {
            case "chagres" -> Descriptive.variance(x, 1);
            case "math3" -> m3Variance.evaluate(x);
            default -> org.apache.commons.statistics.descriptive.Variance.of(x).getAsDouble();
        };
    }

    /** Median (on a copy). */
    @Benchmark
    public double median() {
        return switch (impl) {
            case "chagres" -> Descriptive.median(x);
            case "math3" -> m3Percentile.evaluate(x, 50.0);
            default -> csMedian.evaluate(x);
        };
    }

    /** The 0.9 quantile, type 7 (on a copy). */
    @Benchmark
    public double quantile90() {
        return switch (impl) {
            case "chagres" -> Descriptive.quantile(x, 0.9, QuantileMethod.LINEAR);
            case "math3" -> m3Percentile.evaluate(x, 90.0);
            default -> csQuantile.evaluate(x, 0.9);
        };
    }
}
