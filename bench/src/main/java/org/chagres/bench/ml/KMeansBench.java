package org.chagres.bench.ml;

import java.util.concurrent.TimeUnit;
import org.chagres.ml.cluster.KMeans;
import org.chagres.bench.Work;
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
 * k-means fit, k = 10, k-means++ seeding, one restart, at most 300 iterations: Chagres (gemm
 * distances) against Smile's KMeans (k-means++ seeding, BBD-tree Lloyd). scikit-learn's time
 * for the same task comes from tools/ml/sklearn_bench.py. Each call returns the inertia so the
 * quality is visible next to the speed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector",
        "--enable-native-access=ALL-UNNAMED", "-Xmx4g"})
public class KMeansBench {

    @Param({"chagres", "smile"})
    public String impl;

    @Param({"digits", "blobs"})
    public String data;

    @Param({"1", "all"})
    public String threads;

    private MlData d;

    /** Builds the data set. */
    @Setup
    public void setup() {
        d = MlData.of(data);
        if (impl.equals("smile") && !threads.equals("1")) {
            throw new IllegalStateException("smile's KMeans runs single-threaded; only threads=1");
        }
    }

    /** One fit; returns the inertia (sum of squared distances). */
    @Benchmark
    @Work(size = "data", sizeLabel = "data set (digits 1797x64, blobs 100000x50)",
            quick = {"data=digits"}, skip = {"impl=smile&threads=all"})
    public double fit() {
        if (impl.equals("smile")) {
            return smile.clustering.KMeans.fit(d.x, 10, 300, 1e-4).distortion;
        }
        return MlData.withThreads(MlData.threads(threads), () -> KMeans.withDefaults().withK(10)
                .withRestarts(1).withSeed(0).fit(d.x).inertia());
    }
}
