package org.chagres.bench.ml;

import java.util.concurrent.TimeUnit;
import org.chagres.ml.neighbors.KNeighborsClassifier;
import org.chagres.ml.neighbors.NeighborAlgorithm;
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
 * k-NN prediction, k = 5, brute force, of 1000 queries against the whole data set: Chagres
 * (one gemm per block of queries) against Smile's KNN with Euclidean distance (linear search).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector",
        "--enable-native-access=ALL-UNNAMED", "-Xmx4g"})
public class KnnBench {

    @Param({"chagres", "smile"})
    public String impl;

    @Param({"digits", "blobs"})
    public String data;

    @Param({"1", "all"})
    public String threads;

    private double[][] queries;
    private KNeighborsClassifier.Model chagres;
    private smile.classification.KNN<double[]> smileKnn;

    /** Fits (stores the training set) and picks the queries. */
    @Setup
    public void setup() {
        MlData d = MlData.of(data);
        queries = d.head(1000);
        if (impl.equals("smile")) {
            if (!threads.equals("1")) {
                throw new IllegalStateException("smile's KNN predicts one query at a time;"
                        + " only threads=1");
            }
            smileKnn = smile.classification.KNN.fit(d.x, d.y, 5,
                    new smile.math.distance.EuclideanDistance());
        } else {
            chagres = KNeighborsClassifier.withDefaults().withK(5)
                    .withAlgorithm(NeighborAlgorithm.BRUTE).fit(d.x, d.y);
        }
    }

    /** Labels of the queries. */
    @Benchmark
    @Work(size = "data", sizeLabel = "data set (digits 1797x64, blobs 100000x50)",
            quick = {"data=digits"}, skip = {"impl=smile&threads=all"})
    public int[] predict() {
        if (smileKnn != null) {
            int[] out = new int[queries.length];
            for (int i = 0; i < queries.length; i++) {
                out[i] = smileKnn.predict(queries[i]);
            }
            return out;
        }
        return MlData.withThreads(MlData.threads(threads), () -> chagres.predict(queries));
    }
}
