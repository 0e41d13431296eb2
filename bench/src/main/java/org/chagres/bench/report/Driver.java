package org.chagres.bench.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.chagres.bench.peer.Peer;
import org.chagres.bench.peer.Peers;
import org.chagres.kernels.Backends;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormat;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs the benchmarks through JMH's {@link Runner}, one parameter combination at a time, so
 * that it can print a progress line between them, attribute every failure to its row, skip
 * rows of missing peers without starting a JVM, and keep what finished if a later row fails.
 */
final class Driver {

    /** JVM start and JMH set-up per fork, for the time estimate. */
    private static final double FORK_OVERHEAD_S = 1.5;

    /**
     * JMH settings of a mode.
     *
     * @param mode {@code quick} or {@code full}
     * @param forks forks per row
     * @param warmups warm-up iterations
     * @param warmupMs milliseconds per warm-up iteration
     * @param iterations measured iterations
     * @param iterationMs milliseconds per measured iteration
     * @param jvmArgs the forked JVMs' flags
     */
    record Settings(String mode, int forks, int warmups, int warmupMs, int iterations,
            int iterationMs, List<String> jvmArgs) {

        static Settings quick() {
            return new Settings("quick", 1, 2, 300, 3, 300, jvm());
        }

        static Settings full() {
            return new Settings("full", 2, 3, 500, 5, 500, jvm());
        }

        /** Flags of the forked JVMs; every {@code -Dchagres.*} of this JVM is passed on. */
        private static List<String> jvm() {
            List<String> flags = new ArrayList<>(List.of("--add-modules=jdk.incubator.vector",
                    "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow",
                    "-Xms1g", "-Xmx6g", "-Djava.awt.headless=true"));
            System.getProperties().stringPropertyNames().stream().sorted()
                    .filter(k -> k.startsWith("chagres."))
                    .forEach(k -> flags.add("-D" + k + "=" + System.getProperty(k)));
            return List.copyOf(flags);
        }

        /** Seconds one row should take. */
        double rowSeconds() {
            return forks * (FORK_OVERHEAD_S + (warmups * warmupMs + iterations * iterationMs)
                    / 1000.0);
        }

        String describe() {
            return String.format(Locale.ROOT, "%d fork(s), %d×%d ms warm-up, %d×%d ms"
                    + " measured per row; forked JVM flags %s", forks, warmups, warmupMs,
                    iterations, iterationMs, String.join(" ", jvmArgs));
        }
    }

    /**
     * One row to run.
     *
     * @param benchmark {@code pkg.Class.method}
     * @param params every parameter's value
     * @param ceiling whether it measures a ceiling
     */
    record Row(String benchmark, Map<String, String> params, boolean ceiling) {
        String describe() {
            StringBuilder s = new StringBuilder(Measurement.shortName(benchmark));
            params.forEach((k, v) -> s.append(' ').append(k).append('=').append(v));
            return s.toString();
        }
    }

    /**
     * The rows to run and the rows not run because their implementation cannot run here.
     *
     * @param rows to run, ceilings first
     * @param missing not run, with the reason
     */
    record Plan(List<Row> rows, List<Failure> missing) {
    }

    private Driver() {
    }

    /**
     * Every row of every benchmark in the jar's JMH list that matches {@code only} (on
     * {@code Class.method} or the full name), with the {@code --quick} values where asked;
     * ceilings always, unless {@code ceilings} is false.
     */
    static Plan plan(Optional<Pattern> only, boolean quick, boolean ceilings) {
        OutputFormat silent = OutputFormatFactory.createFormatInstance(
                new PrintStream(OutputStream.nullOutputStream()), VerboseMode.SILENT);
        List<BenchmarkListEntry> entries = new ArrayList<>(
                BenchmarkList.defaultList().getAll(silent, List.of()));
        entries.sort(Comparator.comparing(BenchmarkListEntry::getUsername));
        List<Row> rows = new ArrayList<>();
        List<Row> ceilingRows = new ArrayList<>();
        List<Failure> missing = new ArrayList<>();
        for (BenchmarkListEntry e : entries) {
            String name = e.getUsername();
            Optional<WorkSpec> work = WorkSpec.find(name);
            boolean ceiling = work.map(w -> !w.measures().isEmpty()).orElse(false);
            if (ceiling ? !ceilings : only.isPresent() && !only.get().matcher(
                    Measurement.shortName(name)).find() && !only.get().matcher(name).find()) {
                continue;
            }
            Map<String, List<String>> values = new LinkedHashMap<>();
            if (e.getParams().hasValue()) {
                e.getParams().get().forEach((k, v) -> values.put(k, List.of(v)));
            }
            if (quick && work.isPresent()) {
                work.get().quick().forEach((k, v) -> {
                    if (values.containsKey(k)) {
                        values.put(k, v);
                    }
                });
            }
            String implParam = work.map(WorkSpec::impl).orElse("impl");
            Optional<String> needs = work.map(WorkSpec::requires).orElse(List.of()).stream()
                    .map(r -> unavailable(r).map(why -> r + ": " + why))
                    .flatMap(Optional::stream).findFirst();
            for (Map<String, String> combo : product(values)) {
                if (work.isPresent() && work.get().skips(combo)) {
                    continue;
                }
                Optional<String> why = needs.isPresent() ? needs
                        : unavailable(combo.get(implParam));
                if (why.isPresent()) {
                    missing.add(new Failure(name, combo, Failure.Kind.MISSING, why.get()));
                    continue;
                }
                (ceiling ? ceilingRows : rows).add(new Row(name, combo, ceiling));
            }
        }
        ceilingRows.addAll(rows);
        return new Plan(List.copyOf(ceilingRows), List.copyOf(missing));
    }

