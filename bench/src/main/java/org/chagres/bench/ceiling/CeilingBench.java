package org.chagres.bench.ceiling;

import java.util.concurrent.TimeUnit;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;
import org.chagres.bench.Work;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The machine's ceilings, measured in the same run as the kernels and drawn on their charts:
 * the FMA throughput of one core (double and float) and the memory bandwidth of one thread.
 *
 * <p>FMA: {@value #CHAINS} independent accumulators, each updated {@code acc = acc·m + c} in
 * a loop, so that enough FMAs are in flight to cover their latency (4 cycles × 2 pipes on
 * Zen 3 and Skylake needs 8; the gemm issue found more than 10 live vectors spill on AVX2).
 * The number of vector steps is chosen so that every width does the same
 * {@value #ELEMENT_FMAS} element FMAs per call, which keeps {@link Work#amount()} a constant.
 *
 * <p>Memory: the STREAM triad {@code a[i] = b[i] + s·c[i]} on three arrays of
 * {@value #TRIAD_N} doubles (64 MiB each, far beyond any L3), counted as STREAM counts it:
 * 24 bytes per element (write-allocate traffic is not counted).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CeilingBench {

    /** Independent accumulator chains. */
    static final int CHAINS = 10;
    /** Element FMAs per call, divisible by CHAINS × every lane count up to 16. */
    static final int ELEMENT_FMAS = CHAINS * 16 * 2048;
    /** Triad length: 2^23 doubles. */
    static final int TRIAD_N = 1 << 23;

    private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;

    private double[] a;
    private double[] b;
    private double[] c;

    /** Allocates the triad arrays (only for the triad: the FMA loops need no memory). */
    @Setup
    public void setup(org.openjdk.jmh.infra.BenchmarkParams params) {
        if (params.getBenchmark().endsWith(".triad")) {
            a = new double[TRIAD_N];
            b = new double[TRIAD_N];
            c = new double[TRIAD_N];
            for (int i = 0; i < TRIAD_N; i++) {
                b[i] = 1.0 + (i & 7);
                c[i] = 2.0 - (i & 3);
            }
        }
    }

    /** Double FMA peak of one core. */
    @Benchmark
    @Work(unit = Work.Unit.FLOP, amount = "2*" + ELEMENT_FMAS, measures = Work.FMA_DOUBLE)
    public double fmaDouble() {
        DoubleVector m = DoubleVector.broadcast(D, 0.999_999);
        DoubleVector k = DoubleVector.broadcast(D, 1e-6);
        DoubleVector a0 = DoubleVector.broadcast(D, 1.0);
        DoubleVector a1 = DoubleVector.broadcast(D, 1.1);
        DoubleVector a2 = DoubleVector.broadcast(D, 1.2);
        DoubleVector a3 = DoubleVector.broadcast(D, 1.3);
        DoubleVector a4 = DoubleVector.broadcast(D, 1.4);
        DoubleVector a5 = DoubleVector.broadcast(D, 1.5);
        DoubleVector a6 = DoubleVector.broadcast(D, 1.6);
        DoubleVector a7 = DoubleVector.broadcast(D, 1.7);
        DoubleVector a8 = DoubleVector.broadcast(D, 1.8);
        DoubleVector a9 = DoubleVector.broadcast(D, 1.9);
        int steps = ELEMENT_FMAS / (CHAINS * D.length());
        for (int i = 0; i < steps; i++) {
            a0 = a0.fma(m, k);
            a1 = a1.fma(m, k);
            a2 = a2.fma(m, k);
            a3 = a3.fma(m, k);
            a4 = a4.fma(m, k);
            a5 = a5.fma(m, k);
            a6 = a6.fma(m, k);
            a7 = a7.fma(m, k);
            a8 = a8.fma(m, k);
            a9 = a9.fma(m, k);
        }
        return a0.add(a1).add(a2).add(a3).add(a4).add(a5).add(a6).add(a7).add(a8).add(a9)
                .reduceLanes(jdk.incubator.vector.VectorOperators.ADD);
    }

    /** Float FMA peak of one core. */
    @Benchmark
    @Work(unit = Work.Unit.FLOP, amount = "2*" + ELEMENT_FMAS, measures = Work.FMA_FLOAT)
    public float fmaFloat() {
        FloatVector m = FloatVector.broadcast(F, 0.9999f);
        FloatVector k = FloatVector.broadcast(F, 1e-4f);
        FloatVector a0 = FloatVector.broadcast(F, 1.0f);
        FloatVector a1 = FloatVector.broadcast(F, 1.1f);
        FloatVector a2 = FloatVector.broadcast(F, 1.2f);
        FloatVector a3 = FloatVector.broadcast(F, 1.3f);
        FloatVector a4 = FloatVector.broadcast(F, 1.4f);
        FloatVector a5 = FloatVector.broadcast(F, 1.5f);
        FloatVector a6 = FloatVector.broadcast(F, 1.6f);
        FloatVector a7 = FloatVector.broadcast(F, 1.7f);
        FloatVector a8 = FloatVector.broadcast(F, 1.8f);
        FloatVector a9 = FloatVector.broadcast(F, 1.9f);
        int steps = ELEMENT_FMAS / (CHAINS * F.length());
        for (int i = 0; i < steps; i++) {
            a0 = a0.fma(m, k);
            a1 = a1.fma(m, k);
            a2 = a2.fma(m, k);
            a3 = a3.fma(m, k);
            a4 = a4.fma(m, k);
            a5 = a5.fma(m, k);
            a6 = a6.fma(m, k);
            a7 = a7.fma(m, k);
            a8 = a8.fma(m, k);
            a9 = a9.fma(m, k);
        }
        return a0.add(a1).add(a2).add(a3).add(a4).add(a5).add(a6).add(a7).add(a8).add(a9)
                .reduceLanes(jdk.incubator.vector.VectorOperators.ADD);
    }

    /** STREAM triad bandwidth of one thread. */
    @Benchmark
    @Work(unit = Work.Unit.BYTE, amount = "24*" + TRIAD_N, measures = Work.TRIAD)
    public double[] triad() {
        double s = 3.0;
        double[] x = a;
        double[] y = b;
        double[] z = c;
        for (int i = 0; i < x.length; i++) {
            x[i] = y[i] + s * z[i];
        }
        return x;
    }
}
