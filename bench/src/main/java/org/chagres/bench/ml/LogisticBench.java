package org.chagres.bench.ml;

import org.chagres.ml.linear.LogisticRegression;
import org.chagres.bench.Work;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * Multinomial logistic regression fit, L2 (C = 1, i.e. λ = 1), L-BFGS, at most 100
 * iterations, tolerance 1e-4: Chagres (gemm scores and gradients) against Smile's
 * LogisticRegression.multinomial (λ = 1, tol 1e-4, 100 iterations).
 */
public class LogisticBench extends MlBench {

    /** Smile's side runs on one thread only. */
    public LogisticBench() {
        super("smile's logistic regression is single-threaded");
    }

    /** One fit; returns a coefficient so the work is not dead. */
    @Benchmark
    @Work(size = "data", sizeLabel = "data set (digits 1797x64, blobs 100000x50)",
            quick = {"data=digits"}, skip = {"impl=smile&threads=all"})
    public double fit() {
        if (smile()) {
            return smile.classification.LogisticRegression.multinomial(d.x, d.y, 1.0, 1e-4, 100)
                    .loglikelihood();
        }
        return withThreads(() -> LogisticRegression
                .withDefaults().fit(d.x, d.y).intercepts()[0]);
    }
}
