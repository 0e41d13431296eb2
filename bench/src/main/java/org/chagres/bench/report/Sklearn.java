package org.chagres.bench.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * scikit-learn as a peer of the ML benchmarks. JMH cannot run Python, so after the JMH run
 * {@code tools/ml/sklearn_bench.py} times the same tasks on the same data with 1 thread and
 * with the default threads, and writes JMH-format rows with {@code impl=sklearn} to
 * {@code sklearn.json} next to {@code jmh.json}; the report reads both. When Python or
 * scikit-learn is missing, or the script fails, every expected row becomes a {@link Failure}
 * with the reason, so the report shows sklearn as a missing (or failed) peer.
 */
final class Sklearn {

    /** The {@code impl} value of the rows. */
    static final String IMPL = "sklearn";
    /** Environment variable naming the Python interpreter to use. */
    static final String PYTHON_ENV = "CHAGRES_SKLEARN_PYTHON";
    /** Debian's interpreter, which has python3-sklearn; pyenv's python3 on PATH does not. */
    static final String DEFAULT_PYTHON = "/usr/bin/python3";
    /** The script, relative to the repository root (bin/report's working directory). */
    static final Path SCRIPT = Path.of("tools", "ml", "sklearn_bench.py");
    /** The rows' file in a report folder. */
    static final String FILE = "sklearn.json";
    /** Benchmark methods the script times ({@code Class.method}). */
    static final Set<String> TASKS = Set.of("KMeansBench.fit", "KnnBench.predict",
            "LogisticBench.fit", "ForestBench.fit", "PcaBench.fitTransform");
    /** Longest the script may run before it is stopped (its rows so far are kept). */
    private static final long TIMEOUT_MINUTES = 120;

    /**
     * One row scikit-learn should have a result for.
     *
     * @param benchmark the Java benchmark's full name
     * @param data the data set
     * @param threads {@code 1} or {@code all}
     */
    record Expected(String benchmark, String data, String threads) {
        Map<String, String> params() {
            Map<String, String> p = new LinkedHashMap<>();
            p.put("impl", IMPL);
            p.put("data", data);
            p.put("threads", threads);
            return p;
        }
    }

    /**
     * What the scikit-learn step gave.
     *
     * @param results its rows
     * @param failures the expected rows without a result, with the reason
     * @param peer the line for the report's peer table
     */
    record Outcome(List<Measurement> results, List<Failure> failures, RunInfo.PeerInfo peer) {
    }

    private Sklearn() {
    }

    /** {@code option} if given, else {@code $CHAGRES_SKLEARN_PYTHON}, else /usr/bin/python3. */
    static String python(String option) {
        if (option != null && !option.isBlank()) {
            return option;
        }
        String env = System.getenv(PYTHON_ENV);
        return env != null && !env.isBlank() ? env : DEFAULT_PYTHON;
    }

    /** Whether {@code benchmark} (full or short name) is one the script times. */
    static boolean covers(String benchmark) {
        return TASKS.contains(Measurement.shortName(benchmark));
    }

    /**
     * The rows scikit-learn should match: one per ML task, data set and thread setting among
     * {@code rows} (the threads the Java rows use; Smile's skipped {@code all} rows still count
     * when Chagres runs them).
     */
    static List<Expected> expected(List<Driver.Row> rows) {
        Set<Expected> out = new LinkedHashSet<>();
        for (Driver.Row r : rows) {
            if (covers(r.benchmark()) && !r.ceiling()) {
                out.add(new Expected(r.benchmark(), r.params().getOrDefault("data", "digits"),
                        r.params().getOrDefault("threads", "1")));
            }
        }
        return List.copyOf(out);
    }

    /**
     * Why {@code python} cannot run the script here, or empty when it can; also gives the
     * versions in {@code version[0]} when it can.
     */
    static Optional<String> unavailable(String python, Path script, String[] version) {
        if (!Files.isRegularFile(script)) {
            return Optional.of(script + " not found in " + Path.of("").toAbsolutePath()
                    + " (run bin/report from the repository root)");
        }
        if (!Files.isExecutable(Path.of(python))) {
            return Optional.of("no Python interpreter at " + python + " (set " + PYTHON_ENV
                    + " or --sklearn-python to one with scikit-learn, e.g. Debian's"
                    + " python3-sklearn at /usr/bin/python3)");
        }
        List<String> out = new ArrayList<>();
        int rc;
        try {
            rc = exec(List.of(python, "-c", "import sys, sklearn, numpy, scipy, threadpoolctl;"
                    + " print('Python %s, scikit-learn %s, numpy %s' % (sys.version.split()[0],"
                    + " sklearn.__version__, numpy.__version__))"), out::add, 60);
        } catch (IOException e) {
            return Optional.of(python + " could not be started: " + e.getMessage());
        }
        if (rc != 0) {
            String last = out.isEmpty() ? "exit status " + rc : out.get(out.size() - 1);
            return Optional.of("scikit-learn is not importable by " + python + ": " + last
                    + " (Debian: apt-get install python3-sklearn; or set " + PYTHON_ENV + ")");
        }
        version[0] = out.isEmpty() ? "" : out.get(out.size() - 1);
        return Optional.empty();
    }

