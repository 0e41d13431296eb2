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
import org.openjdk.jmh.annotations.Warmup;
import smile.data.DataFrame;
import smile.data.formula.Formula;
import smile.data.vector.IntVector;

/**
 * Random forest fit, 100 trees, √d features per split, unlimited depth, bootstrap: Chagres
 * (trees grown in parallel) against Smile's RandomForest (also parallel over trees). One fit per
 * iteration (single shot), so the iteration times inherited from {@link MlBench} do not apply.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector",
        "--enable-native-access=ALL-UNNAMED", "-Xmx6g"})
public class ForestBench extends MlBench {

    private DataFrame frame;

    /** Smile's forest is parallel over trees too: every thread count runs. */
    public ForestBench() {
        super(null);
    }

    /** Builds Smile's data frame. */
    @Override
    void prepare() {
        if (smile()) {
            frame = DataFrame.of(d.x).merge(IntVector.of("label", d.y));
        }
    }

    /** One fit of 100 trees; returns the tree count. */
    @Benchmark
    @Work(size = "data", sizeLabel = "data set (digits 1797x64, blobs 100000x50)",
            quick = {"data=digits"})
    public int fit() {
        if (smile()) {
            int mtry = (int) Math.floor(Math.sqrt(d.x[0].length));
            return withThreads(() -> smile.classification.RandomForest.fit(
                    Formula.lhs("label"), frame, 100, mtry, smile.base.cart.SplitRule.GINI,
                    Integer.MAX_VALUE, Integer.MAX_VALUE, 1, 1.0).size());
        }
        return withThreads(() -> RandomForestClassifier.withDefaults().withTrees(100)
                .fit(d.x, d.y).treeCount());
    }
}
