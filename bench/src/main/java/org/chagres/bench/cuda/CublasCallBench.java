package org.chagres.bench.cuda;

import java.lang.foreign.MemorySegment;
import java.util.concurrent.TimeUnit;
import org.chagres.bench.Work;
import org.chagres.cuda.Cublas;
import org.chagres.cuda.Cuda;
import org.chagres.cuda.CudaLibraries;
import org.chagres.cuda.CudaStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of one cuBLAS call from Java: {@code cublasSetStream_v2} does no GPU work, so its
 * time is the FFM downcall plus cuBLAS's own bookkeeping. bench/native/cublas_gemm_loop.c
 * prints the same call's native cost; the difference is the FFM overhead (target < 1 µs).
 */
@State(Scope.Thread)
@Work(requires = "cuda")
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED"})
public class CublasCallBench {

    private Cublas blas;
    private CudaStream stream;

    /** Creates the handle; fails with the reason where CUDA is unusable. */
    @Setup(Level.Trial)
    public void setUp() {
        if (!Cuda.available() || !CudaLibraries.cublas().ok()) {
            throw new IllegalStateException("no CUDA device or cuBLAS: "
                    + Cuda.unavailableReason().orElse(CudaLibraries.cublas().reason()));
        }
        blas = Cublas.create();
        stream = CudaStream.create();
    }

    /** Releases the handle and stream. */
    @TearDown(Level.Trial)
    public void tearDown() {
        blas.close();
        stream.close();
    }

    /** One checked cublasSetStream_v2 through FFM. */
    @Benchmark
    public void setStream() {
        blas.setStream(stream);
    }

    /** For scale: an FFM segment allocation-free no-op, the floor of the harness. */
    @Benchmark
    public long baseline() {
        return MemorySegment.NULL.address();
    }
}
