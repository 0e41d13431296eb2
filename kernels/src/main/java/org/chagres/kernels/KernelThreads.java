package org.chagres.kernels;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * The threads the kernels split large operations over: a pool owned by Chagres (daemon
 * threads named {@code chagres-kernel-N}), never the common fork–join pool.
 *
 * <p>The size is {@link #threads()}: the system property {@code chagres.threads} when set
 * (read once, at first use), else {@link Runtime#availableProcessors()}; {@link #setThreads}
 * changes it at run time. A kernel splits its work into at most that many parts by a rule
 * that depends only on the sizes, and each output element is computed by one part, so results
 * are the same from run to run for a fixed thread count (for gemm, for every thread count).
 * A kernel called from inside a pool thread runs on that thread alone, so nested calls cannot
 * deadlock.
 */
public final class KernelThreads {

    /** System property giving the number of threads. */
    public static final String PROPERTY = "chagres.threads";

    private static final Object LOCK = new Object();
    private static volatile Pool pool;

    private KernelThreads() {
    }

    /** The number of threads kernels use, at least 1. */
    public static int threads() {
        return pool().size;
    }

    /**
     * Sets the number of threads kernels use from now on; calls already running finish with
     * the old pool.
     *
     * @throws IllegalArgumentException if {@code n < 1}
     */
    public static void setThreads(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("KernelThreads.setThreads: n must be >= 1, got "
                    + n);
        }
        synchronized (LOCK) {
            Pool old = pool;
            if (old != null && old.size == n) {
                return;
            }
            pool = new Pool(n);
            if (old != null) {
                old.shutdown();
            }
        }
    }

    /** Whether the current thread is one of the pool's (then {@link #run} runs inline). */
    public static boolean inPool() {
        return Thread.currentThread() instanceof Worker;
    }

    /**
     * Runs {@code part.accept(p)} for {@code 0 <= p < parts}: part 0 on the calling thread, the
     * others on the pool, and returns when all are done. From a pool thread, or with one part,
     * all parts run on the calling thread in order. The first exception a part throws is
     * rethrown after every part has finished.
     */
    public static void run(int parts, IntConsumer part) {
        Pool current = pool();
        if (parts <= 1 || current.executor == null || inPool()) {
            for (int p = 0; p < parts; p++) {
                part.accept(p);
            }
            return;
        }
        List<Future<?>> futures = new ArrayList<>(parts - 1);
        int inline = 1;
        for (int p = 1; p < parts; p++) {
            int q = p;
            try {
                futures.add(current.executor.submit(() -> part.accept(q)));
            } catch (RejectedExecutionException e) {
                // setThreads replaced the pool meanwhile: this part and the rest run here
                inline = parts - p + 1;
                break;
            }
        }
        RuntimeException first = null;
        try {
            part.accept(0);
            for (int p = parts - inline + 1; p < parts; p++) {
                part.accept(p);
            }
        } catch (RuntimeException e) {
            first = e;
        }
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (ExecutionException e) {
                if (first == null) {
                    first = e.getCause() instanceof RuntimeException r ? r
                            : new IllegalStateException(e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                if (first == null) {
                    first = new IllegalStateException("KernelThreads.run: interrupted", e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private static Pool pool() {
        Pool p = pool;
        if (p == null) {
            synchronized (LOCK) {
                if (pool == null) {
                    pool = new Pool(initialSize());
                }
                p = pool;
            }
        }
        return p;
    }

    private static int initialSize() {
        String s = System.getProperty(PROPERTY);
        if (s == null || s.isBlank()) {
            return Runtime.getRuntime().availableProcessors();
        }
        try {
            int n = Integer.parseInt(s.strip());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below with the value
        }
        throw new IllegalArgumentException("KernelThreads: -D" + PROPERTY
                + " must be an integer >= 1, got " + s);
    }

    /** The executor of one size; size - 1 workers, the caller being the size-th thread. */
    private static final class Pool {
        final int size;
        final ExecutorService executor;

        Pool(int size) {
            this.size = size;
            AtomicInteger count = new AtomicInteger();
            this.executor = size == 1 ? null : Executors.newFixedThreadPool(size - 1, r -> {
                Worker w = new Worker(r, "chagres-kernel-" + count.incrementAndGet());
                w.setDaemon(true);
                return w;
            });
        }

        void shutdown() {
            if (executor != null) {
                executor.shutdown();
            }
        }
    }

    private static final class Worker extends Thread {
        Worker(Runnable r, String name) {
            super(r, name);
        }
    }
}
