package org.chagres.bench.cuda;

import java.lang.foreign.Arena;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.chagres.bench.Work;
import org.chagres.cuda.Cublas;
import org.chagres.cuda.Cuda;
import org.chagres.cuda.CudaLibraries;
import org.chagres.cuda.DeviceMatrix;
import org.chagres.kernels.Backend;
import org.chagres.kernels.Backends;
import org.chagres.kernels.Transpose;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Square gemm through cuBLAS from Java: {@code deviceResident} multiplies matrices that stay
 * on the GPU ({@link Cublas} on {@link DeviceMatrix}, then a device synchronise), the number to
 * hold against bench/native/cublas_gemm_loop.c; {@code hostToHost} is the cuda backend on Java
 * arrays, transfers included. GFLOP/s = 2n³ / time. Runs only where a GPU is present; elsewhere
 * the setup fails with the reason, which the report shows.
 */
@Work(unit = Work.Unit.FLOP, amount = "2*n*n*n", impl = "precision",
        sizeLabel = "n (square n×n·n×n)", requires = "cuda", quick = {"n=1024,4096"})
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector",
    "--enable-native-access=ALL-UNNAMED"})
public class CudaGemmBench {

    /** Matrix order. */
    @Param({"1024", "2048", "4096", "8192", "16384"})
    public int n;

    /** double, float, or float computed on tensor cores as tf32 or bf16. */
    @Param({"double", "float", "tf32", "bf16"})
    public String precision;

    private Arena arena;
    private Cublas blas;
    private DeviceMatrix a;
    private DeviceMatrix b;
    private DeviceMatrix c;
    private Backend cuda;
    private double[] ha;
    private double[] hb;
    private double[] hc;
    private float[] fa;
    private float[] fb;
    private float[] fc;

    /** Allocates and fills the operands; fails with the reason where CUDA is unusable. */
    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) {
        if (!Cuda.available()) {
            throw new IllegalStateException("no CUDA device: "
                    + Cuda.unavailableReason().orElse("?"));
        }
        if (!CudaLibraries.cublas().ok()) {
            throw new IllegalStateException("no cuBLAS: " + CudaLibraries.cublas().reason());
        }
        boolean host = params.getBenchmark().endsWith("hostToHost");
        boolean isDouble = precision.equals("double");
        if (host && !(isDouble || precision.equals("float"))) {
            throw new IllegalStateException("hostToHost runs double and float only, not "
                    + precision);
        }
        SplittableRandom r = new SplittableRandom(n);
        int size = n * n;
        if (host) {
            cuda = Backends.find("cuda").orElseThrow();
            if (isDouble) {
                ha = r.doubles(size, -1, 1).toArray();
                hb = r.doubles(size, -1, 1).toArray();
                hc = new double[size];
            } else {
                fa = floats(r, size);
                fb = floats(r, size);
                fc = new float[size];
            }
            return;
        }
        arena = Arena.ofShared();
        blas = Cublas.create();
        if (isDouble) {
            a = DeviceMatrix.of(arena, n, n, r.doubles(size, -1, 1).toArray());
            b = DeviceMatrix.of(arena, n, n, r.doubles(size, -1, 1).toArray());
            c = DeviceMatrix.allocate(arena, DeviceMatrix.Precision.DOUBLE, n, n);
        } else {
            a = DeviceMatrix.of(arena, n, n, floats(r, size));
            b = DeviceMatrix.of(arena, n, n, floats(r, size));
            c = DeviceMatrix.allocate(arena, DeviceMatrix.Precision.FLOAT, n, n);
        }
    }

    private static float[] floats(SplittableRandom r, int size) {
        float[] f = new float[size];
        for (int i = 0; i < size; i++) {
            f[i] = (float) r.nextDouble(-1, 1);
        }
        return f;
    }

    /** Frees the device memory and the handle. */
    @TearDown(Level.Trial)
    public void tearDown() {
        if (blas != null) {
            blas.close();
        }
        if (arena != null) {
            arena.close();
        }
    }

    /** C = A·B on device-resident data, synchronised. */
    @Benchmark
    public void deviceResident() {
        switch (precision) {
            case "tf32" -> blas.gemm(Cublas.FloatCompute.TF32, Transpose.NO, Transpose.NO, 1f, a,
                    b, 0f, c);
            case "bf16" -> blas.gemm(Cublas.FloatCompute.BF16, Transpose.NO, Transpose.NO, 1f, a,
                    b, 0f, c);
            default -> blas.gemm(Transpose.NO, Transpose.NO, 1.0, a, b, 0.0, c);
        }
        Cuda.synchronize();
    }

    /** C = A·B on Java arrays through the cuda backend: copy in, multiply, copy out. */
    @Benchmark
    public void hostToHost() {
        if (ha != null) {
            cuda.level3().gemm(Transpose.NO, Transpose.NO, n, n, n, 1.0, ha, 0, n, hb, 0, n, 0.0,
                    hc, 0, n);
        } else {
            cuda.level3().gemm(Transpose.NO, Transpose.NO, n, n, n, 1f, fa, 0, n, fb, 0, n, 0f,
                    fc, 0, n);
        }
    }
}
