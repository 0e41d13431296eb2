package org.chagres.bench.report;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chagres.bench.Work;

/**
 * A benchmark's {@link Work} annotation as plain data, found by the benchmark's name.
 *
 * @param unit what the amount counts
 * @param amount the work expression
 * @param size the parameter on the x axis
 * @param sizeLabel the x-axis label
 * @param impl the parameter naming the implementation
 * @param ceiling the ceiling key drawn on the chart, or empty
 * @param measures the ceiling key this benchmark measures, or empty
 * @param quick parameter values for {@code --quick}, by parameter
 * @param skip parameter combinations not run
 * @param requires peers or backends the benchmark needs
 */
public record WorkSpec(Work.Unit unit, String amount, String size, String sizeLabel, String impl,
        String ceiling, String measures, Map<String, List<String>> quick,
        List<Map<String, String>> skip, List<String> requires) {

    public WorkSpec {
        quick = Map.copyOf(quick);
        skip = List.copyOf(skip);
        requires = List.copyOf(requires);
    }

    /** The spec of the annotation. */
    public static WorkSpec of(Work w) {
        Map<String, List<String>> quick = new LinkedHashMap<>();
        for (String q : w.quick()) {
            int eq = q.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("Work.quick: expected name=v1,v2, got " + q);
            }
            quick.put(q.substring(0, eq).strip(), Arrays.stream(q.substring(eq + 1).split(","))
                    .map(String::strip).toList());
        }
        List<Map<String, String>> skip = Arrays.stream(w.skip()).map(WorkSpec::pairs).toList();
        return new WorkSpec(w.unit(), w.amount(), w.size(),
                w.sizeLabel().isEmpty() ? w.size() : w.sizeLabel(), w.impl(), w.ceiling(),
                w.measures(), quick, skip, List.of(w.requires()));
    }

    private static Map<String, String> pairs(String s) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String pair : s.split("&")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("Work.skip: expected name=value&name=value,"
                        + " got " + s);
            }
            m.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
        }
        return m;
    }

    /**
     * The {@link Work} of {@code benchmark} ({@code pkg.Class.method}): on the method, else on
     * the class; empty when there is none or the class is not on the class path.
     */
    public static Optional<WorkSpec> find(String benchmark) {
        int dot = benchmark.lastIndexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        Class<?> c;
        try {
            c = Class.forName(benchmark.substring(0, dot), false,
                    WorkSpec.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
        String name = benchmark.substring(dot + 1);
        for (Method m : c.getMethods()) {
            if (m.getName().equals(name) && m.isAnnotationPresent(Work.class)) {
                return Optional.of(of(m.getAnnotation(Work.class)));
            }
        }
        Work w = c.getAnnotation(Work.class);
        return w == null ? Optional.empty() : Optional.of(of(w));
    }

    /** Whether a parameter combination is listed in {@link #skip()}. */
    public boolean skips(Map<String, String> params) {
        for (Map<String, String> s : skip) {
            boolean all = true;
            for (Map.Entry<String, String> e : s.entrySet()) {
                all &= e.getValue().equals(params.get(e.getKey()));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@link #amount()} is given (else rates are calls per second). */
    public boolean counted() {
        return !amount.isBlank();
    }

    /** The work of one call with these parameters; 1 when the amount is not given. */
    public double amountOf(Map<String, String> params) {
        return counted() ? Expr.eval(amount, params) : 1;
    }

    /** The rate unit: {@code GFLOP/s}, {@code GB/s}, {@code Gelem/s} or {@code calls/s}. */
    public String rateUnit() {
        return counted() ? unit.rate() : "calls/s";
    }
}
