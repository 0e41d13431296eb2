package org.chagres.ml.tree;

/** Impurity of a class-count vector. */
final class Impurity {

    private static final double LN2 = Math.log(2);

    private Impurity() {
    }

    /** Gini {@code 1 − Σ p²} or entropy {@code −Σ p log₂ p} of counts summing to total. */
    static double of(Criterion c, double[] counts, double total) {
        if (total <= 0) {
            return 0;
        }
        if (c == Criterion.ENTROPY) {
            double h = 0;
            for (double n : counts) {
                if (n > 0) {
                    double q = n / total;
                    h -= q * Math.log(q);
                }
            }
            return h / LN2;
        }
        double s = 0;
        for (double n : counts) {
            double q = n / total;
            s += q * q;
        }
        return 1 - s;
    }
}
