package org.chagres.bench.linalg;

import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.chagres.bench.Work;
import org.chagres.bench.peer.Lapacke;
import org.chagres.kernels.Backend;
import org.chagres.linalg.Qr;
import org.chagres.linalg.Matrix;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.QRDecomposition;
import org.ojalgo.matrix.decomposition.QR;
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
 * Householder QR of a random n×n matrix on one thread, Q left in factored form: Chagres's
 * blocked compact-WY {@link Qr} against LAPACKE's dgeqrf (OpenBLAS's LAPACK), EJML, ojAlgo and
 * Apache Commons Math.
 *
 * <p>Every implementation factors a fresh copy each call (Chagres's {@code Qr.of} copies its
 * input; the others are handed a copy made in the call or copy it themselves). ojAlgo is
 * column-major and factors the transpose of the same array, the same work.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector",
        "--enable-native-access=ALL-UNNAMED"})
public class QrBench {

    @Param({"simd", "scalar", "lapacke", "ejml", "ojalgo", "commons-math"})
    public String impl;

    @Param({"256", "1024"})
    public int n;

    private Supplier<Object> qr;

    /** Builds the input and binds the implementation. */
    @Setup
    public void setup() {
        LinalgSupport.oneThread(impl);
        double[] a = LinalgSupport.random(n, 42);
        switch (impl) {
            case "simd", "scalar" -> {
                Backend be = LinalgSupport.backend(impl);
                Matrix m = Matrix.of(n, n, a);
                qr = () -> Qr.of(m, be);
            }
            case "lapacke" -> {
                double[] work = new double[n * n];
                double[] tau = new double[n];
                qr = () -> {
                    System.arraycopy(a, 0, work, 0, a.length);
                    return Lapacke.dgeqrf(n, n, work, n, tau);
                };
            }
            case "ejml" -> {
                DMatrixRMaj m = DMatrixRMaj.wrap(n, n, a);
                DMatrixRMaj work = new DMatrixRMaj(n, n);
                QRDecomposition<DMatrixRMaj> d = DecompositionFactory_DDRM.qr(n, n);
                qr = () -> {
                    work.setTo(m);
                    return d.decompose(work);
                };
            }
            case "ojalgo" -> {
                R064Store m = R064Store.wrap(a, n);
                QR<Double> d = QR.R064.make(m);
                qr = () -> d.decompose(m);
            }
            case "commons-math" -> {
                RealMatrix m = new Array2DRowRealMatrix(Matrix.of(n, n, a).toArray2D(), false);
                qr = () -> new org.apache.commons.math3.linear.QRDecomposition(m);
            }
            default -> throw LinalgSupport.unknown("QrBench", impl);
        }
    }

    /** Householder QR of an n×n matrix: 4n³/3 flops. */
    @Benchmark
    @Work(unit = Work.Unit.FLOP, amount = "4*n*n*n/3", sizeLabel = "n (matrix order)",
            ceiling = Work.FMA_DOUBLE, quick = {"n=256"}, skip = {"impl=scalar&n=1024"})
    public Object qr() {
        return qr.get();
    }
}
