/**
 * Chagres benchmarks: JMH benchmarks of every kernel against native and Java peers in the same
 * run, the machine's ceilings, and the report generator ({@code bin/report}).
 *
 * <p>The benchmarks run on the class path (the shaded jar {@code bench/target/chagres-bench.jar}):
 * JMH's generated code and most peers are not modular. This descriptor still compiles, so the
 * module's dependencies are stated and checked, with the peers as automatic modules. EJML
 * splits packages across its jars, so it cannot be a set of automatic modules: it stays on
 * the class path and this module reads it there ({@code --add-reads
 * org.chagres.bench=ALL-UNNAMED} in bench/pom.xml).
 */
module org.chagres.bench {
    requires org.chagres.kernels;
    requires org.chagres.linalg;
    requires org.chagres.stats;
    requires org.chagres.ml;
    requires org.chagres.cuda;
    requires jdk.incubator.vector;
    requires java.desktop;
    requires java.logging;

    requires jmh.core;
    requires dev.ludovic.netlib.blas;
    requires dev.ludovic.netlib.lapack;
    requires ojalgo;
    requires commons.math3;
    requires org.apache.commons.statistics.distribution;
    requires org.apache.commons.statistics.descriptive;
    requires com.fasterxml.jackson.databind;
    requires org.jfree.jfreechart;
    requires org.jfree.svg;
    requires info.picocli;

    exports org.chagres.bench;
    exports org.chagres.bench.peer;
    exports org.chagres.bench.report;

    opens org.chagres.bench.report to info.picocli, com.fasterxml.jackson.databind;
}
