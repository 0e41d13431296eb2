/** Chagres stats (being written). */
module org.chagres.stats {
    requires transitive org.chagres.kernels;
    requires org.chagres.linalg;
}
