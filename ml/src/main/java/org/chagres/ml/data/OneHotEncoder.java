package org.chagres.ml.data;

import java.util.Arrays;
import org.chagres.ml.Inputs;

/**
 * One-hot encodes categorical columns: a column whose training values are the categories
 * c₀ < c₁ < … < cₖ₋₁ becomes k indicator columns. Input columns hold category codes (e.g.
 * from {@link Csv#withCategorical}); a value not seen in training is an error naming it.
 */
public final class OneHotEncoder {

    private final double[][] categories;

    private OneHotEncoder(double[][] categories) {
        this.categories = categories;
    }

    /** Learns each column's sorted distinct values from X (not modified). */
    public static OneHotEncoder fit(double[][] x) {
        int d = Inputs.matrix("OneHotEncoder.fit", x);
        double[][] cats = new double[d][];
        for (int j = 0; j < d; j++) {
            final int col = j;
            cats[j] = Arrays.stream(x).mapToDouble(r -> r[col]).distinct().sorted().toArray();
        }
        return new OneHotEncoder(cats);
    }

    /** The categories of column j, ascending. */
    public double[] categories(int j) {
        return categories[j].clone();
    }

    /** Number of output columns: the sum of the category counts. */
    public int outputWidth() {
        return Arrays.stream(categories).mapToInt(c -> c.length).sum();
    }

    /** The indicator matrix of X, n × {@link #outputWidth()}. */
    public double[][] transform(double[][] x) {
        Inputs.matrix("OneHotEncoder.transform", x, categories.length);
        double[][] out = new double[x.length][outputWidth()];
        for (int i = 0; i < x.length; i++) {
            int base = 0;
            for (int j = 0; j < categories.length; j++) {
                int k = Arrays.binarySearch(categories[j], x[i][j]);
                if (k < 0) {
                    throw new IllegalArgumentException("OneHotEncoder.transform: X[" + i + "]["
                            + j + "] = " + x[i][j] + " is not a category seen in fit "
                            + Arrays.toString(categories[j]));
                }
                out[i][base + k] = 1.0;
                base += categories[j].length;
            }
        }
        return out;
    }
}
