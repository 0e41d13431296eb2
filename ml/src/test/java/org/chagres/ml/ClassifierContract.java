package org.chagres.ml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * What every classifier must do (scikit-learn's check_estimator idea): reject bad input with
 * messages naming the operation and the offending value, leave X and y untouched, fit the same
 * model for the same seed, and learn a well-separated toy problem.
 */
public abstract class ClassifierContract {

    /** The estimator under test, with a fixed seed where it has one. */
    protected abstract Classifier<?> classifier();

    /** The operation name its fit errors start with, e.g. "KMeans.fit". */
    protected abstract String fitName();

    /** Three well-separated Gaussian blobs in 4 dimensions, labels 10, 20, 30. */
    protected static Toy blobs(int perClass, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int[] labels = {10, 20, 30};
        double[][] centres = {{0, 0, 0, 0}, {8, 8, 0, 0}, {0, 8, 8, 8}};
        double[][] x = new double[3 * perClass][4];
        int[] y = new int[3 * perClass];
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < perClass; i++) {
                int row = c * perClass + i;
                for (int j = 0; j < 4; j++) {
                    x[row][j] = centres[c][j] + r.nextGaussian();
                }
                y[row] = labels[c];
            }
        }
        return new Toy(x, y);
    }

    /** A toy data set. */
    protected record Toy(double[][] x, int[] y) {
    }

    @Test
    void learnsSeparableBlobs() {
        Toy train = blobs(40, 1);
        Toy test = blobs(30, 2);
        ClassifierModel m = classifier().fit(train.x(), train.y());
        assertArrayEquals(new int[] {10, 20, 30}, m.classes());
        assertEquals(4, m.featureCount());
        int[] p = m.predict(test.x());
        int ok = 0;
        for (int i = 0; i < p.length; i++) {
            ok += p[i] == test.y()[i] ? 1 : 0;
        }
        assertTrue(ok >= 0.95 * p.length, "accuracy " + ok + "/" + p.length);
        double[][] proba = m.predictProba(test.x());
        for (double[] row : proba) {
            double s = 0;
            for (double v : row) {
                assertTrue(v >= 0 && v <= 1, "probability " + v);
                s += v;
            }
            assertEquals(1.0, s, 1e-9);
        }
    }

    @Test
    void neverModifiesItsInputs() {
        Toy t = blobs(20, 3);
        double[][] x = deepCopy(t.x());
        int[] y = t.y().clone();
        ClassifierModel m = classifier().fit(t.x(), t.y());
        m.predict(t.x());
        m.predictProba(t.x());
        assertArrayEquals(x, t.x());
        assertArrayEquals(y, t.y());
    }

    @Test
    void sameSeedSameModel() {
        Toy t = blobs(25, 4);
        Toy q = blobs(10, 5);
        ClassifierModel a = classifier().fit(t.x(), t.y());
        ClassifierModel b = classifier().fit(t.x(), t.y());
        assertArrayEquals(a.predict(q.x()), b.predict(q.x()));
        assertArrayEquals(a.predictProba(q.x()), b.predictProba(q.x()));
    }

    @Test
    void rejectsNonFiniteValuesNamingThePosition() {
        Toy t = blobs(10, 6);
        for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY}) {
            double[][] x = deepCopy(t.x());
            x[7][2] = bad;
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> classifier().fit(x, t.y()));
            assertEquals(fitName() + ": X[7][2] is " + bad
                    + "; remove or impute non-finite values", e.getMessage());
        }
    }

    @Test
    void rejectsEmptyRaggedAndMismatchedInput() {
        Toy t = blobs(10, 7);
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
                () -> classifier().fit(new double[0][], new int[0]));
        assertTrue(empty.getMessage().startsWith(fitName() + ": X is empty"), empty.getMessage());
        double[][] ragged = deepCopy(t.x());
        ragged[3] = new double[] {1, 2};
        IllegalArgumentException r = assertThrows(IllegalArgumentException.class,
                () -> classifier().fit(ragged, t.y()));
        assertTrue(r.getMessage().contains("X[3] with 2"), r.getMessage());
        IllegalArgumentException len = assertThrows(IllegalArgumentException.class,
                () -> classifier().fit(t.x(), new int[5]));
        assertTrue(len.getMessage().contains("got 5 labels for 30 rows"), len.getMessage());
    }

    @Test
    void predictRejectsTheWrongFeatureCountAndNonFiniteValues() {
        Toy t = blobs(10, 8);
        ClassifierModel m = classifier().fit(t.x(), t.y());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> m.predict(new double[][] {{1, 2, 3}}));
        assertTrue(e.getMessage().endsWith("X has 3 features, the model was fitted with 4"),
                e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> m.predictProba(new double[][] {{1, 2, Double.NaN, 4}}));
    }

    protected static double[][] deepCopy(double[][] x) {
        double[][] c = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            c[i] = x[i].clone();
        }
        return c;
    }
}
