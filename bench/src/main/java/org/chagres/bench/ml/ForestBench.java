package org.chagres.bench.ml;

import java.util.concurrent.TimeUnit;
import org.chagres.ml.tree.RandomForestClassifier;
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
import smile.data.DataFrame;
import smile.data.formula.Formula;
import smile.data.vector.IntVector;

/**
 * Random forest fit, 100 trees, √d features per split, unlimited depth, bootstrap: Chagres
 * (trees grown in parallel) against Smile's RandomForest (also parallel over trees).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector",
        "--enable-native-access=ALL-UNNAMED", "-Xmx6g"})
public class ForestBench {

    @Param({"chagres", "smile"})
    public String impl;

    @Param({"digits", "blobs"})
    public String data;

    @Param({"1", "all"})
    public String threads;

    private MlData d;
    private DataFrame frame;

    /** Builds the data set (and Smile's data frame). */
    @Setup
    public void setup() {
        d = MlData.of(data);
        if (impl.equals("smile")) {
            frame = DataFrame.of(d.x).merge(IntVector.of("label", d.y));
        }
    }

    /** One fit of 100 trees; returns the tree count. */
    @Benchmark
    @Work(size = "data", sizeLabel = "data set (digits 1797x64, blobs 100000x50)",
            quick = {"data=digits"})
    public int fit() {
        int t = MlData.threads(threads);
        if (impl.equals("smile")) {
            int mtry = (int) Math.floor(Math.sqrt(d.x[0].length));
            return MlData.withThreads(t, () -> smile.classification.RandomForest.fit(
                    Formula.lhs("label"), frame, 100, mtry, smile.base.cart.SplitRule.GINI,
                    Integer.MAX_VALUE, Integer.MAX_VALUE, 1, 1.0).size());
        }
        return MlData.withThreads(t, () -> RandomForestClassifier.withDefaults().withTrees(100)
                .fit(d.x, d.y).treeCount());
    }
}
