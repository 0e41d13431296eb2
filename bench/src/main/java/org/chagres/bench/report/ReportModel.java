package org.chagres.bench.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.chagres.bench.Work;

/**
 * The report's content, independent of how it is written: JMH results turned into rates
 * (GFLOP/s, GB/s, G elements/s, or calls/s for a benchmark without {@link Work}), grouped one
 * section per benchmark method and one group (chart) per combination of parameters other than
 * the implementation and the size, with the rows that have no result and why.
 */
public final class ReportModel {

    /** Implementation names of Chagres's own backends; every other {@code impl} is a peer. */
    static final List<String> CHAGRES = List.of("simd", "chagres", "cuda", "scalar");

    /** The order peers are listed in: the native reference first, then Java libraries. */
    static final List<String> PEER_ORDER = List.of("openblas", "lapacke", "netlib-jni",
            "netlib-vector", "netlib-f2j", "ejml", "ojalgo", "commons-math",
            "commons-statistics", "smile", "sklearn", "jdk");

    /**
     * A rate and its confidence interval.
     *
     * @param value the rate
     * @param low the lower end of JMH's 99.9 % interval (NaN when unknown)
     * @param high the upper end (NaN when unknown)
     */
    public record Rate(double value, double low, double high) {
    }

    /**
     * One implementation at one size: a rate, or the failure that stands for it.
     *
     * @param rate the rate, null when there is none
     * @param failure why there is no rate, null when there is one
     */
    public record Cell(Rate rate, Failure failure) {
    }

    /**
     * One size of one group.
     *
     * @param size the size parameter's value as written, e.g. {@code 1024} or
     *     {@code 4096x64x4096}
     * @param x the size as a number for the chart, or NaN when it is not a plain number
     * @param cells by implementation
     */
    public record Row(String size, double x, Map<String, Cell> cells) {
    }

