package org.chagres.ml.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The classic small data sets, bundled as resources (copies of scikit-learn's files; sources
 * and licences in {@code org/chagres/ml/data/SOURCES.md}). Each call parses the resource anew
 * and returns an independent {@link Dataset}.
 */
public final class Datasets {

    private Datasets() {
    }

    /** Fisher's iris: 150 samples × 4 features (cm), classes setosa, versicolor, virginica. */
    public static Dataset iris() {
        return headed("iris", "iris.csv", List.of("sepal length (cm)", "sepal width (cm)",
                "petal length (cm)", "petal width (cm)"));
    }

    /** Wine recognition: 178 samples × 13 chemical measurements, classes class_0 … class_2. */
    public static Dataset wine() {
        return headed("wine", "wine_data.csv", List.of("alcohol", "malic_acid", "ash",
                "alcalinity_of_ash", "magnesium", "total_phenols", "flavanoids",
                "nonflavanoid_phenols", "proanthocyanins", "color_intensity", "hue",
                "od280/od315_of_diluted_wines", "proline"));
    }

    /** Breast Cancer Wisconsin (Diagnostic): 569 × 30, classes malignant (0) and benign (1). */
    public static Dataset breastCancer() {
        List<String> names = new ArrayList<>();
        for (String kind : List.of("mean ", "", "worst ")) {
            for (String f : List.of("radius", "texture", "perimeter", "area", "smoothness",
                    "compactness", "concavity", "concave points", "symmetry",
                    "fractal dimension")) {
                names.add(kind.equals("") ? f + " error" : kind + f);
            }
        }
        return headed("breast cancer", "breast_cancer.csv", names);
    }

    /** Handwritten digits: 1797 8×8 images (pixel values 0–16, row by row), classes 0 … 9. */
    public static Dataset digits() {
        List<String[]> rows = lines("digits.csv.gz", ",");
        double[][] x = new double[rows.size()][64];
        int[] y = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            String[] f = rows.get(i);
            for (int j = 0; j < 64; j++) {
                x[i][j] = Double.parseDouble(f[j]);
            }
            y[i] = (int) Double.parseDouble(f[64]);
        }
        List<String> names = new ArrayList<>();
        for (int r = 0; r < 8; r++) {
            for (int c = 0; c < 8; c++) {
                names.add("pixel_" + r + "_" + c);
            }
        }
        List<String> classes = new ArrayList<>();
        for (int d = 0; d < 10; d++) {
            classes.add(Integer.toString(d));
        }
        return Dataset.classification("digits", x, y, names, classes);
    }

    /**
     * Diabetes: 442 patients × 10 raw (unscaled) baseline variables — age, sex, bmi, bp, s1–s6 —
     * and a measure of disease progression one year later (scikit-learn's
     * {@code load_diabetes(scaled=False)}).
     */
    public static Dataset diabetes() {
        List<String[]> xs = lines("diabetes_data_raw.csv.gz", "\\s+");
        List<String[]> ys = lines("diabetes_target.csv.gz", "\\s+");
        double[][] x = new double[xs.size()][];
        double[] y = new double[ys.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = Arrays.stream(xs.get(i)).mapToDouble(Double::parseDouble).toArray();
            y[i] = Double.parseDouble(ys.get(i)[0]);
        }
        return Dataset.regression("diabetes", x, y, List.of("age", "sex", "bmi", "bp", "s1",
                "s2", "s3", "s4", "s5", "s6"));
    }

    /** scikit-learn's layout: "rows,cols,class names…" then rows with the class index last. */
    private static Dataset headed(String name, String file, List<String> featureNames) {
        List<String[]> rows = lines(file, ",");
        String[] head = rows.get(0);
        int n = Integer.parseInt(head[0].strip());
        int d = Integer.parseInt(head[1].strip());
        List<String> classes = Arrays.stream(head, 2, head.length).map(String::strip).toList();
        double[][] x = new double[n][d];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            String[] f = rows.get(i + 1);
            for (int j = 0; j < d; j++) {
                x[i][j] = Double.parseDouble(f[j]);
            }
            y[i] = Integer.parseInt(f[d].strip());
        }
        return Dataset.classification(name, x, y, featureNames, classes);
    }

    private static List<String[]> lines(String file, String separator) {
        try (InputStream raw = Datasets.class.getResourceAsStream(file)) {
            if (raw == null) {
                throw new IllegalStateException("Datasets: resource " + file + " missing");
            }
            InputStream in = file.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> out = new ArrayList<>();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    out.add(line.strip().split(separator));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("Datasets: cannot read " + file, e);
        }
    }
}
