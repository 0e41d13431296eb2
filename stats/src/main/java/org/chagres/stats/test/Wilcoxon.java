package org.chagres.stats.test;

import org.chagres.stats.Ranks;
import org.chagres.stats.distribution.Normal;

/**
 * The Wilcoxon signed-rank test of a symmetric distribution about 0 (one sample of
 * differences d, or paired samples with {@code d = x − y}). The statistic is
 * {@code W+ = Σ_{d_i > 0} rank(|d_i|)} (R's V), with average ranks for ties.
 *
 * <p>Zeros: differences equal to 0 are dropped before ranking (Wilcoxon's method, SciPy's
 * default {@code zero_method="wilcox"}); n is the number left. p-value with
 * {@link PValueMethod#AUTO}: exact when {@code n <= 50}, there are no ties among |d| and no
 * zeros were dropped (SciPy's rule); otherwise the normal approximation
 * {@code z = (W+ − n(n+1)/4 − c)/σ}, {@code σ² = (n(n+1)(2n+1) − Σ(t³ − t)/2)/24} with the
 * tie term over groups of equal |d|, and the continuity correction {@code c = ±1/2} (toward
 * the mean) only when asked for (SciPy's default is without). The exact distribution counts
 * the 2^n sign patterns (exact integers for n <= 53; allowed up to n = 1000).
 */
public final class Wilcoxon {

    /**
     * A signed-rank result.
     *
     * @param statistic W+
     * @param pValue    p-value for the alternative
     * @param n         number of non-zero differences used
     * @param method    EXACT or ASYMPTOTIC, the method actually used
     * @param z         standardised statistic of the approximation (NaN when exact)
     */
    public record Result(double statistic, double pValue, int n, PValueMethod method, double z) {
    }

    private Wilcoxon() {
    }

    /** Paired test of x − y with AUTO p-value, no continuity correction. */
    public static Result paired(double[] x, double[] y, Alternative alternative) {
        return paired(x, y, alternative, PValueMethod.AUTO, false);
    }

    /**
     * Paired test of the differences {@code x_i − y_i}.
     *
     * @throws IllegalArgumentException if lengths differ, or as {@link #oneSample}
     */
    public static Result paired(double[] x, double[] y, Alternative alternative,
            PValueMethod method, boolean continuity) {
        String op = "Wilcoxon.paired";
        Inputs.sample(op, "x", x, 1);
        Inputs.sample(op, "y", y, 1);
        Inputs.sameLength(op, x, y);
        double[] d = new double[x.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = x[i] - y[i];
        }
        return oneSample(d, alternative, method, continuity);
    }

    /** One-sample test of the differences d with AUTO p-value, no continuity correction. */
    public static Result oneSample(double[] d, Alternative alternative) {
        return oneSample(d, alternative, PValueMethod.AUTO, false);
    }

    /**
     * One-sample test that the differences d (not modified) are symmetric about 0.
     *
     * @throws IllegalArgumentException if d is empty, holds a non-finite value, is all zeros,
     *     or EXACT is asked for with ties, zeros or n > 1000
     */
    public static Result oneSample(double[] d, Alternative alternative, PValueMethod method,
            boolean continuity) {
        String op = "Wilcoxon.oneSample";
        Inputs.sample(op, "d", d, 1);
        Inputs.notNull(op, "alternative", alternative);
        Inputs.notNull(op, "method", method);
        int zeros = 0;
        for (double v : d) {
            if (v == 0.0) {
                zeros++;
            }
        }
        int n = d.length - zeros;
        if (n == 0) {
            throw new IllegalArgumentException(op + ": all " + d.length
                    + " differences are 0; the test is undefined");
        }
        double[] abs = new double[n];
        boolean[] pos = new boolean[n];
        int k = 0;
        for (double v : d) {
            if (v != 0.0) {
                abs[k] = Math.abs(v);
                pos[k++] = v > 0.0;
            }
        }
        double[] r = Ranks.rank(abs);
        double wPlus = 0.0;
        for (int i = 0; i < n; i++) {
            if (pos[i]) {
                wPlus += r[i];
            }
        }
        double tieTerm = MannWhitney.tieTerm(r);
        boolean ties = tieTerm > 0.0;
        PValueMethod used = method;
        if (method == PValueMethod.AUTO) {
            used = n <= 50 && !ties && zeros == 0 ? PValueMethod.EXACT : PValueMethod.ASYMPTOTIC;
        } else if (method == PValueMethod.EXACT && (ties || zeros > 0 || n > 1000)) {
            throw new IllegalArgumentException(op + ": exact p-value needs no ties, no zeros and"
                    + " n <= 1000, got " + (ties ? "ties" : "no ties") + ", " + zeros
                    + " zeros, n = " + n);
        }
        if (used == PValueMethod.EXACT) {
            double[] c = NullDistributions.signedRankCounts(n);
            int w = (int) wPlus;
            double lower = 0.0;
            double upper = 0.0;
            for (int i = 0; i < c.length; i++) {
                if (i <= w) {
                    lower += c[i];
                }
                if (i >= w) {
                    upper += c[i];
                }
            }
            double total = Math.scalb(1.0, n);
            double p = switch (alternative) {
                case GREATER -> upper / total;
                case LESS -> lower / total;
                case TWO_SIDED -> 2 * w == c.length - 1 ? 1.0
                        : 2.0 * Math.min(lower, upper) / total;
            };
            return new Result(wPlus, Inputs.clamp(p), n, used, Double.NaN);
        }
        double mean = n * (n + 1.0) / 4.0;
        double sigma = Math.sqrt((n * (n + 1.0) * (2.0 * n + 1.0) - tieTerm / 2.0) / 24.0);
        double cc = continuity ? 0.5 : 0.0;
        Normal std = Normal.standard();
        double z;
        double p;
        switch (alternative) {
            case GREATER -> {
                z = (wPlus - mean - cc) / sigma;
                p = std.sf(z);
            }
            case LESS -> {
                z = (wPlus - mean + cc) / sigma;
                p = std.cdf(z);
            }
            default -> {
                z = (wPlus - mean - cc * Math.signum(wPlus - mean)) / sigma;
                p = 2.0 * std.sf(Math.abs(z));
            }
        }
        return new Result(wPlus, Inputs.clamp(p), n, used, z);
    }
}
