package org.chagres.stats.test;

import org.chagres.stats.Ranks;
import org.chagres.stats.distribution.Normal;

/**
 * The Mann–Whitney U (Wilcoxon rank-sum) test of two independent samples: is x
 * stochastically greater (GREATER) or smaller (LESS) than y, or either (TWO_SIDED)? The
 * statistic is {@code U1 = R1 − n1(n1+1)/2}, R1 the sum of x's average ranks in the combined
 * sample (pairs with x > y, ties counting 1/2), as SciPy's {@code mannwhitneyu}.
 *
 * <p>p-value: with {@link PValueMethod#AUTO}, exact when there are no ties, one sample has at
 * most 8 values (SciPy's rule) and {@code n1·n2 <= 10000}; otherwise the normal approximation
 * {@code z = (U − n1n2/2 − 0.5)/σ} (continuity correction optional) with the tie-corrected
 * {@code σ² = n1n2/12·((N+1) − Σ(t³−t)/(N(N−1)))}, where U is U1 (GREATER), U2 = n1n2 − U1
 * (LESS) or max(U1, U2) (TWO_SIDED, p doubled). The exact distribution is computed by counting
 * (only additions), for {@code n1·n2 <= 10000}.
 */
public final class MannWhitney {

    private static final long EXACT_LIMIT = 10_000;

    /**
     * A Mann–Whitney result.
     *
     * @param statistic U1, the U statistic of x
     * @param pValue    p-value for the alternative
     * @param method    EXACT or ASYMPTOTIC, the method actually used
     * @param z         the standardised statistic of the approximation (NaN when exact)
     */
    public record Result(double statistic, double pValue, PValueMethod method, double z) {
    }

    private MannWhitney() {
    }

    /** The test with AUTO p-value and continuity correction (SciPy's defaults). */
    public static Result test(double[] x, double[] y, Alternative alternative) {
        return test(x, y, alternative, PValueMethod.AUTO, true);
    }

    /**
     * The test with a chosen p-value method; {@code continuity} applies to the normal
     * approximation only.
     *
     * @throws IllegalArgumentException if a sample is empty or holds a non-finite value, or
     *     EXACT is asked for with ties or with {@code n1·n2 > 10000}
     */
    public static Result test(double[] x, double[] y, Alternative alternative,
            PValueMethod method, boolean continuity) {
        String op = "MannWhitney.test";
        Inputs.sample(op, "x", x, 1);
        Inputs.sample(op, "y", y, 1);
        Inputs.notNull(op, "alternative", alternative);
        Inputs.notNull(op, "method", method);
        int n1 = x.length;
        int n2 = y.length;
        int n = n1 + n2;
        double[] xy = new double[n];
        System.arraycopy(x, 0, xy, 0, n1);
        System.arraycopy(y, 0, xy, n1, n2);
        double[] ranks = Ranks.rank(xy);
        double r1 = 0.0;
        for (int i = 0; i < n1; i++) {
            r1 += ranks[i];
        }
        double u1 = r1 - n1 * (n1 + 1.0) / 2.0;
        long mn = (long) n1 * n2;
        double u2 = mn - u1;
        double tieTerm = tieTerm(ranks);
        boolean ties = tieTerm > 0.0;
        PValueMethod used = method;
        if (method == PValueMethod.AUTO) {
            used = !ties && Math.min(n1, n2) <= 8 && mn <= EXACT_LIMIT ? PValueMethod.EXACT
                    : PValueMethod.ASYMPTOTIC;
        } else if (method == PValueMethod.EXACT && (ties || mn > EXACT_LIMIT)) {
            throw new IllegalArgumentException(op + ": exact p-value needs no ties and n1·n2 <= "
                    + EXACT_LIMIT + ", got " + (ties ? "ties" : "no ties") + ", n1 = " + n1
                    + ", n2 = " + n2);
        }
        double u = switch (alternative) {
            case GREATER -> u1;
            case LESS -> u2;
            case TWO_SIDED -> Math.max(u1, u2);
        };
        double f = alternative == Alternative.TWO_SIDED ? 2.0 : 1.0;
        if (used == PValueMethod.EXACT) {
            // P(U >= u) = P(U <= mn − u) by symmetry
            double p = NullDistributions.mannWhitneyCdf(n1, n2, mn - (long) u);
            return new Result(u1, Inputs.clamp(f * p), used, Double.NaN);
        }
        double sigma = Math.sqrt(n1 * (double) n2 / 12.0 * ((n + 1.0) - tieTerm
                / ((double) n * (n - 1.0))));
        double z = (u - mn / 2.0 - (continuity ? 0.5 : 0.0)) / sigma;
        double p = z != z ? Double.NaN : Normal.standard().sf(z);
        return new Result(u1, Inputs.clamp(f * p), used, z);
    }

    /** {@code Σ (t³ − t)} over tie groups of average ranks. */
    static double tieTerm(double[] ranks) {
        double[] s = ranks.clone();
        java.util.Arrays.sort(s);
        double term = 0.0;
        int i = 0;
        while (i < s.length) {
            int j = i + 1;
            while (j < s.length && s[j] == s[i]) {
                j++;
            }
            double t = j - i;
            term += t * t * t - t;
            i = j;
        }
        return term;
    }
}
