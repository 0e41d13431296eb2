package org.chagres.bench.peer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Every peer the benchmarks know, by the {@code impl} name they use. A benchmark whose
 * {@code impl} is a peer that cannot run is not started; the report shows
 * {@code "missing: <reason>"} instead.
 */
public final class Peers {

    private static final List<Peer> ALL = discover();

    private Peers() {
    }

    private static List<Peer> discover() {
        List<Peer> all = new ArrayList<>();
        all.add(OpenBlas.peer());
        all.add(Lapacke.peer());
        Collections.addAll(all, Netlib.peers());
        all.addAll(JavaLibraries.peers());
        return List.copyOf(all);
    }

    /** Every known peer, available or not. */
    public static List<Peer> all() {
        return ALL;
    }

    /** The peer whose name is {@code impl}, if it is one. */
    public static Optional<Peer> find(String impl) {
        return ALL.stream().filter(p -> p.name().equals(impl)).findFirst();
    }
}
