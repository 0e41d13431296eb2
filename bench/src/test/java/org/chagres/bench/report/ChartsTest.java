package org.chagres.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;

class ChartsTest {

    @Test
    void oneSeriesPerImplementationWithAResult() throws IOException {
        ReportModel m = Fixture.model();
        ReportModel.Section dot = ReportModelTest.section(m, "FixtureDotBench.ddot");
        YIntervalSeriesCollection data = Charts.dataset(dot, dot.groups().get(0));
        List<Object> names = new ArrayList<>();
        for (int i = 0; i < data.getSeriesCount(); i++) {
            names.add(data.getSeriesKey(i));
        }
        // netlib-vector is missing: no series; the report table says why
        assertEquals(List.of("simd", "scalar", "openblas"), names);
        assertEquals(1024.0, data.getXValue(0, 0));
        assertEquals(163.84, data.getYValue(0, 0), 1e-9);
        assertEquals(163.84 - 1.6384, data.getStartYValue(0, 0), 1e-9);
        assertEquals(163.84 + 1.6384, data.getEndYValue(0, 0), 1e-9);
    }

    @Test
    void logSizeAxisRateAxisWithUnitsAndTheCeilingLine() throws IOException {
        ReportModel m = Fixture.model();
        ReportModel.Section dot = ReportModelTest.section(m, "FixtureDotBench.ddot");
        JFreeChart chart = Charts.chart(m, dot, dot.groups().get(0)).orElseThrow();
        XYPlot plot = chart.getXYPlot();
        LogAxis x = assertInstanceOf(LogAxis.class, plot.getDomainAxis());
        assertEquals("n (vector length), log scale", x.getLabel());
        assertEquals("GB/s (higher is better)", plot.getRangeAxis().getLabel());
        assertTrue(chart.getLegend() != null);
        ValueMarker ceiling = (ValueMarker) plot.getRangeMarkers(
                org.jfree.chart.ui.Layer.FOREGROUND).iterator().next();
        assertEquals(24.0, ceiling.getValue(), 1e-9);
        assertTrue(ceiling.getLabel().contains("STREAM triad"), ceiling.getLabel());
    }

    /** The rotated y-axis label is drawn as glyph outlines, so it is checked on the axis. */
    @Test
    void svgCarriesTitleSeriesAxisLabelsAndCeiling() throws IOException {
        ReportModel m = Fixture.model();
        ReportModel.Section gemm = ReportModelTest.section(m, "FixtureGemmBench.dgemm");
        ReportModel.Group one = gemm.groups().stream()
                .filter(g -> g.key().get("threads").equals("1")).findFirst().orElseThrow();
        String svg = Charts.svg(Charts.chart(m, gemm, one).orElseThrow());
        assertTrue(svg.startsWith("<?xml") || svg.startsWith("<svg"), svg.substring(0, 20));
        for (String text : List.of("FixtureGemmBench.dgemm", "threads=1", "simd", "openblas",
                "ejml", "n (matrix order), log scale",
                "FMA peak, double, 1 core")) {
            assertTrue(svg.contains(text), "SVG lacks " + text);
        }
    }

    @Test
    void sizeTicksAreShort() {
        assertEquals("64", Charts.SizeFormat.label(64));
        assertEquals("1024", Charts.SizeFormat.label(1024));
        assertEquals("32Ki", Charts.SizeFormat.label(32768));
        assertEquals("10k", Charts.SizeFormat.label(10_000));
        assertEquals("1M", Charts.SizeFormat.label(1_000_000));
        assertEquals("1Mi", Charts.SizeFormat.label(1 << 20));
    }
}
