package org.chagres.ml.neighbors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class KNeighborsRegressorTest {

    @Test
    void meanOfTheNearestTargets() {
        double[][] x = {{0, 0}, {1, 0}, {0, 1}, {5, 5}};
        double[] y = {1, 2, 3, 100};
        var m = KNeighborsRegressor.withDefaults().withK(3).fit(x, y);
        assertArrayEquals(new double[] {2.0}, m.predict(new double[][] {{0.2, 0.2}}), 1e-12);
        var w = KNeighborsRegressor.withDefaults().withK(2).withWeights(Weights.DISTANCE)
                .fit(x, y);
        // (0.9, 0): neighbours (1,0) at 0.1 and (0,0) at 0.9 → (2/0.1 + 1/0.9) / (1/0.1 + 1/0.9)
        assertEquals((20 + 1 / 0.9) / (10 + 1 / 0.9), w.predict(new double[][] {{0.9, 0}})[0],
                1e-12);
    }
}
