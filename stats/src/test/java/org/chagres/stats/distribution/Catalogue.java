package org.chagres.stats.distribution;

import java.util.List;

/** The parameterisations exercised by the property and sampling tests. */
final class Catalogue {

    private Catalogue() {
    }

    static final List<ContinuousDistribution> CONTINUOUS = List.of(
            Normal.standard(), Normal.of(3, 2.5), LogNormal.of(0, 1), LogNormal.of(2, 0.5),
            Uniform.of(-1, 3), Exponential.of(0.5), Exponential.of(3),
            Gamma.of(0.3, 2), Gamma.of(5, 1), Gamma.of(100, 0.1),
            Beta.of(2, 5), Beta.of(0.5, 0.5), Beta.of(50, 80), Beta.of(0.2, 30),
            ChiSquared.of(1), ChiSquared.of(5), ChiSquared.of(150),
            StudentT.of(1), StudentT.of(2.5), StudentT.of(7), StudentT.of(300),
            FDistribution.of(3, 7), FDistribution.of(10, 20), FDistribution.of(0.7, 12),
            Cauchy.of(0, 1), Laplace.of(1, 2), Logistic.of(1, 0.5),
            Weibull.of(0.5, 1), Weibull.of(2, 3), Weibull.of(5, 1));

    static final List<DiscreteDistribution> DISCRETE = List.of(
            Binomial.of(10, 0.3), Binomial.of(200, 0.5), Binomial.of(1000, 0.02),
            Binomial.of(5000, 0.97), Poisson.of(0.5), Poisson.of(8), Poisson.of(45),
            Poisson.of(3000), Geometric.of(0.1), Geometric.of(0.7), NegativeBinomial.of(3, 0.4),
            NegativeBinomial.of(0.5, 0.2), Hypergeometric.of(50, 20, 10),
            Hypergeometric.of(1000, 300, 400), Bernoulli.of(0.3), DiscreteUniform.of(-3, 7));
}
