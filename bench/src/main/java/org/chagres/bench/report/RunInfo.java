package org.chagres.bench.report;

import java.util.List;

/**
 * What the report records about a run besides the JMH results: the machine, the software,
 * the settings and the rows that have no result. Saved as {@code run.json} next to the JMH
 * JSON so that a report can be written again from the folder alone.
 *
 * @param mode {@code quick} or {@code full}
 * @param started ISO-8601 start time (UTC)
 * @param wallSeconds how long the run took
 * @param host the host name
 * @param jdk JDK version and VM
 * @param os operating system and architecture
 * @param cpu CPU model from /proc/cpuinfo
 * @param processors available processors
 * @param backends Chagres backends, one diagnostics line each (vector width included)
 * @param threads thread settings: Chagres's pool and OpenBLAS's default
 * @param peers each peer: available with its version, or missing with the reason
 * @param settings JMH settings (forks, iterations, times, JVM flags)
 * @param failures rows without a result, with the reason
 */
public record RunInfo(String mode, String started, double wallSeconds, String host, String jdk,
        String os, String cpu, int processors, List<String> backends, String threads,
        List<PeerInfo> peers, String settings, List<Failure> failures) {

    public RunInfo {
        backends = List.copyOf(backends);
        peers = List.copyOf(peers);
        failures = List.copyOf(failures);
    }

    /** This record with {@code more} failures appended. */
    public RunInfo withFailures(List<Failure> more) {
        List<Failure> all = new java.util.ArrayList<>(failures);
        all.addAll(more);
        return new RunInfo(mode, started, wallSeconds, host, jdk, os, cpu, processors, backends,
                threads, peers, settings, all);
    }

    /** This record with {@code peer} added, replacing a peer of the same name. */
    public RunInfo withPeer(PeerInfo peer) {
        List<PeerInfo> all = new java.util.ArrayList<>(peers.stream()
                .filter(p -> !p.name().equals(peer.name())).toList());
        all.add(peer);
        return new RunInfo(mode, started, wallSeconds, host, jdk, os, cpu, processors, backends,
                threads, all, settings, failures);
    }

    /** This record with the run's duration. */
    public RunInfo withWallSeconds(double seconds) {
        return new RunInfo(mode, started, seconds, host, jdk, os, cpu, processors, backends,
                threads, peers, settings, failures);
    }

    /**
     * One peer library.
     *
     * @param name the {@code impl} name
     * @param available whether it ran
     * @param detail its version when available, the reason otherwise
     */
    public record PeerInfo(String name, boolean available, String detail) {
    }
}
