package org.chagres.bench.ml;

import java.util.concurrent.TimeUnit;
import org.chagres.ml.linear.LogisticRegression;
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
 * Multinomial logistic regression fit, L2 (C = 1, i.e. λ = 1), L-BFGS, at most 100
 * iterations, tolerance 1e-4: Chagres (gemm scores and gradients) against Smile's
 * LogisticRegression.multinomial (λ = 1, tol 1e-4, 100 iterations).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector",
        "--enable-native-access=ALL-UNNAMED", "-Xmx4g"})
public class LogisticBench {

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
            throw new IllegalStateException("smile's logistic regression is single-threaded");
        }
    }

    /** One fit; returns a coefficient so the work is not dead. */
    @Benchmark
    @Work(size = "data", sizeLabel = "data set (digits 1797x64, blobs 100000x50)",
            quick = {"data=digits"}, skip = {"impl=smile&threads=all"})
    public double fit() {
        if (impl.equals("smile")) {
            return smile.classification.LogisticRegression.multinomial(d.x, d.y, 1.0, 1e-4, 100)
                    .loglikelihood();
        }
        return MlData.withThreads(MlData.threads(threads), () -> LogisticRegression
                .withDefaults().fit(d.x, d.y).intercepts()[0]);
    }
}
