package org.chagres.ml.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;
import org.chagres.ml.ClassifierModel;
import org.chagres.ml.RegressorModel;
import org.chagres.ml.bayes.BernoulliNaiveBayes;
import org.chagres.ml.bayes.GaussianNaiveBayes;
import org.chagres.ml.bayes.MultinomialNaiveBayes;
import org.chagres.ml.cluster.KMeans;
import org.chagres.ml.data.Dataset;
import org.chagres.ml.data.Datasets;
import org.chagres.ml.linear.LinearModel;
import org.chagres.ml.linear.LinearRegression;
import org.chagres.ml.linear.LinearSvm;
import org.chagres.ml.linear.LogisticRegression;
import org.chagres.ml.linear.Ridge;
import org.chagres.ml.neighbors.KNeighborsClassifier;
import org.chagres.ml.neighbors.KNeighborsRegressor;
import org.chagres.ml.tree.DecisionTreeClassifier;
import org.chagres.ml.tree.DecisionTreeRegressor;
import org.chagres.ml.tree.Id3;
import org.chagres.ml.tree.RandomForestClassifier;
import org.chagres.ml.tree.RandomForestRegressor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelIOTest {

    private static Object roundTrip(Persistable m) {
        return ModelIO.fromBytes(ModelIO.toBytes(m), "test");
    }

    @Test
    void everyClassifierPredictsIdenticallyAfterLoading() {
        Dataset iris = Datasets.iris();
        double[][] x = iris.x();
        int[] y = iris.labels();
        List<ClassifierModel> models = List.of(
                KNeighborsClassifier.withDefaults().fit(x, y),
                GaussianNaiveBayes.withDefaults().fit(x, y),
                MultinomialNaiveBayes.withDefaults().fit(x, y),
                BernoulliNaiveBayes.withDefaults().withBinarizeThreshold(3).fit(x, y),
                DecisionTreeClassifier.withDefaults().fit(x, y),
                RandomForestClassifier.withDefaults().withTrees(10).fit(x, y),
                Id3.withDefaults().fit(x, y),
                LogisticRegression.withDefaults().withMaxIterations(500).fit(x, y),
                LinearSvm.withDefaults().fit(x, y));
        for (ClassifierModel m : models) {
            ClassifierModel back = (ClassifierModel) roundTrip((Persistable) m);
            assertEquals(m.getClass(), back.getClass());
            assertArrayEquals(m.predict(x), back.predict(x), m.getClass().getName());
            assertArrayEquals(m.predictProba(x), back.predictProba(x), m.getClass().getName());
        }
    }

    @Test
    void everyRegressorAndKMeansToo(@TempDir Path dir) {
        Dataset d = Datasets.diabetes();
        double[][] x = d.x();
        double[] y = d.targets();
        List<RegressorModel> models = List.of(KNeighborsRegressor.withDefaults().fit(x, y),
                DecisionTreeRegressor.withDefaults().withMaxDepth(5).fit(x, y),
                RandomForestRegressor.withDefaults().withTrees(5).fit(x, y),
                LinearRegression.withDefaults().fit(x, y), Ridge.withDefaults().fit(x, y));
        for (RegressorModel m : models) {
            Path f = dir.resolve(m.getClass().getSimpleName() + ".chgm");
            ModelIO.save((Persistable) m, f);
            RegressorModel back = (RegressorModel) ModelIO.load(f);
            assertArrayEquals(m.predict(x), back.predict(x));
        }
        KMeans.Model km = KMeans.withDefaults().withK(4).fit(x);
        Path f = dir.resolve("km.chgm");
        ModelIO.save(km, f);
        KMeans.Model back = ModelIO.load(f, KMeans.Model.class);
        assertArrayEquals(km.predict(x), back.predict(x));
        assertEquals(km.inertia(), back.inertia());
        var wrong = assertThrows(ModelFormatException.class, () -> ModelIO.load(f, LinearModel.class));
        assertTrue(wrong.getMessage().contains("holds a org.chagres.ml.cluster.KMeans$Model, not a"
                + " org.chagres.ml.linear.LinearModel"), wrong.getMessage());
    }

    @Test
    void badFilesAreRejectedWithTheReason() {
        byte[] good = ModelIO.toBytes(LinearRegression.withDefaults()
                .fit(new double[][] {{1}, {2}, {3}}, new double[] {1, 2, 3}));
        var notModel = assertThrows(ModelFormatException.class,
                () -> ModelIO.fromBytes("hello, world".getBytes(), "a.txt"));
        assertEquals("ModelIO.load: a.txt is not a Chagres model file (no CHGM header)",
                notModel.getMessage());

        byte[] v2 = good.clone();
        ByteBuffer.wrap(v2, 4, 4).putInt(2);
        var version = assertThrows(ModelFormatException.class, () -> ModelIO.fromBytes(v2, "m"));
        assertEquals("ModelIO.load: m has format version 2; this library reads version 1",
                version.getMessage());

        byte[] flipped = good.clone();
        flipped[good.length / 2] ^= 0x10;
        var corrupt = assertThrows(ModelFormatException.class,
                () -> ModelIO.fromBytes(flipped, "m"));
        assertTrue(corrupt.getMessage().startsWith("ModelIO.load: m is corrupt or truncated"),
                corrupt.getMessage());

        byte[] cut = java.util.Arrays.copyOf(good, good.length - 5);
        assertThrows(ModelFormatException.class, () -> ModelIO.fromBytes(cut, "m"));
    }
}
