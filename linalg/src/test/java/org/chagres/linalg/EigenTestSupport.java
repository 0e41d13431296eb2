package org.chagres.linalg;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Structured test matrices, norms and the mpmath reference file shared by the SVD and eigen
 * tests. All matrices are row-major double[] of the given shape.
 */
final class EigenTestSupport {

    static final double EPS = Math.ulp(1.0);

    private EigenTestSupport() {
    }

    /** A random n × n orthogonal matrix: a product of n random Householder reflectors. */
    static double[] randomOrthogonal(int n, Random rnd) {
        double[] q = new double[n * n];
        for (int i = 0; i < n; i++) {
            q[i * n + i] = 1.0;
        }
        double[] v = new double[n];
        double[] w = new double[n];
        for (int k = 0; k < n; k++) {
            double norm2 = 0.0;
            for (int i = 0; i < n; i++) {
                v[i] = rnd.nextGaussian();
                norm2 += v[i] * v[i];
            }
            double beta = 2.0 / norm2;
            // q ← q·(I − β·v·vᵀ)
            for (int i = 0; i < n; i++) {
                double t = 0.0;
                for (int j = 0; j < n; j++) {
                    t += q[i * n + j] * v[j];
                }
                w[i] = t * beta;
            }
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    q[i * n + j] -= w[i] * v[j];
                }
            }
        }
        return q;
    }

    /** The first {@code cols} columns of a random m × m orthogonal matrix. */
    static double[] randomOrthonormalColumns(int m, int cols, Random rnd) {
        double[] q = randomOrthogonal(m, rnd);
        double[] out = new double[m * cols];
        for (int i = 0; i < m; i++) {
            System.arraycopy(q, i * m, out, i * cols, cols);
        }
        return out;
    }

    /** {@code U·diag(s)·Vᵀ} for U m × k, V n × k. */
    static double[] usvt(int m, int n, int k, double[] u, double[] s, double[] v) {
        double[] a = new double[m * n];
        for (int i = 0; i < m; i++) {
            for (int l = 0; l < k; l++) {
                double t = u[i * k + l] * s[l];
                if (t == 0.0) {
                    continue;
                }
                for (int j = 0; j < n; j++) {
                    a[i * n + j] += t * v[j * k + l];
                }
            }
        }
        return a;
    }

    /** {@code C = A·B} for A m × k, B k × n. */
    static double[] times(int m, int k, int n, double[] a, double[] b) {
        double[] c = new double[m * n];
        for (int i = 0; i < m; i++) {
            for (int l = 0; l < k; l++) {
                double t = a[i * k + l];
                for (int j = 0; j < n; j++) {
                    c[i * n + j] += t * b[l * n + j];
                }
            }
        }
        return c;
    }

    /** The transpose of the m × n a. */
    static double[] transpose(int m, int n, double[] a) {
        double[] t = new double[n * m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                t[j * m + i] = a[i * n + j];
            }
        }
        return t;
    }

    /** The 1-norm (largest column sum of magnitudes) of the m × n a. */
    static double norm1(int m, int n, double[] a) {
        double best = 0.0;
        for (int j = 0; j < n; j++) {
            double s = 0.0;
            for (int i = 0; i < m; i++) {
                s += Math.abs(a[i * n + j]);
            }
            best = Math.max(best, s);
        }
        return best;
    }

    /** {@code ‖QᵀQ − I‖₁} for the m × k q. */
    static double orthogonalityError(int m, int k, double[] q) {
        double[] g = times(k, m, k, transpose(m, k, q), q);
        for (int i = 0; i < k; i++) {
            g[i * k + i] -= 1.0;
        }
        return norm1(k, k, g);
    }

    /** The m × n matrix with entries a − b. */
    static double[] minus(double[] a, double[] b) {
        double[] c = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i] - b[i];
        }
        return c;
    }

    /** The n × n Hilbert matrix, entries 1/(i+j+1) rounded to double. */
    static double[] hilbert(int n) {
        double[] a = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i * n + j] = 1.0 / (i + j + 1);
            }
        }
        return a;
    }

    /** One case from eigen-reference.txt. */
    record Case(String name, String kind, int rows, int cols, double[] a, List<double[]> values) {

        Matrix matrix() {
            return Matrix.of(rows, cols, a);
        }
    }

    /** Reads every case of the given kind from the reference resource. */
    static List<Case> reference(String kind) {
        List<Case> out = new ArrayList<>();
        try (InputStream in = EigenTestSupport.class.getResourceAsStream("eigen-reference.txt");
                BufferedReader r = new BufferedReader(
                        new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            String line;
            String name = null;
            String k = null;
            int rows = 0;
            int cols = 0;
            List<Double> a = new ArrayList<>();
            List<double[]> values = new ArrayList<>();
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.trim().split("\\s+");
                switch (f[0]) {
                    case "case" -> {
                        name = f[1];
                        k = f[2];
                        rows = Integer.parseInt(f[3]);
                        cols = Integer.parseInt(f[4]);
                        a.clear();
                        values = new ArrayList<>();
                    }
                    case "a" -> {
                        for (int i = 1; i < f.length; i++) {
                            a.add(Double.parseDouble(f[i]));
                        }
                    }
                    case "v" -> {
                        double[] v = new double[f.length - 1];
                        for (int i = 1; i < f.length; i++) {
                            v[i - 1] = new BigDecimal(f[i]).doubleValue();
                        }
                        values.add(v);
                    }
                    case "end" -> {
                        if (kind.equals(k)) {
                            double[] arr = a.stream().mapToDouble(Double::doubleValue).toArray();
                            out.add(new Case(name, k, rows, cols, arr, values));
                        }
                    }
                    default -> throw new IllegalStateException("bad line: " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("no reference cases of kind " + kind);
        }
        return out;
    }
}
