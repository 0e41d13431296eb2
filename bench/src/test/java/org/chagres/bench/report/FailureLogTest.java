package org.chagres.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FailureLogTest {

    @Test
    void missingPeerIsFoundByItsPrefix() {
        String out = """
                # Benchmark: org.chagres.bench.kernels.DotBench.ddot
                # Parameters: (impl = openblas, n = 1024)
                <failure>

                org.openjdk.jmh.runner.BenchmarkException: Benchmark error during the run
                \tat org.openjdk.jmh.runner.BenchmarkHandler.runIteration(BenchmarkHandler.java:428)
                Caused by: org.chagres.bench.peer.PeerUnavailableException: peer missing: \
                openblas: OpenBLAS not found: tried libopenblas.so.0 (no such file)
                \tat org.chagres.bench.peer.Peer.require(Peer.java:30)
                """;
        assertEquals(Failure.Kind.MISSING, FailureLog.kindOf(out));
        assertEquals("openblas: OpenBLAS not found: tried libopenblas.so.0 (no such file)",
                FailureLog.reason(out));
    }

    @Test
    void otherwiseTheDeepestCause() {
        String out = """
                <failure>

                org.openjdk.jmh.runner.BenchmarkException: Benchmark error during the run
                Caused by: java.lang.RuntimeException: wrapper
                Caused by: java.lang.IllegalArgumentException: gemm: lda < cols, got 3 < 4
                """;
        assertEquals(Failure.Kind.FAILED, FailureLog.kindOf(out));
        assertEquals("java.lang.IllegalArgumentException: gemm: lda < cols, got 3 < 4",
                FailureLog.reason(out));
    }

    @Test
    void forkedVmCrash() {
        assertEquals("forked VM failed with exit code 134", FailureLog.reason(
                "# Fork: 1 of 1\n<forked VM failed with exit code 134>\n"));
        assertEquals("no result and no exception in JMH's output; see raw/jmh.log",
                FailureLog.reason("nothing useful"));
    }

    @Test
    void productVariesTheLastParameterFastest() {
        Map<String, List<String>> v = new LinkedHashMap<>();
        v.put("impl", List.of("simd", "openblas"));
        v.put("n", List.of("1", "2"));
        assertEquals(List.of(Map.of("impl", "simd", "n", "1"), Map.of("impl", "simd", "n", "2"),
                Map.of("impl", "openblas", "n", "1"), Map.of("impl", "openblas", "n", "2")),
                Driver.product(v));
    }
}
