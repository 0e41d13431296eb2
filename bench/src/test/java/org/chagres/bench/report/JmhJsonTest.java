package org.chagres.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JmhJsonTest {

    @Test
    void parsesEveryResultWithItsParameters() throws IOException {
        List<Measurement> all = Fixture.results();
        assertEquals(13, all.size());
        Measurement first = all.get(0);
        assertEquals(Fixture.P + "FixtureCeilingBench.fmaDouble", first.benchmark());
        assertEquals(Map.of(), first.params());
        assertEquals(50000.0, first.score());
        assertEquals(1000.0, first.error());
        Measurement gemm = all.stream().filter(m -> m.benchmark().equals(Fixture.GEMM)
                && m.params().get("impl").equals("simd")
                && m.params().get("shape").equals("4096x64x4096")).findFirst().orElseThrow();
        assertEquals("avgt", gemm.mode());
        assertEquals("ms/op", gemm.unit());
        assertEquals(Map.of("impl", "simd", "shape", "4096x64x4096", "threads", "1"),
                gemm.params());
    }

    @Test
    void nanErrorWrittenAsTextIsNaN() throws IOException {
        Measurement ejml = Fixture.results().stream()
                .filter(m -> "ejml".equals(m.params().get("impl"))).findFirst().orElseThrow();
        assertTrue(Double.isNaN(ejml.error()));
        assertEquals(400.0, ejml.score());
    }

    @Test
    void rejectsSomethingThatIsNotAResultArray() {
        IOException e = assertThrows(IOException.class, () -> JmhJson.parse("{\"a\": 1}"));
        assertTrue(e.getMessage().contains("expected an array"), e.getMessage());
        assertThrows(IOException.class, () -> JmhJson.parse("[{\"mode\": \"thrpt\"}]"));
    }

    @Test
    void emptyInputGivesNoResults() throws IOException {
        assertEquals(List.of(), JmhJson.parse(""));
        assertEquals(List.of(), JmhJson.parse("[]"));
    }

    @Test
    void convertsScoreUnitsToCallsPerSecond() {
        assertEquals(5000.0, m(5, "ops/ms", 1).callsPerSecond(), 1e-9);
        assertEquals(2e6, m(2, "ops/us", 1).callsPerSecond(), 1e-6);
        assertEquals(20.0, m(50, "ms/op", 1).callsPerSecond(), 1e-12);
        // average time is per thread: two threads each taking 50 ms do 40 calls a second
        assertEquals(40.0, m(50, "ms/op", 2).callsPerSecond(), 1e-12);
        assertEquals(1e9 / 250, m(250, "ns/op", 1).callsPerSecond(), 1e-3);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> m(1, "furlongs", 1).callsPerSecond());
        assertTrue(e.getMessage().contains("got furlongs"), e.getMessage());
    }

    private static Measurement m(double score, String unit, int threads) {
        return new Measurement("a.B.c", "x", threads, Map.of(), score, 0, unit);
    }
}
