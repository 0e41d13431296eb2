package org.chagres.bench.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jfree.chart.JFreeChart;

/**
 * Writes {@code report.md} and its SVG charts from a {@link ReportModel}: a headline table of
 * Chagres against every peer, the machine, the peers with their versions or why they are
 * missing, then one section per benchmark with its charts and a table of rates and ratios.
 */
public final class MarkdownReport {

    /** Folder of the charts, relative to the report. */
    public static final String CHARTS = "charts";

    /** Package of the ML benchmarks, whose headline is one row per task. */
    static final String ML_PACKAGE = "org.chagres.bench.ml.";

    private final ReportModel model;

    /** A writer for this model. */
    public MarkdownReport(ReportModel model) {
        this.model = model;
    }

    /**
     * Writes {@code report.md} and {@code charts/*.svg} into {@code dir}. A chart that cannot
     * be drawn is replaced by a message; the report is written regardless.
     *
     * @return the report file
     */
    public Path write(Path dir) throws IOException {
        Files.createDirectories(dir.resolve(CHARTS));
        StringBuilder md = new StringBuilder();
        RunInfo info = model.info();
        md.append("# Chagres performance report — ").append(info.started(), 0,
                Math.min(10, info.started().length())).append(", ").append(info.host())
                .append(" (").append(info.mode()).append(")\n\n");
        md.append("Started ").append(info.started()).append(", took ")
                .append(duration(info.wallSeconds())).append(". JMH: ").append(info.settings())
                .append(".\n\nEach rate is JMH's score converted with the work of one call"
                        + " (GFLOP/s for arithmetic, GB/s for memory-bound kernels,"
                        + " G elements/s for element-wise functions); ± is JMH's 99.9 %"
                        + " confidence half-width. A ratio is Chagres's rate divided by the"
                        + " peer's: above 1 Chagres is faster. scikit-learn (`sklearn`) is"
                        + " timed outside JMH by tools/ml/sklearn_bench.py right after the JMH"
                        + " run, with the same iterations and JMH's 99.9 % interval."
                        + " On the charts, the points of"
                        + " one size are spread a little sideways so that no error bar hides"
                        + " another.\n\n");
        md.append("## Headline\n\n").append(headline()).append('\n');
        md.append(machine());
        md.append(problems());
        for (ReportModel.Section s : model.sections()) {
            md.append(section(s, dir));
        }
        md.append("## Raw data\n\n- `jmh.json`: JMH's results (all runs of this report,"
                + " merged)\n- `sklearn.json`: scikit-learn's rows, in JMH's format (when ML"
                + " benchmarks ran)\n- `run.json`: machine, settings, peers and failures\n"
                + "- `raw/sklearn.log`: the scikit-learn script's output (not committed)\n"
                + "- `raw/jmh.log`: JMH's full output (not committed)\n");
        Path report = dir.resolve("report.md");
        Files.writeString(report, md, StandardCharsets.UTF_8);
        return report;
    }

