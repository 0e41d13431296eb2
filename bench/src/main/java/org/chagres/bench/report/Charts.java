package org.chagres.bench.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/**
 * Draws one chart per group with JFreeChart and writes it as SVG with JFreeSVG: the rate
 * against the size on a logarithmic axis, one line per implementation with JMH's 99.9 %
 * error bars, and the machine's ceiling as a dashed line.
 */
public final class Charts {

    /** Chart size in SVG pixels. */
    static final int WIDTH = 900;
    static final int HEIGHT = 520;

    private static final Color[] PALETTE = {
        new Color(0xD6, 0x27, 0x28), new Color(0x1F, 0x77, 0xB4), new Color(0xFF, 0x7F, 0x0E),
        new Color(0x2C, 0xA0, 0x2C), new Color(0x94, 0x67, 0xBD), new Color(0x8C, 0x56, 0x4B),
        new Color(0xE3, 0x77, 0xC2), new Color(0x7F, 0x7F, 0x7F), new Color(0xBC, 0xBD, 0x22),
        new Color(0x17, 0xBE, 0xCF),
    };

    private Charts() {
    }

    /**
     * The chart of one group, or empty when it has no numeric size with a result.
     *
     * @param model the report (for the ceiling)
     * @param s the benchmark
     * @param g the group
     */
    public static Optional<JFreeChart> chart(ReportModel model, ReportModel.Section s,
            ReportModel.Group g) {
        YIntervalSeriesCollection data = dodged(dataset(s, g));
        if (data.getSeriesCount() == 0) {
            return Optional.empty();
        }
        double minX = Double.MAX_VALUE;
        double maxX = 0;
        double maxY = 0;
        for (int i = 0; i < data.getSeriesCount(); i++) {
            for (int j = 0; j < data.getItemCount(i); j++) {
                minX = Math.min(minX, data.getXValue(i, j));
                maxX = Math.max(maxX, data.getXValue(i, j));
                maxY = Math.max(maxY, Math.max(data.getYValue(i, j), data.getEndYValue(i, j)));
            }
        }
        Optional<ReportModel.CeilingLine> ceiling = model.ceiling(s, g);
        if (ceiling.isPresent()) {
            maxY = Math.max(maxY, ceiling.get().value());
        }

        LogAxis x = new LogAxis(s.sizeLabel() + ", log scale");
        boolean powersOfTwo = allPowersOfTwo(g);
        x.setBase(powersOfTwo ? 2 : 10);
        double decades = Math.log(maxX / minX) / Math.log(powersOfTwo ? 2 : 10);
        x.setTickUnit(new NumberTickUnit(powersOfTwo && decades > 12 ? 2 : 1));
        x.setNumberFormatOverride(new SizeFormat());
        x.setRange(minX / (powersOfTwo ? 1.5 : 2.5), maxX * (powersOfTwo ? 1.5 : 2.5));
        x.setMinorTickMarksVisible(true);

        NumberAxis y = new NumberAxis(s.rateUnit() + " (higher is better)");
        y.setRange(0, maxY > 0 ? maxY * 1.12 : 1);

        XYErrorRenderer r = new XYErrorRenderer();
        r.setDrawXError(false);
        r.setDrawYError(true);
        r.setDefaultLinesVisible(true);
        r.setDefaultShapesVisible(true);
        r.setCapLength(6);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            String impl = (String) data.getSeriesKey(i);
            Color c = color(impl);
            r.setSeriesPaint(i, c);
            r.setSeriesStroke(i, new BasicStroke(ReportModel.isChagres(impl) ? 3f : 1.6f));
        }
        // error bars in their series' colour, so that each belongs visibly to its line
        r.setErrorPaint(null);
        r.setErrorStroke(new BasicStroke(1.2f));

