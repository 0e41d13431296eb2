package org.chagres.bench.kernels;

import dev.ludovic.netlib.blas.BLAS;
import java.lang.foreign.MemorySegment;
import java.util.concurrent.TimeUnit;
import org.chagres.bench.Work;
import org.chagres.bench.peer.OpenBlas;
import org.chagres.kernels.Level3;
import org.chagres.kernels.Transpose;
import org.ejml.concurrency.EjmlConcurrency;
import org.ejml.data.DMatrixRMaj;
import org.ejml.data.FMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.CommonOps_FDRM;
import org.ejml.dense.row.CommonOps_MT_DDRM;
import org.ejml.dense.row.CommonOps_MT_FDRM;
import org.ojalgo.OjAlgoUtils;
import org.ojalgo.matrix.store.R064Store;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * {@code C = A·B} (β = 0, no transposes), double and float, on one thread and on all, with
 * every implementation in the same run: Chagres (simd; scalar where it takes less than a few
 * seconds), OpenBLAS through FFM, netlib-java VectorBLAS and F2jBLAS, EJML and ojAlgo.
 *
 * <p>{@code shape} is {@code m×k×n} (A is m×k, B is k×n); a single number is a square
 * multiply. Thread counts are set on every side: Chagres's kernel pool and OpenBLAS through
 * their APIs, EJML by its concurrent {@code CommonOps_MT} with {@code EjmlConcurrency}'s
 * limit, ojAlgo by {@code OjAlgoUtils.limitThreadsTo}; netlib-java is single-threaded, so it
 * has no all-threads rows.
 *
 * <p>netlib-java is column-major: a row-major product C = A·B is the column-major product
 * Cᵀ = Bᵀ·Aᵀ of the same arrays, which is what is called; ojAlgo likewise.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector",
        "--enable-native-access=ALL-UNNAMED"})
public class GemmBench {

    @Param({"simd", "scalar", "openblas", "netlib-vector", "netlib-f2j", "ejml", "ojalgo"})
    public String impl;

    @Param({"64", "256", "1024", "2048", "4096x64x4096", "4096x4096x64"})
    public String shape;

    @Param({"1", "all"})
    public String threads;

    private Runnable gemm;

    /** Builds the matrices the benchmark method needs and binds the implementation. */
    @Setup
    public void setup(BenchmarkParams params) {
        Support.requirePeer(impl);
        int t = Support.threads(threads);
        String[] dims = shape.split("x");
        int m = Integer.parseInt(dims[0]);
        int k = Integer.parseInt(dims[dims.length == 3 ? 1 : 0]);
        int n = Integer.parseInt(dims[dims.length == 3 ? 2 : 0]);
        if (params.getBenchmark().endsWith(".sgemm")) {
            bindFloat(m, k, n, t);
        } else {
            bindDouble(m, k, n, t);
        }
    }

    private void bindDouble(int m, int k, int n, int t) {
        double[] a = Support.doubles(m * k, 1);
        double[] b = Support.doubles(k * n, 2);
        double[] c = new double[m * n];
        switch (impl) {
            case "simd", "scalar" -> {
                Level3 l3 = Support.backend(impl).level3();
                gemm = () -> l3.gemm(Transpose.NO, Transpose.NO, m, n, k, 1.0, a, 0, k, b, 0, n,
                        0.0, c, 0, n);
            }
            case "openblas" -> {
                MemorySegment as = MemorySegment.ofArray(a);
                MemorySegment bs = MemorySegment.ofArray(b);
                MemorySegment cs = MemorySegment.ofArray(c);
                gemm = () -> OpenBlas.dgemm(Transpose.NO, Transpose.NO, m, n, k, 1.0, as, k, bs,
                        n, 0.0, cs, n);
            }
            case "netlib-vector", "netlib-f2j" -> {
                BLAS blas = DotBench.netlib(impl);
                gemm = () -> blas.dgemm("N", "N", n, m, k, 1.0, b, n, a, k, 0.0, c, n);
            }
            case "ejml" -> {
                DMatrixRMaj am = DMatrixRMaj.wrap(m, k, a);
                DMatrixRMaj bm = DMatrixRMaj.wrap(k, n, b);
                DMatrixRMaj cm = DMatrixRMaj.wrap(m, n, c);
                if (t == 1) {
                    gemm = () -> CommonOps_DDRM.mult(am, bm, cm);
                } else {
                    EjmlConcurrency.setMaxThreads(t);
                    gemm = () -> CommonOps_MT_DDRM.mult(am, bm, cm);
                }
            }
            case "ojalgo" -> {
                OjAlgoUtils.limitThreadsTo(t);
                R064Store at = R064Store.wrap(a, k);
                R064Store bt = R064Store.wrap(b, n);
                R064Store ct = R064Store.wrap(c, n);
                gemm = () -> ct.fillByMultiplying(bt, at);
            }
            default -> throw Support.unknown("GemmBench", impl);
        }
    }