    /**
     * The headline table: per benchmark, group and size, the primary Chagres implementation's
     * rate and its ratio to every peer (one column per peer that appears anywhere).
     */
    public String headline() {
        Set<String> others = new LinkedHashSet<>();
        for (String p : ReportModel.PEER_ORDER) {
            for (ReportModel.Section s : model.sections()) {
                if (s.impls().contains(p) && !p.equals(s.primary())) {
                    others.add(p);
                }
            }
        }
        for (ReportModel.Section s : model.sections()) {
            for (String impl : s.impls()) {
                if (!impl.equals(s.primary()) && !ReportModel.isChagres(impl)) {
                    others.add(impl);
                }
            }
        }
        for (ReportModel.Section s : model.sections()) {
            if (s.impls().contains("scalar") && !"scalar".equals(s.primary())) {
                others.add("scalar");
            }
        }
        StringBuilder t = new StringBuilder("| benchmark | size | Chagres |");
        for (String o : others) {
            t.append(" vs ").append(o).append(" |");
        }
        t.append("\n|---|---:|---:|");
        t.append("---:|".repeat(others.size())).append('\n');
        for (ReportModel.Section s : model.sections()) {
            for (ReportModel.Group g : s.groups()) {
                for (ReportModel.Row row : g.rows()) {
                    if (isMl(s) && !headlineRow(s, g, row)) {
                        continue;
                    }
                    ReportModel.Cell mine = row.cells().get(s.primary());
                    t.append("| ").append(s.shortName());
                    if (!g.label().isEmpty()) {
                        t.append(" (").append(g.label()).append(')');
                    }
                    t.append(" | ").append(row.size()).append(" | ");
                    t.append(mine == null ? "—" : cellText(mine, false)).append(' ')
                            .append(mine != null && mine.rate() != null ? s.rateUnit() + " "
                                    + s.primary() : "").append(" |");
                    for (String o : others) {
                        t.append(' ').append(ratio(mine, row.cells().get(o))).append(" |");
                    }
                    t.append('\n');
                }
            }
        }
        if (model.sections().isEmpty()) {
            t.append("| (no benchmark results) | | |").append(" |".repeat(others.size()))
                    .append('\n');
        }
        t.append("\n\"vs\" columns: Chagres's speed ÷ the peer's; above 1 Chagres is faster.");
        if (model.sections().stream().anyMatch(MarkdownReport::isMl)) {
            t.append(" ML tasks: one row each, 1 thread, the largest data set that ran.");
        }
        return t.append('\n').toString();
    }

    /** Whether the section is one of the ML benchmarks (one headline row per task). */
    static boolean isMl(ReportModel.Section s) {
        return s.benchmark().startsWith(ML_PACKAGE);
    }

    /**
     * The one headline row of an ML task: in the {@code threads=1} group (else the first
     * group), the last data set (the larger, blobs, in a full run) where Chagres has a rate,
     * else the group's first row.
     */
    static boolean headlineRow(ReportModel.Section s, ReportModel.Group g, ReportModel.Row row) {
        ReportModel.Group one = s.groups().stream()
                .filter(x -> "1".equals(x.key().get("threads"))).findFirst()
                .orElse(s.groups().get(0));
        if (g != one) {
            return false;
        }
        ReportModel.Row pick = g.rows().get(0);
        for (ReportModel.Row r : g.rows()) {
            ReportModel.Cell c = r.cells().get(s.primary());
            if (c != null && c.rate() != null) {
                pick = r;
            }
        }
        return row == pick;
    }

    private String machine() {
        RunInfo info = model.info();
        StringBuilder m = new StringBuilder("## Machine and software\n\n");
        m.append("- CPU: ").append(info.cpu()).append(", ").append(info.processors())
                .append(" processors available to the JVM\n");
        m.append("- OS: ").append(info.os()).append('\n');
        m.append("- JDK: ").append(info.jdk()).append('\n');
        m.append("- Threads: ").append(info.threads()).append('\n');
        m.append("- Chagres backends:\n");
        for (String b : info.backends()) {
            m.append("  - `").append(b.strip()).append("`\n");
        }
        m.append("- Ceilings measured in this run:");
        if (model.ceilings().isEmpty()) {
            m.append(" none (not run or failed; charts have no ceiling line)");
        }
        m.append('\n');
        for (Map.Entry<String, ReportModel.Rate> c : model.ceilings().entrySet()) {
            String unit = c.getKey().startsWith("fma") ? "GFLOP/s per core" : "GB/s";
            m.append("  - ").append(c.getKey()).append(": ").append(rateText(c.getValue()))
                    .append(' ').append(unit).append('\n');
        }
        m.append("\n### Peers\n\n| peer | status | version, or why it is missing |\n"
                + "|---|---|---|\n");
        for (RunInfo.PeerInfo p : info.peers()) {
            m.append("| ").append(p.name()).append(" | ")
                    .append(p.available() ? "available" : "**missing**").append(" | ")
                    .append(escape(p.detail())).append(" |\n");
        }
        return m.append('\n').toString();
    }

