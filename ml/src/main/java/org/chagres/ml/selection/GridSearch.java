package org.chagres.ml.selection;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.chagres.ml.Classifier;
import org.chagres.ml.ClassifierModel;

/**
 * Exhaustive search over a grid of hyperparameters by cross-validation: every combination of
 * the listed values is turned into an estimator by the factory, scored on the folds, and the
 * best mean score wins (ties: the first combination in grid order). The winner is refitted on
 * all the data.
 *
 * <pre>{@code
 * var result = GridSearch.over(Map.of("k", List.of(1, 3, 5, 7)),
 *         p -> KNeighborsClassifier.withDefaults().withK((Integer) p.get("k")))
 *     .fit(x, y, StratifiedKFold.of(5).withShuffle(0).split(y), Scorer.ACCURACY);
 * }</pre>
 */
public final class GridSearch {

    private final Map<String, List<?>> grid;
    private final Function<Map<String, Object>, Classifier<?>> factory;

    private GridSearch(Map<String, List<?>> grid,
            Function<Map<String, Object>, Classifier<?>> factory) {
        this.grid = grid;
        this.factory = factory;
    }

    /**
     * A search over the product of the value lists (iteration order of the map, then of each
     * list).
     *
     * @throws IllegalArgumentException if the grid is empty or a list is empty
     */
    public static GridSearch over(Map<String, List<?>> grid,
            Function<Map<String, Object>, Classifier<?>> factory) {
        if (grid.isEmpty()) {
            throw new IllegalArgumentException("GridSearch.over: the grid has no parameters");
        }
        for (var e : grid.entrySet()) {
            if (e.getValue().isEmpty()) {
                throw new IllegalArgumentException("GridSearch.over: parameter '" + e.getKey()
                        + "' has no values");
            }
        }
        return new GridSearch(new LinkedHashMap<>(grid), factory);
    }

    /** One combination and its cross-validated scores. */
    public record Candidate(Map<String, Object> params, double[] scores, double mean) {
    }

    /** All candidates in grid order, the best one and its model refitted on all the data. */
    public record Result(List<Candidate> candidates, Candidate best, ClassifierModel model) {
    }

    /** Every parameter combination, in grid order. */
    public List<Map<String, Object>> combinations() {
        List<Map<String, Object>> out = new ArrayList<>();
        out.add(new LinkedHashMap<>());
        for (var e : grid.entrySet()) {
            List<Map<String, Object>> next = new ArrayList<>();
            for (Map<String, Object> partial : out) {
                for (Object v : e.getValue()) {
                    Map<String, Object> m = new LinkedHashMap<>(partial);
                    m.put(e.getKey(), v);
                    next.add(m);
                }
            }
            out = next;
        }
        return out;
    }

    /** Runs the search; X and y are not modified. */
    public Result fit(double[][] x, int[] y, List<Fold> folds, Scorer.ForClassifier scorer) {
        List<Candidate> all = new ArrayList<>();
        Candidate best = null;
        for (Map<String, Object> p : combinations()) {
            double[] s = CrossValidation.score(factory.apply(p), x, y, folds, scorer);
            double mean = java.util.Arrays.stream(s).average().orElseThrow();
            Candidate c = new Candidate(Collections.unmodifiableMap(p), s, mean);
            all.add(c);
            if (best == null || mean > best.mean()) {
                best = c;
            }
        }
        ClassifierModel model = factory.apply(best.params()).fit(x, y);
        return new Result(List.copyOf(all), best, model);
    }
}
