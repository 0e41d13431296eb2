package org.chagres.ml.bayes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DiscreteNaiveBayesTest {

    @Test
    void multinomialHandComputed() {
        // class 0 counts: (3, 1, 0) + α → (4, 2, 1)/7; class 1: (0, 1, 4) + α → (1, 2, 5)/8
        double[][] x = {{2, 1, 0}, {1, 0, 0}, {0, 1, 3}, {0, 0, 1}};
        int[] y = {0, 0, 1, 1};
        var m = MultinomialNaiveBayes.withDefaults().fit(x, y);
        double[][] lp = m.featureLogProb();
        assertArrayEquals(new double[] {Math.log(4 / 7.0), Math.log(2 / 7.0), Math.log(1 / 7.0)},
                lp[0], 1e-15);
        assertArrayEquals(new double[] {Math.log(1 / 8.0), Math.log(2 / 8.0), Math.log(5 / 8.0)},
                lp[1], 1e-15);
        double[] jll = m.jointLogLikelihood(new double[][] {{1, 1, 1}})[0];
        assertEquals(Math.log(0.5) + Math.log(4 / 7.0 * 2 / 7.0 * 1 / 7.0), jll[0], 1e-14);
        assertArrayEquals(new int[] {0, 1}, m.predict(new double[][] {{5, 0, 0}, {0, 0, 5}}));
        var e = assertThrows(IllegalArgumentException.class,
                () -> MultinomialNaiveBayes.withDefaults().fit(new double[][] {{1, -1}},
                        new int[] {0}));
        assertEquals("MultinomialNaiveBayes.fit: X[0][1] is -1.0; multinomial features must be"
                + " counts >= 0", e.getMessage());
    }

    @Test
    void bernoulliCountsAbsenceAsEvidence() {
        double[][] x = {{1, 0}, {1, 0}, {0, 1}, {1, 1}};
        int[] y = {0, 0, 1, 1};
        var m = BernoulliNaiveBayes.withDefaults().fit(x, y);
        // class 0: p = ((2+1)/4, (0+1)/4); class 1: ((1+1)/4, (2+1)/4)
        double[] jll = m.jointLogLikelihood(new double[][] {{0, 0}})[0];
        assertEquals(Math.log(0.5) + Math.log(1 - 0.75) + Math.log(1 - 0.25), jll[0], 1e-15);
        assertEquals(Math.log(0.5) + Math.log(1 - 0.5) + Math.log(1 - 0.75), jll[1], 1e-15);
        double[] p = m.predictProba(new double[][] {{0, 0}})[0];
        assertEquals(1.0, p[0] + p[1], 1e-15);
        assertArrayEquals(new int[] {0}, m.predict(new double[][] {{0, 0}}));
    }
}
