package org.chagres.bench.linalg;

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
public class EigenBench extends SpectralBench {

    /** Builds the symmetric matrix and binds the implementation. */
    @Override
    Runnable bind(String impl, int size) {
        double[] a = LinalgSupport.random(size, 7);
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < i; j++) {
                a[j * size + i] = a[i * size + j];
            }
        }
        switch (impl) {
            case "simd", "scalar" -> {
                Backend b = LinalgSupport.backend(impl);
                return () -> SymmetricEigen.of(Matrix.of(size, size, a), b).eigenvalues();
            }
            case "ejml" -> {
                DMatrixRMaj m = new DMatrixRMaj(size, size, true, a);
                return () -> {
                    EigenDecomposition_F64<DMatrixRMaj> d =
                            DecompositionFactory_DDRM.eig(size, true, true);
                    d.decompose(m.copy());
                    d.getEigenVector(0);
                };
            }
            case "ojalgo" -> {
                return () -> {
                    R064Store m = R064Store.wrap(a.clone(), size);
                    Eigenvalue<Double> d = Eigenvalue.R064.make(m, true);
                    d.decompose(m);
                    d.getV();
                };
            }
            case "commons-math" -> {
                double[][] rows = LinalgSupport.toRows(a, size);
                return () -> new EigenDecomposition(new Array2DRowRealMatrix(rows, true))
                        .getV();
            }
            case "lapacke" -> {
                double[] w = new double[size];
                return () -> LinalgSupport.check("dsyevd", Lapacke.dsyevd('V', Uplo.LOWER,
                        size, a.clone(), size, w));
            }
            default -> throw LinalgSupport.unknown("EigenBench", impl);
        }
    }

    /** One symmetric eigen-decomposition with eigenvectors. */
    @Benchmark
    public void symmetricEigen() {
        decompose.run();
    }
}
