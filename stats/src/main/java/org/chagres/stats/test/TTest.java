package org.chagres.stats.test;

import org.chagres.stats.Descriptive;
import org.chagres.stats.distribution.StudentT;

/**
 * Student's t-tests of a mean or a difference of means: one-sample, two-sample with pooled
 * variance, Welch's unequal-variance test, and paired. The statistic is
 * {@code t = (estimate − μ0)/se}; the p-value comes from Student's t with {@code df} degrees of
 * freedom; the confidence interval is {@code estimate ± t_(1−α/2, df)·se} (one-sided bounds for
 * LESS and GREATER), as R's {@code t.test} and SciPy's {@code ttest_*}.
 *
 * <p>Input: finite values only (NaN or ±Inf is rejected with its index: use
 * {@link Descriptive} with {@code NanPolicy.OMIT} to clean first); at least 2 values per sample
 * (the pooled test accepts 1 in one sample when the other has 2 or more). Zero variance gives a
 * statistic of ±Inf (or NaN for 0/0) and the matching p-value, not an exception.
 */
public final class TTest {

    /**
     * A t-test result.
     *
     * @param statistic   t
     * @param pValue      p-value for the alternative
     * @param df          degrees of freedom (non-integer for Welch)
     * @param estimate    mean, difference of means (x − y) or mean difference
     * @param standardError standard error of the estimate
     * @param interval    confidence interval for the mean (difference)
     * @param alternative the alternative tested
     */
    public record Result(double statistic, double pValue, double df, double estimate,
            double standardError, ConfidenceInterval interval, Alternative alternative) {
    }

    private TTest() {
    }

    /** One-sample test of {@code mean(x) = mu} with a 95% interval. */
    public static Result oneSample(double[] x, double mu, Alternative alternative) {
        return oneSample(x, mu, alternative, 0.95);
    }

    /**
     * One-sample test of {@code mean(x) = mu}: {@code t = (x̄ − mu)/(s/sqrt(n))}, df = n − 1.
     *
     * @throws IllegalArgumentException if x has fewer than 2 values, a non-finite value, or
     *     the level is not in (0, 1)
     */
    public static Result oneSample(double[] x, double mu, Alternative alternative,
            double confidence) {
        String op = "TTest.oneSample";
        Inputs.sample(op, "x", x, 2);
        check(op, alternative, confidence);
        if (!Double.isFinite(mu)) {
            throw new IllegalArgumentException(op + ": mu must be finite, got " + mu);
        }
        int n = x.length;
        double mean = Descriptive.mean(x);
        double se = Descriptive.sd(x, 1) / Math.sqrt(n);
        return result(mean, mu, se, n - 1.0, alternative, confidence);
    }

    /** Paired test of {@code mean(x − y) = 0} with a 95% interval. */
    public static Result paired(double[] x, double[] y, Alternative alternative) {
        return paired(x, y, alternative, 0.95);
    }

    /**
     * Paired test: the one-sample test of the differences {@code x_i − y_i} against 0.
     *
     * @throws IllegalArgumentException if lengths differ or as {@link #oneSample}
     */
    public static Result paired(double[] x, double[] y, Alternative alternative,
            double confidence) {
        String op = "TTest.paired";
        Inputs.sample(op, "x", x, 2);
        Inputs.sample(op, "y", y, 2);
        Inputs.sameLength(op, x, y);
        double[] d = new double[x.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = x[i] - y[i];
        }
        return oneSample(d, 0.0, alternative, confidence);
    }

    /** Two-sample test with pooled variance, 95% interval. */
    public static Result pooled(double[] x, double[] y, Alternative alternative) {
        return pooled(x, y, alternative, 0.95);
    }