    private String problems() {
        List<Failure> all = new ArrayList<>(model.orphans());
        for (ReportModel.Section s : model.sections()) {
            for (String p : s.problems()) {
                all.add(new Failure(s.benchmark(), Map.of(), Failure.Kind.FAILED, p));
            }
        }
        all.addAll(model.info().failures().stream().filter(f -> !f.params().isEmpty()
                && !model.orphans().contains(f)).toList());
        if (all.isEmpty()) {
            return "";
        }
        // the same reason for many rows is said once, with the rows it covers
        Map<String, List<String>> byReason = new LinkedHashMap<>();
        for (Failure f : all) {
            String rows = Measurement.shortName(f.benchmark()) + (f.params().isEmpty() ? ""
                    : " " + f.params().entrySet().stream().sorted(Map.Entry.comparingByKey())
                            .map(e -> e.getKey() + "=" + e.getValue()).toList());
            byReason.computeIfAbsent(f.kind().word() + ": " + f.message(),
                    k -> new ArrayList<>()).add(rows);
        }
        StringBuilder p = new StringBuilder("## Missing and failed benchmarks\n\n");
        for (Map.Entry<String, List<String>> e : byReason.entrySet()) {
            p.append("- **").append(escape(e.getKey())).append("** — ");
            List<String> rows = e.getValue();
            p.append(rows.size() <= 4 ? String.join("; ", rows)
                    : String.join("; ", rows.subList(0, 3)) + " and " + (rows.size() - 3)
                            + " more rows");
            p.append('\n');
        }
        return p.append('\n').toString();
    }

    private String section(ReportModel.Section s, Path dir) {
        StringBuilder out = new StringBuilder("## ").append(s.shortName()).append("\n\n");
        out.append('`').append(s.benchmark()).append("` — ");
        out.append(s.work().filter(WorkSpec::counted).map(w -> "work per call: `" + w.amount()
                + "` "
                + w.unit().name().toLowerCase(Locale.ROOT) + "s; rates in " + w.unit().rate())
                .orElse("no work count (@Work amount): rates are calls per second"));
        out.append(".\n\n");
        for (String p : s.problems()) {
            out.append("> **").append(escape(p)).append("**\n\n");
        }
        for (ReportModel.Group g : s.groups()) {
            if (!g.label().isEmpty()) {
                out.append("### ").append(s.shortName()).append(", ").append(g.label())
                        .append("\n\n");
            }
            out.append(chart(s, g, dir));
            out.append(table(s, g)).append('\n');
        }
        return out.toString();
    }

    private String chart(ReportModel.Section s, ReportModel.Group g, Path dir) {
        String name = fileName(s, g);
        StringBuilder out = new StringBuilder();
        try {
            Optional<JFreeChart> chart = Charts.chart(model, s, g);
            Optional<JFreeChart> shapes = Charts.shapeChart(model, s, g);
            if (chart.isEmpty() && shapes.isEmpty()) {
                return "_(no chart: no implementation has a result here)_\n\n";
            }
            if (chart.isPresent()) {
                out.append(svg(chart.get(), s, g, name, dir));
            }
            if (shapes.isPresent()) {
                out.append(svg(shapes.get(), s, g, name.replace(".svg", "-shapes.svg"), dir));
            }
            return out.toString();
        } catch (IOException | RuntimeException e) {
            return out + "> **chart not drawn: " + escape(e.toString()) + "**\n\n";
        }
    }

    private static String svg(JFreeChart chart, ReportModel.Section s, ReportModel.Group g,
            String name, Path dir) throws IOException {
        Files.writeString(dir.resolve(CHARTS).resolve(name), Charts.svg(chart),
                StandardCharsets.UTF_8);
        return "![" + s.shortName() + " " + g.label() + "](" + CHARTS + "/" + name + ")\n\n";
    }

