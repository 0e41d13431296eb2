package org.chagres.stats.test;

import org.chagres.stats.Correlation;
import org.chagres.stats.distribution.Normal;
import org.chagres.stats.distribution.StudentT;

/**
 * Tests of zero correlation between paired samples: Pearson's r and Spearman's ρ with
 * {@code t = r·sqrt((n−2)/(1−r²))} on n − 2 degrees of freedom (exact for Pearson under
 * bivariate normality; SciPy's {@code pearsonr}, {@code spearmanr}), and Kendall's τ-b (SciPy's
 * {@code kendalltau}): exact for n <= 33 without ties (or when at most one pair is discordant,
 * or concordant), by the distribution of inversions; otherwise the normal approximation of
 * {@code S = n_c − n_d} with the tie-corrected variance
 * {@code [n(n−1)(2n+5) − Σt(t−1)(2t+5) − Σu(u−1)(2u+5)]/18 + Σt(t−1)·Σu(u−1)/(2n(n−1))
 * + Σt(t−1)(t−2)·Σu(u−1)(u−2)/(9n(n−1)(n−2))}, without continuity correction.
 *
 * <p>GREATER means positive association. Pearson's result carries the Fisher-z confidence
 * interval {@code tanh(atanh r ± z_(1−α/2)/sqrt(n−3))} (n > 3).
 */
public final class CorrelationTest {

    /**
     * A correlation test result.
     *
     * @param estimate  r, ρ or τ-b
     * @param statistic t (Pearson, Spearman) or z (Kendall approximation) or S (Kendall exact)
     * @param pValue    p-value
     * @param df        n − 2 for t statistics, NaN otherwise
     * @param interval  Fisher-z interval (Pearson only; NaN bounds otherwise)
     * @param method    EXACT or ASYMPTOTIC (Kendall); EXACT for the t tests
     */
    public record Result(double estimate, double statistic, double pValue, double df,
            ConfidenceInterval interval, PValueMethod method) {
    }

    private CorrelationTest() {
    }

    /** Pearson test with a 95% interval. */
    public static Result pearson(double[] x, double[] y, Alternative alternative) {
        return pearson(x, y, alternative, 0.95);
    }

    /**
     * Pearson's test of zero correlation.
     *
     * @throws IllegalArgumentException if lengths differ, n < 3, a value is not finite, or the
     *     level is not in (0, 1)
     */
    public static Result pearson(double[] x, double[] y, Alternative alternative,
            double confidence) {
        String op = "CorrelationTest.pearson";
        check(op, x, y, alternative, 3);
        Inputs.confidence(op, confidence);
        int n = x.length;
        double r = Correlation.pearson(x, y);
        Result t = tTest(r, n, alternative);
        ConfidenceInterval ci = new ConfidenceInterval(Double.NaN, Double.NaN, confidence);
        if (n > 3 && r == r) {
            double z = atanh(r);
            double se = 1.0 / Math.sqrt(n - 3.0);
            Normal std = Normal.standard();
            ci = switch (alternative) {
                case TWO_SIDED -> {
                    double q = std.inverseSf((1.0 - confidence) / 2.0);
                    yield new ConfidenceInterval(Math.tanh(z - q * se), Math.tanh(z + q * se),
                            confidence);
                }
                case LESS -> new ConfidenceInterval(-1.0,
                        Math.tanh(z + std.inverseSf(1.0 - confidence) * se), confidence);
                case GREATER -> new ConfidenceInterval(
                        Math.tanh(z - std.inverseSf(1.0 - confidence) * se), 1.0, confidence);
            };
        }
        return new Result(r, t.statistic(), t.pValue(), t.df(), ci, PValueMethod.EXACT);
    }

    /**
     * Spearman's test: the t approximation applied to ρ.
     *
     * @throws IllegalArgumentException if lengths differ, n < 3, or a value is not finite
     */
    public static Result spearman(double[] x, double[] y, Alternative alternative) {
        String op = "CorrelationTest.spearman";
        check(op, x, y, alternative, 3);
        return tTest(Correlation.spearman(x, y), x.length, alternative);
    }

    /** Kendall's test with AUTO p-value. */
    public static Result kendall(double[] x, double[] y, Alternative alternative) {
        return kendall(x, y, alternative, PValueMethod.AUTO);
    }

    /**
     * Kendall's τ-b test.
     *
     * @throws IllegalArgumentException if lengths differ, n < 2, a value is not finite, or
     *     EXACT is asked for with ties or n > 170
     */
    public static Result kendall(double[] x, double[] y, Alternative alternative,
            PValueMethod method) {
        String op = "CorrelationTest.kendall";
        check(op, x, y, alternative, 2);
        Inputs.notNull(op, "method", method);
        Correlation.KendallCounts k = Correlation.kendallCounts(x, y);
        int n = k.n();
        ConfidenceInterval none = new ConfidenceInterval(Double.NaN, Double.NaN, Double.NaN);
        if (k.tau() != k.tau()) {
            return new Result(Double.NaN, Double.NaN, Double.NaN, Double.NaN, none, method);
        }
        long tot = (long) n * (n - 1) / 2;
        boolean ties = k.x1() > 0 || k.y1() > 0;
        long dis = (tot - k.s()) / 2;              // without ties n_c + n_d = tot
        PValueMethod used = method;
        if (method == PValueMethod.AUTO) {
            used = !ties && (n <= 33 || Math.min(dis, tot - dis) <= 1) ? PValueMethod.EXACT
                    : PValueMethod.ASYMPTOTIC;
        } else if (method == PValueMethod.EXACT && (ties || n > 170)) {
            throw new IllegalArgumentException(op + ": exact p-value needs no ties and n <= 170,"
                    + " got " + (ties ? "ties" : "no ties") + ", n = " + n);
        }
        if (used == PValueMethod.EXACT) {
            double p = switch (alternative) {
                case GREATER -> NullDistributions.kendallCdf(n, dis);
                case LESS -> NullDistributions.kendallCdf(n, tot - dis);
                case TWO_SIDED -> 2.0 * NullDistributions.kendallCdf(n, Math.min(dis, tot - dis));
            };
            return new Result(k.tau(), k.s(), Inputs.clamp(p), Double.NaN, none, used);
        }
        double m = n * (n - 1.0);
        double var = (m * (2.0 * n + 5.0) - k.x5() - k.y5()) / 18.0
                + (double) k.x1() * k.y1() / (2.0 * m)
                + (double) k.x2() * k.y2() / (9.0 * m * (n - 2.0));
        double z = k.s() / Math.sqrt(var);
        double p = Inputs.symmetric(Normal.standard(), z, alternative);
        return new Result(k.tau(), z, p, Double.NaN, none, used);
    }

    private static Result tTest(double r, int n, Alternative alt) {
        double df = n - 2.0;
        double t = r * Math.sqrt(df / ((1.0 - r) * (1.0 + r)));
        double p = Inputs.symmetric(StudentT.of(df), t, alt);
        ConfidenceInterval none = new ConfidenceInterval(Double.NaN, Double.NaN, Double.NaN);
        return new Result(r, t, p, df, none, PValueMethod.EXACT);
    }

    private static double atanh(double r) {
        return 0.5 * Math.log1p(2.0 * r / (1.0 - r));
    }

    private static void check(String op, double[] x, double[] y, Alternative alt, int min) {
        Inputs.sample(op, "x", x, min);
        Inputs.sample(op, "y", y, min);
        Inputs.sameLength(op, x, y);
        Inputs.notNull(op, "alternative", alt);
    }
}
