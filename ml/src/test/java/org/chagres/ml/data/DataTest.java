package org.chagres.ml.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataTest {

    private static int[] counts(int[] y, int k) {
        int[] c = new int[k];
        for (int v : y) {
            c[v]++;
        }
        return c;
    }

    @Test
    void bundledDataSetsHaveTheirKnownShapes() {
        Dataset iris = Datasets.iris();
        assertEquals(150, iris.rows());
        assertEquals(4, iris.cols());
        assertArrayEquals(new int[] {50, 50, 50}, counts(iris.labels(), 3));
        assertEquals(List.of("setosa", "versicolor", "virginica"), iris.classNames());
        assertArrayEquals(new double[] {5.1, 3.5, 1.4, 0.2}, iris.x()[0]);
        assertArrayEquals(new int[] {59, 71, 48}, counts(Datasets.wine().labels(), 3));
        Dataset bc = Datasets.breastCancer();
        assertEquals(30, bc.cols());
        assertArrayEquals(new int[] {212, 357}, counts(bc.labels(), 2));
        assertEquals("worst fractal dimension", bc.featureNames().get(29));
        Dataset digits = Datasets.digits();
        assertEquals(1797, digits.rows());
        assertEquals(64, digits.cols());
        Dataset diabetes = Datasets.diabetes();
        assertEquals(442, diabetes.rows());
        assertEquals(10, diabetes.cols());
        // mean disease progression, as scikit-learn documents it: 152.13348416289594
        assertEquals(152.13348416289594, Arrays.stream(diabetes.targets()).average()
                .orElseThrow(), 1e-12);
    }

    @Test
    void csvWithCategoriesAndTypedErrors() {
        String csv = "size,colour,price\n1.5,red,10\n2.0,blue,12\n\"3.25\",red,9\n";
        Dataset d = Csv.withTarget("price").withCategorical("colour").regression()
                .read("shop", new StringReader(csv));
        assertEquals(List.of("size", "colour"), d.featureNames());
        assertArrayEquals(new double[] {3.25, 1.0}, d.x()[2]);   // blue 0, red 1
        assertArrayEquals(new double[] {10, 12, 9}, d.targets());
        CsvFormatException e = assertThrows(CsvFormatException.class,
                () -> Csv.withTarget("price").read("shop", new StringReader(
                        "size,colour,price\n1.5,red,10\n2.0,blue,12\n")));
        assertEquals(2, e.line());
        assertEquals("colour", e.column());
        assertTrue(e.getMessage().startsWith("Csv.read: shop line 2, column 'colour': 'red' is"
                + " not a finite number"), e.getMessage());
        CsvFormatException noTarget = assertThrows(CsvFormatException.class,
                () -> Csv.withTarget("cost").read("shop", new StringReader(csv)));
        assertTrue(noTarget.getMessage().contains("has no column 'cost'"));
        CsvFormatException fields = assertThrows(CsvFormatException.class,
                () -> Csv.withTarget("b").read("t", new StringReader("a,b\n1,2\n3\n")));
        assertEquals(3, fields.line());
    }

    @Test
    void stratifiedSplitKeepsProportionsAndIsSeeded() {
        Dataset iris = Datasets.iris();
        Split.TrainTest s = Split.stratified(iris, 0.2, 3);
        assertEquals(30, s.test().rows());
        assertArrayEquals(new int[] {10, 10, 10}, counts(s.test().labels(), 3));
        assertArrayEquals(new int[] {40, 40, 40}, counts(s.train().labels(), 3));
        Split.TrainTest again = Split.stratified(iris, 0.2, 3);
        assertArrayEquals(s.test().x(), again.test().x());
        Split.TrainTest plain = Split.trainTest(iris, 0.25, 3);
        assertEquals(38, plain.test().rows());
        assertEquals(112, plain.train().rows());
        assertThrows(IllegalArgumentException.class, () -> Split.trainTest(iris, 1.0, 3));
    }

    @Test
    void scalersAndOneHot() {
        double[][] x = {{1, 10}, {2, 10}, {3, 10}};
        StandardScaler s = StandardScaler.fit(x);
        double[][] z = s.transform(x);
        assertEquals(-Math.sqrt(1.5), z[0][0], 1e-15);
        assertEquals(0.0, z[0][1]);   // constant column → 0, not NaN
        assertArrayEquals(x, s.inverseTransform(z));
        MinMaxScaler mm = MinMaxScaler.fit(x, -1, 1);
        assertArrayEquals(new double[] {-1, -1}, mm.transform(x)[0]);
        assertArrayEquals(new double[] {1, -1}, mm.transform(x)[2]);
        OneHotEncoder oh = OneHotEncoder.fit(new double[][] {{0, 5}, {2, 5}, {1, 7}});
        assertEquals(5, oh.outputWidth());
        assertArrayEquals(new double[] {0, 0, 1, 1, 0}, oh.transform(new double[][] {{2, 5}})[0]);
        var e = assertThrows(IllegalArgumentException.class,
                () -> oh.transform(new double[][] {{3, 5}}));
        assertTrue(e.getMessage().startsWith("OneHotEncoder.transform: X[0][0] = 3.0 is not a"
                + " category seen in fit"), e.getMessage());
    }
}
