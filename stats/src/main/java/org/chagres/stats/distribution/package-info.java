/**
 * Probability distributions: {@link org.chagres.stats.distribution.ContinuousDistribution} and
 * {@link org.chagres.stats.distribution.DiscreteDistribution} with pdf/pmf, cdf, survival
 * function, quantiles accurate in both tails, moments and seeded sampling on
 * {@link java.util.random.RandomGenerator}. Instances are immutable and thread-safe; build them
 * with the validating factories {@code of(...)}.
 */
package org.chagres.stats.distribution;