    private void bindFloat(int m, int k, int n, int t) {
        float[] a = Support.floats(m * k, 1);
        float[] b = Support.floats(k * n, 2);
        float[] c = new float[m * n];
        switch (impl) {
            case "simd", "scalar" -> {
                Level3 l3 = Support.backend(impl).level3();
                gemm = () -> l3.gemm(Transpose.NO, Transpose.NO, m, n, k, 1.0f, a, 0, k, b, 0,
                        n, 0.0f, c, 0, n);
            }
            case "openblas" -> {
                MemorySegment as = MemorySegment.ofArray(a);
                MemorySegment bs = MemorySegment.ofArray(b);
                MemorySegment cs = MemorySegment.ofArray(c);
                gemm = () -> OpenBlas.sgemm(Transpose.NO, Transpose.NO, m, n, k, 1.0f, as, k, bs,
                        n, 0.0f, cs, n);
            }
            case "netlib-vector", "netlib-f2j" -> {
                BLAS blas = DotBench.netlib(impl);
                gemm = () -> blas.sgemm("N", "N", n, m, k, 1.0f, b, n, a, k, 0.0f, c, n);
            }
            case "ejml" -> {
                FMatrixRMaj am = FMatrixRMaj.wrap(m, k, a);
                FMatrixRMaj bm = FMatrixRMaj.wrap(k, n, b);
                FMatrixRMaj cm = FMatrixRMaj.wrap(m, n, c);
                if (t == 1) {
                    gemm = () -> CommonOps_FDRM.mult(am, bm, cm);
                } else {
                    EjmlConcurrency.setMaxThreads(t);
                    gemm = () -> CommonOps_MT_FDRM.mult(am, bm, cm);
                }
            }
            case "ojalgo" -> throw new UnsupportedOperationException("GemmBench.sgemm: ojAlgo"
                    + " is compared in double only (R064Store), got impl=ojalgo");
            default -> throw Support.unknown("GemmBench.sgemm", impl);
        }
    }

    /** Double gemm: 2·m·k·n flops. */
    @Benchmark
    @Work(unit = Work.Unit.FLOP, amount = "2*shape[0]*shape[1]*shape[2]", size = "shape",
            sizeLabel = "n (square n×n·n×n)", ceiling = Work.FMA_DOUBLE,
            quick = {"shape=256,1024", "impl=simd,scalar,openblas,netlib-vector,ejml,ojalgo"},
            skip = {"impl=scalar&shape=2048", "impl=scalar&shape=4096x64x4096",
                "impl=scalar&shape=4096x4096x64", "impl=scalar&threads=all",
                "impl=netlib-f2j&shape=2048", "impl=netlib-f2j&shape=4096x64x4096",
                "impl=netlib-f2j&shape=4096x4096x64", "impl=netlib-f2j&threads=all",
                "impl=netlib-vector&threads=all"})
    public void dgemm() {
        gemm.run();
    }

    /** Float gemm: 2·m·k·n flops (ojAlgo has no float gemm worth comparing: not run). */
    @Benchmark
    @Work(unit = Work.Unit.FLOP, amount = "2*shape[0]*shape[1]*shape[2]", size = "shape",
            sizeLabel = "n (square n×n·n×n)", ceiling = Work.FMA_FLOAT,
            quick = {"shape=1024", "threads=1", "impl=simd,openblas,netlib-vector,ejml"},
            skip = {"impl=ojalgo", "impl=scalar&shape=2048", "impl=scalar&shape=4096x64x4096",
                "impl=scalar&shape=4096x4096x64", "impl=scalar&threads=all",
                "impl=netlib-f2j&shape=2048", "impl=netlib-f2j&shape=4096x64x4096",
                "impl=netlib-f2j&shape=4096x4096x64", "impl=netlib-f2j&threads=all",
                "impl=netlib-vector&threads=all"})
    public void sgemm() {
        gemm.run();
    }
}