    /**
     * Two-sample test assuming equal variances: {@code t = (x̄ − ȳ)/(s_p·sqrt(1/n_x + 1/n_y))}
     * with the pooled variance {@code s_p² = ((n_x−1)s_x² + (n_y−1)s_y²)/(n_x + n_y − 2)},
     * df = {@code n_x + n_y − 2}.
     *
     * @throws IllegalArgumentException if a sample is empty, n_x + n_y < 3, or a value is not
     *     finite
     */
    public static Result pooled(double[] x, double[] y, Alternative alternative,
            double confidence) {
        String op = "TTest.pooled";
        Inputs.sample(op, "x", x, 1);
        Inputs.sample(op, "y", y, 1);
        check(op, alternative, confidence);
        int nx = x.length;
        int ny = y.length;
        if (nx + ny < 3) {
            throw new IllegalArgumentException(op + ": need n_x + n_y >= 3, got " + nx + " + "
                    + ny);
        }
        double ssx = nx > 1 ? Descriptive.variance(x, 1) * (nx - 1) : 0.0;
        double ssy = ny > 1 ? Descriptive.variance(y, 1) * (ny - 1) : 0.0;
        double df = nx + ny - 2.0;
        double sp2 = (ssx + ssy) / df;
        double se = Math.sqrt(sp2 * (1.0 / nx + 1.0 / ny));
        return result(Descriptive.mean(x) - Descriptive.mean(y), 0.0, se, df, alternative,
                confidence);
    }

    /** Welch's test, 95% interval. */
    public static Result welch(double[] x, double[] y, Alternative alternative) {
        return welch(x, y, alternative, 0.95);
    }

    /**
     * Welch's two-sample test without assuming equal variances:
     * {@code t = (x̄ − ȳ)/sqrt(s_x²/n_x + s_y²/n_y)} with the Welch–Satterthwaite
     * {@code df = (v_x + v_y)² / (v_x²/(n_x−1) + v_y²/(n_y−1))}, {@code v = s²/n}.
     *
     * @throws IllegalArgumentException if a sample has fewer than 2 values or a non-finite one
     */
    public static Result welch(double[] x, double[] y, Alternative alternative,
            double confidence) {
        String op = "TTest.welch";
        Inputs.sample(op, "x", x, 2);
        Inputs.sample(op, "y", y, 2);
        check(op, alternative, confidence);
        int nx = x.length;
        int ny = y.length;
        double vx = Descriptive.variance(x, 1) / nx;
        double vy = Descriptive.variance(y, 1) / ny;
        double df = (vx + vy) * (vx + vy) / (vx * vx / (nx - 1.0) + vy * vy / (ny - 1.0));
        double se = Math.sqrt(vx + vy);
        return result(Descriptive.mean(x) - Descriptive.mean(y), 0.0, se, df, alternative,
                confidence);
    }

    private static void check(String op, Alternative alternative, double confidence) {
        Inputs.notNull(op, "alternative", alternative);
        Inputs.confidence(op, confidence);
    }

    private static Result result(double estimate, double mu, double se, double df,
            Alternative alt, double confidence) {
        double t = (estimate - mu) / se;
        ConfidenceInterval ci;
        if (df > 0.0 && df < Double.POSITIVE_INFINITY) {
            StudentT dist = StudentT.of(df);
            double p = Inputs.symmetric(dist, t, alt);
            ci = interval(dist, estimate, se, alt, confidence);
            return new Result(t, p, df, estimate, se, ci, alt);
        }
        ci = new ConfidenceInterval(Double.NaN, Double.NaN, confidence);
        return new Result(t, Double.NaN, df, estimate, se, ci, alt);
    }

    private static ConfidenceInterval interval(StudentT dist, double est, double se,
            Alternative alt, double level) {
        return switch (alt) {
            case TWO_SIDED -> {
                double q = dist.inverseSf((1.0 - level) / 2.0);
                yield new ConfidenceInterval(est - q * se, est + q * se, level);
            }
            case LESS -> new ConfidenceInterval(Double.NEGATIVE_INFINITY,
                    est + dist.inverseSf(1.0 - level) * se, level);
            case GREATER -> new ConfidenceInterval(est - dist.inverseSf(1.0 - level) * se,
                    Double.POSITIVE_INFINITY, level);
        };
    }
}
