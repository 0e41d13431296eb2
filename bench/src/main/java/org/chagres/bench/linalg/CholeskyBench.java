package org.chagres.bench.linalg;

import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.chagres.bench.Work;
import org.chagres.bench.peer.Lapacke;
import org.chagres.kernels.Backend;
import org.chagres.kernels.Uplo;
import org.chagres.linalg.Matrix;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;
import org.ojalgo.matrix.decomposition.Cholesky;
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

/**
 * Cholesky factorisation (lower) of a symmetric positive definite n×n matrix on one thread:
 * Chagres's blocked {@link org.chagres.linalg.Cholesky} against LAPACKE's dpotrf (OpenBLAS's
 * LAPACK), EJML, ojAlgo and Apache Commons Math.
 *
 * <p>Every implementation factors a fresh copy each call (Chagres's {@code Cholesky.of} copies
 * the lower triangle; the others are handed a copy made in the call or copy it themselves).
 * Commons Math also checks symmetry, an O(n²) cost beside the O(n³) factorisation.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector",
        "--enable-native-access=ALL-UNNAMED"})
public class CholeskyBench {

    @Param({"simd", "scalar", "lapacke", "ejml", "ojalgo", "commons-math"})
    public String impl;

    @Param({"256", "1024"})
    public int n;

    private Supplier<Object> chol;

    /** Builds the input and binds the implementation. */
    @Setup
    public void setup() {
        LinalgSupport.oneThread(impl);
        double[] a = LinalgSupport.spd(n, 42);
        switch (impl) {
            case "simd", "scalar" -> {
                Backend be = LinalgSupport.backend(impl);
                Matrix m = Matrix.of(n, n, a);
                chol = () -> org.chagres.linalg.Cholesky.of(m, be);
            }
            case "lapacke" -> {
                double[] work = new double[n * n];
                chol = () -> {
                    System.arraycopy(a, 0, work, 0, a.length);
                    return Lapacke.dpotrf(Uplo.LOWER, n, work, n);
                };
            }
            case "ejml" -> {
                DMatrixRMaj m = DMatrixRMaj.wrap(n, n, a);
                DMatrixRMaj work = new DMatrixRMaj(n, n);
                CholeskyDecomposition_F64<DMatrixRMaj> d =
                        DecompositionFactory_DDRM.chol(n, true);
                chol = () -> {
                    work.setTo(m);
                    return d.decompose(work);
                };
            }
            case "ojalgo" -> {
                R064Store m = R064Store.wrap(a, n);
                Cholesky<Double> d = Cholesky.R064.make(m);
                chol = () -> d.decompose(m);
            }
            case "commons-math" -> {
                RealMatrix m = new Array2DRowRealMatrix(Matrix.of(n, n, a).toArray2D(), false);
                chol = () -> new CholeskyDecomposition(m);
            }
            default -> throw LinalgSupport.unknown("CholeskyBench", impl);
        }
    }

    /** Cholesky of an n×n matrix: n³/3 flops. */
    @Benchmark
    @Work(unit = Work.Unit.FLOP, amount = "n*n*n/3", sizeLabel = "n (matrix order)",
            ceiling = Work.FMA_DOUBLE, quick = {"n=256"}, skip = {"impl=scalar&n=1024"})
    public Object cholesky() {
        return chol.get();
    }
}
