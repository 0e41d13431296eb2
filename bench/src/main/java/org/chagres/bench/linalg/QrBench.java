package org.chagres.bench.linalg;

import java.util.function.ToIntFunction;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.chagres.bench.Work;
import org.chagres.bench.peer.Lapacke;
import org.chagres.kernels.Backend;
import org.chagres.linalg.Matrix;
import org.chagres.linalg.Qr;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.DecompositionInterface;
import org.ojalgo.matrix.decomposition.MatrixDecomposition;
import org.ojalgo.matrix.decomposition.QR;
import org.ojalgo.matrix.store.R064Store;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * Householder QR of a random n×n matrix on one thread, Q left in factored form: Chagres's
 * blocked compact-WY {@link Qr} against LAPACKE's dgeqrf (OpenBLAS's LAPACK), EJML, ojAlgo and
 * Apache Commons Math.
 *
 * <p>Every implementation factors a fresh copy each call (Chagres's {@code Qr.of} copies its
 * input; the others are handed a copy made in the call or copy it themselves). ojAlgo is
 * column-major and factors the transpose of the same array, the same work.
 */
public class QrBench extends FactorBench {

    /** Names this benchmark in {@link FactorBench}'s messages. */
    public QrBench() {
        super("QrBench");
    }

    @Override
    double[] input(int n) {
        return LinalgSupport.random(n, 42);
    }

    @Override
    Object chagres(Matrix a, Backend be) {
        return Qr.of(a, be);
    }

    @Override
    ToIntFunction<double[]> lapacke(int n) {
        double[] tau = new double[n];
        return work -> Lapacke.dgeqrf(n, n, work, n, tau);
    }

    @Override
    DecompositionInterface<DMatrixRMaj> ejml(int n) {
        return DecompositionFactory_DDRM.qr(n, n);
    }

    @Override
    MatrixDecomposition<Double> ojalgo(R064Store a) {
        return QR.R064.make(a);
    }

    @Override
    Object commonsMath(RealMatrix a) {
        return new QRDecomposition(a);
    }

    /** Householder QR of an n×n matrix: 4n³/3 flops. */
    @Benchmark
    @Work(unit = Work.Unit.FLOP, amount = "4*n*n*n/3", sizeLabel = "n (matrix order)",
            ceiling = Work.FMA_DOUBLE, quick = {"n=256"}, skip = {"impl=scalar&n=1024"})
    public Object qr() {
        return factor.get();
    }
}
