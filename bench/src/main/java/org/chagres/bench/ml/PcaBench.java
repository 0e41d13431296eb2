package org.chagres.bench.ml;

import org.chagres.ml.decomposition.Pca;
import org.chagres.bench.Work;
import org.openjdk.jmh.annotations.Benchmark;

/** PCA to 10 components (fit + transform of the training data): Chagres (SVD) against Smile. */
public class PcaBench extends MlBench {

    /** Smile's side runs on one thread only. */
    public PcaBench() {
        super("smile's PCA is single-threaded; only threads=1");
    }

    /** Fit and project the training data onto 10 components. */
    @Benchmark
    @Work(size = "data", sizeLabel = "data set (digits 1797x64, blobs 100000x50)",
            quick = {"data=digits"}, skip = {"impl=smile&threads=all"})
    public double[][] fitTransform() {
        if (smile()) {
            return smile.feature.extraction.PCA.fit(d.x).getProjection(10).apply(d.x);
        }
        return withThreads(() -> Pca.withComponents(10).fit(d.x).transform(d.x));
    }
}
