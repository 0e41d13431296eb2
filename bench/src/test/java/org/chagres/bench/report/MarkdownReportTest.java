package org.chagres.bench.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownReportTest {

    @TempDir
    Path dir;

    @Test
    void writesReportChartsAndHeadline() throws IOException {
        MarkdownReport r = new MarkdownReport(Fixture.model());
        Path report = r.write(dir);
        String md = Files.readString(report);
        assertTrue(md.contains("## Headline"), md);
        assertTrue(md.contains("Test CPU (avx2 fma)"), "CPU model recorded");
        assertTrue(md.contains("256-bit vectors"), "vector width recorded");
        assertTrue(md.contains("OpenBLAS 0.3.21"), "peer version recorded");
        assertTrue(md.contains("fma-double: 50.0 ± 1.00 GFLOP/s per core"), md);
        assertTrue(md.contains("| simd ÷ openblas (>1: simd faster) |"),
                "ratio column to OpenBLAS, its direction spelled out");
        assertTrue(md.contains("| simd ÷ ejml (>1: simd faster) |"),
                "ratio column to a Java peer");
        assertTrue(md.contains("![FixtureDotBench.ddot ](charts/FixtureDotBench.ddot.svg)"),
                md);
        assertTrue(Files.exists(dir.resolve("charts/FixtureDotBench.ddot.svg")));
        assertTrue(Files.exists(dir.resolve("charts/FixtureGemmBench.dgemm-threads=1.svg")));
        assertTrue(Files.exists(dir.resolve("charts/FixtureGemmBench.dgemm-threads=all.svg")));
        // the rectangular shape gets a bar chart of its own
        assertTrue(Files.readString(dir.resolve(
                "charts/FixtureGemmBench.dgemm-threads=1-shapes.svg")).contains("4096x64x4096"));
        assertFalse(Files.exists(dir.resolve(
                "charts/FixtureGemmBench.dgemm-threads=all-shapes.svg")));
        String headline = r.headline();
        assertTrue(headline.contains("| FixtureDotBench.ddot | 1024 | 164 GB/s simd | 1.25× |"
                + " missing | — | — | 4.00× |"), headline);
        assertTrue(headline.contains("| vs openblas |"), headline);
        assertTrue(headline.contains("| FixtureGemmBench.dgemm (threads=1) | 4096x64x4096 |"),
                headline);
    }

    @Test
    void missingPeersAndFailuresAreSaidWithTheReason() throws IOException {
        String md = Files.readString(new MarkdownReport(Fixture.model()).write(dir));
        assertTrue(md.contains("## Missing and failed benchmarks"), md);
        assertTrue(md.contains("**missing: " + Fixture.VECTOR_REASON.replace("|", "\\|")
                + "** — FixtureDotBench.ddot [impl=netlib-vector, n=1024]"), md);
        assertTrue(md.contains("**failed: java.lang.OutOfMemoryError: Java heap space**"), md);
        assertTrue(md.contains("**failed: forked VM failed with exit code 134**"), md);
        assertTrue(md.contains("| **missing** | " + Fixture.VECTOR_REASON), md);
    }

    @Test
    void reportIsWrittenWithNoResultsAtAll() throws IOException {
        ReportModel empty = ReportModel.of(List.of(), Fixture.info(Fixture.failures()));
        String md = Files.readString(new MarkdownReport(empty).write(dir));
        assertTrue(md.contains("Ceilings measured in this run: none"), md);
        assertTrue(md.contains("forked VM failed with exit code 134"), md);
        assertTrue(md.contains("_(no chart: no implementation has a result here)_"), md);
        assertFalse(Files.list(dir.resolve("charts")).findAny().isPresent());
    }

    @Test
    void regeneratesFromRunJson() throws IOException {
        ReportCli.writeRunInfo(dir, Fixture.info(Fixture.failures()));
        RunInfo back = JmhJson.MAPPER.readValue(dir.resolve("run.json").toFile(),
                RunInfo.class);
        assertTrue(back.equals(Fixture.info(Fixture.failures())), back.toString());
    }
}
