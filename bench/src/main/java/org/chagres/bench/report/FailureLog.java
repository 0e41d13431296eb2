package org.chagres.bench.report;

import java.util.List;
import java.util.Optional;
import org.chagres.bench.peer.PeerUnavailableException;

/**
 * Finds, in JMH's text output of one benchmark run that produced no result, the reason: a
 * missing peer ({@link PeerUnavailableException}'s message), else the deepest
 * {@code Caused by:} of the benchmark's exception, else the first exception line, else a
 * forked VM's exit message.
 */
public final class FailureLog {

    private FailureLog() {
    }

    /** The failure that the output shows; a generic one when nothing in it explains it. */
    public static Failure.Kind kindOf(String output) {
        return output.contains(PeerUnavailableException.PREFIX) ? Failure.Kind.MISSING
                : Failure.Kind.FAILED;
    }

    /** One line saying why a run produced no result. */
    public static String reason(String output) {
        List<String> lines = output.lines().map(String::strip).toList();
        for (String l : lines) {
            int p = l.indexOf(PeerUnavailableException.PREFIX);
            if (p >= 0) {
                return l.substring(p + PeerUnavailableException.PREFIX.length());
            }
        }
        Optional<String> cause = lines.stream().filter(l -> l.startsWith("Caused by: "))
                .reduce((a, b) -> b).map(l -> l.substring("Caused by: ".length()));
        if (cause.isPresent()) {
            return cause.get();
        }
        int failure = lines.indexOf("<failure>");
        for (int i = Math.max(0, failure); i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.matches("[\\w.$]+(Exception|Error)(: .*)?")
                    && !l.startsWith("org.openjdk.jmh.runner.BenchmarkException")) {
                return l;
            }
        }
        for (String l : lines) {
            if (l.startsWith("<forked VM failed") || l.startsWith("<JMH had finished, but")) {
                return l.replaceAll("[<>]", "");
            }
        }
        return "no result and no exception in JMH's output; see raw/jmh.log";
    }
}
