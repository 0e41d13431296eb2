package org.chagres.bench.ml;

import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Callable;
import org.chagres.kernels.KernelThreads;
import org.chagres.ml.data.Dataset;
import org.chagres.ml.data.Datasets;

/**
 * The data sets of the ML benchmarks, the same as tools/ml/sklearn_bench.py builds: the
 * bundled digits (1797 × 64, 10 classes), and 100 000 × 50 points from 10 Gaussian blobs
 * (unit variance around centres uniform in [−10, 10]⁵⁰, seed 42).
 */
final class MlData {

    final double[][] x;
    final int[] y;

    private MlData(double[][] x, int[] y) {
        this.x = x;
        this.y = y;
    }

    static MlData of(String name) {
        return switch (name) {
            case "digits" -> {
                Dataset d = Datasets.digits();
                yield new MlData(d.x(), d.labels());
            }
            case "blobs" -> blobs(100_000, 50, 10, 42);
            default -> throw new IllegalArgumentException("MlData: unknown data set " + name);
        };
    }

    static MlData blobs(int n, int d, int k, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] centres = new double[k][d];
        for (double[] c : centres) {
            for (int j = 0; j < d; j++) {
                c[j] = r.nextDouble(-10, 10);
            }
        }
        double[][] x = new double[n][d];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % k;
            for (int j = 0; j < d; j++) {
                x[i][j] = centres[y[i]][j] + r.nextGaussian();
            }
        }
        return new MlData(x, y);
    }

    /** The first {@code m} rows (queries for prediction benchmarks). */
    double[][] head(int m) {
        double[][] q = new double[Math.min(m, x.length)][];
        System.arraycopy(x, 0, q, 0, q.length);
        return q;
    }

    /**
     * Runs {@code task} with {@code threads} threads for Chagres: parallel streams inside a
     * ForkJoinPool task use that pool, and the kernels' pool is resized to match.
     */
    static <T> T withThreads(int threads, Callable<T> task) {
        KernelThreads.setThreads(threads);
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(task).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    /** 1, or every processor for "all". */
    static int threads(String spec) {
        return spec.equals("all") ? Runtime.getRuntime().availableProcessors()
                : Integer.parseInt(spec);
    }
}
