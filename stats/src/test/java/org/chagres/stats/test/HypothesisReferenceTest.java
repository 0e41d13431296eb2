package org.chagres.stats.test;

import static org.chagres.stats.Reference.close;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.chagres.stats.Reference;
import org.junit.jupiter.api.Test;

/**
 * Hypothesis tests against tools/stats/tests_reference.py: exact statistics and p-values
 * (rational arithmetic, integer counting, mpmath at 50 digits). p-values must agree to 1e-10
 * relative (the target) unless a comment says why a case is looser.
 */
class HypothesisReferenceTest {

    private static final double P_REL = 1e-10;
    private static final double STAT_REL = 1e-12;

    private static List<Reference.Case> cases(String file) {
        List<Reference.Case> all = new ArrayList<>(Reference.load(file));
        all.removeIf(c -> c.name().isEmpty());
        return all;
    }

    private static Alternative alt(Reference.Case c) {
        return Alternative.valueOf(c.words("alternative")[0]);
    }

    private static void ci(Reference.Case c, ConfidenceInterval got) {
        // bounds are estimate ± quantile·se: compare relative to the larger finite bound (the
        // t and beta quantiles are accurate to about 1e-12 relative)
        double[] want = c.get("ci");
        double scale = 0.0;
        for (double w : want) {
            if (Double.isFinite(w)) {
                scale = Math.max(scale, Math.abs(w));
            }
        }
        close(want[0], got.lower(), 1e-11, 1e-11 * scale, c + " ci lower");
        close(want[1], got.upper(), 1e-11, 1e-11 * scale, c + " ci upper");
    }

    @Test
    void tTests() {
        for (Reference.Case c : cases("tests_t.txt")) {
            double[] x = c.get("x");
            double[] y = c.get("y");
            TTest.Result r = switch (c.words("kind")[0]) {
                case "one" -> TTest.oneSample(x, c.one("mu"), alt(c));
                case "pooled" -> TTest.pooled(x, y, alt(c));
                case "welch" -> TTest.welch(x, y, alt(c));
                default -> TTest.paired(x, y, alt(c));
            };
            close(c.one("statistic"), r.statistic(), STAT_REL, 0, c + " t");
            close(c.one("df"), r.df(), STAT_REL, 0, c + " df");
            close(c.one("p"), r.pValue(), P_REL, 0, c + " p");
            close(c.one("estimate"), r.estimate(), STAT_REL, 1e-15, c + " estimate");
            ci(c, r.interval());
        }
    }

    @Test
    void anova() {
        for (Reference.Case c : cases("tests_anova.txt")) {
            int k = (int) c.one("k");
            double[][] g = new double[k][];
            for (int i = 0; i < k; i++) {
                g[i] = c.get("g" + i);
            }
            Anova.Result r = Anova.oneWay(g);
            close(c.one("statistic"), r.statistic(), STAT_REL, 0, c + " F");
            close(c.one("p"), r.pValue(), P_REL, 0, c + " p");
            close(c.one("ssb"), r.ssBetween(), STAT_REL, 0, c + " ssb");
            close(c.one("ssw"), r.ssWithin(), STAT_REL, 0, c + " ssw");
            assertEquals(c.one("dfb"), r.dfBetween());
            assertEquals(c.one("dfw"), r.dfWithin());
        }
    }

    @Test
    void chiSquare() {
        for (Reference.Case c : cases("tests_chi2.txt")) {
            ChiSquareTest.Result r;
            if (c.has("table")) {
                double[] t = c.get("table");
                int rows = (int) c.one("rows");
                int cols = t.length / rows;
                double[][] table = new double[rows][cols];
                for (int i = 0; i < rows; i++) {
                    System.arraycopy(t, i * cols, table[i], 0, cols);
                }
                r = ChiSquareTest.independence(table, c.words("yates")[0].equals("true"));
            } else if (c.get("expected").length == 0) {
                r = ChiSquareTest.goodnessOfFit(c.get("observed"));
            } else {
                r = ChiSquareTest.goodnessOfFit(c.get("observed"), c.get("expected"),
                        (int) c.one("ddof"));
            }
            close(c.one("statistic"), r.statistic(), STAT_REL, 0, c + " chi2");
            close(c.one("p"), r.pValue(), P_REL, 0, c + " p");
            assertEquals(c.one("df"), r.df(), c + " df");
        }
    }

