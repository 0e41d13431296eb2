package org.chagres.bench.linalg;

import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.chagres.kernels.Backend;
import org.chagres.linalg.Matrix;
import org.ejml.data.DMatrixRMaj;
import org.ejml.interfaces.decomposition.DecompositionInterface;
import org.ojalgo.matrix.decomposition.MatrixDecomposition;
import org.ojalgo.matrix.store.R064Store;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What the one-thread factorisation benchmarks (Cholesky, LU, QR) share: the parameters
 * implementation × n, the JMH settings, and the binding of each implementation to
 * {@link #factor}, one factorisation of a fresh copy of the same n×n input per call. Chagres's
 * {@code of} copies its input; LAPACKE and EJML are handed a copy made in the call; ojAlgo and
 * Commons Math copy it themselves. A subclass names the input and each implementation's call,
 * and declares its own {@code @Benchmark} method with its {@code @Work}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector",
        "--enable-native-access=ALL-UNNAMED"})
public abstract class FactorBench {

    @Param({"simd", "scalar", "lapacke", "ejml", "ojalgo", "commons-math"})
    public String impl;

    @Param({"256", "1024"})
    public int n;

    /** One factorisation by the chosen implementation, bound in {@link #setup()}. */
    Supplier<Object> factor;

    private final String name;

    /** @param name the benchmark's class name, for messages */
    FactorBench(String name) {
        this.name = name;
    }

    /** The n×n row-major input (fixed seed). */
    abstract double[] input(int n);

    /** Chagres's factorisation of a with backend be. */
    abstract Object chagres(Matrix a, Backend be);

    /** LAPACKE's routine overwriting the n×n array it is given; returns LAPACKE's info. */
    abstract ToIntFunction<double[]> lapacke(int n);

    /** EJML's decomposition for an n×n matrix. */
    abstract DecompositionInterface<DMatrixRMaj> ejml(int n);

    /** ojAlgo's decomposition made for a. */
    abstract MatrixDecomposition<Double> ojalgo(R064Store a);

    /** Commons Math's factorisation of a. */
    abstract Object commonsMath(RealMatrix a);

    /** Builds the input and binds the implementation. */
    @Setup
    public void setup() {
        LinalgSupport.oneThread(impl);
        double[] a = input(n);
        switch (impl) {
            case "simd", "scalar" -> {
                Backend be = LinalgSupport.backend(impl);
                Matrix m = Matrix.of(n, n, a);
                factor = () -> chagres(m, be);
            }
            case "lapacke" -> {
                double[] work = new double[n * n];
                ToIntFunction<double[]> f = lapacke(n);
                factor = () -> {
                    System.arraycopy(a, 0, work, 0, a.length);
                    return f.applyAsInt(work);
                };
            }
            case "ejml" -> {
                DMatrixRMaj m = DMatrixRMaj.wrap(n, n, a);
                DMatrixRMaj work = new DMatrixRMaj(n, n);
                DecompositionInterface<DMatrixRMaj> d = ejml(n);
                factor = () -> {
                    work.setTo(m);
                    return d.decompose(work);
                };
            }
            case "ojalgo" -> {
                R064Store m = R064Store.wrap(a, n);
                MatrixDecomposition<Double> d = ojalgo(m);
                factor = () -> d.decompose(m);
            }
            case "commons-math" -> {
                RealMatrix m = new Array2DRowRealMatrix(Matrix.of(n, n, a).toArray2D(), false);
                factor = () -> commonsMath(m);
            }
            default -> throw LinalgSupport.unknown(name, impl);
        }
    }
}
