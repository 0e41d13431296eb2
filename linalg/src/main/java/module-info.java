/** Chagres linalg (being written). */
module org.chagres.linalg {
    requires transitive org.chagres.kernels;
}