    @Test
    void mannWhitney() {
        for (Reference.Case c : cases("tests_mannwhitney.txt")) {
            MannWhitney.Result r = MannWhitney.test(c.get("x"), c.get("y"), alt(c));
            assertEquals(PValueMethod.valueOf(c.words("method")[0]), r.method(), c + " method");
            close(c.one("statistic"), r.statistic(), STAT_REL, 0, c + " U");
            close(c.one("p"), r.pValue(), P_REL, 0, c + " p");
        }
    }

    @Test
    void wilcoxon() {
        for (Reference.Case c : cases("tests_wilcoxon.txt")) {
            Wilcoxon.Result r = Wilcoxon.oneSample(c.get("d"), alt(c));
            assertEquals(PValueMethod.valueOf(c.words("method")[0]), r.method(), c + " method");
            assertEquals((int) c.one("n"), r.n(), c + " n");
            close(c.one("statistic"), r.statistic(), STAT_REL, 0, c + " W+");
            close(c.one("p"), r.pValue(), P_REL, 0, c + " p");
        }
    }

    @Test
    void kolmogorovSmirnov() {
        for (Reference.Case c : cases("tests_ks.txt")) {
            KolmogorovSmirnov.Result r;
            double p = c.one("p");
            double abs = 0.0;
            if (c.name().startsWith("one_")) {
                r = KolmogorovSmirnov.oneSample(c.get("x"), v -> v, alt(c), PValueMethod.AUTO);
                if (alt(c) == Alternative.TWO_SIDED) {
                    abs = 1e-14;     // 1 − P(D < d) by Marsaglia–Tsang–Wang: absolute accuracy
                }
            } else {
                r = KolmogorovSmirnov.twoSample(c.get("x"), c.get("y"), alt(c));
            }
            assertEquals(PValueMethod.EXACT, r.method());
            close(c.one("statistic"), r.statistic(), STAT_REL, 0, c + " D");
            close(p, r.pValue(), P_REL, abs, c + " p");
        }
    }

    @Test
    void correlation() {
        for (Reference.Case c : cases("tests_corr.txt")) {
            double[] x = c.get("x");
            double[] y = c.get("y");
            CorrelationTest.Result r = switch (c.words("kind")[0]) {
                case "pearson" -> CorrelationTest.pearson(x, y, alt(c));
                case "spearman" -> CorrelationTest.spearman(x, y, alt(c));
                default -> CorrelationTest.kendall(x, y, alt(c));
            };
            close(c.one("estimate"), r.estimate(), STAT_REL, 1e-15, c + " estimate");
            close(c.one("p"), r.pValue(), P_REL, 0, c + " p");
            if (c.has("statistic")) {
                close(c.one("statistic"), r.statistic(), 1e-11, 0, c + " t");
            }
            if (c.has("method")) {
                assertEquals(PValueMethod.valueOf(c.words("method")[0]), r.method(), c + "");
            }
            if (c.has("ci")) {
                ci(c, r.interval());
            }
        }
    }

    @Test
    void shapiroWilk() {
        for (Reference.Case c : cases("tests_shapiro.txt")) {
            ShapiroWilk.Result r = ShapiroWilk.test(c.get("x"));
            // against AS R94 evaluated exactly: the same algorithm, so tight
            close(c.one("W_mp"), r.statistic(), 1e-12, 0, c + " W (mpmath)");
            close(c.one("p_mp"), r.pValue(), 1e-9, 0, c + " p (mpmath)");
            // SciPy 1.10's swilk works in single precision (W is a float32): measured
            // agreement is about 2e-7 in W and up to 1.6e-4 relative in p (n = 1000)
            close(c.one("W_scipy"), r.statistic(), 1e-6, 0, c + " W (scipy)");
            close(c.one("p_scipy"), r.pValue(), 1e-3, 1e-6, c + " p (scipy)");
        }
    }

    @Test
    void binomial() {
        for (Reference.Case c : cases("tests_binomial.txt")) {
            BinomialTest.Result r = BinomialTest.test((int) c.one("k"), (int) c.one("n"),
                    c.one("p0"), alt(c));
            close(c.one("p"), r.pValue(), P_REL, 0, c + " p");
            ci(c, r.interval());
        }
    }
}
