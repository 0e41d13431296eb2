package org.chagres.stats;

import static org.chagres.stats.Reference.close;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Descriptive statistics against the reference files written by tools/stats/desc_reference.py. */
class DescriptiveReferenceTest {

    /** Cases whose magnitudes the streaming accumulator is documented not to handle. */
    private static final Set<String> EXTREME = Set.of("near_overflow", "huge_offset", "tiny",
            "subnormal_spread");

    @Test
    void momentsMatchExactValues() {
        for (Reference.Case c : Reference.load("desc_moments.txt")) {
            if (c.name().isEmpty()) {
                continue;
            }
            double[] x = c.get("x");
            double[] copy = x.clone();
            String w = c.name() + " ";
            // a sum in any order errs by at most γ_(n-1)·Σ|x| (Higham, Accuracy and Stability,
            // §4.2); backends differ in order, so only that bound (plus the division's
            // rounding) holds for all of them: the scalar loop fails a 1-ulp check on offset1e9
            double big = 0;
            for (double v : x) {
                big = Math.max(big, Math.abs(v));
            }
            double absSum = 0;                   // both scaled by 1/max|x|: no overflow
            double plainSum = 0;
            for (double v : x) {
                absSum += Math.abs(v / big);
                plainSum += v / big;
            }
            double meanTol = 2e-16 + x.length * 1.12e-16 * absSum / Math.abs(plainSum);
            close(c.one("mean"), Descriptive.mean(x), meanTol, 0, w + "mean");
            close(c.one("var0"), Descriptive.variance(x, 0), 1e-14, 0, w + "var0");
            close(c.one("var1"), Descriptive.variance(x, 1), 1e-14, 0, w + "var1");
            close(c.one("sd1"), Descriptive.sd(x, 1), 1e-14, 0, w + "sd1");
            if (c.has("skew")) {
                close(c.one("skew"), Descriptive.skewness(x, true), 1e-12, 1e-14, w + "skew");
                close(c.one("skew_unbiased"), Descriptive.skewness(x, false), 1e-12, 1e-14,
                        w + "skew_unbiased");
                close(c.one("kurt"), Descriptive.kurtosis(x, true), 1e-12, 1e-14, w + "kurt");
                close(c.one("kurt_unbiased"), Descriptive.kurtosis(x, false), 1e-12, 1e-14,
                        w + "kurt_unbiased");
            }
            assertArrayEquals(copy, x, "input modified");
            if (!EXTREME.contains(c.name())) {
                Moments m = Moments.of(x);
                Moments one = new Moments();
                for (double v : x) {
                    one.add(v);
                }
                for (Moments mm : List.of(m, one)) {
                    close(c.one("mean"), mm.mean(), 1e-15, 0, w + "Moments mean");
                    close(c.one("var1"), mm.variance(1), 1e-12, 0, w + "Moments var1");
                    close(c.one("skew"), mm.skewness(true), 1e-10, 1e-12, w + "Moments skew");
                    close(c.one("kurt_unbiased"), mm.kurtosis(false), 1e-10, 1e-12,
                            w + "Moments kurt");
                }
            }
        }
    }

    @Test
    void quantilesMatchNumpy() {
        List<Reference.Case> cases = Reference.load("desc_quantiles.txt");
        double[] p = cases.get(0).get("p");
        for (Reference.Case c : cases.subList(1, cases.size())) {
            double[] x = c.get("x");
            double scale = Descriptive.max(x) - Descriptive.min(x) + Math.abs(Descriptive.max(x));
            for (QuantileMethod m : QuantileMethod.values()) {
                double[] want = c.get(m.numpyName());
                double[] got = Descriptive.quantiles(x, p, m);
                for (int i = 0; i < p.length; i++) {
                    close(want[i], got[i], 0, 4 * Math.ulp(scale),
                            c.name() + " " + m + " p=" + p[i]);
                    assertEquals(got[i], Descriptive.quantile(x, p[i], QuantileMethod.of(
                            m.numpyName())), 0.0, "single quantile " + m);
                }
            }
        }
    }

    @Test
    void ranksAndCorrelationsMatchScipy() {
        for (Reference.Case c : Reference.load("desc_ranks_corr.txt")) {
            if (c.name().isEmpty()) {
                continue;
            }
            if (c.has("data")) {
                double[] data = c.get("data");
                int rows = data.length / 3;
                double[][] d2 = new double[rows][3];
                for (int i = 0; i < rows; i++) {
                    System.arraycopy(data, 3 * i, d2[i], 0, 3);
                }
                assertClose(c.get("cov1"), Correlation.covarianceMatrix(data, rows, 3, 1), 1e-13);
                assertClose(c.get("cov1"), flat(Correlation.covarianceMatrix(d2, 1)), 1e-13);
                for (CorrelationMethod m : CorrelationMethod.values()) {
                    String key = m.name().toLowerCase();
                    assertClose(c.get(key), Correlation.correlationMatrix(data, rows, 3, m), 1e-13);
                    assertClose(c.get(key), flat(Correlation.correlationMatrix(d2, m)), 1e-13);
                }
                continue;
            }
            double[] x = c.get("x");
            double[] y = c.get("y");
            for (TieMethod t : TieMethod.values()) {
                assertArrayEquals(c.get("rank_" + t.name().toLowerCase()), Ranks.rank(x, t),
                        c.name() + " " + t);
            }
            close(c.one("pearson"), Correlation.pearson(x, y), 1e-13, 1e-15, c + " pearson");
            close(c.one("spearman"), Correlation.spearman(x, y), 1e-13, 1e-15, c + " spearman");
            close(c.one("kendall"), Correlation.kendall(x, y), 1e-13, 1e-15, c + " kendall");
            close(c.one("cov1"), Correlation.covariance(x, y, 1), 1e-13, 1e-15, c + " cov");
        }
    }

    @Test
    void histogramsMatchNumpy() {
        for (Reference.Case c : Reference.load("desc_histograms.txt")) {
            if (c.name().isEmpty()) {
                continue;
            }
            double[] x = c.get("x");
            record R(String key, Histogram h) {
            }
            for (R r : List.of(new R("sturges", Histogram.of(x, Histogram.BinRule.STURGES)),
                    new R("fd", Histogram.of(x, Histogram.BinRule.FREEDMAN_DIACONIS)),
                    new R("scott", Histogram.of(x, Histogram.BinRule.SCOTT)),
                    new R("sqrt", Histogram.of(x, Histogram.BinRule.SQRT)),
                    new R("rice", Histogram.of(x, Histogram.BinRule.RICE)),
                    new R("auto", Histogram.of(x, Histogram.BinRule.AUTO)),
                    new R("7", Histogram.of(x, 7)))) {
                double[] we = c.get("edges_" + r.key);
                assertEquals(we.length, r.h.edges().length, c + " " + r.key + " bins");
                assertClose(we, r.h.edges(), 1e-14);
                double[] wc = c.get("counts_" + r.key);
                long[] gc = r.h.counts();
                for (int i = 0; i < wc.length; i++) {
                    assertEquals((long) wc[i], gc[i], c + " " + r.key + " count " + i);
                }
            }
        }
    }

    private static double[] flat(double[][] a) {
        double[] out = new double[a.length * a.length];
        for (int i = 0; i < a.length; i++) {
            System.arraycopy(a[i], 0, out, i * a.length, a.length);
        }
        return out;
    }

    private static void assertClose(double[] want, double[] got, double rel) {
        assertEquals(want.length, got.length, "length");
        for (int i = 0; i < want.length; i++) {
            close(want[i], got[i], rel, 1e-15, "element " + i);
        }
    }
}
