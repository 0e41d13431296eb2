package org.chagres.stats.distribution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.chagres.stats.Sampling;
import org.junit.jupiter.api.Test;

/**
 * Seeded sampling: the same seed gives the same draws; draws follow the distribution
 * (Kolmogorov–Smirnov distance to the cdf below the 0.1% critical value 1.95/√n) and their
 * moments converge (Gonum's {@code checkMean} style: sample mean within 5 standard errors,
 * sample variance within 5 standard errors estimated from the fourth sample moment). The
 * seed is fixed, so these tests are deterministic and cannot flake.
 */
class SamplingTest {

    private static final int N = 20_000;
    private static final long SEED = 20261123L;

    @Test
    void sameSeedGivesSameSequence() {
        for (ContinuousDistribution d : Catalogue.CONTINUOUS) {
            assertArrayEquals(d.sample(Sampling.seeded(7), 50), d.sample(Sampling.seeded(7), 50),
                    d.toString());
        }
        for (DiscreteDistribution d : Catalogue.DISCRETE) {
            assertArrayEquals(d.sample(Sampling.seeded(7), 50), d.sample(Sampling.seeded(7), 50),
                    d.toString());
        }
    }

    @Test
    void splitGeneratorsGiveIndependentReproducibleStreams() {
        Normal n = Normal.standard();
        double[] a = Sampling.seeded(3).splits(4).mapToDouble(n::sample).toArray();
        double[] b = Sampling.seeded(3).splits(4).mapToDouble(n::sample).toArray();
        assertArrayEquals(a, b);
        assertTrue(Arrays.stream(a).distinct().count() == 4, Arrays.toString(a));
    }

    @Test
    void continuousDrawsFollowTheirDistribution() {
        StringBuilder failures = new StringBuilder();
        for (ContinuousDistribution d : Catalogue.CONTINUOUS) {
            RandomGenerator rng = Sampling.seeded(SEED);
            double[] x = d.sample(rng, N);
            Arrays.sort(x);
            double ks = 0;
            for (int i = 0; i < N; i++) {
                double f = d.cdf(x[i]);
                ks = Math.max(ks, Math.max((i + 1.0) / N - f, f - (double) i / N));
            }
            if (!(ks <= 1.95 / Math.sqrt(N))) {
                failures.append(String.format("%n  %s: KS distance %.4g", d, ks));
            }
            checkMoments(d.toString(), x, d.mean(), d.variance(), failures);
        }
        assertTrue(failures.isEmpty(), failures.toString());
    }

    @Test
    void discreteDrawsFollowTheirDistribution() {
        StringBuilder failures = new StringBuilder();
        for (DiscreteDistribution d : Catalogue.DISCRETE) {
            RandomGenerator rng = Sampling.seeded(SEED);
            int[] k = d.sample(rng, N);
            Arrays.sort(k);
            double ks = 0;
            int i = 0;
            while (i < N) {
                int j = i;
                while (j < N && k[j] == k[i]) {
                    j++;
                }
                double f = d.cdf(k[i]);
                ks = Math.max(ks, Math.max(Math.abs((double) j / N - f),
                        Math.abs((double) i / N - d.cdf(k[i] - 1))));
                i = j;
            }
            if (!(ks <= 1.95 / Math.sqrt(N))) {
                failures.append(String.format("%n  %s: KS distance %.4g", d, ks));
            }
            double[] x = Arrays.stream(k).asDoubleStream().toArray();
            checkMoments(d.toString(), x, d.mean(), d.variance(), failures);
        }
        assertTrue(failures.isEmpty(), failures.toString());
    }

    /** Mean within 5 SE; variance within 5 SE, skipped where the moments are not finite. */
    private static void checkMoments(String name, double[] x, double mean, double variance,
                                     StringBuilder failures) {
        if (!Double.isFinite(mean) || !Double.isFinite(variance)) {
            return;
        }
        double m = Arrays.stream(x).sum() / x.length;
        double m2 = 0;
        double m4 = 0;
        for (double v : x) {
            double d = v - m;
            m2 += d * d;
            m4 += d * d * d * d;
        }
        m2 /= x.length - 1;
        m4 /= x.length;
        double seMean = Math.sqrt(variance / x.length);
        if (!(Math.abs(m - mean) <= 5 * seMean)) {
            failures.append(String.format("%n  %s: sample mean %.6g, expected %.6g (SE %.3g)",
                    name, m, mean, seMean));
        }
        double seVar = Math.sqrt(Math.max(m4 - m2 * m2, 0) / x.length);
        if (!(Math.abs(m2 - variance) <= 5 * seVar + 1e-12 * variance)) {
            failures.append(String.format("%n  %s: sample variance %.6g, expected %.6g (SE %.3g)",
                    name, m2, variance, seVar));
        }
    }
}
