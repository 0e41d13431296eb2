package org.chagres.ml.cluster;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.chagres.kernels.Backend;
import org.chagres.ml.metrics.Distances;

/** One k-means restart: k-means++ seeding, then Lloyd iterations. */
final class Lloyd {

    /** Points per distance block: the unit of parallel work, and bounds each block's
     * distance buffer (256 points, as scikit-learn's chunks). */
    private static final int BLOCK = 256;

    private Lloyd() {
    }

    record Result(double[] centers, int[] labels, double inertia, int iterations) {
    }

    static Result run(Backend b, double[] x, double[] norms, int n, int d, int k, int maxIter,
            double tol, SplittableRandom rnd) {
        double[] c = seed(b, x, norms, n, d, k, rnd);
        int[] labels = new int[n];
        double[] best = new double[n];
        java.util.Arrays.fill(labels, -1);
        int it = 0;
        while (it < maxIter) {
            it++;
            int[] old = labels.clone();
            assign(b, x, norms, n, d, c, k, labels, best);
            double[] next = means(x, n, d, k, labels, best);
            double shift = 0;
            for (int i = 0; i < next.length; i++) {
                double e = next[i] - c[i];
                shift += e * e;
            }
            c = next;
            if (java.util.Arrays.equals(old, labels) || shift <= tol) {
                break;
            }
        }
        assign(b, x, norms, n, d, c, k, labels, best);
        return new Result(c, labels, inertia(x, n, d, c, labels), it);
    }

    /**
     * Nearest centre of each point (gemm distances), and its squared distance. Blocks of
     * {@link #BLOCK} points run in parallel on the caller's fork-join pool; each point's result
     * depends on its own row only, so it is the same for any thread count.
     */
    static void assign(Backend b, double[] x, double[] norms, int n, int d, double[] c, int k,
            int[] labels, double[] best) {
        double[] cn = Distances.rowNorms(c, k, d);
        int blocks = (n + BLOCK - 1) / BLOCK;
        IntStream.range(0, blocks).parallel().forEach(blk -> {
            int s = blk * BLOCK;
            int rows = Math.min(BLOCK, n - s);
            double[] dist = new double[rows * k];
            Distances.squaredEuclidean(b, rows, k, d, x, s, norms, c, cn, dist);
            for (int i = 0; i < rows; i++) {
                int arg = 0;
                for (int j = 1; j < k; j++) {
                    if (dist[i * k + j] < dist[i * k + arg]) {
                        arg = j;
                    }
                }
                labels[s + i] = arg;
                best[s + i] = dist[i * k + arg];
            }
        });
    }

    /** New centres; an empty cluster takes the point farthest from its own centre. */
    private static double[] means(double[] x, int n, int d, int k, int[] labels, double[] best) {
        double[] c = new double[k * d];
        int[] count = new int[k];
        for (int i = 0; i < n; i++) {
            count[labels[i]]++;
            for (int j = 0; j < d; j++) {
                c[labels[i] * d + j] += x[i * d + j];
            }
        }
        boolean[] taken = new boolean[n];
        for (int cl = 0; cl < k; cl++) {
            if (count[cl] == 0) {
                int far = -1;
                for (int i = 0; i < n; i++) {
                    if (!taken[i] && (far < 0 || best[i] > best[far])) {
                        far = i;
                    }
                }
                taken[far] = true;
                System.arraycopy(x, far * d, c, cl * d, d);
                count[cl] = 1;
                continue;
            }
            for (int j = 0; j < d; j++) {
                c[cl * d + j] /= count[cl];
            }
        }
        return c;
    }

    /** Σ‖xᵢ − c_label‖², computed directly (no cancellation). */
    static double inertia(double[] x, int n, int d, double[] c, int[] labels) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                double e = x[i * d + j] - c[labels[i] * d + j];
                s += e * e;
            }
        }
        return s;
    }

    /**
     * Greedy k-means++ (Arthur and Vassilvitskii 2007, with scikit-learn's greedy variant):
     * each new centre is the best of 2 + ⌊ln k⌋ D²-sampled candidates. The distances from every
     * point to the candidates come from one gemm per step ({@link Distances#squaredEuclidean}).
     */
    static double[] seed(Backend b, double[] x, double[] norms, int n, int d, int k,
            SplittableRandom rnd) {
        double[] c = new double[k * d];
        int first = rnd.nextInt(n);
        System.arraycopy(x, first * d, c, 0, d);
        double[] closest = new double[n];
        distancesTo(b, x, norms, n, d, new int[] {first}, closest);
        double pot = sum(closest);
        int trials = 2 + (int) Math.log(k);
        int[] cand = new int[trials];
        double[] dist = new double[n * trials];
        for (int ci = 1; ci < k; ci++) {
            for (int t = 0; t < trials; t++) {
                cand[t] = sampleD2(closest, pot, rnd);
            }
            distancesTo(b, x, norms, n, d, cand, dist);
            int bestT = 0;
            double bestPot = Double.POSITIVE_INFINITY;
            for (int t = 0; t < trials; t++) {
                double p = 0;
                for (int i = 0; i < n; i++) {
                    p += Math.min(closest[i], dist[i * trials + t]);
                }
                if (p < bestPot) {
                    bestPot = p;
                    bestT = t;
                }
            }
            for (int i = 0; i < n; i++) {
                closest[i] = Math.min(closest[i], dist[i * trials + bestT]);
            }
            System.arraycopy(x, cand[bestT] * d, c, ci * d, d);
            pot = bestPot;
        }
        return c;
    }

    /** dist[i·m + t] = ‖xᵢ − x_rows[t]‖² for the m = rows.length chosen rows of x. */
    private static void distancesTo(Backend b, double[] x, double[] norms, int n, int d,
            int[] rows, double[] dist) {
        int m = rows.length;
        double[] sel = new double[m * d];
        double[] selNorms = new double[m];
        for (int t = 0; t < m; t++) {
            System.arraycopy(x, rows[t] * d, sel, t * d, d);
            selNorms[t] = norms[rows[t]];
        }
        Distances.squaredEuclidean(b, n, m, d, x, norms, sel, selNorms, dist);
        for (int t = 0; t < m; t++) {
            dist[rows[t] * m + t] = 0.0;   // exact for the chosen point itself
        }
    }

    private static int sampleD2(double[] closest, double pot, SplittableRandom rnd) {
        if (!(pot > 0)) {
            return rnd.nextInt(closest.length);   // all points on the centres already
        }
        double r = rnd.nextDouble() * pot;
        double acc = 0;
        for (int i = 0; i < closest.length; i++) {
            acc += closest[i];
            if (acc > r) {
                return i;
            }
        }
        return closest.length - 1;
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double e : v) {
            s += e;
        }
        return s;
    }
}
