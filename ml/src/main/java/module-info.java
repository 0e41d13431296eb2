/**
 * Chagres machine learning: data sets and their preparation, classic estimators (neighbours,
 * naive Bayes, trees and forests, linear models, k-means, PCA), model selection, metrics and
 * model persistence, on the Chagres kernels.
 */
module org.chagres.ml {
    requires transitive org.chagres.kernels;
    requires transitive org.chagres.linalg;
    requires transitive org.chagres.stats;
    requires org.apache.commons.csv;

    exports org.chagres.ml;
    exports org.chagres.ml.data;
    exports org.chagres.ml.metrics;
    exports org.chagres.ml.neighbors;
    exports org.chagres.ml.bayes;
    exports org.chagres.ml.tree;
    exports org.chagres.ml.cluster;
    exports org.chagres.ml.linear;
    exports org.chagres.ml.selection;
    exports org.chagres.ml.io;
    exports org.chagres.ml.decomposition;
}
