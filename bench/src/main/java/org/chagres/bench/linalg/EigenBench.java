package org.chagres.bench.linalg;

import java.util.concurrent.TimeUnit;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.chagres.bench.peer.Lapacke;
import org.chagres.kernels.Backend;
import org.chagres.kernels.Uplo;
import org.chagres.linalg.Matrix;
import org.chagres.linalg.SymmetricEigen;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.ojalgo.matrix.decomposition.Eigenvalue;
import org.ojalgo.matrix.store.R064Store;
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
 * Symmetric eigen-decomposition {@code S = V·diag(λ)·Vᵀ}, eigenvectors included, of an n × n
 * symmetric matrix with entries uniform in [-1, 1), on one thread: Chagres
 * ({@code SymmetricEigen.of}, tridiagonal reduction + implicit QR), EJML
 * ({@code DecompositionFactory_DDRM.eig(n, true, true)}, its symmetric QR algorithm), ojAlgo
 * ({@code Eigenvalue.R064}, hermitian), Apache Commons Math ({@code EigenDecomposition}) and
 * LAPACKE {@code dsyevd} (divide and conquer, {@code jobz = 'V'}) on OpenBLAS's LAPACK.
 *
 * <p>Every call decomposes a fresh copy of the same matrix (LAPACK and EJML overwrite their
 * input; the O(n²) copy is noise next to the O(n³) work).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector",
        "--enable-native-access=ALL-UNNAMED"})
public class EigenBench {

    @Param({"simd", "ejml", "ojalgo", "commons-math", "lapacke"})
    public String impl;

    @Param({"256", "1024"})
    public int n;

    private Runnable eig;

    /** Builds the symmetric matrix and binds the implementation, on one thread. */
    @Setup
    public void setup() {
        LinalgSupport.oneThread(impl);
        int size = n;
        double[] a = LinalgSupport.random(size, 7);
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < i; j++) {
                a[j * size + i] = a[i * size + j];
            }
        }
        switch (impl) {
            case "simd", "scalar" -> {
                Backend b = LinalgSupport.backend(impl);
                eig = () -> SymmetricEigen.of(Matrix.of(size, size, a), b).eigenvalues();
            }
            case "ejml" -> {
                DMatrixRMaj m = new DMatrixRMaj(size, size, true, a);
                eig = () -> {
                    EigenDecomposition_F64<DMatrixRMaj> d =
                            DecompositionFactory_DDRM.eig(size, true, true);
                    d.decompose(m.copy());
                    d.getEigenVector(0);
                };
            }
            case "ojalgo" -> eig = () -> {
                R064Store m = R064Store.wrap(a.clone(), size);
                Eigenvalue<Double> d = Eigenvalue.R064.make(m, true);
                d.decompose(m);
                d.getV();
            };
            case "commons-math" -> {
                double[][] rows = SvdBench.toRows(a, size);
                eig = () -> new EigenDecomposition(new Array2DRowRealMatrix(rows, true)).getV();
            }
            case "lapacke" -> {
                double[] w = new double[size];
                eig = () -> SvdBench.check("dsyevd", Lapacke.dsyevd('V', Uplo.LOWER, size,
                        a.clone(), size, w));
            }
            default -> throw LinalgSupport.unknown("EigenBench", impl);
        }
    }

    /** One symmetric eigen-decomposition with eigenvectors. */
    @Benchmark
    public void symmetricEigen() {
        eig.run();
    }
}
