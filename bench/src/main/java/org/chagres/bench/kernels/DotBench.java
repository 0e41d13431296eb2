package org.chagres.bench.kernels;

import dev.ludovic.netlib.blas.BLAS;
import java.lang.foreign.MemorySegment;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;
import org.chagres.bench.Work;
import org.chagres.bench.peer.Netlib;
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
 * {@code dot(x, y)} in double and float: Chagres's simd and scalar backends against OpenBLAS
 * through FFM (heap arrays passed in place: what a Java caller pays) and netlib-java. Sizes:
 * 1024 (L1), 16384 (L2), 10⁶ (the target size; L3 on large-cache parts) and 2²³ (DRAM).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector",
        "--enable-native-access=ALL-UNNAMED"})
public class DotBench {

    @Param({"simd", "scalar", "openblas", "netlib-vector", "netlib-f2j", "netlib-jni"})
    public String impl;

    @Param({"1024", "16384", "1000000", "8388608"})
    public int n;

    private DoubleSupplier ddot;
    private DoubleSupplier sdot;

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
        switch (impl) {
            case "simd", "scalar" -> {
                Level1 l1 = Support.backend(impl).level1();
                ddot = () -> l1.dot(len, x, 0, y, 0);
                sdot = () -> l1.dot(len, xf, 0, yf, 0);
            }
            case "openblas" -> {
                MemorySegment xs = MemorySegment.ofArray(x);
                MemorySegment ys = MemorySegment.ofArray(y);
                MemorySegment xfs = MemorySegment.ofArray(xf);
                MemorySegment yfs = MemorySegment.ofArray(yf);
                ddot = () -> OpenBlas.ddot(len, xs, ys);
                sdot = () -> OpenBlas.sdot(len, xfs, yfs);
            }
            case "netlib-vector", "netlib-f2j", "netlib-jni" -> {
                BLAS b = netlib(impl);
                ddot = () -> b.ddot(len, x, 1, y, 1);
                sdot = () -> b.sdot(len, xf, 1, yf, 1);
            }
            default -> throw Support.unknown("DotBench", impl);
        }
    }

    static BLAS netlib(String impl) {
        return switch (impl) {
            case "netlib-vector" -> Netlib.vector();
            case "netlib-f2j" -> Netlib.f2j();
            case "netlib-jni" -> Netlib.jni();
            default -> throw Support.unknown("netlib", impl);
        };
    }

    /** Double dot product: reads 16 bytes per element. */
    @Benchmark
    @Work(unit = Work.Unit.BYTE, amount = "16*n", sizeLabel = "n (vector length)",
            ceiling = Work.TRIAD,
            quick = {"n=1024,1000000", "impl=simd,scalar,openblas,netlib-vector"})
    public double ddot() {
        return ddot.getAsDouble();
    }

    /** Float dot product: reads 8 bytes per element. */
    @Benchmark
    @Work(unit = Work.Unit.BYTE, amount = "8*n", sizeLabel = "n (vector length)",
            ceiling = Work.TRIAD,
            quick = {"n=1024,1000000", "impl=simd,openblas"})
    public double sdot() {
        return sdot.getAsDouble();
    }
}
