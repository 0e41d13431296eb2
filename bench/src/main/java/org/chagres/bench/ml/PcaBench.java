package org.chagres.bench.ml;

import java.util.concurrent.TimeUnit;
import org.chagres.ml.decomposition.Pca;
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

/** PCA to 10 components (fit + transform of the training data): Chagres (SVD) against Smile. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector",
        "--enable-native-access=ALL-UNNAMED", "-Xmx4g"})
public class PcaBench {

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
            throw new IllegalStateException("smile's PCA is single-threaded; only threads=1");
        }
    }

    /** Fit and project the training data onto 10 components. */
    @Benchmark
    @Work(size = "data", sizeLabel = "data set (digits 1797x64, blobs 100000x50)",
            quick = {"data=digits"}, skip = {"impl=smile&threads=all"})
    public double[][] fitTransform() {
        if (impl.equals("smile")) {
            return smile.feature.extraction.PCA.fit(d.x).getProjection(10).apply(d.x);
        }
        return MlData.withThreads(MlData.threads(threads),
                () -> Pca.withComponents(10).fit(d.x).transform(d.x));
    }
}
