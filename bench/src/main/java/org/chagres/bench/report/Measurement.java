package org.chagres.bench.report;

import java.util.Map;

/**
 * One JMH result: a benchmark method with one set of parameter values.
 *
 * @param benchmark the fully qualified {@code Class.method}
 * @param mode JMH's mode ({@code thrpt}, {@code avgt}, {@code sample}, {@code ss})
 * @param threads JMH worker threads
 * @param params the parameter values, by name
 * @param score the primary score
 * @param error the half width of JMH's 99.9 % confidence interval, NaN when unknown
 * @param unit the score's unit, e.g. {@code ops/s} or {@code us/op}
 */
public record Measurement(String benchmark, String mode, int threads, Map<String, String> params,
        double score, double error, String unit) {

    public Measurement {
        params = Map.copyOf(params);
    }

    /** The simple class name and method, e.g. {@code DotBench.ddot}. */
    public String shortName() {
        return shortName(benchmark);
    }

    /** {@code org.x.DotBench.ddot} → {@code DotBench.ddot}. */
    public static String shortName(String benchmark) {
        int m = benchmark.lastIndexOf('.');
        int c = m <= 0 ? -1 : benchmark.lastIndexOf('.', m - 1);
        return benchmark.substring(c + 1);
    }

    /**
     * Calls per second (all JMH threads together), from the score and its unit.
     *
     * @throws IllegalArgumentException for a unit that is neither ops/time nor time/op
     */
    public double callsPerSecond() {
        return callsPerSecond(score);
    }

    /** Like {@link #callsPerSecond()} for another value in this measurement's unit. */
    public double callsPerSecond(double value) {
        String[] parts = unit.split("/");
        if (parts.length != 2) {
            throw new IllegalArgumentException("JMH score unit: expected ops/<time> or"
                    + " <time>/op, got " + unit);
        }
        if (parts[0].equals("ops")) {
            return value / seconds(parts[1]);
        }
        if (parts[1].equals("op")) {
            // average time is per call per thread: threads calls run at once
            return threads / (value * seconds(parts[0]));
        }
        throw new IllegalArgumentException("JMH score unit: expected ops/<time> or <time>/op,"
                + " got " + unit);
    }

    /** Seconds in one JMH time unit. */
    static double seconds(String unit) {
        return switch (unit) {
            case "s" -> 1;
            case "ms" -> 1e-3;
            case "us" -> 1e-6;
            case "ns" -> 1e-9;
            case "min" -> 60;
            case "hr" -> 3600;
            case "day" -> 86400;
            default -> throw new IllegalArgumentException("JMH time unit: expected s, ms, us,"
                    + " ns, min, hr or day, got " + unit);
        };
    }
}
