package org.chagres.stats.test;

import org.chagres.stats.special.Gamma;

/**
 * Exact null distributions of rank and distance statistics. Counts are accumulated by
 * additions of non-negative numbers only, so tails keep their relative accuracy.
 */
final class NullDistributions {

    private NullDistributions() {
    }

    /**
     * {@code P(U <= k)} for the Mann–Whitney U (pairs x > y) of samples of sizes m and n
     * without ties. Builds counts of U for u <= k by adding the combined sample's elements one
     * by one: the (j+1)-th x placed after {@code i − 1 − j} y's adds that many to U.
     */
    static double mannWhitneyCdf(int m, int n, long k) {
        long mn = (long) m * n;
        if (k < 0) {
            return 0.0;
        }
        if (k >= mn) {
            return 1.0;
        }
        if (k > mn / 2) {                       // complement keeps the summed tail small
            return 1.0 - mannWhitneyCdf(m, n, mn - k - 1);
        }
        int a = Math.min(m, n);
        int b = Math.max(m, n);
        int umax = (int) k;
        double[][] c = new double[a + 1][umax + 1];
        c[0][0] = 1.0;
        int total = a + b;
        for (int i = 1; i <= total; i++) {
            for (int j = Math.min(i - 1, a - 1); j >= 0; j--) {
                int add = i - 1 - j;            // y's before this element
                if (add > b || add < 0) {
                    continue;
                }
                double[] from = c[j];
                double[] to = c[j + 1];
                for (int u = umax - add; u >= 0; u--) {
                    if (from[u] != 0.0) {
                        to[u + add] += from[u];
                    }
                }
            }
        }
        double s = 0.0;
        for (int u = 0; u <= umax; u++) {
            s += c[a][u];
        }
        return s / binomial(total, a);
    }

    /** {@code C(n, k)} by the multiplicative formula (relative error about k·ε). */
    static double binomial(int n, int k) {
        double r = 1.0;
        for (int i = 1; i <= k; i++) {
            r = r * (n - k + i) / i;
        }
        return r;
    }

    /**
     * Counts of the signed-rank sum {@code W+} over the {@code 2^n} sign patterns:
     * {@code out[w]} subsets of {1..n} sum to w (exact integers for n <= 53).
     */
    static double[] signedRankCounts(int n) {
        int max = n * (n + 1) / 2;
        double[] c = new double[max + 1];
        c[0] = 1.0;
        int top = 0;
        for (int i = 1; i <= n; i++) {
            top += i;
            for (int w = top; w >= i; w--) {
                c[w] += c[w - i];
            }
        }
        return c;
    }

    /**
     * {@code P(I <= k)} for the number I of inversions of a uniformly random permutation of n
     * (the discordant pairs of Kendall's τ without ties), by the recursion
     * {@code P_n(k) = (1/n)·Σ_{j<n} P_{n−1}(k − j)} on the probabilities themselves.
     */
    static double kendallCdf(int n, long k) {
        long max = (long) n * (n - 1) / 2;
        if (k < 0) {
            return 0.0;
        }
        if (k >= max) {
            return 1.0;
        }
        if (k > max / 2) {
            return 1.0 - kendallCdf(n, max - k - 1);
        }
        int kk = (int) k;
        double[] p = new double[kk + 1];
        p[0] = 1.0;
        double[] prefix = new double[kk + 2];
        for (int m = 2; m <= n; m++) {
            prefix[0] = 0.0;
            for (int u = 0; u <= kk; u++) {
                prefix[u + 1] = prefix[u] + p[u];
            }
            for (int u = 0; u <= kk; u++) {
                int lo = Math.max(0, u - (m - 1));
                p[u] = (prefix[u + 1] - prefix[lo]) / m;
            }
        }
        double s = 0.0;
        for (int u = 0; u <= kk; u++) {
            s += p[u];
        }
        return s;
    }

    /**
     * {@code P(D+_n >= d)}, the one-sided Kolmogorov–Smirnov upper tail, by the
     * Birnbaum–Tingey (1951) sum of positive terms
     * {@code d·Σ_{j=0}^{floor(n(1−d))} C(n,j)(1 − d − j/n)^(n−j)(d + j/n)^(j−1)}.
     */
    static double smirnovSf(int n, double d) {
        if (!(d > 0.0)) {
            return 1.0;
        }
        if (d >= 1.0) {
            return 0.0;
        }
        int jmax = (int) Math.floor(n * (1.0 - d));
        double lgn1 = Gamma.logGamma(n + 1.0);
        double s = 0.0;
        for (int j = 0; j <= jmax; j++) {
            double a = 1.0 - d - (double) j / n;
            if (a <= 0.0) {
                continue;
            }
            double logTerm = lgn1 - Gamma.logGamma(j + 1.0) - Gamma.logGamma(n - j + 1.0)
                    + (n - j) * Math.log(a) + (j - 1) * Math.log(d + (double) j / n);
            s += Math.exp(logTerm);
        }
        return Math.min(1.0, d * s);
    }

