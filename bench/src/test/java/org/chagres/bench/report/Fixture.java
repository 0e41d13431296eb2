package org.chagres.bench.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** The committed JMH JSON fixture and a run description to go with it. */
final class Fixture {

    static final String P = "org.chagres.bench.report.fixture.";
    static final String DOT = P + "FixtureDotBench.ddot";
    static final String GEMM = P + "FixtureGemmBench.dgemm";
    static final String VECTOR_REASON =
            "netlib-java chose Java11BLAS instead of VectorBLAS; run java with --add-modules";

    private Fixture() {
    }

    static String json() throws IOException {
        try (InputStream in = Fixture.class.getResourceAsStream("/jmh-fixture.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static List<Measurement> results() throws IOException {
        return JmhJson.parse(json());
    }

    static List<Failure> failures() {
        return List.of(
                new Failure(DOT, Map.of("impl", "netlib-vector", "n", "1024"),
                        Failure.Kind.MISSING, VECTOR_REASON),
                new Failure(GEMM, Map.of("impl", "ojalgo", "shape", "1024", "threads", "1"),
                        Failure.Kind.FAILED, "java.lang.OutOfMemoryError: Java heap space"),
                new Failure(P + "FixtureBrokenBench", Map.of(), Failure.Kind.FAILED,
                        "forked VM failed with exit code 134"));
    }

    static RunInfo info(List<Failure> failures) {
        return new RunInfo("quick", "2026-11-23T09:00:00Z", 125, "testhost", "JDK 25",
                "Linux amd64", "Test CPU (avx2 fma)", 2,
                List.of("simd    available   (256-bit vectors: 4 doubles, 8 floats)"),
                "1 and all", List.of(new RunInfo.PeerInfo("openblas", true, "OpenBLAS 0.3.21"),
                        new RunInfo.PeerInfo("netlib-vector", false, VECTOR_REASON)),
                "1 fork", failures);
    }

    static ReportModel model() throws IOException {
        return ReportModel.of(results(), info(failures()));
    }
}
