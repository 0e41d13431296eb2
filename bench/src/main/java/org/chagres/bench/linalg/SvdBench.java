package org.chagres.bench.linalg;

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
public class SvdBench extends SpectralBench {

    /** Builds the matrix and binds the implementation. */
    @Override
    Runnable bind(String impl, int size) {
        double[] a = LinalgSupport.random(size, 6);
        switch (impl) {
            case "simd", "scalar" -> {
                Backend b = LinalgSupport.backend(impl);
                return () -> Svd.of(Matrix.of(size, size, a), b).singularValues();
            }
            case "ejml" -> {
                DMatrixRMaj m = new DMatrixRMaj(size, size, true, a);
                return () -> {
                    SingularValueDecomposition_F64<DMatrixRMaj> d =
                            DecompositionFactory_DDRM.svd(size, size, true, true, true);
                    d.decompose(m.copy());
                    d.getU(null, false);
                    d.getV(null, false);
                };
            }
            case "ojalgo" -> {
                return () -> {
                    R064Store m = R064Store.wrap(a.clone(), size);
                    SingularValue<Double> d = SingularValue.R064.make(m);
                    d.decompose(m);
                    d.getU();
                    d.getV();
                };
            }
            case "commons-math" -> {
                double[][] rows = LinalgSupport.toRows(a, size);
                return () -> {
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
                return () -> LinalgSupport.check("dgesdd", Lapacke.dgesdd('S', size, size,
                        a.clone(), size, s, u, size, vt, size));
            }
            default -> throw LinalgSupport.unknown("SvdBench", impl);
        }
    }

    /** One thin SVD with U and V. */
    @Benchmark
    public void svd() {
        decompose.run();
    }
}
