package org.chagres.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.chagres.bench.Work;
import org.junit.jupiter.api.Test;

class WorkSpecTest {

    @Test
    void foundOnTheMethodOrTheClass() {
        WorkSpec dot = WorkSpec.find(Fixture.DOT).orElseThrow();
        assertEquals(Work.Unit.BYTE, dot.unit());
        assertEquals("n", dot.size());
        assertEquals("n (vector length)", dot.sizeLabel());
        assertEquals(Map.of("n", List.of("1024")), dot.quick());
        WorkSpec gemm = WorkSpec.find(Fixture.GEMM).orElseThrow();
        assertEquals("shape", gemm.size());
        assertEquals(Work.FMA_DOUBLE, gemm.ceiling());
        assertTrue(WorkSpec.find(Fixture.P + "FixtureTimeBench.plain").isEmpty());
        assertTrue(WorkSpec.find("no.such.Bench.run").isEmpty());
    }

    @Test
    void withoutAmountTheRateIsCallsPerSecondAndRequiresIsKept() {
        WorkSpec gpu = WorkSpec.find(Fixture.P + "FixtureGpuBench.call").orElseThrow();
        assertFalse(gpu.counted());
        assertEquals("calls/s", gpu.rateUnit());
        assertEquals(1.0, gpu.amountOf(Map.of("n", "5")));
        assertEquals(List.of("cuda"), gpu.requires());
        assertEquals("GB/s", WorkSpec.find(Fixture.DOT).orElseThrow().rateUnit());
    }

    @Test
    void aChagresBackendThatRunsIsNotMissing() {
        assertTrue(Driver.unavailable("scalar").isEmpty());
        assertTrue(Driver.unavailable(null).isEmpty());
    }

    @Test
    void skipNeedsEveryPairToMatch() {
        WorkSpec gemm = WorkSpec.find(Fixture.GEMM).orElseThrow();
        assertTrue(gemm.skips(Map.of("impl", "scalar", "shape", "2048", "threads", "1")));
        assertFalse(gemm.skips(Map.of("impl", "simd", "shape", "2048", "threads", "1")));
        assertFalse(gemm.skips(Map.of("impl", "scalar", "shape", "1024", "threads", "1")));
    }
}
