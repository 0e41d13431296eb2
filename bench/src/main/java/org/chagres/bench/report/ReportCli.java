package org.chagres.bench.report;

import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bin/report}: runs the benchmarks with JMH and writes the performance report, or
 * writes it again from a finished run's folder.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Runs Chagres's benchmarks against its peers and writes"
                + " bench/report/<date>-<host>-<mode>/report.md with SVG charts, the raw JMH"
                + " JSON and the machine's ceilings. The ML benchmarks are also timed with"
                + " scikit-learn (tools/ml/sklearn_bench.py) right after the JMH run."})
public final class ReportCli implements Callable<Integer> {

    @Option(names = "--quick", description = "Few iterations, a subset of sizes: a few"
            + " minutes on 2 cores (the default).")
    boolean quick;

    @Option(names = "--full", description = "Every size, 2 forks, longer iterations.")
    boolean full;

    @Option(names = "--only", paramLabel = "<regex>", description = "Run only benchmarks"
            + " whose Class.method (or full name) matches, e.g. Dot or 'Gemm.*dgemm'."
            + " Ceilings are always measured.")
    String only;

    @Option(names = "--out", paramLabel = "<dir>", description = "Folder that holds the"
            + " reports (default: ${DEFAULT-VALUE}).", defaultValue = "bench/report")
    Path out;

    @Option(names = "--from", paramLabel = "<dir>", description = "Do not run: write the"
            + " report again from this run folder's jmh.json, sklearn.json and run.json.")
    Path from;

    @Option(names = "--list", description = "Print the rows that would run and the time"
            + " estimate, then stop.")
    boolean list;

    @Option(names = "--no-ceilings", description = "Do not measure the FMA and memory"
            + " ceilings.", negatable = false)
    boolean noCeilings;

    @Option(names = "--peers", description = "Print the peers and Chagres backends, available"
            + " or with the reason they are not, then stop.")
    boolean peers;

    @Option(names = "--sklearn-python", paramLabel = "<python>", description = "Python"
            + " with scikit-learn that times the ML tasks after the JMH run (default: $"
            + Sklearn.PYTHON_ENV + ", else " + Sklearn.DEFAULT_PYTHON + ").")
    String sklearnPython;

    @Option(names = "--no-sklearn", description = "Do not time scikit-learn (the ML tables"
            + " show it as missing).", negatable = false)
    boolean noSklearn;

    private final PrintStream console = new PrintStream(System.out, true,
            StandardCharsets.UTF_8);

