package org.chagres.bench.kernels;

import dev.ludovic.netlib.blas.BLAS;
import java.lang.foreign.MemorySegment;
import java.util.concurrent.TimeUnit;
import org.chagres.bench.Work;
import org.chagres.bench.peer.OpenBlas;
import org.chagres.kernels.Level1;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@code y += α·x} in double and float against OpenBLAS through FFM and netlib-java. α is
 * tiny so that y stays near its start however many calls JMH makes. Sizes as in
 * {@link DotBench}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector",
        "--enable-native-access=ALL-UNNAMED"})
public class AxpyBench {

    private static final double ALPHA = 1e-9;

    @Param({"simd", "scalar", "openblas", "netlib-vector", "netlib-f2j", "netlib-jni"})
    public String impl;

    @Param({"1024", "16384", "1000000", "8388608"})
    public int n;

    private Runnable daxpy;
    private Runnable saxpy;

    /** Builds the data and binds the implementation; a missing peer throws with the reason. */
    @Setup
    public void setup() {
        Support.requirePeer(impl);
        Support.threads("1");
        double[] x = Support.doubles(n, 1);
        double[] y = Support.doubles(n, 2);
        float[] xf = Support.floats(n, 1);
        float[] yf = Support.floats(n, 2);
        int len = n;
        float alphaF = (float) ALPHA;
        switch (impl) {
            case "simd", "scalar" -> {
                Level1 l1 = Support.backend(impl).level1();
                daxpy = () -> l1.axpy(len, ALPHA, x, 0, y, 0);
                saxpy = () -> l1.axpy(len, alphaF, xf, 0, yf, 0);
            }
            case "openblas" -> {
                MemorySegment xs = MemorySegment.ofArray(x);
                MemorySegment ys = MemorySegment.ofArray(y);
                MemorySegment xfs = MemorySegment.ofArray(xf);
                MemorySegment yfs = MemorySegment.ofArray(yf);
                daxpy = () -> OpenBlas.daxpy(len, ALPHA, xs, ys);
                saxpy = () -> OpenBlas.saxpy(len, alphaF, xfs, yfs);
            }
            case "netlib-vector", "netlib-f2j", "netlib-jni" -> {
                BLAS b = DotBench.netlib(impl);
                daxpy = () -> b.daxpy(len, ALPHA, x, 1, y, 1);
                saxpy = () -> b.saxpy(len, alphaF, xf, 1, yf, 1);
            }
            default -> throw Support.unknown("AxpyBench", impl);
        }
    }

    /** Double axpy: reads x and y, writes y: 24 bytes per element. */
    @Benchmark
    @Work(unit = Work.Unit.BYTE, amount = "24*n", sizeLabel = "n (vector length)",
            ceiling = Work.TRIAD,
            quick = {"n=1024,1000000", "impl=simd,scalar,openblas,netlib-vector"})
    public void daxpy() {
        daxpy.run();
    }

    /** Float axpy: 12 bytes per element. */
    @Benchmark
    @Work(unit = Work.Unit.BYTE, amount = "12*n", sizeLabel = "n (vector length)",
            ceiling = Work.TRIAD,
            quick = {"n=1024,1000000", "impl=simd,openblas"})
    public void saxpy() {
        saxpy.run();
    }
}
