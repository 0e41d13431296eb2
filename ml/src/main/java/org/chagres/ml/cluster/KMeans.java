package org.chagres.ml.cluster;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.chagres.kernels.Backend;
import org.chagres.kernels.Backends;
import org.chagres.ml.Inputs;
import org.chagres.ml.io.Codec;
import org.chagres.ml.io.Persistable;
import org.chagres.ml.metrics.Distances;

/**
 * k-means clustering: k-means++ seeding (Arthur and Vassilvitskii 2007, with scikit-learn's
 * greedy variant: 2 + ⌊ln k⌋ candidates per step, the one lowering the potential most wins),
 * then Lloyd iterations whose point–centre distances come from one gemm per iteration. Runs
 * {@code restarts} independent seedings in parallel and keeps the lowest inertia. Iteration
 * stops when no label changes or the squared centre shift summed over centres is at most
 * {@code tolerance · mean feature variance} (scikit-learn's rule). An emptied cluster is moved
 * to the point farthest from its centre. Same seed, same model, whatever the thread count.
 *
 * <pre>{@code
 * KMeans.Model m = KMeans.withDefaults().withK(3).withSeed(42).fit(x);
 * int[] labels = m.predict(xNew);
 * }</pre>
 */
public final class KMeans {

    private final int k;
    private final int restarts;
    private final int maxIterations;
    private final double tolerance;
    private final long seed;
    private final Backend backend;

    private KMeans(int k, int restarts, int maxIterations, double tolerance, long seed,
            Backend backend) {
        this.k = k;
        this.restarts = restarts;
        this.maxIterations = maxIterations;
        this.tolerance = tolerance;
        this.seed = seed;
        this.backend = backend;
    }

    /** k = 8, 10 restarts, 300 iterations, tolerance 1e-4, seed 0 (scikit-learn's defaults). */
    public static KMeans withDefaults() {
        return new KMeans(8, 10, 300, 1e-4, 0L, null);
    }

    /** Number of clusters, ≥ 1. */
    public KMeans withK(int v) {
        return new KMeans(Inputs.positive("KMeans.withK", "k", v), restarts, maxIterations,
                tolerance, seed, backend);
    }

    /** Independent k-means++ seedings, ≥ 1. */
    public KMeans withRestarts(int v) {
        return new KMeans(k, Inputs.positive("KMeans.withRestarts", "restarts", v),
                maxIterations, tolerance, seed, backend);
    }

    /** Lloyd iterations per restart, ≥ 1. */
    public KMeans withMaxIterations(int v) {
        return new KMeans(k, restarts, Inputs.positive("KMeans.withMaxIterations",
                "maxIterations", v), tolerance, seed, backend);
    }

    /** Relative tolerance on the centre shift, ≥ 0. */
    public KMeans withTolerance(double v) {
        return new KMeans(k, restarts, maxIterations,
                Inputs.nonNegative("KMeans.withTolerance", "tolerance", v), seed, backend);
    }

    /** Seed of the seedings. */
    public KMeans withSeed(long v) {
        return new KMeans(k, restarts, maxIterations, tolerance, v, backend);
    }

    /** Backend for the distance gemm. */
    public KMeans withBackend(Backend b) {
        return new KMeans(k, restarts, maxIterations, tolerance, seed,
                Objects.requireNonNull(b, "KMeans.withBackend: backend is null"));
    }

    /**
     * Clusters the rows of X (not modified).
     *
     * @throws IllegalArgumentException on empty, ragged or non-finite X, or fewer rows than k
     */
    public Model fit(double[][] x) {
        String op = "KMeans.fit";
        int d = Inputs.matrix(op, x);
        int n = x.length;
        if (n < k) {
            throw new IllegalArgumentException(op + ": need at least k = " + k + " samples, got "
                    + n);
        }
        double[] data = Inputs.rowMajor(x);
        double[] norms = Distances.rowNorms(data, n, d);
        double tol = tolerance * meanVariance(data, n, d);
        Backend b = backend != null ? backend : Backends.preferred();
        Lloyd.Result best = IntStream.range(0, restarts).parallel()
                .mapToObj(r -> Lloyd.run(b, data, norms, n, d, k, maxIterations, tol,
                        new SplittableRandom(mix(seed, r))))
                .reduce((p, q) -> q.inertia() < p.inertia() ? q : p).orElseThrow();
        return new Model(best.centers(), best.labels(), best.inertia(), best.iterations(), d, k,
                b);
    }

    /** Mean over the features of each feature's variance; two passes, in row order. */
    private static double meanVariance(double[] a, int n, int d) {
        double[] mean = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                mean[j] += a[i * d + j];
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= n;
        }
        double[] ss = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                double e = a[i * d + j] - mean[j];
                ss[j] += e * e;
            }
        }
        double total = 0;
        for (int j = 0; j < d; j++) {
            total += ss[j] / n;
        }
        return total / d;
    }

    private static long mix(long seed, int r) {
        long z = seed + 0x9E3779B97F4A7C15L * (r + 1L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A fitted clustering: the centres, the training labels and the inertia. */
    public static final class Model implements Persistable {
        private final double[] centers;
        private final int[] labels;
        private final double inertia;
        private final int iterations;
        private final int d;
        private final int k;
        private final Backend backend;

        Model(double[] centers, int[] labels, double inertia, int iterations, int d, int k,
                Backend backend) {
            this.centers = centers;
            this.labels = labels;
            this.inertia = inertia;
            this.iterations = iterations;
            this.d = d;
            this.k = k;
            this.backend = backend;
        }

        @Override
        public String formatName() {
            return "KMeans";
        }

        @Override
        public void writeTo(DataOutput out) throws IOException {
            out.writeInt(k);
            out.writeInt(d);
            Codec.doubles(out, centers);
            Codec.ints(out, labels);
            out.writeDouble(inertia);
            out.writeInt(iterations);
        }

        /** Reads what {@link #writeTo} wrote (used by ModelIO). */
        public static Model readFrom(DataInput in) throws IOException {
            int k = Codec.bounded(in, "k", 1, Integer.MAX_VALUE);
            int d = Codec.bounded(in, "features", 1, Integer.MAX_VALUE);
            double[] c = Codec.doubles(in);
            if (c.length != (long) k * d) {
                throw new IOException(c.length + " centre values for k " + k + ", d " + d);
            }
            int[] labels = Codec.ints(in);
            return new Model(c, labels, in.readDouble(), in.readInt(), d, k,
                    Backends.preferred());
        }

        /** The k centres, one row each. */
        public double[][] centers() {
            double[][] c = new double[k][d];
            for (int i = 0; i < k; i++) {
                System.arraycopy(centers, i * d, c[i], 0, d);
            }
            return c;
        }

        /** Cluster of each training sample. */
        public int[] labels() {
            return labels.clone();
        }

        /** Sum of squared distances of the training samples to their centres. */
        public double inertia() {
            return inertia;
        }

        /** Lloyd iterations run by the best restart. */
        public int iterations() {
            return iterations;
        }

        /** Number of features. */
        public int featureCount() {
            return d;
        }

        /** Nearest centre of each row of X. */
        public int[] predict(double[][] x) {
            Inputs.matrix("KMeans.Model.predict", x, d);
            double[] q = Inputs.rowMajor(x);
            int[] out = new int[x.length];
            Lloyd.assign(backend, q, Distances.rowNorms(q, x.length, d), x.length, d, centers, k,
                    out, new double[x.length]);
            return out;
        }
    }
}
