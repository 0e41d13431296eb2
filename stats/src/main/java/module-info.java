/**
 * Chagres stats: descriptive statistics ({@code org.chagres.stats}), special functions
 * ({@code org.chagres.stats.special}), probability distributions with seeded sampling
 * ({@code org.chagres.stats.distribution}) and hypothesis tests ({@code org.chagres.stats.test}).
 */
module org.chagres.stats {
    requires transitive org.chagres.kernels;
    requires org.chagres.linalg;

    exports org.chagres.stats;
    exports org.chagres.stats.special;
    exports org.chagres.stats.distribution;
    exports org.chagres.stats.test;
}
