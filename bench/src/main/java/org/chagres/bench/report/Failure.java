package org.chagres.bench.report;

import java.util.Map;

/**
 * A benchmark row that has no result.
 *
 * @param benchmark the fully qualified {@code Class.method}, or the class when the whole class
 *     failed
 * @param params the parameter values of the row; empty for a whole benchmark
 * @param kind {@link Kind#MISSING} when a peer cannot run here, {@link Kind#FAILED} when the
 *     benchmark threw or JMH failed
 * @param message the reason, one line
 */
public record Failure(String benchmark, Map<String, String> params, Kind kind, String message) {

    /** Why there is no result. */
    public enum Kind {
        /** The implementation cannot run on this machine (a peer library is absent). */
        MISSING,
        /** The benchmark ran and failed. */
        FAILED;

        /** {@code "missing"} or {@code "failed"}. */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Failure {
        params = Map.copyOf(params);
    }
}
