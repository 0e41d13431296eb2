package org.chagres.bench.kernels;

import dev.ludovic.netlib.blas.BLAS;
import java.lang.foreign.MemorySegment;
import java.util.concurrent.TimeUnit;
import org.chagres.bench.Work;
import org.chagres.bench.peer.OpenBlas;
import org.chagres.kernels.Level2;
import org.chagres.kernels.Transpose;
import org.ejml.data.DMatrixRMaj;
import org.ejml.data.FMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.CommonOps_FDRM;
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
 * {@code y = α·op(A)·x + β·y} for a square row-major A (n×n), not transposed and transposed,
 * single-threaded on every side. netlib-java is column-major: a row-major A is its
 * column-major Aᵀ, so {@code NO} calls netlib's {@code "T"} and {@code YES} its {@code "N"}.
 * Sizes: 64 (A in L1), 256 (L2), 2048 (the target; 32 MiB) and 4096 (DRAM).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector",
        "--enable-native-access=ALL-UNNAMED"})
public class GemvBench {

    @Param({"simd", "scalar", "openblas", "netlib-vector", "netlib-f2j", "netlib-jni", "ejml"})
    public String impl;

    @Param({"NO", "YES"})
    public Transpose trans;

    @Param({"64", "256", "2048", "4096"})
    public int n;

    private Runnable dgemv;
    private Runnable sgemv;

    /** Builds the data and binds the implementation; a missing peer throws with the reason. */
    @Setup
    public void setup() {
        Support.requirePeer(impl);
        Support.threads("1");
        int len = n;
        Transpose t = trans;
        double[] a = Support.doubles(n * n, 1);
        double[] x = Support.doubles(n, 2);
        double[] y = Support.doubles(n, 3);
        float[] af = Support.floats(n * n, 1);
        float[] xf = Support.floats(n, 2);
        float[] yf = Support.floats(n, 3);
        // β = 0.5 keeps y bounded over repeated calls
        switch (impl) {
            case "simd", "scalar" -> {
                Level2 l2 = Support.backend(impl).level2();
                dgemv = () -> l2.gemv(t, len, len, 1.0, a, 0, len, x, 0, 0.5, y, 0);
                sgemv = () -> l2.gemv(t, len, len, 1.0f, af, 0, len, xf, 0, 0.5f, yf, 0);
            }
            case "openblas" -> {
                MemorySegment as = MemorySegment.ofArray(a);
                MemorySegment xs = MemorySegment.ofArray(x);
                MemorySegment ys = MemorySegment.ofArray(y);
                MemorySegment afs = MemorySegment.ofArray(af);
                MemorySegment xfs = MemorySegment.ofArray(xf);
                MemorySegment yfs = MemorySegment.ofArray(yf);
                dgemv = () -> OpenBlas.dgemv(t, len, len, 1.0, as, len, xs, 0.5, ys);
                sgemv = () -> OpenBlas.sgemv(t, len, len, 1.0f, afs, len, xfs, 0.5f, yfs);
            }
            case "netlib-vector", "netlib-f2j", "netlib-jni" -> {
                BLAS b = DotBench.netlib(impl);
                String op = t == Transpose.NO ? "T" : "N";
                dgemv = () -> b.dgemv(op, len, len, 1.0, a, len, x, 1, 0.5, y, 1);
                sgemv = () -> b.sgemv(op, len, len, 1.0f, af, len, xf, 1, 0.5f, yf, 1);
            }
            case "ejml" -> {
                DMatrixRMaj am = DMatrixRMaj.wrap(len, len, a);
                DMatrixRMaj xm = DMatrixRMaj.wrap(len, 1, x);
                DMatrixRMaj ym = DMatrixRMaj.wrap(len, 1, y);
                FMatrixRMaj afm = FMatrixRMaj.wrap(len, len, af);
                FMatrixRMaj xfm = FMatrixRMaj.wrap(len, 1, xf);
                FMatrixRMaj yfm = FMatrixRMaj.wrap(len, 1, yf);
                // EJML has no β: y = op(A)·x, which is what a EJML user writes
                dgemv = t == Transpose.NO ? () -> CommonOps_DDRM.mult(am, xm, ym)
                        : () -> CommonOps_DDRM.multTransA(am, xm, ym);
                sgemv = t == Transpose.NO ? () -> CommonOps_FDRM.mult(afm, xfm, yfm)
                        : () -> CommonOps_FDRM.multTransA(afm, xfm, yfm);
            }
            default -> throw Support.unknown("GemvBench", impl);
        }
    }

    /** Double gemv: A is read once, 8·n² bytes (x and y are negligible). */
    @Benchmark
    @Work(unit = Work.Unit.BYTE, amount = "8*n*n", sizeLabel = "n (A is n×n)",
            ceiling = Work.TRIAD,
            quick = {"n=2048", "impl=simd,scalar,openblas,netlib-vector,ejml"})
    public void dgemv() {
        dgemv.run();
    }

    /** Float gemv: 4·n² bytes. */
    @Benchmark
    @Work(unit = Work.Unit.BYTE, amount = "4*n*n", sizeLabel = "n (A is n×n)",
            ceiling = Work.TRIAD,
            quick = {"n=2048", "trans=NO", "impl=simd,openblas,netlib-vector"})
    public void sgemv() {
        sgemv.run();
    }
}
