package org.chagres.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scikit-learn step on committed fixtures: its rows merged with JMH's, and what the report
 * says when Python or scikit-learn is missing or the script fails. No benchmark runs here; the
 * "Python" of the failure tests is a small shell script.
 */
class SklearnTest {

    private static final String PCA = "org.chagres.bench.ml.PcaBench.fitTransform";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream progressBytes = new ByteArrayOutputStream();
    private final PrintStream progress = new PrintStream(progressBytes, true,
            StandardCharsets.UTF_8);

    private static String resource(String name) throws IOException {
        try (InputStream in = SklearnTest.class.getResourceAsStream("/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<Driver.Row> pcaRows() {
        return List.of(
                new Driver.Row(PCA, Map.of("impl", "chagres", "data", "digits", "threads", "1"),
                        false),
                new Driver.Row(PCA, Map.of("impl", "chagres", "data", "digits", "threads",
                        "all"), false),
                new Driver.Row(PCA, Map.of("impl", "smile", "data", "digits", "threads", "1"),
                        false),
                new Driver.Row(PCA, Map.of("impl", "chagres", "data", "blobs", "threads", "1"),
                        false),
                new Driver.Row("org.chagres.bench.kernels.DotBench.ddot",
                        Map.of("impl", "simd", "n", "1024"), false));
    }

    private static RunInfo info(List<Failure> failures) {
        return Fixture.info(failures);
    }

    private String write(List<Measurement> results, RunInfo info) throws IOException {
        return Files.readString(new MarkdownReport(ReportModel.of(results, info)).write(dir));
    }

    /** A fake interpreter: {@code body} is a POSIX shell script. */
    private Path fakePython(String body) throws IOException {
        Path p = dir.resolve("fake-python");
        Files.writeString(p, "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        return p;
    }

    private Path script() throws IOException {
        return Files.writeString(dir.resolve("sklearn_bench.py"), "# stands for the script\n");
    }

    @Test
    void expectedRowsAreTheMlTasksDataAndThreadsOfThePlan() {
        List<Sklearn.Expected> e = Sklearn.expected(pcaRows());
        assertEquals(List.of(new Sklearn.Expected(PCA, "digits", "1"),
                new Sklearn.Expected(PCA, "digits", "all"),
                new Sklearn.Expected(PCA, "blobs", "1")), e);
        assertTrue(Sklearn.covers("org.chagres.bench.ml.KnnBench.predict"));
        assertFalse(Sklearn.covers("org.chagres.bench.kernels.DotBench.ddot"));
    }

    @Test
    void commandPassesTheModeTheTasksAndTheJmhSettings() {
        List<String> cmd = Sklearn.command("/usr/bin/python3", Sklearn.SCRIPT,
                Sklearn.expected(pcaRows()), Driver.Settings.quick(), dir.resolve("s.json"));
        assertEquals(List.of("/usr/bin/python3", Sklearn.SCRIPT.toString(),
                dir.resolve("s.json").toString(), "--quick", "--only", "PcaBench.fitTransform",
                "--data", "digits,blobs", "--warmups", "2", "--iterations", "3",
                "--iteration-ms", "300"), cmd);
        assertFalse(Sklearn.command("p", Sklearn.SCRIPT, Sklearn.expected(pcaRows()),
                Driver.Settings.full(), dir.resolve("s.json")).contains("--quick"));
    }

    @Test
    void sklearnRowsAreMergedBesideChagresAndSmile() throws IOException {
        Files.writeString(dir.resolve("jmh.json"), resource("ml-jmh-fixture.json"));
        Files.writeString(dir.resolve(Sklearn.FILE), resource("ml-sklearn-fixture.json"));
        List<Measurement> all = Sklearn.readAll(dir);
        assertEquals(8, all.size());
        ReportModel model = ReportModel.of(all, info(List.of()));
        ReportModel.Section pca = model.sections().stream()
                .filter(s -> s.benchmark().equals(PCA)).findFirst().orElseThrow();
        assertEquals(List.of("chagres", "smile", "sklearn"), pca.impls());
        assertEquals("chagres", pca.primary());
        String md = Files.readString(new MarkdownReport(model).write(dir));
        assertTrue(md.contains("| data | chagres | smile | sklearn | chagres ÷ smile (>1:"
                + " chagres faster) | chagres ÷ sklearn (>1: chagres faster) |"), md);
        // digits, 1 thread: chagres 2 ms, smile 4 ms, sklearn 3 ms per call
        assertTrue(md.contains("| digits | 500 ± 25.1 | 250 ± 12.5 | 333 ± 33.7 | 2.00× |"
                + " 1.50× |"), md);
        // threads=all: sklearn's row has no error estimate ("NaN" as JMH writes it)
        assertTrue(md.contains("| digits | 1000 ± 50.1 | — | 500 | — | 2.00× |"), md);
        assertTrue(Files.exists(dir.resolve("charts/PcaBench.fitTransform-threads=1-shapes.svg")));
        assertTrue(Files.readString(dir.resolve(
                "charts/PcaBench.fitTransform-threads=1-shapes.svg")).contains("sklearn"));
        String headline = new MarkdownReport(model).headline();
        // one row per ML task: 1 thread, the larger data set
        assertEquals(1, headline.lines().filter(l -> l.contains("PcaBench")).count(), headline);
        assertTrue(headline.contains("| PcaBench.fitTransform (threads=1) | blobs |"
                + " 5.00 calls/s chagres | 4.00× | 0.50× |"), headline);
        assertTrue(headline.contains("| vs smile | vs sklearn |"), headline);
    }

    @Test
    void missingPythonMakesSklearnAMissingPeerWithTheReason() throws IOException {
        List<Sklearn.Expected> expected = Sklearn.expected(pcaRows());
        Sklearn.Outcome o = Sklearn.run("/nonexistent/python3", script(), expected,
                Driver.Settings.quick(), dir, dir.resolve("sklearn.log"), progress);
        assertTrue(o.results().isEmpty());
        assertEquals(3, o.failures().size());
        assertFalse(o.peer().available());
        assertTrue(o.peer().detail().contains("no Python interpreter at /nonexistent/python3"),
                o.peer().detail());
        assertTrue(o.failures().stream().allMatch(f -> f.kind() == Failure.Kind.MISSING
                && f.params().get("impl").equals("sklearn")));
        assertTrue(progressBytes.toString(StandardCharsets.UTF_8).contains("sklearn: not run"));
        assertFalse(Files.exists(dir.resolve(Sklearn.FILE)));

        List<Measurement> jmh = JmhJson.parse(resource("ml-jmh-fixture.json"));
        String md = write(jmh, info(o.failures()).withPeer(o.peer()));
        assertTrue(md.contains("| digits | 500 ± 25.1 | 250 ± 12.5 | missing | 2.00× |"
                + " missing |"), md);
        assertTrue(md.contains("| sklearn | **missing** | no Python interpreter at"
                + " /nonexistent/python3"), md);
        assertTrue(md.contains("**missing: no Python interpreter at /nonexistent/python3"), md);
    }

    @Test
    void pythonWithoutSklearnIsSaidSo() throws IOException {
        Path python = fakePython("echo \"ModuleNotFoundError: No module named 'sklearn'\" >&2\n"
                + "exit 1\n");
        Sklearn.Outcome o = Sklearn.run(python.toString(), script(),
                Sklearn.expected(pcaRows()), Driver.Settings.quick(), dir,
                dir.resolve("sklearn.log"), progress);
        assertFalse(o.peer().available());
        assertTrue(o.peer().detail().startsWith("scikit-learn is not importable by " + python
                + ": ModuleNotFoundError: No module named 'sklearn'"), o.peer().detail());
        assertEquals(3, o.failures().size());
    }

    @Test
    void aFailingScriptKeepsTheRowsItWroteAndMarksTheRestFailed() throws IOException {
        Path rows = Files.writeString(dir.resolve("rows.json"),
                resource("ml-sklearn-fixture.json"));
        Path python = fakePython("if [ \"$1\" = -c ]; then echo 'Python 3.11.2, scikit-learn"
                + " 1.2.1, numpy 1.24.2'; exit 0; fi\n"
                + "cp " + rows + " \"$2\"\n"
                + "echo 'PcaBench.fitTransform  data=digits threads=1   3.000 ms/op'\n"
                + "echo 'MemoryError: boom' >&2\nexit 3\n");
        List<Sklearn.Expected> expected = List.of(new Sklearn.Expected(PCA, "digits", "1"),
                new Sklearn.Expected(PCA, "digits", "all"),
                new Sklearn.Expected("org.chagres.bench.ml.KnnBench.predict", "digits", "1"));
        Sklearn.Outcome o = Sklearn.run(python.toString(), script(), expected,
                Driver.Settings.quick(), dir, dir.resolve("sklearn.log"), progress);
        assertTrue(o.peer().available(), o.peer().toString());
        assertTrue(o.peer().detail().startsWith("Python 3.11.2, scikit-learn 1.2.1"));
        assertEquals(3, o.results().size());
        assertEquals(1, o.failures().size());
        Failure f = o.failures().get(0);
        assertEquals(Failure.Kind.FAILED, f.kind());
        assertEquals("org.chagres.bench.ml.KnnBench.predict", f.benchmark());
        assertTrue(f.message().contains("exited with status 3: MemoryError: boom"),
                f.message());
        String out = progressBytes.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("sklearn PcaBench.fitTransform  data=digits threads=1"), out);
        assertTrue(out.contains("sklearn: 3 rows, 1 without result"), out);
        assertTrue(Files.readString(dir.resolve("sklearn.log")).contains("MemoryError"));
    }

    @Test
    void runInfoKeepsOnePeerPerName() {
        RunInfo i = info(List.of()).withPeer(new RunInfo.PeerInfo("sklearn", false, "a"))
                .withPeer(new RunInfo.PeerInfo("sklearn", true, "b"));
        assertEquals(1, i.peers().stream().filter(p -> p.name().equals("sklearn")).count());
        assertTrue(i.peers().contains(new RunInfo.PeerInfo("sklearn", true, "b")));
    }
}
