package org.chagres.stats.test;

import org.chagres.stats.Descriptive;
import org.chagres.stats.distribution.FDistribution;

/**
 * One-way analysis of variance: do k groups share one mean? {@code F = (SSB/(k−1)) /
 * (SSW/(N−k))} with the between-groups sum of squares {@code SSB = Σ n_g(x̄_g − x̄)²} and the
 * within-groups {@code SSW = Σ Σ(x − x̄_g)²}; the p-value is the upper tail of F(k−1, N−k)
 * (SciPy's {@code f_oneway}, R's {@code oneway.test(var.equal = TRUE)}).
 */
public final class Anova {

    /**
     * A one-way ANOVA result.
     *
     * @param statistic F
     * @param pValue    upper-tail p-value
     * @param dfBetween k − 1
     * @param dfWithin  N − k
     * @param ssBetween between-groups sum of squares
     * @param ssWithin  within-groups sum of squares
     */
    public record Result(double statistic, double pValue, double dfBetween, double dfWithin,
            double ssBetween, double ssWithin) {
    }

    private Anova() {
    }

    /**
     * Tests equal means of the groups (arrays not modified). Constant groups with different
     * means give F = +Inf and p = 0; all values equal give NaN.
     *
     * @throws IllegalArgumentException if fewer than 2 groups, an empty group, N <= k, or a
     *     value is not finite
     */
    public static Result oneWay(double[]... groups) {
        String op = "Anova.oneWay";
        Inputs.notNull(op, "groups", groups);
        int k = groups.length;
        if (k < 2) {
            throw new IllegalArgumentException(op + ": need at least 2 groups, got " + k);
        }
        long total = 0;
        for (int g = 0; g < k; g++) {
            Inputs.sample(op, "groups[" + g + "]", groups[g], 1);
            total += groups[g].length;
        }
        if (total <= k) {
            throw new IllegalArgumentException(op + ": need more values than groups, got N = "
                    + total + ", k = " + k);
        }
        double[] means = new double[k];
        double grand = 0.0;
        for (int g = 0; g < k; g++) {
            means[g] = Descriptive.mean(groups[g]);
            grand += means[g] * groups[g].length;
        }
        grand /= total;
        // one correction pass: the grand mean from the group means may carry rounding
        double corr = 0.0;
        for (int g = 0; g < k; g++) {
            corr += (means[g] - grand) * groups[g].length;
        }
        grand += corr / total;
        double ssb = 0.0;
        double ssw = 0.0;
        for (int g = 0; g < k; g++) {
            double d = means[g] - grand;
            ssb += groups[g].length * d * d;
            ssw += groups[g].length > 1 ? Descriptive.variance(groups[g], 0)
                    * groups[g].length : 0.0;
        }
        double dfb = k - 1.0;
        double dfw = total - (double) k;
        double f = (ssb / dfb) / (ssw / dfw);
        double p = f != f ? Double.NaN : FDistribution.of(dfb, dfw).sf(f);
        return new Result(f, p, dfb, dfw, ssb, ssw);
    }
}