    /** Entry point of the shaded jar. */
    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        System.exit(new CommandLine(new ReportCli()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        if (quick && full) {
            throw new CommandLine.ParameterException(new CommandLine(this),
                    "report: --quick and --full exclude each other, got both");
        }
        if (peers) {
            Machine.backends().forEach(b -> console.println("backend " + b));
            Machine.peers().forEach(p -> console.printf("peer    %-18s %s%n", p.name(),
                    p.available() ? "available  (" + p.detail() + ")"
                            : "MISSING    (" + p.detail() + ")"));
            String python = Sklearn.python(sklearnPython);
            String[] version = {""};
            console.printf("peer    %-18s %s%n", Sklearn.IMPL, Sklearn.unavailable(python,
                    Sklearn.SCRIPT, version).map(why -> "MISSING    (" + why + ")")
                    .orElse("available  (" + version[0] + ", " + python + ")"));
            return 0;
        }
        if (from != null) {
            return rewrite(from);
        }
        Optional<Pattern> filter;
        try {
            filter = Optional.ofNullable(only).map(Pattern::compile);
        } catch (PatternSyntaxException e) {
            throw new CommandLine.ParameterException(new CommandLine(this),
                    "report: --only is not a regular expression, got " + only + " ("
                            + e.getDescription() + ")");
        }
        Driver.Settings settings = full ? Driver.Settings.full() : Driver.Settings.quick();
        Driver.Plan plan = Driver.plan(filter, !full, !noCeilings);
        List<Sklearn.Expected> sklearn = Sklearn.expected(plan.rows());
        console.printf("report: %d rows to run (%s), %d not run (peer missing), then %d"
                + " scikit-learn rows; estimate %s%n", plan.rows().size(), settings.mode(),
                plan.missing().size(), noSklearn ? 0 : sklearn.size(),
                Driver.clock((plan.rows().size() + (noSklearn ? 0 : sklearn.size()))
                        * settings.rowSeconds()));
        if (list) {
            plan.rows().forEach(r -> console.println("  " + r.describe()));
            sklearn.forEach(e -> console.println("  " + Measurement.shortName(e.benchmark())
                    + " impl=sklearn data=" + e.data() + " threads=" + e.threads()
                    + (noSklearn ? " (not run: --no-sklearn)" : " (" + Sklearn.SCRIPT + ")")));
            plan.missing().forEach(f -> console.println("  (missing) "
                    + Measurement.shortName(f.benchmark()) + " " + f.params() + ": "
                    + f.message()));
            return 0;
        }
        Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String date = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC).format(started);
        Path dir = out.resolve(date + "-" + Machine.host() + "-" + settings.mode());
        Files.createDirectories(dir.resolve("raw"));
        RunInfo info = new RunInfo(settings.mode(), started.toString(), 0, Machine.host(),
                Machine.jdk(), Machine.os(), Machine.cpu(),
                Runtime.getRuntime().availableProcessors(), Machine.backends(),
                Machine.threads(), Machine.peers(), settings.describe()
                        + (only == null ? "" : "; --only " + only), plan.missing());
        console.println("report: writing " + dir);
        // written now too, so that an interrupted run can still be reported with --from
        writeRunInfo(dir, info);
        Path json = dir.resolve("jmh.json");
        Files.deleteIfExists(json);
        Files.deleteIfExists(dir.resolve(Sklearn.FILE));
        List<Failure> failed = new ArrayList<>(Driver.run(plan, settings, json,
                dir.resolve("raw/jmh.log"), console));
        List<Measurement> results = new ArrayList<>(JmhJson.read(json));
        if (!sklearn.isEmpty()) {
            Sklearn.Outcome o = sklearnStep(sklearn, settings, dir);
            results.addAll(o.results());
            failed.addAll(o.failures());
            info = info.withPeer(o.peer());
        }
        info = info.withFailures(failed).withWallSeconds(
                java.time.Duration.between(started, Instant.now()).toMillis() / 1000.0);
        writeRunInfo(dir, info);
        return write(dir, results, info);
    }

    /** Times scikit-learn on the ML rows of the plan (or says why it is not). */
    private Sklearn.Outcome sklearnStep(List<Sklearn.Expected> expected,
            Driver.Settings settings, Path dir) {
        if (noSklearn) {
            String why = "not run (--no-sklearn)";
            console.println("sklearn: " + why);
            return Sklearn.collect(expected, List.of(), Failure.Kind.MISSING, why,
                    new RunInfo.PeerInfo(Sklearn.IMPL, false, why));
        }
        console.printf("report: scikit-learn step: %d rows (%s, %s mode)%n", expected.size(),
                Sklearn.SCRIPT, settings.mode());
        return Sklearn.run(Sklearn.python(sklearnPython), Sklearn.SCRIPT, expected, settings,
                dir, dir.resolve("raw/sklearn.log"), console);
    }

    private int rewrite(Path dir) throws IOException {
        Path run = dir.resolve("run.json");
        if (!Files.exists(run)) {
            console.println("report: no run.json in " + dir + "; is it a report folder?");
            return 2;
        }
        RunInfo info = JmhJson.MAPPER.readValue(run.toFile(), RunInfo.class);
        return write(dir, Sklearn.readAll(dir), info);
    }

    private int write(Path dir, List<Measurement> results, RunInfo info) throws IOException {
        ReportModel model = ReportModel.of(results, info);
        MarkdownReport md = new MarkdownReport(model);
        Path report = md.write(dir);
        String headline = md.headline();
        Path root = dir.toAbsolutePath().getParent();
        String rel = root.relativize(dir.toAbsolutePath()).toString();
        String pointer = "# Latest " + info.mode() + " report\n\n[" + rel + "/report.md]("
                + rel + "/report.md) — " + info.started() + ", " + info.host() + ", "
                + info.cpu() + "\n\n" + headline;
        Files.writeString(root.resolve("latest-" + info.mode() + ".md"), pointer,
                StandardCharsets.UTF_8);
        Files.writeString(root.resolve("latest.md"), pointer, StandardCharsets.UTF_8);
        console.println();
        console.println(headline);
        console.println("report: " + report + " (" + results.size() + " results, "
                + info.failures().size() + " rows without result)");
        return 0;
    }

    static void writeRunInfo(Path dir, RunInfo info) throws IOException {
        JmhJson.MAPPER.writer(SerializationFeature.INDENT_OUTPUT)
                .writeValue(dir.resolve("run.json").toFile(), info);
    }
}