    private String table(ReportModel.Section s, ReportModel.Group g) {
        List<String> impls = s.impls();
        List<String> ratioTo = impls.stream().filter(i -> !i.equals(s.primary())).toList();
        StringBuilder t = new StringBuilder("| ").append(s.work().map(WorkSpec::size)
                .orElse("size")).append(" |");
        for (String i : impls) {
            t.append(' ').append(i).append(" |");
        }
        for (String o : ratioTo) {
            t.append(' ').append(ratioHeader(s.primary(), o)).append(" |");
        }
        boolean peak = g.rows().stream().findAny().isPresent() && model.ceiling(s, g)
                .isPresent();
        if (peak) {
            t.append(" ").append(s.primary()).append(" % of ceiling |");
        }
        t.append("\n|---:|").append("---:|".repeat(impls.size() + ratioTo.size()
                + (peak ? 1 : 0))).append('\n');
        for (ReportModel.Row row : g.rows()) {
            t.append("| ").append(row.size()).append(" |");
            for (String i : impls) {
                ReportModel.Cell c = row.cells().get(i);
                t.append(' ').append(c == null ? "—" : cellText(c, true)).append(" |");
            }
            ReportModel.Cell mine = row.cells().get(s.primary());
            for (String o : ratioTo) {
                t.append(' ').append(ratio(mine, row.cells().get(o))).append(" |");
            }
            if (peak) {
                double ceiling = model.ceiling(s, g).get().value();
                t.append(' ').append(mine != null && mine.rate() != null
                        ? String.format(Locale.ROOT, "%.0f %%", 100 * mine.rate().value()
                                / ceiling) : "—").append(" |");
            }
            t.append('\n');
        }
        t.append("\nRates in ").append(s.rateUnit()).append(".");
        model.ceiling(s, g).ifPresent(c -> t.append(" Ceiling: ").append(c.label())
                .append(" = ").append(number(c.value())).append(' ').append(s.rateUnit())
                .append('.'));
        return t.append('\n').toString();
    }

    private static String cellText(ReportModel.Cell c, boolean withError) {
        if (c.rate() == null) {
            return c.failure().kind().word();
        }
        return withError ? rateText(c.rate()) : number(c.rate().value());
    }

    private static String rateText(ReportModel.Rate r) {
        double half = Double.isNaN(r.low()) || Double.isNaN(r.high()) ? Double.NaN
                : (r.high() - r.low()) / 2;
        return number(r.value()) + (Double.isNaN(half) ? "" : " ± " + number(half));
    }

    /** The header of a ratio column, its direction spelled out. */
    static String ratioHeader(String mine, String other) {
        return mine + " ÷ " + other + " (>1: " + mine + " faster)";
    }

    /** Chagres's rate over the peer's, e.g. {@code 0.93×}; a word when either is missing. */
    static String ratio(ReportModel.Cell mine, ReportModel.Cell other) {
        if (other == null) {
            return "—";
        }
        if (other.rate() == null) {
            return other.failure().kind().word();
        }
        if (mine == null || mine.rate() == null || !(other.rate().value() > 0)) {
            return "—";
        }
        double q = mine.rate().value() / other.rate().value();
        return String.format(Locale.ROOT, q >= 10 ? "%.0f×" : "%.2f×", q);
    }

    /** Three significant figures without exponent for everyday magnitudes. */
    static String number(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        double a = Math.abs(v);
        if (a >= 1e6 || (a > 0 && a < 1e-3)) {
            return String.format(Locale.ROOT, "%.3g", v);
        }
        if (a >= 100) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        if (a >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        if (a >= 1) {
            return String.format(Locale.ROOT, "%.2f", v);
        }
        return String.format(Locale.ROOT, "%.3f", v);
    }

    static String fileName(ReportModel.Section s, ReportModel.Group g) {
        String base = s.shortName() + (g.label().isEmpty() ? "" : "-" + g.label());
        return base.replaceAll("[^A-Za-z0-9._=-]+", "_") + ".svg";
    }

    private static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s % 3600 / 60)
                : String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
    }

    private static String escape(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
