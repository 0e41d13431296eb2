package org.chagres.bench.linalg;

import java.util.concurrent.TimeUnit;
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
 * What the eigen-decomposition and SVD benchmarks share: the parameters implementation × n,
 * the JMH settings, and one thread on every side. A subclass binds each implementation to an
 * n×n input ({@link #bind}) and declares its own {@code @Benchmark} method running
 * {@link #decompose}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector",
        "--enable-native-access=ALL-UNNAMED"})
public abstract class SpectralBench {

    @Param({"simd", "ejml", "ojalgo", "commons-math", "lapacke"})
    public String impl;

    @Param({"256", "1024"})
    public int n;

    /** One decomposition by the chosen implementation, bound in {@link #setup()}. */
    Runnable decompose;

    /** Pins every side to one thread and binds the implementation. */
    @Setup
    public void setup() {
        LinalgSupport.oneThread(impl);
        decompose = bind(impl, n);
    }

    /** One decomposition by {@code impl} of this benchmark's n×n input, built here. */
    abstract Runnable bind(String impl, int size);
}
