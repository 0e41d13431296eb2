package org.chagres.bench.report;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.chagres.bench.peer.OpenBlas;
import org.chagres.bench.peer.Peer;
import org.chagres.bench.peer.Peers;
import org.chagres.kernels.Backends;
import org.chagres.kernels.KernelThreads;

/** Facts about this machine and this JVM for the report. */
final class Machine {

    private Machine() {
    }

    static String host() {
        String h = System.getenv("HOSTNAME");
        if (h == null || h.isBlank()) {
            try {
                h = InetAddress.getLocalHost().getHostName();
            } catch (IOException e) {
                h = "unknown-host";
            }
        }
        return h.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /** The CPU model from /proc/cpuinfo ({@code model name}), else the architecture. */
    static String cpu() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    String model = line.substring(line.indexOf(':') + 1).strip();
                    String flags = flags();
                    return model + (flags.isEmpty() ? "" : " (" + flags + ")");
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: fall through
        }
        return System.getProperty("os.arch");
    }

    /** The vector extensions the CPU reports, e.g. "avx2 fma". */
    private static String flags() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
            if (line.startsWith("flags")) {
                List<String> f = List.of(line.substring(line.indexOf(':') + 1).strip()
                        .split("\\s+"));
                return String.join(" ", List.of("sse4_2", "avx", "avx2", "fma", "avx512f")
                        .stream().filter(f::contains).toList());
            }
        }
        return "";
    }

    static String jdk() {
        return "JDK " + Runtime.version() + ", " + System.getProperty("java.vm.name") + " ("
                + System.getProperty("java.vendor") + ")";
    }

    static String os() {
        return System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch");
    }

    static List<String> backends() {
        try {
            return Backends.diagnostics().stream().map(Object::toString).toList();
        } catch (RuntimeException | LinkageError e) {
            return List.of("Backends.diagnostics() failed: " + e);
        }
    }

    static String threads() {
        String openblas;
        try {
            openblas = OpenBlas.peer().available() ? OpenBlas.threads() + " by default" : "n/a";
        } catch (RuntimeException e) {
            openblas = "unknown (" + e.getMessage() + ")";
        }
        String chagres;
        try {
            chagres = KernelThreads.threads() + " by default (-D" + KernelThreads.PROPERTY
                    + " or KernelThreads.setThreads)";
        } catch (RuntimeException | LinkageError e) {
            chagres = "unknown (" + e + ")";
        }
        return String.format(Locale.ROOT, "benchmarks with a `threads` parameter run 1 and"
                + " `all` (= %d) threads for Chagres and the peers alike; the others run"
                + " single-threaded on every side. Chagres kernel pool: %s; OpenBLAS: %s",
                Runtime.getRuntime().availableProcessors(), chagres, openblas);
    }

    static List<RunInfo.PeerInfo> peers() {
        return Peers.all().stream().map(Machine::info).toList();
    }

    private static RunInfo.PeerInfo info(Peer p) {
        try {
            return new RunInfo.PeerInfo(p.name(), p.available(),
                    p.available() ? p.version() : p.reason());
        } catch (RuntimeException | LinkageError e) {
            return new RunInfo.PeerInfo(p.name(), false, e.toString());
        }
    }
}
