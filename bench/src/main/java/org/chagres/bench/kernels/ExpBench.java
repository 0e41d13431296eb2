package org.chagres.bench.kernels;

import java.util.concurrent.TimeUnit;
import org.chagres.bench.Work;
import org.chagres.kernels.Elementwise;
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
 * Element-wise {@code exp} and {@code tanh} over an array, double and float: Chagres's
 * vectorised functions against the loop a Java user writes ({@code jdk}: {@code Math.exp},
 * {@code Math.tanh}; C2 has an intrinsic for exp). Inputs are uniform in [-10, 10], so that
 * the range reductions see every exponent and tanh both its polynomial and its saturation.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector",
        "--enable-native-access=ALL-UNNAMED"})
public class ExpBench {

    @Param({"simd", "scalar", "jdk"})
    public String impl;

    @Param({"1000", "10000", "1000000"})
    public int n;

    private double[] x;
    private double[] out;
    private float[] xf;
    private float[] outf;
    private Elementwise ew;

    /** Builds the inputs; {@code jdk} needs no backend. */
    @Setup
    public void setup() {
        Support.threads("1");
        x = Support.doubles(n, 7);
        xf = Support.floats(n, 7);
        out = new double[n];
        outf = new float[n];
        if (!impl.equals("jdk")) {
            ew = Support.backend(impl).elementwise();
        }
        for (int i = 0; i < n; i++) {
            x[i] *= 10;
            xf[i] *= 10;
        }
    }

    /** exp of n doubles. */
    @Benchmark
    @Work(unit = Work.Unit.ELEMENT, amount = "n", sizeLabel = "n (elements)",
            quick = {"n=10000"})
    public double[] expDouble() {
        if (ew != null) {
            ew.exp(n, x, 0, out, 0);
        } else {
            for (int i = 0; i < n; i++) {
                out[i] = Math.exp(x[i]);
            }
        }
        return out;
    }

    /** exp of n floats. */
    @Benchmark
    @Work(unit = Work.Unit.ELEMENT, amount = "n", sizeLabel = "n (elements)",
            quick = {"n=10000"})
    public float[] expFloat() {
        if (ew != null) {
            ew.exp(n, xf, 0, outf, 0);
        } else {
            for (int i = 0; i < n; i++) {
                outf[i] = (float) Math.exp(xf[i]);
            }
        }
        return outf;
    }

    /** tanh of n doubles. */
    @Benchmark
    @Work(unit = Work.Unit.ELEMENT, amount = "n", sizeLabel = "n (elements)",
            quick = {"n=10000"})
    public double[] tanhDouble() {
        if (ew != null) {
            ew.tanh(n, x, 0, out, 0);
        } else {
            for (int i = 0; i < n; i++) {
                out[i] = Math.tanh(x[i]);
            }
        }
        return out;
    }

    /** tanh of n floats. */
    @Benchmark
    @Work(unit = Work.Unit.ELEMENT, amount = "n", sizeLabel = "n (elements)",
            quick = {"n=10000"})
    public float[] tanhFloat() {
        if (ew != null) {
            ew.tanh(n, xf, 0, outf, 0);
        } else {
            for (int i = 0; i < n; i++) {
                outf[i] = (float) Math.tanh(xf[i]);
            }
        }
        return outf;
    }
}
