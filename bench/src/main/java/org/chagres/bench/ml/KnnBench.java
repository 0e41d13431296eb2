package org.chagres.bench.ml;

import org.chagres.ml.neighbors.KNeighborsClassifier;
import org.chagres.ml.neighbors.NeighborAlgorithm;
import org.chagres.bench.Work;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * k-NN prediction, k = 5, brute force, of 1000 queries against the whole data set: Chagres
 * (one gemm per block of queries) against Smile's KNN with Euclidean distance (linear search).
 */
public class KnnBench extends MlBench {

    private double[][] queries;
    private KNeighborsClassifier.Model chagres;
    private smile.classification.KNN<double[]> smileKnn;

    /** Smile's side runs on one thread only. */
    public KnnBench() {
        super("smile's KNN predicts one query at a time; only threads=1");
    }

    /** Fits (stores the training set) and picks the queries. */
    @Override
    void prepare() {
        queries = d.head(1000);
        if (smile()) {
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
        return withThreads(() -> chagres.predict(queries));
    }
}
