package org.chagres.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.chagres.bench.Work;
import org.junit.jupiter.api.Test;

class ReportModelTest {

    @Test
    void ceilingsAreTakenOutAndConverted() throws IOException {
        ReportModel m = Fixture.model();
        assertEquals(50.0, m.ceilings().get(Work.FMA_DOUBLE).value(), 1e-9);
        assertEquals(24.0, m.ceilings().get(Work.TRIAD).value(), 1e-9);
        assertTrue(m.sections().stream().noneMatch(s -> s.benchmark().contains("Ceiling")));
    }

    @Test
    void bytesPerCallGiveGigabytesPerSecond() throws IOException {
        ReportModel.Section dot = section(Fixture.model(), "FixtureDotBench.ddot");
        assertEquals("GB/s", dot.rateUnit());
        assertEquals("simd", dot.primary());
        ReportModel.Row n1024 = dot.groups().get(0).rows().get(0);
        assertEquals("1024", n1024.size());
        ReportModel.Rate simd = n1024.cells().get("simd").rate();
        assertEquals(16 * 1024 * 1e7 / 1e9, simd.value(), 1e-9);
        assertEquals(16 * 1024 * (1e7 - 1e5) / 1e9, simd.low(), 1e-9);
        assertEquals(16 * 1024 * (1e7 + 1e5) / 1e9, simd.high(), 1e-9);
        // rows sorted by size, impls Chagres first, then OpenBLAS, then Java peers
        assertEquals(List.of("1024", "1000000"), dot.groups().get(0).rows().stream()
                .map(ReportModel.Row::size).toList());
        assertEquals(List.of("simd", "scalar", "openblas", "netlib-vector"), dot.impls());
    }

    @Test
    void averageTimeGivesGflopsAndShapesKeepTheirName() throws IOException {
        ReportModel.Section gemm = section(Fixture.model(), "FixtureGemmBench.dgemm");
        assertEquals("GFLOP/s", gemm.rateUnit());
        assertEquals(2, gemm.groups().size());
        ReportModel.Group one = gemm.groups().stream()
                .filter(g -> g.key().equals(Map.of("threads", "1"))).findFirst().orElseThrow();
        ReportModel.Row square = one.rows().get(0);
        assertEquals(2.0 * 1024 * 1024 * 1024 / 0.050 / 1e9,
                square.cells().get("simd").rate().value(), 1e-9);
        ReportModel.Row tall = one.rows().get(1);
        assertEquals("4096x64x4096", tall.size());
        assertTrue(Double.isNaN(tall.x()));
        assertEquals(2.0 * 4096 * 64 * 4096 / 0.040 / 1e9,
                tall.cells().get("simd").rate().value(), 1e-9);
        // a NaN error leaves the interval unknown rather than inventing one
        assertTrue(Double.isNaN(square.cells().get("ejml").rate().low()));
    }

    @Test
    void ratiosToOpenBlasAndJavaPeers() throws IOException {
        ReportModel m = Fixture.model();
        ReportModel.Row dot1024 = section(m, "FixtureDotBench.ddot").groups().get(0).rows()
                .get(0);
        ReportModel.Cell simd = dot1024.cells().get("simd");
        assertEquals("1.25×", MarkdownReport.ratio(simd, dot1024.cells().get("openblas")));
        assertEquals("4.00×", MarkdownReport.ratio(simd, dot1024.cells().get("scalar")));
        assertEquals("missing", MarkdownReport.ratio(simd, dot1024.cells()
                .get("netlib-vector")));
        ReportModel.Row dotBig = section(m, "FixtureDotBench.ddot").groups().get(0).rows()
                .get(1);
        assertEquals("0.80×", MarkdownReport.ratio(dotBig.cells().get("simd"),
                dotBig.cells().get("openblas")));
        ReportModel.Row gemm = section(m, "FixtureGemmBench.dgemm").groups().get(0).rows()
                .get(0);
        assertEquals("0.90×", MarkdownReport.ratio(gemm.cells().get("simd"),
                gemm.cells().get("openblas")));
        assertEquals("8.00×", MarkdownReport.ratio(gemm.cells().get("simd"),
                gemm.cells().get("ejml")));
    }

    @Test
    void failuresBecomeCellsOrListedProblems() throws IOException {
        ReportModel m = Fixture.model();
        ReportModel.Cell missing = section(m, "FixtureDotBench.ddot").groups().get(0).rows()
                .get(0).cells().get("netlib-vector");
        assertNull(missing.rate());
        assertEquals(Failure.Kind.MISSING, missing.failure().kind());
        assertEquals(Fixture.VECTOR_REASON, missing.failure().message());
        assertEquals(1, m.orphans().size());
        assertTrue(m.orphans().get(0).benchmark().endsWith("FixtureBrokenBench"));
    }

    @Test
    void fmaCeilingScalesWithTheThreadsParameter() throws IOException {
        ReportModel m = Fixture.model();
        ReportModel.Section gemm = section(m, "FixtureGemmBench.dgemm");
        for (ReportModel.Group g : gemm.groups()) {
            ReportModel.CeilingLine c = m.ceiling(gemm, g).orElseThrow();
            boolean all = g.key().get("threads").equals("all");
            assertEquals(all ? 100.0 : 50.0, c.value(), 1e-9);
            assertTrue(c.label().contains(all ? "2 cores" : "1 core"), c.label());
        }
        ReportModel.Section dot = section(m, "FixtureDotBench.ddot");
        assertEquals(24.0, m.ceiling(dot, dot.groups().get(0)).orElseThrow().value(), 1e-9);
    }

    @Test
    void withoutWorkTheRateIsCallsPerSecond() throws IOException {
        ReportModel.Section plain = section(Fixture.model(), "FixtureTimeBench.plain");
        assertEquals("calls/s", plain.rateUnit());
        assertEquals(5000.0, plain.groups().get(0).rows().get(0).cells().get("(default)")
                .rate().value(), 1e-9);
    }

    @Test
    void onlyFailuresStillMakeSections() {
        ReportModel m = ReportModel.of(List.of(), Fixture.info(Fixture.failures()));
        assertEquals(2, m.sections().size());
        assertTrue(m.ceilings().isEmpty());
    }

    static ReportModel.Section section(ReportModel m, String shortName) {
        return m.sections().stream().filter(s -> s.shortName().equals(shortName)).findFirst()
                .orElseThrow(() -> new AssertionError("no section " + shortName + " in "
                        + m.sections().stream().map(ReportModel.Section::shortName).toList()));
    }
}