    /**
     * {@code P(D_n < d)} for the two-sided one-sample statistic, by Marsaglia, Tsang and Wang
     * (2003), "Evaluating Kolmogorov's distribution", J. Stat. Software 8(18): the
     * {@code (2k−1)²} matrix H raised to the n-th power with a decimal exponent kept aside.
     */
    static double kolmogorovCdf(int n, double d) {
        if (!(d > 0.0)) {
            return 0.0;
        }
        if (d >= 1.0) {
            return 1.0;
        }
        int k = (int) (n * d) + 1;
        int m = 2 * k - 1;
        double h = k - n * d;
        double[] hm = new double[m * m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                hm[i * m + j] = i - j + 1 < 0 ? 0.0 : 1.0;
            }
        }
        for (int i = 0; i < m; i++) {
            hm[i * m] -= Math.pow(h, i + 1);
            hm[(m - 1) * m + i] -= Math.pow(h, m - i);
        }
        hm[(m - 1) * m] += 2.0 * h - 1.0 > 0.0 ? Math.pow(2.0 * h - 1.0, m) : 0.0;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                if (i - j + 1 > 0) {
                    for (int g = 1; g <= i - j + 1; g++) {
                        hm[i * m + j] /= g;
                    }
                }
            }
        }
        int[] eq = new int[1];
        double[] q = power(hm, m, n, eq);
        double s = q[(k - 1) * m + (k - 1)];
        int e = eq[0];
        for (int i = 1; i <= n; i++) {
            s = s * i / n;
            if (s < 1e-140) {
                s *= 1e140;
                e -= 140;
            }
        }
        return s * Math.pow(10.0, e);
    }

    private static double[] power(double[] a, int m, int n, int[] e) {
        if (n == 1) {
            e[0] = 0;
            return a.clone();
        }
        double[] half = power(a, m, n / 2, e);
        double[] r = multiply(half, half, m);
        int er = 2 * e[0];
        if (n % 2 == 1) {
            r = multiply(a, r, m);
        }
        if (r[(m / 2) * m + m / 2] > 1e140) {
            for (int i = 0; i < r.length; i++) {
                r[i] *= 1e-140;
            }
            er += 140;
        }
        e[0] = er;
        return r;
    }

    private static double[] multiply(double[] a, double[] b, int m) {
        double[] c = new double[m * m];
        for (int i = 0; i < m; i++) {
            for (int l = 0; l < m; l++) {
                double v = a[i * m + l];
                if (v == 0.0) {
                    continue;
                }
                for (int j = 0; j < m; j++) {
                    c[i * m + j] += v * b[l * m + j];
                }
            }
        }
        return c;
    }

    /**
     * Upper tail of Kolmogorov's limiting distribution, {@code P(K > x) =
     * 2·Σ_{k>=1} (−1)^(k−1) exp(−2k²x²)}; for small x the complement of the theta-function
     * form {@code sqrt(2π)/x·Σ exp(−(2k−1)²π²/(8x²))}.
     */
    static double kolmogorovLimitSf(double x) {
        if (!(x > 0.0)) {
            return 1.0;
        }
        if (x < 1.0) {
            double s = 0.0;
            double w = Math.PI * Math.PI / (8.0 * x * x);
            for (int k = 1; k <= 20; k++) {
                s += Math.exp(-(2.0 * k - 1.0) * (2.0 * k - 1.0) * w);
            }
            return 1.0 - Math.sqrt(2.0 * Math.PI) / x * s;
        }
        double s = 0.0;
        for (int k = 1; k <= 100; k++) {
            double t = Math.exp(-2.0 * k * k * x * x);
            s += (k % 2 == 1 ? t : -t);
            if (t < 1e-300) {
                break;
            }
        }
        return Math.min(1.0, 2.0 * s);
    }

    /**
     * {@code P(D >= h/(n1·n2))} for the two-sample statistic under the null (all orderings of
     * the combined sample equally likely): the probability that a random lattice path from
     * (0, 0) to (n1, n2) reaches a point with {@code i·n2 − j·n1 >= h} (GREATER),
     * {@code j·n1 − i·n2 >= h} (LESS) or either (TWO_SIDED). The mass that steps onto such a
     * point is summed (all terms positive), so small p-values keep their relative accuracy.
     */
    static double ksTwoSampleSf(int n1, int n2, long h, Alternative alt) {
        if (h <= 0) {
            return 1.0;
        }
        double[] p = new double[n2 + 1];          // mass at (i, j) not yet out, row i
        double out = 0.0;
        int total = n1 + n2;
        p[0] = 1.0;
        for (int i = 0; i <= n1; i++) {
            for (int j = 0; j <= n2; j++) {
                double mass = p[j];
                if (mass == 0.0 || (i == n1 && j == n2)) {
                    continue;
                }
                int left = total - i - j;
                if (j < n2) {                      // step in y: (i, j+1)
                    double step = mass * (n2 - j) / left;
                    if (outside(i, j + 1, n1, n2, h, alt)) {
                        out += step;
                    } else {
                        p[j + 1] += step;
                    }
                }
                if (i < n1) {                      // step in x: (i+1, j), kept in p for next row
                    double step = mass * (n1 - i) / left;
                    p[j] = outside(i + 1, j, n1, n2, h, alt) ? 0.0 : step;
                    if (p[j] == 0.0) {
                        out += step;
                    }
                } else {
                    p[j] = 0.0;
                }
            }
        }
        return Math.min(1.0, out);
    }

    private static boolean outside(int i, int j, int n1, int n2, long h, Alternative alt) {
        long v = (long) i * n2 - (long) j * n1;
        return switch (alt) {
            case GREATER -> v >= h;
            case LESS -> -v >= h;
            case TWO_SIDED -> Math.abs(v) >= h;
        };
    }
}
