package org.chagres.stats;

import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * Seeded random generators for the samplers of {@code org.chagres.stats.distribution}.
 *
 * <p>Every sampler takes a {@link RandomGenerator}; this class only fixes a good default:
 * {@code L64X128MixRandom} (an LXM generator, JDK 17+), which is seedable, fast and
 * splittable, so parallel streams get statistically independent children:
 * <pre>{@code
 * RandomGenerator.SplittableGenerator root = Sampling.seeded(42);
 * double[] sums = root.splits(8).mapToDouble(g -> normal.sample(g)).toArray();
 * }</pre>
 * The same seed always gives the same sequence on every JDK that provides the algorithm.
 */
public final class Sampling {

    /** The name of the default algorithm, for {@link RandomGeneratorFactory#of(String)}. */
    public static final String DEFAULT_ALGORITHM = "L64X128MixRandom";

    private Sampling() {
    }

    /** Returns a new {@code L64X128MixRandom} seeded with {@code seed}. */
    public static RandomGenerator.SplittableGenerator seeded(long seed) {
        return (RandomGenerator.SplittableGenerator)
                RandomGeneratorFactory.of(DEFAULT_ALGORITHM).create(seed);
    }
}
