package org.chagres.bench.stats;

import java.util.concurrent.TimeUnit;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.GammaDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.chagres.bench.Work;
import org.chagres.stats.distribution.Beta;
import org.chagres.stats.distribution.Gamma;
import org.chagres.stats.distribution.Normal;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of cdf and quantile for the normal, gamma and beta distributions, Chagres against
 * Apache Commons Statistics ({@code commons-statistics-distribution}) in the same run.
 *
 * <p>Each call evaluates {@code n} points: for cdf, the quantiles of an evenly spaced grid of
 * probabilities in [0.001, 0.999] (so body and moderate tails are both hit); for quantile, that
 * probability grid itself. Parameters: normal N(0, 1), gamma (shape 2.5, scale 1), beta (2, 5).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class DistributionBench {

    /** The distribution. */
    @Param({"normal", "gamma", "beta"})
    public String dist;

    /** The implementation: {@code chagres} or {@code commons} (Commons Statistics 1.1). */
    @Param({"chagres", "commons"})
    public String impl;

    /** Points per call. */
    @Param({"1024"})
    public int n;

    private double[] xs;
    private double[] ps;
    private DoubleUnaryOperator cdf;
    private DoubleUnaryOperator quantile;

    /** Builds the distribution of {@code dist} for {@code impl} and the evaluation points. */
    @Setup
    public void setup() {
        org.chagres.stats.distribution.ContinuousDistribution ours = switch (dist) {
            case "normal" -> Normal.standard();
            case "gamma" -> Gamma.of(2.5, 1.0);
            case "beta" -> Beta.of(2.0, 5.0);
            default -> throw new IllegalArgumentException("DistributionBench: unknown dist " + dist);
        };
        ContinuousDistribution theirs = switch (dist) {
            case "normal" -> NormalDistribution.of(0.0, 1.0);
            case "gamma" -> GammaDistribution.of(2.5, 1.0);
            case "beta" -> BetaDistribution.of(2.0, 5.0);
            default -> throw new IllegalArgumentException("DistributionBench: unknown dist " + dist);
        };
        switch (impl) {
            case "chagres" -> {
                cdf = ours::cdf;
                quantile = ours::quantile;
            }
            case "commons" -> {
                cdf = theirs::cumulativeProbability;
                quantile = theirs::inverseCumulativeProbability;
            }
            default -> throw new IllegalArgumentException("DistributionBench: unknown impl " + impl);
        }
        ps = new double[n];
        xs = new double[n];
        for (int i = 0; i < n; i++) {
            ps[i] = 0.001 + 0.998 * i / (n - 1.0);
            xs[i] = ours.quantile(ps[i]);
        }
    }

    /** n cdf evaluations. */
    @Benchmark
    @Work(unit = Work.Unit.ELEMENT, amount = "n")
    public double cdf() {
        double s = 0;
        for (double x : xs) {
            s += cdf.applyAsDouble(x);
        }
        return s;
    }

    /** n quantile evaluations. */
    @Benchmark
    @Work(unit = Work.Unit.ELEMENT, amount = "n")
    public double quantile() {
        double s = 0;
        for (double p : ps) {
            s += quantile.applyAsDouble(p);
        }
        return s;
    }
}