    /**
     * One chart's worth: a benchmark with fixed values of its other parameters.
     *
     * @param key those parameter values (neither implementation nor size)
     * @param rows by increasing size
     */
    public record Group(Map<String, String> key, List<Row> rows) {
        /** {@code "threads=1, trans=NO"}, or empty. */
        public String label() {
            return String.join(", ", key.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).toList());
        }
    }

    /**
     * One benchmark method.
     *
     * @param benchmark the fully qualified {@code Class.method}
     * @param work its {@link Work}, if annotated
     * @param rateUnit {@code GFLOP/s}, {@code GB/s}, {@code Gelem/s} or {@code calls/s}
     * @param impls implementations, Chagres's first, then peers in {@link #PEER_ORDER}
     * @param primary the implementation that ratios are taken of ({@code simd} if present)
     * @param groups its groups
     * @param problems messages about the whole benchmark (failed outright, bad work formula)
     */
    public record Section(String benchmark, Optional<WorkSpec> work, String rateUnit,
            List<String> impls, String primary, List<Group> groups, List<String> problems) {

        /** {@code DotBench.ddot}. */
        public String shortName() {
            return Measurement.shortName(benchmark);
        }

        /** The x-axis label: {@link Work#sizeLabel()} or the size parameter's name. */
        public String sizeLabel() {
            return work.map(WorkSpec::sizeLabel).orElse("size");
        }
    }

    /**
     * A ceiling line to draw.
     *
     * @param value the ceiling in the section's rate unit
     * @param label what it is, e.g. {@code "FMA peak, double, 2 cores"}
     */
    public record CeilingLine(double value, String label) {
    }

    private final RunInfo info;
    private final List<Section> sections;
    private final Map<String, Rate> ceilings;
    private final List<Failure> orphans;

    private ReportModel(RunInfo info, List<Section> sections, Map<String, Rate> ceilings,
            List<Failure> orphans) {
        this.info = info;
        this.sections = sections;
        this.ceilings = ceilings;
        this.orphans = orphans;
    }

    /** The run's details. */
    public RunInfo info() {
        return info;
    }

    /** One section per benchmark method, ceilings excluded, sorted by name. */
    public List<Section> sections() {
        return sections;
    }

    /** The measured ceilings by key ({@link Work#FMA_DOUBLE}, ...), in their rate units. */
    public Map<String, Rate> ceilings() {
        return ceilings;
    }

    /** Failures of whole benchmark classes or of ceilings, shown in their own list. */
    public List<Failure> orphans() {
        return orphans;
    }

    /** Builds the model, finding each benchmark's {@link Work} on the class path. */
    public static ReportModel of(List<Measurement> results, RunInfo info) {
        return of(results, info, WorkSpec::find);
    }

    /** Builds the model with {@code works} giving each benchmark's {@link Work}. */
    public static ReportModel of(List<Measurement> results, RunInfo info,
            Function<String, Optional<WorkSpec>> works) {
        Map<String, Optional<WorkSpec>> workCache = new HashMap<>();
        Function<String, Optional<WorkSpec>> work = b -> workCache.computeIfAbsent(b, works);
        Map<String, Rate> ceilings = new TreeMap<>();
        Map<String, Builder> builders = new TreeMap<>(Comparator.comparing(
                (String b) -> Measurement.shortName(b)).thenComparing(Function.identity()));
        List<Failure> orphans = new ArrayList<>();
        for (Measurement m : results) {
            Optional<WorkSpec> w = work.apply(m.benchmark());
            if (w.isPresent() && !w.get().measures().isEmpty()) {
                try {
                    ceilings.put(w.get().measures(), rate(m, w));
                } catch (IllegalArgumentException e) {
                    orphans.add(new Failure(m.benchmark(), m.params(), Failure.Kind.FAILED,
                            e.getMessage()));
                }
                continue;
            }
            builders.computeIfAbsent(m.benchmark(), b -> new Builder(b, w)).add(m);
        }
        for (Failure f : info.failures()) {
            Optional<WorkSpec> w = work.apply(f.benchmark());
            boolean ceiling = w.isPresent() && !w.get().measures().isEmpty();
            boolean isMethod = w.isPresent() || builders.containsKey(f.benchmark());
            if (ceiling || !isMethod) {
                orphans.add(f);
            } else {
                builders.computeIfAbsent(f.benchmark(), b -> new Builder(b, w)).add(f);
            }
        }
        List<Section> sections = builders.values().stream().map(Builder::build).toList();
        return new ReportModel(info, sections, ceilings, List.copyOf(orphans));
    }

    /**
     * The ceiling to draw on a group's chart, if the benchmark names one and it was measured.
     * An FMA ceiling is per core: it is multiplied by the group's {@code threads} parameter
     * ({@code all} meaning every processor).
     */
    public Optional<CeilingLine> ceiling(Section s, Group g) {
        Optional<String> key = s.work().map(WorkSpec::ceiling).filter(k -> !k.isEmpty());
        if (key.isEmpty() || !ceilings.containsKey(key.get())) {
            return Optional.empty();
        }
        double v = ceilings.get(key.get()).value();
        String what = switch (key.get()) {
            case Work.FMA_DOUBLE -> "FMA peak, double";
            case Work.FMA_FLOAT -> "FMA peak, float";
            case Work.TRIAD -> "memory bandwidth (STREAM triad, 1 thread)";
            default -> key.get();
        };
        if (key.get().startsWith("fma")) {
            int cores = threads(g.key().get("threads"));
            v *= cores;
            what += cores == 1 ? ", 1 core" : ", " + cores + " cores";
        }
        return Optional.of(new CeilingLine(v, what));
    }

    private int threads(String value) {
        if (value == null) {
            return 1;
        }
        if (value.equals("all")) {
            return Math.max(1, info.processors());
        }
        try {
            return Math.max(1, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** Whether {@code impl} names one of Chagres's backends rather than a peer. */
    public static boolean isChagres(String impl) {
        return CHAGRES.contains(impl) || impl.startsWith("chagres");
    }

    /** The rate of a measurement in its work unit, or calls/s without a work spec. */
    static Rate rate(Measurement m, Optional<WorkSpec> w) {
        double scale = w.filter(WorkSpec::counted).map(s -> s.amountOf(m.params()) / 1e9)
                .orElse(1.0);
        double value = scale * m.callsPerSecond();
        if (!(m.error() >= 0)) {
            return new Rate(value, Double.NaN, Double.NaN);
        }
        double a = scale * m.callsPerSecond(m.score() - m.error());
        double b = scale * m.callsPerSecond(m.score() + m.error());
        double low = Math.min(a, b);
        double high = Math.max(a, b);
        // an ops/s interval reaching below 0 means "could be 0"; a time interval reaching 0
        // has no upper rate: leave that end open
        if (m.unit().startsWith("ops") && low < 0) {
            low = 0;
        }
        if (!(low >= 0) || Double.isInfinite(low)) {
            low = Double.NaN;
        }
        if (!(high >= 0) || Double.isInfinite(high) || m.score() - m.error() <= 0
                && !m.unit().startsWith("ops")) {
            high = Double.NaN;
        }
        return new Rate(value, low, high);
    }

    /** Collects one benchmark method's results and failures. */
    private static final class Builder {
        private final String benchmark;
        private final Optional<WorkSpec> work;
        private final String implParam;
        private final String sizeParam;
        private final Map<Map<String, String>, Map<String, Map<String, Cell>>> groups =
                new LinkedHashMap<>();
        private final Set<String> impls = new LinkedHashSet<>();
        private final List<String> problems = new ArrayList<>();

        Builder(String benchmark, Optional<WorkSpec> work) {
            this.benchmark = benchmark;
            this.work = work;
            this.implParam = work.map(WorkSpec::impl).orElse("impl");
            this.sizeParam = work.map(WorkSpec::size).orElse("n");
        }

        void add(Measurement m) {
            Rate r;
            try {
                r = rate(m, work);
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
                return;
            }
            put(m.params(), new Cell(r, null));
        }

        void add(Failure f) {
            if (f.params().isEmpty()) {
                problems.add(f.kind().word() + ": " + f.message());
                return;
            }
            put(f.params(), new Cell(null, f));
        }

        private void put(Map<String, String> params, Cell cell) {
            String impl = params.getOrDefault(implParam, "(default)");
            String size = params.getOrDefault(sizeParam, "");
            Map<String, String> key = new TreeMap<>(params);
            key.remove(implParam);
            key.remove(sizeParam);
            impls.add(impl);
            groups.computeIfAbsent(key, k -> new LinkedHashMap<>())
                    .computeIfAbsent(size, s -> new LinkedHashMap<>()).put(impl, cell);
        }

        Section build() {
            List<String> order = new ArrayList<>(impls);
            order.sort(Comparator.comparingInt(Builder::rank).thenComparing(
                    Comparator.naturalOrder()));
            String primary = order.stream().filter(ReportModel::isChagres).findFirst()
                    .orElse(order.isEmpty() ? "" : order.get(0));
            List<Group> gs = new ArrayList<>();
            for (Map.Entry<Map<String, String>, Map<String, Map<String, Cell>>> g
                    : groups.entrySet()) {
                List<Row> rows = new ArrayList<>();
                for (Map.Entry<String, Map<String, Cell>> r : g.getValue().entrySet()) {
                    rows.add(new Row(r.getKey(), number(r.getKey()), r.getValue()));
                }
                rows.sort(Comparator.comparingDouble((Row r) -> Double.isNaN(r.x()) ? 1 : 0)
                        .thenComparingDouble(r -> Double.isNaN(r.x()) ? 0 : r.x()));
                gs.add(new Group(g.getKey(), rows));
            }
            String unit = work.map(WorkSpec::rateUnit).orElse("calls/s");
            return new Section(benchmark, work, unit, order, primary, gs, problems);
        }

        private static int rank(String impl) {
            int c = CHAGRES.indexOf(impl);
            if (c >= 0) {
                return c;
            }
            if (impl.startsWith("chagres")) {
                return 1;
            }
            int p = PEER_ORDER.indexOf(impl);
            return p >= 0 ? 10 + p : 100;
        }

        private static double number(String s) {
            try {
                return Double.parseDouble(s.strip());
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
    }
}