    /**
     * Runs the script for {@code expected} with the mode's JMH settings, writing
     * {@code dir/sklearn.json}; the script's output goes to {@code log} and, one line per row,
     * to {@code progress}. Never throws for a missing Python, scikit-learn or a failing script:
     * those become failures of the expected rows.
     */
    static Outcome run(String python, Path script, List<Expected> expected,
            Driver.Settings settings, Path dir, Path log, PrintStream progress) {
        Path json = dir.resolve(FILE);
        String[] version = {""};
        Optional<String> missing = unavailable(python, script, version);
        if (missing.isPresent()) {
            progress.println("sklearn: not run: " + missing.get());
            return collect(expected, List.of(), Failure.Kind.MISSING, missing.get(),
                    new RunInfo.PeerInfo(IMPL, false, missing.get()));
        }
        List<String> cmd = command(python, script, expected, settings, json);
        progress.println("sklearn: " + String.join(" ", cmd));
        String reason = null;
        try (PrintStream logStream = new PrintStream(Files.newOutputStream(log,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND), true,
                StandardCharsets.UTF_8)) {
            logStream.println("$ " + String.join(" ", cmd));
            List<String> tail = new ArrayList<>();
            int rc = exec(cmd, line -> {
                logStream.println(line);
                if (line.contains("ms/op")) {
                    progress.println("        sklearn " + line.strip());
                }
                tail.add(line);
                if (tail.size() > 5) {
                    tail.remove(0);
                }
            }, TIMEOUT_MINUTES * 60);
            if (rc != 0) {
                reason = "sklearn_bench.py exited with status " + rc
                        + lastError(tail) + " (see raw/sklearn.log)";
            }
        } catch (IOException e) {
            reason = "sklearn_bench.py could not be run: " + e.getMessage();
        }
        List<Measurement> rows;
        try {
            rows = JmhJson.read(json);
        } catch (IOException e) {
            rows = List.of();
            reason = (reason == null ? "" : reason + "; ") + "unreadable " + FILE + ": "
                    + e.getMessage();
        }
        String detail = version[0] + " (" + python + "), timed by " + script;
        Outcome o = collect(expected, rows, Failure.Kind.FAILED,
                reason != null ? reason : "sklearn_bench.py gave no result for this row"
                        + " (see raw/sklearn.log)", new RunInfo.PeerInfo(IMPL, true, detail));
        progress.printf(Locale.ROOT, "sklearn: %d rows, %d without result%n",
                o.results().size(), o.failures().size());
        return o;
    }

    /** The script's command line. */
    static List<String> command(String python, Path script, List<Expected> expected,
            Driver.Settings s, Path json) {
        Set<String> tasks = new LinkedHashSet<>();
        Set<String> data = new LinkedHashSet<>();
        for (Expected e : expected) {
            tasks.add(Measurement.shortName(e.benchmark()));
            data.add(e.data());
        }
        List<String> cmd = new ArrayList<>(List.of(python, script.toString(), json.toString()));
        if (s.mode().equals("quick")) {
            cmd.add("--quick");
        }
        cmd.addAll(List.of("--only", String.join(",", tasks), "--data", String.join(",", data),
                "--warmups", Integer.toString(s.warmups()), "--iterations",
                Integer.toString(s.iterations()), "--iteration-ms",
                Integer.toString(s.iterationMs())));
        return cmd;
    }

    /**
     * The rows of {@code rows} that are scikit-learn's, and a failure of {@code kind} with
     * {@code reason} for every expected row among them without a result.
     */
    static Outcome collect(List<Expected> expected, List<Measurement> rows, Failure.Kind kind,
            String reason, RunInfo.PeerInfo peer) {
        List<Measurement> mine = rows.stream()
                .filter(m -> IMPL.equals(m.params().get("impl"))).toList();
        List<Failure> failures = new ArrayList<>();
        for (Expected e : expected) {
            boolean found = mine.stream().anyMatch(m -> m.benchmark().equals(e.benchmark())
                    && e.data().equals(m.params().get("data"))
                    && e.threads().equals(m.params().get("threads")));
            if (!found) {
                failures.add(new Failure(e.benchmark(), e.params(), kind, reason));
            }
        }
        return new Outcome(mine, List.copyOf(failures), peer);
    }

    /** The JMH rows of a report folder and its scikit-learn rows, if any. */
    static List<Measurement> readAll(Path dir) throws IOException {
        List<Measurement> all = new ArrayList<>(JmhJson.read(dir.resolve("jmh.json")));
        all.addAll(JmhJson.read(dir.resolve(FILE)));
        return all;
    }

    private static String lastError(List<String> tail) {
        for (int i = tail.size() - 1; i >= 0; i--) {
            if (!tail.get(i).isBlank()) {
                return ": " + tail.get(i).strip();
            }
        }
        return "";
    }

    /** Runs {@code cmd}, stdout and stderr merged, one line at a time; returns the status. */
    private static int exec(List<String> cmd, Consumer<String> lines,
            long timeoutSeconds) throws IOException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getOutputStream().close();
        Thread reader = Thread.ofVirtual().start(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null;) {
                    lines.accept(line);
                }
            } catch (IOException e) {
                lines.accept("(output lost: " + e.getMessage() + ")");
            }
        });
        try {
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                p.waitFor();
                reader.join();
                lines.accept("stopped after " + timeoutSeconds + " s");
                return 124;
            }
            reader.join();
            return p.exitValue();
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for " + cmd.get(0), e);
        }
    }
}
