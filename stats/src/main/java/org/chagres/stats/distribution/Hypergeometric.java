package org.chagres.stats.distribution;

import java.util.random.RandomGenerator;

/**
 * The hypergeometric distribution: successes in n draws without replacement from a population
 * of N containing K successes, {@code P(X = k) = C(K,k) C(N-K,n-k) / C(N,n)}.
 *
 * <p>pmf as a ratio of three binomial probabilities at {@code p = n/N}
 * (Loader's reformulation, as in R's {@code dhyper}):
 * {@code b(k; K, p)·b(n-k; N-K, p) / b(n; N, p)}, each a few ulps, no large logarithms.
 * cdf and sf sum the pmf over the smaller tail outward from k with the exact term ratios.
 * Quantiles: exact search. Sampling: inversion ({@code quantile(U)}, O(log n) cdf calls).
 */
public final class Hypergeometric implements DiscreteDistribution {

    private final int population;
    private final int successes;
    private final int draws;
    private final int lo;
    private final int hi;
    private final double mode;

    private Hypergeometric(int population, int successes, int draws) {
        this.population = population;
        this.successes = successes;
        this.draws = draws;
        this.lo = Math.max(0, draws - (population - successes));
        this.hi = Math.min(draws, successes);
        this.mode = Math.floor((draws + 1.0) * (successes + 1.0) / (population + 2.0));
    }

    /**
     * Returns the hypergeometric distribution for a population of {@code population} items,
     * {@code successes} of them successes, and {@code draws} draws.
     * @throws IllegalArgumentException unless 0 ≤ successes ≤ population and
     *         0 ≤ draws ≤ population
     */
    public static Hypergeometric of(int population, int successes, int draws) {
        if (population >= 0 && successes >= 0 && successes <= population && draws >= 0
                && draws <= population) {
            return new Hypergeometric(population, successes, draws);
        }
        throw new IllegalArgumentException("Hypergeometric.of: need 0 <= successes <= population"
                + " and 0 <= draws <= population, got population=" + population + ", successes="
                + successes + ", draws=" + draws);
    }

    @Override
    public double pmf(int k) {
        if (k < lo || k > hi) {
            return 0.0;
        }
        if (draws == 0 || draws == population || successes == 0 || successes == population) {
            return 1.0;                                    // support is a single point
        }
        double p = (double) draws / population;
        double q = (double) (population - draws) / population;
        return Binomial.pmf(k, successes, p, q)
                * Binomial.pmf(draws - k, population - successes, p, q)
                / Binomial.pmf(draws, population, p, q);
    }

    @Override
    public double logPmf(int k) {
        return Math.log(pmf(k));
    }

    /** Returns {@code Σ pmf(j)} for j from k down to lo, or from k up to hi. */
    private double tailSum(int k, boolean down) {
        double term = pmf(k);
        double sum = term;
        int j = k;
        double nk = (double) population - successes - draws;
        while (term > 1e-17 * sum) {
            if (down) {
                if (j <= lo) {
                    break;
                }
                term *= j * (nk + j) / ((successes - j + 1.0) * (draws - j + 1.0));
                j--;
            } else {
                if (j >= hi) {
                    break;
                }
                term *= (successes - j) * (double) (draws - j) / ((j + 1.0) * (nk + j + 1.0));
                j++;
            }
            sum += term;
        }
        return sum;
    }

    @Override
    public double cdf(int k) {
        if (k < lo) {
            return 0.0;
        }
        if (k >= hi) {
            return 1.0;
        }
        return k < mode ? tailSum(k, true) : 1 - tailSum(k + 1, false);
    }

    @Override
    public double sf(int k) {
        if (k < lo) {
            return 1.0;
        }
        if (k >= hi) {
            return 0.0;
        }
        return k + 1 > mode ? tailSum(k + 1, false) : 1 - tailSum(k, true);
    }

    @Override
    public int quantile(double p) {
        Checks.probability("Hypergeometric.quantile", "p", p);
        if (p <= 0.5) {
            return DiscreteSearch.smallest(k -> cdf(k) >= p, lo, hi, (long) mode);
        }
        double t = 1 - p;
        return DiscreteSearch.smallest(k -> sf(k) <= t, lo, hi, (long) mode);
    }

    @Override
    public int inverseSf(double t) {
        Checks.probability("Hypergeometric.inverseSf", "q", t);
        if (t <= 0.5) {
            return DiscreteSearch.smallest(k -> sf(k) <= t, lo, hi, (long) mode);
        }
        double p = 1 - t;
        return DiscreteSearch.smallest(k -> cdf(k) >= p, lo, hi, (long) mode);
    }

    @Override
    public double mean() {
        return (double) draws * successes / population;
    }

    @Override
    public double variance() {
        if (population <= 1) {
            return 0.0;
        }
        double n = population;
        return draws * (successes / n) * ((n - successes) / n) * (n - draws) / (n - 1);
    }

    @Override
    public int supportLower() {
        return lo;
    }

    @Override
    public int supportUpper() {
        return hi;
    }

    @Override
    public int sample(RandomGenerator rng) {
        double u = rng.nextDouble();
        return u == 0 ? lo : quantile(u);
    }

    @Override
    public String toString() {
        return "Hypergeometric(population=" + population + ", successes=" + successes
                + ", draws=" + draws + ")";
    }
}
