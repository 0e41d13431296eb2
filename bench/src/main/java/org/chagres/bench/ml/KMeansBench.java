package org.chagres.bench.ml;

import org.chagres.ml.cluster.KMeans;
import org.chagres.bench.Work;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * k-means fit, k = 10, k-means++ seeding, one restart, at most 300 iterations: Chagres (gemm
 * distances) against Smile's KMeans (k-means++ seeding, BBD-tree Lloyd). scikit-learn's time
 * for the same task comes from tools/ml/sklearn_bench.py. Each call returns the inertia so the
 * quality is visible next to the speed.
 */
public class KMeansBench extends MlBench {

    /** Smile's side runs on one thread only. */
    public KMeansBench() {
        super("smile's KMeans runs single-threaded; only threads=1");
    }

    /** One fit; returns the inertia (sum of squared distances). */
    @Benchmark
    @Work(size = "data", sizeLabel = "data set (digits 1797x64, blobs 100000x50)",
            quick = {"data=digits"}, skip = {"impl=smile&threads=all"})
    public double fit() {
        if (smile()) {
            return smile.clustering.KMeans.fit(d.x, 10, 300, 1e-4).distortion;
        }
        return withThreads(() -> KMeans.withDefaults().withK(10)
                .withRestarts(1).withSeed(0).fit(d.x).inertia());
    }
}