    /** Why this implementation cannot run here, or empty when it can (or is unknown). */
    static Optional<String> unavailable(String impl) {
        if (impl == null) {
            return Optional.empty();
        }
        Optional<Peer> peer = Peers.find(impl);
        if (peer.isPresent()) {
            return peer.get().available() ? Optional.empty() : Optional.of(peer.get().reason());
        }
        for (Backends.Diagnostic d : Backends.diagnostics()) {
            if (d.name().equals(impl) && !d.available()) {
                return Optional.of("Chagres backend " + impl + " unavailable: " + d.detail());
            }
        }
        return Optional.empty();
    }

    /** Every combination of the values, the first parameter varying slowest. */
    static List<Map<String, String>> product(Map<String, List<String>> values) {
        List<Map<String, String>> out = new ArrayList<>();
        out.add(new LinkedHashMap<>());
        for (Map.Entry<String, List<String>> p : values.entrySet()) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> partial : out) {
                for (String v : p.getValue()) {
                    Map<String, String> m = new LinkedHashMap<>(partial);
                    m.put(p.getKey(), v);
                    next.add(m);
                }
            }
            out = next;
        }
        return out;
    }

    /**
     * Runs the rows, printing a progress line before each; appends every result to
     * {@code jmhJson} (rewritten after each row) and JMH's output to {@code log}.
     *
     * @return the rows that produced no result, with the reason
     */
    static List<Failure> run(Plan plan, Settings settings, Path jmhJson, Path log,
            PrintStream progress) throws IOException {
        List<Failure> failures = new ArrayList<>();
        ArrayNode merged = JmhJson.MAPPER.createArrayNode();
        Path tmp = Files.createTempFile("chagres-jmh-", ".json");
        long start = System.nanoTime();
        int total = plan.rows().size();
        try (PrintStream logStream = new PrintStream(Files.newOutputStream(log,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND), true,
                StandardCharsets.UTF_8)) {
            for (int i = 0; i < total; i++) {
                Row row = plan.rows().get(i);
                double elapsed = (System.nanoTime() - start) / 1e9;
                double left = i == 0 ? total * settings.rowSeconds()
                        : elapsed / i * (total - i);
                progress.printf(Locale.ROOT, "[%3d/%d] %-60s %s elapsed, ~%s left%n", i + 1,
                        total, row.describe(), clock(elapsed), clock(left));
                ByteArrayOutputStream captured = new ByteArrayOutputStream();
                PrintStream tee = new PrintStream(new TeeStream(captured, logStream), true,
                        StandardCharsets.UTF_8);
                Files.deleteIfExists(tmp);
                Collection<RunResult> results;
                try {
                    results = new Runner(options(row, settings, tmp),
                            OutputFormatFactory.createFormatInstance(tee, VerboseMode.NORMAL))
                            .run();
                } catch (RunnerException | RuntimeException e) {
                    results = List.of();
                    tee.println("<failure>");
                    e.printStackTrace(tee);
                }
                tee.flush();
                if (results.isEmpty() || JmhJson.append(tmp, merged) == 0) {
                    String out = captured.toString(StandardCharsets.UTF_8);
                    Failure f = new Failure(row.benchmark(), row.params(),
                            FailureLog.kindOf(out), FailureLog.reason(out));
                    failures.add(f);
                    progress.println("        no result: " + f.kind().word() + ": "
                            + f.message());
                }
                JmhJson.MAPPER.writerWithDefaultPrettyPrinter().writeValue(jmhJson.toFile(),
                        merged);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        progress.printf(Locale.ROOT, "done: %d rows in %s, %d without result%n", total,
                clock((System.nanoTime() - start) / 1e9), failures.size());
        return failures;
    }

    private static org.openjdk.jmh.runner.options.Options options(Row row, Settings s,
            Path result) {
        ChainedOptionsBuilder b = new OptionsBuilder()
                .include("^" + Pattern.quote(row.benchmark()) + "$")
                .forks(s.forks())
                .warmupIterations(s.warmups())
                .warmupTime(TimeValue.milliseconds(s.warmupMs()))
                .measurementIterations(s.iterations())
                .measurementTime(TimeValue.milliseconds(s.iterationMs()))
                .jvmArgs(s.jvmArgs().toArray(String[]::new))
                .shouldFailOnError(false)
                .resultFormat(ResultFormatType.JSON)
                .result(result.toString());
        row.params().forEach(b::param);
        return b.build();
    }

    static String clock(double seconds) {
        long s = Math.max(0, Math.round(seconds));
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s % 3600 / 60,
                s % 60) : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /** Writes to two streams. */
    private static final class TeeStream extends OutputStream {
        private final OutputStream a;
        private final OutputStream b;

        TeeStream(OutputStream a, OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public void write(int c) throws IOException {
            a.write(c);
            b.write(c);
        }

        @Override
        public void write(byte[] buf, int off, int len) throws IOException {
            a.write(buf, off, len);
            b.write(buf, off, len);
        }

        @Override
        public void flush() throws IOException {
            a.flush();
            b.flush();
        }
    }
}
