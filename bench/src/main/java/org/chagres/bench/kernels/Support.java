package org.chagres.bench.kernels;

import java.util.SplittableRandom;
import org.chagres.bench.peer.OpenBlas;
import org.chagres.bench.peer.PeerUnavailableException;
import org.chagres.bench.peer.Peers;
import org.chagres.kernels.Backend;
import org.chagres.kernels.Backends;
import org.chagres.kernels.KernelThreads;

/** What every kernel benchmark needs in {@code @Setup}: data, a backend, thread counts. */
final class Support {

    private Support() {
    }

    /** n doubles uniform in [-1, 1), the same for a given seed in every fork. */
    static double[] doubles(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = 2 * r.nextDouble() - 1;
        }
        return a;
    }

    /** n floats uniform in [-1, 1). */
    static float[] floats(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = (float) (2 * r.nextDouble() - 1);
        }
        return a;
    }

    /** The Chagres backend named {@code impl}; throws (with the reason) when unavailable. */
    static Backend backend(String impl) {
        return Backends.find(impl).orElseThrow(() -> new PeerUnavailableException(impl,
                Backends.diagnostics().stream().filter(d -> d.name().equals(impl))
                        .map(Backends.Diagnostic::detail).findFirst()
                        .orElse("no Chagres backend named " + impl)));
    }

    /** Throws {@link PeerUnavailableException} when {@code impl} is a peer that cannot run. */
    static void requirePeer(String impl) {
        Peers.find(impl).ifPresent(p -> p.require());
    }

    /**
     * Sets Chagres's kernel pool and OpenBLAS to the same thread count: {@code "all"} is every
     * processor. Level-1/2 benchmarks call it with "1" so both sides run single-threaded.
     */
    static int threads(String threads) {
        int t = threads.equals("all") ? Runtime.getRuntime().availableProcessors()
                : Integer.parseInt(threads);
        KernelThreads.setThreads(t);
        if (OpenBlas.peer().available()) {
            OpenBlas.setThreads(t);
        }
        return t;
    }

    /** An implementation name no benchmark knows. */
    static IllegalArgumentException unknown(String bench, String impl) {
        return new IllegalArgumentException(bench + ": unknown impl, got " + impl);
    }
}
