package org.chagres.linalg;

import static org.chagres.linalg.EigenTestSupport.EPS;
import static org.chagres.linalg.EigenTestSupport.norm1;
import static org.chagres.linalg.EigenTestSupport.randomOrthogonal;
import static org.chagres.linalg.EigenTestSupport.times;
import static org.chagres.linalg.EigenTestSupport.transpose;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.chagres.kernels.Backend;
import org.chagres.kernels.Backends;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EigenTest {

    private static final Backend BACKEND = Backends.preferred();

    static double frobenius(double[] a) {
        double s = 0.0;
        for (double x : a) {
            s += x * x;
        }
        return Math.sqrt(s);
    }

    /**
     * Every pair satisfies {@code ‖A·x − λ·x‖₂ <= 10·n·ε·‖A‖₁}, x has unit norm with its
     * largest component real and positive, and complex pairs are adjacent conjugates
     * (positive imaginary part first) with conjugate vectors.
     */
    static void checkPairs(String name, int n, double[] a, Eigen e) {
        double[] wr = e.realParts();
        double[] wi = e.imaginaryParts();
        double[] vr = e.eigenvectorsReal().toArray();
        double[] vi = e.eigenvectorsImaginary().toArray();
        double normA = Math.max(norm1(n, n, a), Double.MIN_NORMAL);
        for (int j = 0; j < n; j++) {
            double len = 0.0;
            double big = -1.0;
            int arg = -1;
            double res = 0.0;
            for (int i = 0; i < n; i++) {
                double xr = vr[i * n + j];
                double xi = vi[i * n + j];
                double m = Math.hypot(xr, xi);
                len += m * m;
                if (m > big) {
                    big = m;
                    arg = i;
                }
                double sr = -(wr[j] * xr - wi[j] * xi);
                double si = -(wr[j] * xi + wi[j] * xr);
                for (int k = 0; k < n; k++) {
                    sr += a[i * n + k] * vr[k * n + j];
                    si += a[i * n + k] * vi[k * n + j];
                }
                res += sr * sr + si * si;
            }
            assertEquals(1.0, Math.sqrt(len), 10 * n * EPS, name + ": ‖x" + j + "‖");
            assertEquals(0.0, vi[arg * n + j], 0.0, name + ": largest component real");
            assertTrue(vr[arg * n + j] > 0.0, name + ": largest component positive");
            assertTrue(Math.sqrt(res) <= 10 * n * EPS * normA,
                    name + ": ‖Ax − λx‖/(n ε ‖A‖) for pair " + j + " = "
                            + Math.sqrt(res) / (n * EPS * normA));
            if (wi[j] > 0.0) {
                assertEquals(wr[j], wr[j + 1], 0.0, name);
                assertEquals(-wi[j], wi[j + 1], 0.0, name);
                for (int i = 0; i < n; i++) {
                    assertEquals(vr[i * n + j], vr[i * n + j + 1], 0.0);
                    assertEquals(-vi[i * n + j], vi[i * n + j + 1], 0.0);
                }
            } else if (wi[j] < 0.0) {
                assertTrue(j > 0 && wi[j - 1] == -wi[j], name + ": unpaired " + j);
            }
        }
    }

    /** Index of the computed eigenvalue nearest to (re, im), among those not yet used. */
    static int nearest(double[] wr, double[] wi, boolean[] used, double re, double im) {
        int best = -1;
        double dist = Double.POSITIVE_INFINITY;
        for (int i = 0; i < wr.length; i++) {
            double d = Math.hypot(wr[i] - re, wi[i] - im);
            if (!used[i] && d < dist) {
                dist = d;
                best = i;
            }
        }
        used[best] = true;
        return best;
    }

    @ParameterizedTest(name = "n = {0}")
    @ValueSource(ints = {1, 2, 3, 5, 8, 30, 120})
    void randomMatricesHaveSmallResiduals(int n) {
        Random rnd = new Random(100 + n);
        double[] a = rnd.doubles(n * n).map(x -> 2 * x - 1).toArray();
        double[] before = a.clone();
        Eigen e = Eigen.of(Matrix.of(n, n, a), BACKEND);
        assertArrayEquals(before, a, "input modified");
        checkPairs("random " + n, n, a, e);
        Eigen values = Eigen.valuesOnly(Matrix.of(n, n, a), BACKEND);
        assertFalse(values.hasEigenvectors());
        // the same iteration on H; SIMD kernels may round differently once JIT-compiled
        boolean[] used = new boolean[n];
        double tol = 1e3 * n * EPS * norm1(n, n, a);
        for (int i = 0; i < n; i++) {
            int j = nearest(values.realParts(), values.imaginaryParts(), used, e.realParts()[i],
                    e.imaginaryParts()[i]);
            assertEquals(e.realParts()[i], values.realParts()[j], tol);
            assertEquals(e.imaginaryParts()[i], values.imaginaryParts()[j], tol);
        }
    }

    @Test
    void chosenComplexSpectrumOfANormalMatrix() {
        // Q·B·Qᵀ, B block diagonal with rotation-scaling blocks [[a, b], [−b, a]] (a ± ib) and
        // real 1 × 1 blocks: normal, so every eigenvalue has condition number 1
        int n = 61;
        double[] b = new double[n * n];
        double[][] want = new double[n][];
        Random rnd = new Random(21);
        int i = 0;
        for (; i + 1 < 50; i += 2) {
            double re = rnd.nextDouble() * 4 - 2;
            double im = 0.1 + rnd.nextDouble() * 3;
            b[i * n + i] = re;
            b[i * n + i + 1] = im;
            b[(i + 1) * n + i] = -im;
            b[(i + 1) * n + i + 1] = re;
            want[i] = new double[] {re, im};
            want[i + 1] = new double[] {re, -im};
        }
        for (; i < n; i++) {
            b[i * n + i] = i - 55.5;
            want[i] = new double[] {i - 55.5, 0.0};
        }
        double[] q = randomOrthogonal(n, new Random(22));
        double[] a = times(n, n, n, times(n, n, n, q, b), transpose(n, n, q));
        Eigen e = Eigen.of(Matrix.of(n, n, a), BACKEND);
        double norm2 = 55.5;
        boolean[] used = new boolean[n];
        double[] wr = e.realParts();
        double[] wi = e.imaginaryParts();
        for (double[] w : want) {
            int j = nearest(wr, wi, used, w[0], w[1]);
            assertTrue(Math.hypot(wr[j] - w[0], wi[j] - w[1]) <= 10 * n * EPS * norm2,
                    "λ = " + wr[j] + " + " + wi[j] + "i, want " + w[0] + " + " + w[1] + "i");
        }
        checkPairs("normal", n, a, e);
    }

    @Test
    void referenceSpectraFromMpmath() {
        for (EigenTestSupport.Case c : EigenTestSupport.reference("general")) {
            int n = c.rows();
            Eigen e = Eigen.of(c.matrix(), BACKEND);
            double[] wr = e.realParts();
            double[] wi = e.imaginaryParts();
            boolean[] used = new boolean[n];
            double norm = frobenius(c.a());
            for (double[] v : c.values()) {
                int j = nearest(wr, wi, used, v[0], v[1]);
                double kappa = v[2];
                double err = Math.hypot(wr[j] - v[0], wi[j] - v[1]);
                // first-order perturbation bound |δλ| <= κ·‖δA‖ with ‖δA‖ ~ n·ε·‖A‖
                assertTrue(err <= 10 * n * EPS * norm * kappa,
                        c.name() + ": λ = " + wr[j] + " + " + wi[j] + "i, want " + v[0] + " + "
                                + v[1] + "i (κ " + kappa + ")");
                assertTrue(v[1] != 0.0 || wi[j] == 0.0, c.name() + ": real λ came out complex");
            }
            checkPairs(c.name(), n, c.a(), e);
        }
    }

    @Test
    void badlyScaledSimilarityIsBalancedBack() {
        // B = D⁻¹·A·D with D = diag(2^eₖ), eₖ in [−40, 40] in no particular order: exact, the
        // same eigenvalues as A, but without balancing the errors would scale with ‖B‖ ≫ ‖A‖
        EigenTestSupport.Case c = EigenTestSupport.reference("general").get(0);
        int n = c.rows();
        int[] e = {0, 37, -12, 25, -40, 8, 40, -29, 17, -3};
        double[] b = c.a().clone();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                b[i * n + j] = Math.scalb(b[i * n + j], e[j] - e[i]);
            }
        }
        Eigen eig = Eigen.of(Matrix.of(n, n, b), BACKEND);
        double[] wr = eig.realParts();
        double[] wi = eig.imaginaryParts();
        boolean[] used = new boolean[n];
        double norm = frobenius(c.a());
        for (double[] v : c.values()) {
            int j = nearest(wr, wi, used, v[0], v[1]);
            double err = Math.hypot(wr[j] - v[0], wi[j] - v[1]);
            assertTrue(err <= 10 * n * EPS * norm * v[2], c.name() + " scaled: λ = " + wr[j]
                    + " + " + wi[j] + "i, want " + v[0] + " + " + v[1] + "i");
        }
        checkPairs("scaled " + c.name(), n, b, eig);
    }

    @Test
    void companionOfXCubedMinusOneAndTheDocumentedOrder() {
        // companion of x³ − 1: roots 1 and −1/2 ± (√3/2)i
        Eigen e = Eigen.of(Matrix.of(3, 3, 0, 0, 1, 1, 0, 0, 0, 1, 0), BACKEND);
        double[] wr = e.realParts();
        double[] wi = e.imaginaryParts();
        int pair = wi[0] != 0.0 ? 0 : 1;
        assertEquals(-0.5, wr[pair], 8 * EPS);
        assertEquals(Math.sqrt(3) / 2, wi[pair], 8 * EPS);
        assertEquals(-Math.sqrt(3) / 2, wi[pair + 1], 8 * EPS);
        assertEquals(1.0, wr[pair == 0 ? 2 : 0], 8 * EPS);
        assertFalse(e.isReal());
    }

    @Test
    void triangularMatrixKeepsItsDiagonalOrder() {
        double[] a = {3, 1, 4, 1, 0, -5, 9, 2, 0, 0, 6, 5, 0, 0, 0, -3};
        Eigen e = Eigen.of(Matrix.of(4, 4, a), BACKEND);
        assertArrayEquals(new double[] {3, -5, 6, -3}, e.realParts(), 0.0);
        assertTrue(e.isReal());
        checkPairs("triangular", 4, a, e);
    }

    @Test
    void rotationHasEigenvaluesOnTheUnitCircle() {
        double t = 0.7;
        double[] a = {Math.cos(t), -Math.sin(t), Math.sin(t), Math.cos(t)};
        Eigen e = Eigen.of(Matrix.of(2, 2, a), BACKEND);
        assertEquals(Math.cos(t), e.realParts()[0], 4 * EPS);
        assertEquals(Math.sin(t), e.imaginaryParts()[0], 4 * EPS);
        // eigenvector of e^{iθ} is (1, −i)/√2 up to a unit factor; normalised: (1/√2, −i/√2)
        Matrix re = e.eigenvectorsReal();
        Matrix im = e.eigenvectorsImaginary();
        assertEquals(Math.sqrt(0.5), re.get(0, 0), 4 * EPS);
        assertEquals(0.0, im.get(0, 0), 0.0);
        assertEquals(0.0, re.get(1, 0), 4 * EPS);
        assertEquals(-Math.sqrt(0.5), im.get(1, 0), 4 * EPS);
    }

    @Test
    void defectiveJordanBlockEigenvaluesToTheAccuracyTheoryAllows() {
        // Q·J₄(2)·Qᵀ: a 4-fold defective eigenvalue is perturbed by (ε‖A‖)^(1/4), but the
        // mean of the cluster (trace / 4) stays accurate to rounding
        int k = 4;
        double[] j = new double[k * k];
        for (int i = 0; i < k; i++) {
            j[i * k + i] = 2.0;
            if (i + 1 < k) {
                j[i * k + i + 1] = 1.0;
            }
        }
        double[] q = randomOrthogonal(k, new Random(40));
        double[] a = times(k, k, k, times(k, k, k, q, j), transpose(k, k, q));
        Eigen e = Eigen.valuesOnly(Matrix.of(k, k, a), BACKEND);
        double norm = norm1(k, k, a);
        double spread = 10 * Math.pow(k * EPS * norm, 1.0 / k);
        double mean = 0.0;
        for (int i = 0; i < k; i++) {
            double d = Math.hypot(e.realParts()[i] - 2.0, e.imaginaryParts()[i]);
            assertTrue(d <= spread, "λ" + i + " off by " + d + " > " + spread);
            mean += e.realParts()[i] / k;
        }
        assertEquals(2.0, mean, 10 * k * EPS * norm);
        assertThrows(IllegalStateException.class, e::eigenvectorsReal);
    }

    @Test
    void nearDefectivePair() {
        // [[1, 1], [δ, 1]]: eigenvalues 1 ± √δ, condition ~ 1/√δ
        double delta = 1e-10;
        Eigen e = Eigen.of(Matrix.of(2, 2, 1, 1, delta, 1), BACKEND);
        double[] wr = e.realParts().clone();
        java.util.Arrays.sort(wr);
        assertEquals(1 - 1e-5, wr[0], 10 * EPS / Math.sqrt(delta));
        assertEquals(1 + 1e-5, wr[1], 10 * EPS / Math.sqrt(delta));
        checkPairs("near-defective", 2, new double[] {1, 1, delta, 1}, e);
    }

    @Test
    void emptyAndOneByOne() {
        Eigen e = Eigen.of(Matrix.zeros(0, 0), BACKEND);
        assertEquals(0, e.realParts().length);
        assertEquals(0, e.eigenvectorsReal().rows());
        Eigen one = Eigen.of(Matrix.of(1, 1, -4.0), BACKEND);
        assertArrayEquals(new double[] {-4.0}, one.realParts(), 0.0);
        assertEquals(1.0, one.eigenvectorsReal().get(0, 0), 0.0);
    }

    @Test
    void rejectsBadInput() {
        IllegalArgumentException shape = assertThrows(IllegalArgumentException.class,
                () -> Eigen.of(Matrix.zeros(2, 3)));
        assertEquals("Eigen.of: A must be square, got 2x3", shape.getMessage());
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> Eigen.of(Matrix.of(2, 2, 0, Double.NaN, 0, 0)));
        assertEquals("Eigen.of: A[0][1] is not finite, got NaN", nan.getMessage());
        assertThrows(NullPointerException.class, () -> Eigen.valuesOnly(null));
    }

    @Test
    void scalarBackendAgreesWithPreferred() {
        int n = 40;
        double[] a = new Random(8).doubles(n * n).toArray();
        Eigen x = Eigen.of(Matrix.of(n, n, a), Backends.scalar());
        Eigen y = Eigen.of(Matrix.of(n, n, a), Backends.preferred());
        checkPairs("scalar", n, a, x);
        boolean[] used = new boolean[n];
        for (int i = 0; i < n; i++) {
            int j = nearest(y.realParts(), y.imaginaryParts(), used, x.realParts()[i],
                    x.imaginaryParts()[i]);
            // both backward stable: they differ by about κ·n·ε·‖A‖, κ well below 1e3 here
            double tol = 1e3 * n * EPS * norm1(n, n, a);
            assertEquals(x.realParts()[i], y.realParts()[j], tol);
            assertEquals(x.imaginaryParts()[i], y.imaginaryParts()[j], tol);
        }
    }

    @Property(tries = 60)
    void randomMatricesDecompose(@ForAll @IntRange(min = 1, max = 12) int n,
            @ForAll long seed) {
        Random rnd = new Random(seed);
        double scale = Math.pow(10.0, rnd.nextInt(41) - 20);
        double[] a = rnd.doubles(n * n).map(x -> (x - 0.5) * scale).toArray();
        checkPairs("random " + n, n, a, Eigen.of(Matrix.of(n, n, a), BACKEND));
    }
}
