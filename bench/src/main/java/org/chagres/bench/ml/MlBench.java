package org.chagres.bench.ml;

import java.util.concurrent.Callable;
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
 * What the ML benchmarks share: the parameters implementation × data set × thread count, the
 * JMH settings (a subclass may annotate its own), the data set built in {@link #setup()}, and
 * running Chagres with the chosen thread count. Each subclass declares its own
 * {@code @Benchmark} method with its {@code @Work}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector",
        "--enable-native-access=ALL-UNNAMED", "-Xmx4g"})
public abstract class MlBench {

    @Param({"chagres", "smile"})
    public String impl;

    @Param({"digits", "blobs"})
    public String data;

    @Param({"1", "all"})
    public String threads;

    /** The data set, built in {@link #setup()}. */
    MlData d;

    /** Why Smile runs only with {@code threads=1}, or null where it runs with any count. */
    private final String smileOneThread;

    /**
     * @param smileOneThread why Smile runs only with {@code threads=1} (the message setup throws
     *     for another count), or null where Smile runs with any count
     */
    MlBench(String smileOneThread) {
        this.smileOneThread = smileOneThread;
    }

    /** Builds the data set, refuses Smile with several threads where it has one, then prepares. */
    @Setup
    public void setup() {
        d = MlData.of(data);
        if (impl.equals("smile") && smileOneThread != null && !threads.equals("1")) {
            throw new IllegalStateException(smileOneThread);
        }
        prepare();
    }

    /** What a benchmark builds beyond the data set (models, queries); nothing by default. */
    void prepare() {
    }

    /** Whether this row runs Smile. */
    boolean smile() {
        return impl.equals("smile");
    }

    /** Runs {@code task} with the {@code threads} parameter's thread count. */
    <T> T withThreads(Callable<T> task) {
        return MlData.withThreads(MlData.threads(threads), task);
    }
}
