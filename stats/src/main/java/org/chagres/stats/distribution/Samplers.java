package org.chagres.stats.distribution;

import java.util.random.RandomGenerator;

/**
 * The sampling algorithms shared by several distributions.
 * <ul>
 *   <li>standard normal: Marsaglia's polar method (Marsaglia &amp; Bray 1964): exact, two
 *       uniforms per accepted pair, acceptance π/4; single draws discard the second value so
 *       that distributions stay stateless and thread-safe;</li>
 *   <li>standard gamma: Marsaglia &amp; Tsang (2000), "A simple method for generating gamma
 *       variables", with the {@code U^(1/a)} boost for shape &lt; 1;</li>
 *   <li>uniform on (0, 1]: {@code 1 - nextDouble()}, so logarithms stay finite.</li>
 * </ul>
 */
final class Samplers {

    private Samplers() {
    }

    static double openUniform(RandomGenerator rng) {
        return 1.0 - rng.nextDouble();
    }

    static double standardNormal(RandomGenerator rng) {
        double u;
        double v;
        double s;
        do {
            u = 2 * rng.nextDouble() - 1;
            v = 2 * rng.nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        return u * Math.sqrt(-2 * Math.log(s) / s);
    }

    static void standardNormals(RandomGenerator rng, double[] out) {
        int i = 0;
        while (i < out.length) {
            double u = 2 * rng.nextDouble() - 1;
            double v = 2 * rng.nextDouble() - 1;
            double s = u * u + v * v;
            if (s >= 1 || s == 0) {
                continue;
            }
            double f = Math.sqrt(-2 * Math.log(s) / s);
            out[i++] = u * f;
            if (i < out.length) {
                out[i++] = v * f;
            }
        }
    }

    static double standardGamma(RandomGenerator rng, double shape) {
        if (shape < 1) {
            // Γ(a) = Γ(a+1)·U^(1/a) (Marsaglia & Tsang, §6); may underflow to 0 for tiny a
            return standardGamma(rng, shape + 1) * Math.pow(openUniform(rng), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x;
            double v;
            do {
                x = standardNormal(rng);
                v = 1 + c * x;
            } while (v <= 0);
            v = v * v * v;
            double u = openUniform(rng);
            double x2 = x * x;
            if (u < 1 - 0.0331 * x2 * x2) {
                return d * v;
            }
            if (Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) {
                return d * v;
            }
        }
    }
}
