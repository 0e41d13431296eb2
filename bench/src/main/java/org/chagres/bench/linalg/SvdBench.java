package org.chagres.bench.linalg;

import java.util.concurrent.TimeUnit;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.chagres.bench.peer.Lapacke;
import org.chagres.kernels.Backend;
import org.chagres.linalg.Matrix;
import org.chagres.linalg.Svd;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;
import org.ojalgo.matrix.decomposition.SingularValue;
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
 * Thin SVD {@code A = U·diag(σ)·Vᵀ} of a square n × n matrix with entries uniform in [-1, 1),
 * U and V included, on one thread: Chagres ({@code Svd.of}, bidiagonalisation + implicit QR),
 * EJML ({@code DecompositionFactory_DDRM.svd}, compact, U and V), ojAlgo
 * ({@code SingularValue.R064}), Apache Commons Math ({@code SingularValueDecomposition}) and
 * LAPACKE {@code dgesdd} (divide and conquer, {@code jobz = 'S'}) on OpenBLAS's LAPACK.
 *
 * <p>Every call decomposes a fresh copy of the same matrix (LAPACK destroys its input; the
 * O(n²) copy is noise next to the O(n³) work). ojAlgo wraps the row-major array as
 * column-major, i.e. decomposes Aᵀ, which has the same singular values and the same cost.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector",
        "--enable-native-access=ALL-UNNAMED"})
public class SvdBench {

    @Param({"simd", "ejml", "ojalgo", "commons-math", "lapacke"})
    public String impl;

    @Param({"256", "1024"})
    public int n;

    private Runnable svd;

    /** Builds the matrix and binds the implementation, everything on one thread. */
    @Setup
    public void setup() {
        LinalgSupport.oneThread(impl);
        double[] a = LinalgSupport.random(n, 6);
        int size = n;
        switch (impl) {
            case "simd", "scalar" -> {
                Backend b = LinalgSupport.backend(impl);
                svd = () -> Svd.of(Matrix.of(size, size, a), b).singularValues();
            }
            case "ejml" -> {
                DMatrixRMaj m = new DMatrixRMaj(size, size, true, a);
                svd = () -> {
                    SingularValueDecomposition_F64<DMatrixRMaj> d =
                            DecompositionFactory_DDRM.svd(size, size, true, true, true);
                    d.decompose(m.copy());
                    d.getU(null, false);
                    d.getV(null, false);
                };
            }
            case "ojalgo" -> svd = () -> {
                R064Store m = R064Store.wrap(a.clone(), size);
                SingularValue<Double> d = SingularValue.R064.make(m);
                d.decompose(m);
                d.getU();
                d.getV();
            };
            case "commons-math" -> {
                double[][] rows = toRows(a, size);
                svd = () -> {
                    SingularValueDecomposition d = new SingularValueDecomposition(
                            new Array2DRowRealMatrix(rows, true));
                    d.getU();
                    d.getV();
                };
            }
            case "lapacke" -> {
                double[] s = new double[size];
                double[] u = new double[size * size];
                double[] vt = new double[size * size];
                svd = () -> check("dgesdd", Lapacke.dgesdd('S', size, size, a.clone(), size, s,
                        u, size, vt, size));
            }
            default -> throw LinalgSupport.unknown("SvdBench", impl);
        }
    }

    /** One thin SVD with U and V. */
    @Benchmark
    public void svd() {
        svd.run();
    }

    /** The rows of the row-major n × n a, as a new double[n][n]. */
    static double[][] toRows(double[] a, int n) {
        double[][] rows = new double[n][];
        for (int i = 0; i < n; i++) {
            rows[i] = java.util.Arrays.copyOfRange(a, i * n, (i + 1) * n);
        }
        return rows;
    }

    /** Throws when a LAPACKE call reports failure, so a broken peer is not timed as fast. */
    static void check(String what, int info) {
        if (info != 0) {
            throw new IllegalStateException("LAPACKE_" + what + " returned info " + info);
        }
    }
}
