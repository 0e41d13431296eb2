/** Chagres ml (being written). */
module org.chagres.ml {
    requires transitive org.chagres.kernels;
    requires transitive org.chagres.linalg;
    requires transitive org.chagres.stats;
}