        XYPlot plot = new XYPlot(data, x, y, r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        ceiling.ifPresent(c -> plot.addRangeMarker(marker(c, s.rateUnit())));

        JFreeChart chart = new JFreeChart(s.shortName(), new Font("SansSerif", Font.BOLD, 18),
                plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.addSubtitle(new TextTitle(subtitle(s, g), new Font("SansSerif", Font.PLAIN, 13)));
        chart.getLegend().setPosition(RectangleEdge.RIGHT);
        chart.getLegend().setItemFont(new Font("SansSerif", Font.PLAIN, 13));
        return Optional.of(chart);
    }

    /**
     * A bar chart of the rows whose size is not a plain number (e.g. gemm's
     * {@code 4096x64x4096}): one group of bars per shape, one bar per implementation, with
     * JMH's error bars and the ceiling; empty when there are no such rows with results.
     */
    public static Optional<JFreeChart> shapeChart(ReportModel model, ReportModel.Section s,
            ReportModel.Group g) {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        double maxY = 0;
        List<String> series = new java.util.ArrayList<>();
        for (ReportModel.Row row : g.rows()) {
            if (!Double.isNaN(row.x())) {
                continue;
            }
            for (String impl : s.impls()) {
                ReportModel.Cell c = row.cells().get(impl);
                if (c == null || c.rate() == null) {
                    continue;
                }
                ReportModel.Rate r = c.rate();
                double half = Double.isNaN(r.low()) || Double.isNaN(r.high()) ? 0
                        : (r.high() - r.low()) / 2;
                data.add(r.value(), half, impl, row.size());
                maxY = Math.max(maxY, r.value());
                if (!series.contains(impl)) {
                    series.add(impl);
                }
            }
        }
        if (data.getRowCount() == 0) {
            return Optional.empty();
        }
        Optional<ReportModel.CeilingLine> ceiling = model.ceiling(s, g);
        if (ceiling.isPresent()) {
            maxY = Math.max(maxY, ceiling.get().value());
        }
        boolean mkn = g.rows().stream().filter(row -> Double.isNaN(row.x()))
                .allMatch(row -> row.size().split("x").length == 3);
        CategoryAxis x = new CategoryAxis(s.work().map(WorkSpec::size).orElse("size")
                + (mkn ? " (m×k×n: A is m×k, B is k×n)" : ""));
        NumberAxis y = new NumberAxis(s.rateUnit() + " (higher is better)");
        y.setRange(0, maxY > 0 ? maxY * 1.12 : 1);
        StatisticalBarRenderer r = new StatisticalBarRenderer();
        r.setErrorIndicatorPaint(new Color(0x33, 0x33, 0x33));
        r.setShadowVisible(false);
        r.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        for (int i = 0; i < data.getRowCount(); i++) {
            r.setSeriesPaint(i, color((String) data.getRowKey(i)));
        }
        CategoryPlot plot = new CategoryPlot(data, x, y, r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        ceiling.ifPresent(c -> plot.addRangeMarker(marker(c, s.rateUnit()),
                org.jfree.chart.ui.Layer.FOREGROUND));
        JFreeChart chart = new JFreeChart(s.shortName() + ", rectangular shapes",
                new Font("SansSerif", Font.BOLD, 18), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.addSubtitle(new TextTitle(subtitle(s, g), new Font("SansSerif", Font.PLAIN, 13)));
        chart.getLegend().setPosition(RectangleEdge.RIGHT);
        chart.getLegend().setItemFont(new Font("SansSerif", Font.PLAIN, 13));
        return Optional.of(chart);
    }

    /** The chart as an SVG document. */
    public static String svg(JFreeChart chart) {
        SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.draw(g2, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        return g2.getSVGDocument();
    }

    /** One series per implementation with at least one result at a numeric size. */
    static YIntervalSeriesCollection dataset(ReportModel.Section s, ReportModel.Group g) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        for (String impl : s.impls()) {
            YIntervalSeries series = new YIntervalSeries(impl);
            for (ReportModel.Row row : g.rows()) {
                ReportModel.Cell c = row.cells().get(impl);
                if (Double.isNaN(row.x()) || row.x() <= 0 || c == null || c.rate() == null) {
                    continue;
                }
                ReportModel.Rate rate = c.rate();
                double lo = Double.isNaN(rate.low()) ? rate.value() : rate.low();
                double hi = Double.isNaN(rate.high()) ? rate.value() : rate.high();
                series.add(row.x(), rate.value(), lo, hi);
            }
            if (series.getItemCount() > 0) {
                data.addSeries(series);
            }
        }
        return data;
    }

    /**
     * The same points shifted sideways by a few percent per series (on the log axis), so that
     * error bars at the same size do not hide one another.
     */
    private static YIntervalSeriesCollection dodged(YIntervalSeriesCollection data) {
        YIntervalSeriesCollection out = new YIntervalSeriesCollection();
        int k = data.getSeriesCount();
        double lo = Double.MAX_VALUE;
        double hi = Double.MIN_VALUE;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < data.getItemCount(i); j++) {
                lo = Math.min(lo, data.getXValue(i, j));
                hi = Math.max(hi, data.getXValue(i, j));
            }
        }
        // about 1 % of the axis width per series, at least 2.5 % of the value
        double step = Math.max(1.025, Math.pow(hi / lo, 0.012));
        for (int i = 0; i < k; i++) {
            YIntervalSeries shifted = new YIntervalSeries(data.getSeriesKey(i));
            double factor = Math.pow(step, i - (k - 1) / 2.0);
            for (int j = 0; j < data.getItemCount(i); j++) {
                shifted.add(data.getXValue(i, j) * factor, data.getYValue(i, j),
                        data.getStartYValue(i, j), data.getEndYValue(i, j));
            }
            out.addSeries(shifted);
        }
        return out;
    }

    private static String subtitle(ReportModel.Section s, ReportModel.Group g) {
        String label = g.label();
        String what = s.work().filter(WorkSpec::counted).map(w -> switch (w.unit()) {
            case FLOP -> "floating-point operations per second";
            case BYTE -> "bytes read and written per second";
            case ELEMENT -> "elements per second";
        }).orElse("calls per second");
        return (label.isEmpty() ? "" : label + " · ") + what
                + " · bars: JMH 99.9 % confidence interval";
    }

    private static ValueMarker marker(ReportModel.CeilingLine c, String unit) {
        ValueMarker m = new ValueMarker(c.value());
        m.setPaint(new Color(0x55, 0x55, 0x55));
        m.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {8f, 5f}, 0f));
        m.setLabel("ceiling: " + c.label() + " = " + MarkdownReport.number(c.value()) + " "
                + unit);
        m.setLabelFont(new Font("SansSerif", Font.PLAIN, 12));
        m.setLabelPaint(new Color(0x33, 0x33, 0x33));
        m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        m.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        m.setLabelOffset(new RectangleInsets(2, 6, 2, 2));
        return m;
    }

    /**
     * The same colour for an implementation on every chart: Chagres red, the native reference
     * (OpenBLAS, scikit-learn) blue.
     */
    static Color color(String impl) {
        int rgb = switch (impl) {
            case "simd", "chagres" -> 0xD62728;
            case "cuda" -> 0x8B0000;
            case "scalar" -> 0xE377C2;
            case "openblas", "lapacke", "sklearn" -> 0x1F77B4;
            case "netlib-jni" -> 0x17BECF;
            case "netlib-vector" -> 0xFF7F0E;
            case "netlib-f2j" -> 0x8C564B;
            case "ejml" -> 0x2CA02C;
            case "ojalgo" -> 0x9467BD;
            case "commons-math", "commons-statistics" -> 0xBCBD22;
            case "jdk", "smile" -> 0x7F7F7F;
            default -> -1;
        };
        if (rgb >= 0) {
            return new Color(rgb);
        }
        return ReportModel.isChagres(impl) ? new Color(0xD62728)
                : PALETTE[Math.floorMod(impl.hashCode(), PALETTE.length)];
    }

    private static boolean allPowersOfTwo(ReportModel.Group g) {
        List<Double> xs = g.rows().stream().map(ReportModel.Row::x)
                .filter(v -> !Double.isNaN(v) && v > 0).toList();
        return !xs.isEmpty() && xs.stream().allMatch(v -> v == Math.rint(v)
                && Long.bitCount(v.longValue()) == 1);
    }

    /** Tick labels: 64, 1024, 32k, 1M (powers of ten and two, shortened). */
    static final class SizeFormat extends NumberFormat {
        private static final long serialVersionUID = 1L;
        private static final DecimalFormat PLAIN = new DecimalFormat("0.##");

        @Override
        public StringBuffer format(double v, StringBuffer to, FieldPosition pos) {
            return to.append(label(v));
        }

        @Override
        public StringBuffer format(long v, StringBuffer to, FieldPosition pos) {
            return to.append(label(v));
        }

        @Override
        public Number parse(String source, ParsePosition pos) {
            return null;
        }

        static String label(double v) {
            double r = Math.rint(v);
            if (Math.abs(v - r) > 1e-6 * Math.max(1, Math.abs(v))) {
                return PLAIN.format(v);
            }
            long n = (long) r;
            if (n >= 1 << 20 && n % (1 << 20) == 0) {
                return n / (1 << 20) + "Mi";
            }
            if (n >= 1_000_000 && n % 1_000_000 == 0) {
                return n / 1_000_000 + "M";
            }
            if (n >= 16384 && n % 1024 == 0) {
                return n / 1024 + "Ki";
            }
            if (n >= 10_000 && n % 1000 == 0) {
                return n / 1000 + "k";
            }
            return Long.toString(n);
        }
    }
}
