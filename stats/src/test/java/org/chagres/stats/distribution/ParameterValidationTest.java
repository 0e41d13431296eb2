package org.chagres.stats.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Bad parameters are rejected with the value in the message; special inputs give documented results. */
class ParameterValidationTest {

    private static void rejects(String expectedMessage, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertEquals(expectedMessage, e.getMessage());
    }

    @Test
    void factoriesNameTheBadValue() {
        rejects("Normal.of: sd must be > 0 and finite, got NaN", () -> Normal.of(0, Double.NaN));
        rejects("Normal.of: sd must be > 0 and finite, got -1.0", () -> Normal.of(0, -1));
        rejects("Normal.of: mu must be finite, got Infinity", () -> Normal.of(Double.POSITIVE_INFINITY, 1));
        rejects("LogNormal.of: sigma must be > 0 and finite, got 0.0", () -> LogNormal.of(0, 0));
        rejects("Uniform.of: need a < b with b - a finite, got a=2.0, b=1.0", () -> Uniform.of(2, 1));
        rejects("Exponential.of: rate must be > 0 and finite, got NaN", () -> Exponential.of(Double.NaN));
        rejects("Gamma.of: shape must be > 0 and finite, got -2.0", () -> Gamma.of(-2, 1));
        rejects("Gamma.of: scale must be > 0 and finite, got Infinity", () -> Gamma.of(2, Double.POSITIVE_INFINITY));
        rejects("Beta.of: beta must be > 0 and finite, got NaN", () -> Beta.of(1, Double.NaN));
        rejects("ChiSquared.of: df must be > 0 and finite, got 0.0", () -> ChiSquared.of(0));
        rejects("StudentT.of: df must be > 0 and finite, got NaN", () -> StudentT.of(Double.NaN));
        rejects("FDistribution.of: d2 must be > 0 and finite, got -3.0", () -> FDistribution.of(1, -3));
        rejects("Cauchy.of: scale must be > 0 and finite, got 0.0", () -> Cauchy.of(0, 0));
        rejects("Laplace.of: mu must be finite, got NaN", () -> Laplace.of(Double.NaN, 1));
        rejects("Logistic.of: scale must be > 0 and finite, got -1.0", () -> Logistic.of(0, -1));
        rejects("Weibull.of: shape must be > 0 and finite, got NaN", () -> Weibull.of(Double.NaN, 1));
        rejects("Binomial.of: n must be >= 0, got -1", () -> Binomial.of(-1, 0.5));
        rejects("Binomial.of: p must be in [0, 1], got NaN", () -> Binomial.of(3, Double.NaN));
        rejects("Poisson.of: mean must be in (0, 1e9], got NaN", () -> Poisson.of(Double.NaN));
        rejects("Geometric.of: p must be in (0, 1], got 0.0", () -> Geometric.of(0));
        rejects("NegativeBinomial.of: p must be in (0, 1], got 1.5", () -> NegativeBinomial.of(2, 1.5));
        rejects("NegativeBinomial.of: r must be > 0 and finite, got 0.0", () -> NegativeBinomial.of(0, 0.5));
        rejects("Hypergeometric.of: need 0 <= successes <= population and 0 <= draws <= population,"
                + " got population=10, successes=11, draws=2", () -> Hypergeometric.of(10, 11, 2));
        rejects("Bernoulli.of: p must be in [0, 1], got -0.1", () -> Bernoulli.of(-0.1));
        rejects("DiscreteUniform.of: need a <= b, got a=3, b=2", () -> DiscreteUniform.of(3, 2));
    }

    @Test
    void probabilitiesOutsideUnitIntervalAreRejected() {
        rejects("Normal.quantile: p must be in [0, 1], got 1.5", () -> Normal.standard().quantile(1.5));
        rejects("StudentT.inverseSf: q must be in [0, 1], got -0.5", () -> StudentT.of(3).inverseSf(-0.5));
        rejects("Binomial.quantile: p must be in [0, 1], got NaN", () -> Binomial.of(5, 0.5).quantile(Double.NaN));
        rejects("Normal.sample: n must be >= 0, got -1",
                () -> Normal.standard().sample(org.chagres.stats.Sampling.seeded(1), -1));
    }

    @Test
    void nanAndInfinityInputs() {
        for (ContinuousDistribution d : Catalogue.CONTINUOUS) {
            assertTrue(Double.isNaN(d.pdf(Double.NaN)), d + ".pdf(NaN)");
            assertTrue(Double.isNaN(d.cdf(Double.NaN)), d + ".cdf(NaN)");
            assertTrue(Double.isNaN(d.sf(Double.NaN)), d + ".sf(NaN)");
            assertTrue(Double.isNaN(d.quantile(Double.NaN)), d + ".quantile(NaN)");
            assertEquals(0.0, d.cdf(Double.NEGATIVE_INFINITY), d + ".cdf(-inf)");
            assertEquals(1.0, d.cdf(Double.POSITIVE_INFINITY), d + ".cdf(+inf)");
            assertEquals(1.0, d.sf(Double.NEGATIVE_INFINITY), d + ".sf(-inf)");
            assertEquals(0.0, d.sf(Double.POSITIVE_INFINITY), d + ".sf(+inf)");
            assertEquals(0.0, d.pdf(Double.POSITIVE_INFINITY), d + ".pdf(+inf)");
            assertEquals(d.supportLower(), d.quantile(0), d + ".quantile(0)");
            assertEquals(d.supportUpper(), d.quantile(1), d + ".quantile(1)");
            assertEquals(d.supportUpper(), d.inverseSf(0), d + ".inverseSf(0)");
        }
    }

    @Test
    void documentedSpecialValues() {
        Normal n = Normal.standard();
        assertEquals(2.885428351e-316, n.cdf(-38), 1e-323);
        assertTrue(n.cdf(-38.4) > 0 && n.cdf(-38.4) < 1e-321, "Φ(-38.4) is a subnormal");
        assertEquals(0.0, n.quantile(0.5));
        for (double p : List.of(1e-300, 1e-100, 0.3)) {
            assertEquals(-n.quantile(p), n.inverseSf(p), 0.0, "symmetry at " + p);
        }
        assertEquals(Double.NaN, StudentT.of(1).mean());
        assertEquals(Double.POSITIVE_INFINITY, StudentT.of(2).variance());
        assertEquals(Double.NaN, Cauchy.of(0, 1).variance());
    }
}
