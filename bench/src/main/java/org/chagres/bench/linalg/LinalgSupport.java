package org.chagres.bench.linalg;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.chagres.bench.peer.OpenBlas;
import org.chagres.bench.peer.Peers;
import org.chagres.kernels.Backend;
import org.chagres.kernels.Backends;
import org.chagres.kernels.KernelThreads;
import org.chagres.linalg.Matrix;
import org.ojalgo.OjAlgoUtils;

/** Inputs and thread settings shared by the decomposition benchmarks. */
final class LinalgSupport {

    private LinalgSupport() {
    }

    /**
     * Pins every side to one thread (Chagres's kernel pool, OpenBLAS under LAPACKE, ojAlgo;
     * EJML's and Commons Math's decompositions are single-threaded) and checks that the peer
     * named by impl can run, so that JMH reports the reason when it cannot.
     */
    static void oneThread(String impl) {
        Peers.find(impl).ifPresent(p -> p.require());
        KernelThreads.setThreads(1);
        if (OpenBlas.peer().available()) {
            OpenBlas.setThreads(1);
        }
        OjAlgoUtils.limitThreadsTo(1);
    }

    /** The Chagres backend for impl "simd" or "scalar". */
    static Backend backend(String impl) {
        return Backends.find(impl).orElseThrow(() -> new IllegalStateException(
                "backend " + impl + " is unavailable: " + Backends.diagnostics()));
    }

    /** n×n row-major values uniform in (−1, 1), fixed seed. */
    static double[] random(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] a = new double[n * n];
        for (int i = 0; i < a.length; i++) {
            a[i] = 2 * r.nextDouble() - 1;
        }
        return a;
    }

    /** A symmetric positive definite n×n matrix, {@code XᵀX/n + I}, row-major. */
    static double[] spd(int n, long seed) {
        Matrix x = Matrix.of(n, n, random(n, seed));
        Matrix s = x.transposeTimes(x).scale(1.0 / n).plus(Matrix.identity(n));
        double[] a = s.toArray();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                a[j * n + i] = a[i * n + j];    // exactly symmetric for every peer's checks
            }
        }
        return a;
    }

    static IllegalArgumentException unknown(String bench, String impl) {
        return new IllegalArgumentException(bench + ": unknown impl, got " + impl);
    }

    /** The rows of the row-major n × n a, as a new double[n][n]. */
    static double[][] toRows(double[] a, int n) {
        double[][] rows = new double[n][];
        for (int i = 0; i < n; i++) {
            rows[i] = Arrays.copyOfRange(a, i * n, (i + 1) * n);
        }
        return rows;
    }

    /** Throws when a LAPACKE call reports failure, so a broken peer is not timed as fast. */
    static void check(String what, int info) {
        if (info != 0) {
            throw new IllegalStateException("LAPACKE_" + what + " returned info " + info);
        }
    }
}
