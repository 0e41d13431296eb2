package org.chagres.bench.peer;

/**
 * A library Chagres is compared with: a native one reached through FFM (OpenBLAS, LAPACKE) or
 * a Java one (netlib-java, EJML, ojAlgo, ...). Its {@link #name()} is the value of the
 * benchmarks' {@code impl} parameter, so that the report can say why a row is missing.
 */
public interface Peer {

    /** The implementation name used in {@code @Param("impl")}, e.g. {@code "openblas"}. */
    String name();

    /** Whether it can run here. */
    boolean available();

    /** Why it cannot run here; empty when {@link #available()}. */
    String reason();

    /** What exactly runs, e.g. {@code "OpenBLAS 0.3.21 DYNAMIC_ARCH Zen"} or a jar version. */
    String version();

    /**
     * Throws when the peer cannot run; benchmarks call it in {@code @Setup} so that JMH shows
     * the reason and skips the row.
     *
     * @throws PeerUnavailableException naming the peer and the reason
     */
    default void require() {
        if (!available()) {
            throw new PeerUnavailableException(name(), reason());
        }
    }
}
