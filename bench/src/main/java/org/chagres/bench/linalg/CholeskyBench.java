package org.chagres.bench.linalg;

import java.util.function.ToIntFunction;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.chagres.bench.Work;
import org.chagres.bench.peer.Lapacke;
import org.chagres.kernels.Backend;
import org.chagres.kernels.Uplo;
import org.chagres.linalg.Matrix;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.DecompositionInterface;
import org.ojalgo.matrix.decomposition.Cholesky;
import org.ojalgo.matrix.decomposition.MatrixDecomposition;
import org.ojalgo.matrix.store.R064Store;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * Cholesky factorisation (lower) of a symmetric positive definite n×n matrix on one thread:
 * Chagres's blocked {@link org.chagres.linalg.Cholesky} against LAPACKE's dpotrf (OpenBLAS's
 * LAPACK), EJML, ojAlgo and Apache Commons Math.
 *
 * <p>Every implementation factors a fresh copy each call (Chagres's {@code Cholesky.of} copies
 * the lower triangle; the others are handed a copy made in the call or copy it themselves).
 * Commons Math also checks symmetry, an O(n²) cost beside the O(n³) factorisation.
 */
public class CholeskyBench extends FactorBench {

    /** Names this benchmark in {@link FactorBench}'s messages. */
    public CholeskyBench() {
        super("CholeskyBench");
    }

    @Override
    double[] input(int n) {
        return LinalgSupport.spd(n, 42);
    }

    @Override
    Object chagres(Matrix a, Backend be) {
        return org.chagres.linalg.Cholesky.of(a, be);
    }

    @Override
    ToIntFunction<double[]> lapacke(int n) {
        return work -> Lapacke.dpotrf(Uplo.LOWER, n, work, n);
    }

    @Override
    DecompositionInterface<DMatrixRMaj> ejml(int n) {
        return DecompositionFactory_DDRM.chol(n, true);
    }

    @Override
    MatrixDecomposition<Double> ojalgo(R064Store a) {
        return Cholesky.R064.make(a);
    }

    @Override
    Object commonsMath(RealMatrix a) {
        return new CholeskyDecomposition(a);
    }

    /** Cholesky of an n×n matrix: n³/3 flops. */
    @Benchmark
    @Work(unit = Work.Unit.FLOP, amount = "n*n*n/3", sizeLabel = "n (matrix order)",
            ceiling = Work.FMA_DOUBLE, quick = {"n=256"}, skip = {"impl=scalar&n=1024"})
    public Object cholesky() {
        return factor.get();
    }
}
