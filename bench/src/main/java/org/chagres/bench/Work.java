package org.chagres.bench;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How much work one call of a benchmark method does, so that the report can turn JMH's
 * ops/s (or s/op) into GFLOP/s, GB/s or G elements/s, and how the report lays it out.
 *
 * <p>Put it on a {@code @Benchmark} method (or on its class, for every method there). Example,
 * a double dot product reads two vectors of 8-byte numbers:
 *
 * <pre>{@code
 * @Benchmark
 * @Work(unit = Work.Unit.BYTE, amount = "16*n", ceiling = Work.TRIAD)
 * public double ddot() { ... }
 * }</pre>
 *
 * <p>{@link #amount()} is an arithmetic expression ({@code + - * / ( )}, numbers) over the
 * benchmark's {@code @Param} names. A parameter whose value has the form {@code 4096x64x4096}
 * offers its parts as {@code shape[0]}, {@code shape[1]}, {@code shape[2]}; a plain number
 * {@code 1024} gives 1024 for every index, so {@code 2*shape[0]*shape[1]*shape[2]} covers
 * both square and rectangular gemm.
 *
 * <p>Methods without this annotation are still reported, in time per call.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Work {

    /** The ceiling key of the per-core double FMA peak ({@code CeilingBench.fmaDouble}). */
    String FMA_DOUBLE = "fma-double";
    /** The ceiling key of the per-core float FMA peak ({@code CeilingBench.fmaFloat}). */
    String FMA_FLOAT = "fma-float";
    /** The ceiling key of the STREAM-triad memory bandwidth ({@code CeilingBench.triad}). */
    String TRIAD = "triad";

    /** What {@link #amount()} counts. */
    enum Unit {
        /** Floating-point operations; the report shows GFLOP/s. */
        FLOP("GFLOP/s"),
        /** Bytes moved to or from memory; the report shows GB/s. */
        BYTE("GB/s"),
        /** Elements produced; the report shows G elements/s. */
        ELEMENT("Gelem/s");

        private final String rate;

        Unit(String rate) {
            this.rate = rate;
        }

        /** The rate unit shown on charts, e.g. {@code "GFLOP/s"}. */
        public String rate() {
            return rate;
        }
    }

    /** What the amount counts. */
    Unit unit() default Unit.FLOP;

    /**
     * The work of one call, an expression over the {@code @Param} names, e.g. {@code "2*n"};
     * empty: no conversion, the report shows calls per second.
     */
    String amount() default "";

    /** The {@code @Param} plotted on the (log-scale) x axis. */
    String size() default "n";

    /** The x-axis label, with its unit, e.g. {@code "n (vector length)"}; default: the name. */
    String sizeLabel() default "";

    /** The {@code @Param} whose values are the implementations (one chart series each). */
    String impl() default "impl";

    /**
     * The ceiling drawn on this benchmark's chart: {@link #FMA_DOUBLE}, {@link #FMA_FLOAT},
     * {@link #TRIAD} or empty for none. FMA ceilings are multiplied by a {@code threads}
     * parameter when there is one ({@code all} = the machine's processors).
     */
    String ceiling() default "";

    /**
     * Marks a ceiling measurement itself, with its key ({@link #FMA_DOUBLE}, ...); such
     * benchmarks are run first and drawn on the others' charts rather than charted.
     */
    String measures() default "";

    /**
     * Parameter values used by {@code bin/report --quick}, one {@code "name=v1,v2"} per
     * parameter; parameters not listed keep all their values.
     */
    String[] quick() default {};

    /**
     * Parameter combinations not run, each {@code "name=value&name=value"} (all pairs must
     * match), e.g. {@code "impl=scalar&shape=2048"} where a slow reference would take minutes.
     */
    String[] skip() default {};

    /**
     * Peers or Chagres backends the benchmark cannot run without, e.g. {@code "cuda"} or
     * {@code "lapacke"}: when one is unavailable, no row is started and the report says why
     * (the rows' own {@code impl} is checked anyway).
     */
    String[] requires() default {};
}
