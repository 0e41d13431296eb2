package org.chagres.ml.cluster;

import java.util.SplittableRandom;
import org.chagres.kernels.Backend;
import org.chagres.ml.metrics.Distances;

/** One k-means restart: k-means++ seeding, then Lloyd iterations. */
final class Lloyd {

    /** Points per distance block: bounds the n × k distance buffer for large n. */
    private static final int BLOCK = 4096;

    private Lloyd() {
    }

    record Result(double[] centers, int[] labels, double inertia, int iterations) {
    }

    static Result run(Backend b, double[] x, double[] norms, int n, int d, int k, int maxIter,
            double tol, SplittableRandom rnd) {
        double[] c = seed(x, norms, n, d, k, rnd);
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

    /** Nearest centre of each point (gemm distances), and its squared distance. */
    static void assign(Backend b, double[] x, double[] norms, int n, int d, double[] c, int k,
            int[] labels, double[] best) {
        double[] cn = Distances.rowNorms(c, k, d);
        double[] dist = new double[Math.min(n, BLOCK) * k];
        for (int s = 0; s < n; s += BLOCK) {
            int rows = Math.min(BLOCK, n - s);
            double[] block = new double[rows * d];
            System.arraycopy(x, s * d, block, 0, rows * d);
            double[] bn = new double[rows];
            System.arraycopy(norms, s, bn, 0, rows);
            Distances.squaredEuclidean(b, rows, k, d, block, bn, c, cn, dist);
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
        }
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

    /** Greedy k-means++: each new centre is the best of 2 + ⌊ln k⌋ D²-sampled candidates. */
    static double[] seed(double[] x, double[] norms, int n, int d, int k, SplittableRandom rnd) {
        double[] c = new double[k * d];
        int first = rnd.nextInt(n);
        System.arraycopy(x, first * d, c, 0, d);
        double[] closest = new double[n];
        for (int i = 0; i < n; i++) {
            closest[i] = sq(x, i, x, first, d);
        }
        double pot = sum(closest);
        int trials = 2 + (int) Math.log(k);
        for (int ci = 1; ci < k; ci++) {
            int bestCand = -1;
            double bestPot = Double.POSITIVE_INFINITY;
            double[] bestClosest = null;
            for (int t = 0; t < trials; t++) {
                int cand = sampleD2(closest, pot, rnd);
                double[] nc = new double[n];
                double p = 0;
                for (int i = 0; i < n; i++) {
                    nc[i] = Math.min(closest[i], sq(x, i, x, cand, d));
                    p += nc[i];
                }
                if (p < bestPot) {
                    bestPot = p;
                    bestCand = cand;
                    bestClosest = nc;
                }
            }
            System.arraycopy(x, bestCand * d, c, ci * d, d);
            closest = bestClosest;
            pot = bestPot;
        }
        return c;
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

    private static double sq(double[] a, int i, double[] b, int j, int d) {
        double s = 0;
        for (int t = 0; t < d; t++) {
            double e = a[i * d + t] - b[j * d + t];
            s += e * e;
        }
        return s;
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double e : v) {
            s += e;
        }
        return s;
    }
}
