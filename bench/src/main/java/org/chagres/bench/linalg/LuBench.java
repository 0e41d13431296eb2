package org.chagres.bench.linalg;

import java.util.function.ToIntFunction;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.chagres.bench.Work;
import org.chagres.bench.peer.Lapacke;
import org.chagres.kernels.Backend;
import org.chagres.linalg.Lu;
import org.chagres.linalg.Matrix;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.DecompositionInterface;
import org.ojalgo.matrix.decomposition.LU;
import org.ojalgo.matrix.decomposition.MatrixDecomposition;
import org.ojalgo.matrix.store.R064Store;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * LU with partial pivoting of a random n×n matrix on one thread: Chagres's blocked {@link Lu}
 * against LAPACKE's dgetrf (OpenBLAS's LAPACK), EJML, ojAlgo and Apache Commons Math.
 *
 * <p>Every implementation factors a fresh copy each call (Chagres's {@code Lu.of} copies its
 * input; the others are handed a copy made in the call), so each pays one n² copy. ojAlgo is
 * column-major and factors the transpose of the same array, the same work.
 */
public class LuBench extends FactorBench {

    /** Names this benchmark in {@link FactorBench}'s messages. */
    public LuBench() {
        super("LuBench");
    }

    @Override
    double[] input(int n) {
        return LinalgSupport.random(n, 42);
    }

    @Override
    Object chagres(Matrix a, Backend be) {
        return Lu.of(a, be);
    }

    @Override
    ToIntFunction<double[]> lapacke(int n) {
        int[] ipiv = new int[n];
        return work -> Lapacke.dgetrf(n, n, work, n, ipiv);
    }

    @Override
    DecompositionInterface<DMatrixRMaj> ejml(int n) {
        return DecompositionFactory_DDRM.lu(n, n);
    }

    @Override
    MatrixDecomposition<Double> ojalgo(R064Store a) {
        return LU.R064.make(a);
    }

    @Override
    Object commonsMath(RealMatrix a) {
        return new LUDecomposition(a);
    }

    /** LU of an n×n matrix: 2n³/3 flops. */
    @Benchmark
    @Work(unit = Work.Unit.FLOP, amount = "2*n*n*n/3", sizeLabel = "n (matrix order)",
            ceiling = Work.FMA_DOUBLE, quick = {"n=256"}, skip = {"impl=scalar&n=1024"})
    public Object lu() {
        return factor.get();
    }
}
