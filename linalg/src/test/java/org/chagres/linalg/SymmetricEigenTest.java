package org.chagres.linalg;

import static org.chagres.linalg.EigenTestSupport.EPS;
import static org.chagres.linalg.EigenTestSupport.minus;
import static org.chagres.linalg.EigenTestSupport.norm1;
import static org.chagres.linalg.EigenTestSupport.orthogonalityError;
import static org.chagres.linalg.EigenTestSupport.randomOrthogonal;
import static org.chagres.linalg.EigenTestSupport.times;
import static org.chagres.linalg.EigenTestSupport.transpose;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.chagres.kernels.Backend;
import org.chagres.kernels.Backends;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SymmetricEigenTest {

    private static final Backend BACKEND = Backends.preferred();

    /** {@code Q·diag(d)·Qᵀ} for a random orthogonal Q. */
    static double[] withSpectrum(double[] d, long seed) {
        int n = d.length;
        double[] q = randomOrthogonal(n, new Random(seed));
        double[] qd = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                qd[i * n + j] = q[i * n + j] * d[j];
            }
        }
        double[] a = times(n, n, n, qd, transpose(n, n, q));
        // exact symmetry, so the lower triangle alone describes the same matrix
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                a[j * n + i] = a[i * n + j];
            }
        }
        return a;
    }

    static Stream<Arguments> spectra() {
        Random rnd = new Random(6);
        double[] random = rnd.doubles(60).map(x -> 4 * x - 2).toArray();
        double[] clustered = new double[80];
        for (int i = 0; i < 80; i++) {
            clustered[i] = i < 40 ? 1.0 + i * 1e-12 : -3.0 + (i - 40) * 1e-9;
        }
        double[] repeated = new double[50];
        for (int i = 0; i < 50; i++) {
            repeated[i] = i < 20 ? -1.0 : 3.0;
        }
        double[] graded = new double[40];
        for (int i = 0; i < 40; i++) {
            graded[i] = (i % 2 == 0 ? 1 : -1) * Math.pow(10.0, -12.0 * i / 39);
        }
        double[] wide = rnd.doubles(150).map(x -> (x - 0.5) * 1e3).toArray();
        wide[7] = 1e8;
        return Stream.of(
                Arguments.of("one", new double[] {-2.5}),
                Arguments.of("two", new double[] {1.0, 1.0 + 1e-15}),
                Arguments.of("zero", new double[10]),
                Arguments.of("random", random),
                Arguments.of("clustered", clustered),
                Arguments.of("repeated", repeated),
                Arguments.of("graded 1e-12", graded),
                Arguments.of("one large", wide));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("spectra")
    void eigenvaluesResidualAndOrthogonalityOnChosenSpectra(String name, double[] d) {
        int n = d.length;
        double[] a = withSpectrum(d, 17 + n);
        double[] before = a.clone();
        SymmetricEigen e = SymmetricEigen.of(Matrix.of(n, n, a), BACKEND);
        assertArrayEquals(before, a, "input modified");

        double[] lambda = e.eigenvalues();
        double[] want = d.clone();
        Arrays.sort(want);
        double norm2 = Math.max(Math.abs(want[0]), Math.abs(want[n - 1]));
        for (int i = 0; i < n; i++) {
            assertTrue(Math.abs(lambda[i] - want[i]) <= 10 * n * EPS * norm2,
                    name + ": λ" + i + " = " + lambda[i] + ", want " + want[i]);
        }
        for (int i = 1; i < n; i++) {
            assertTrue(lambda[i - 1] <= lambda[i], "not ascending at " + i);
        }
        checkFactors(name, n, a, lambda, e);
    }

    /** Orthogonality ‖VᵀV − I‖₁/(n·ε) and residual ‖A·V − V·Λ‖₁/(n·ε·‖A‖₁), both ≤ 10. */
    static void checkFactors(String name, int n, double[] a, double[] lambda, SymmetricEigen e) {
        double[] v = e.eigenvectors().toArray();
        assertTrue(orthogonalityError(n, n, v) <= 10 * n * EPS,
                name + ": ‖VᵀV − I‖ = " + orthogonalityError(n, n, v));
        double[] av = times(n, n, n, a, v);
        double[] vl = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                vl[i * n + j] = v[i * n + j] * lambda[j];
            }
        }
        double normA = norm1(n, n, a);
        double res = norm1(n, n, minus(av, vl));
        assertTrue(res <= 10 * n * EPS * Math.max(normA, Double.MIN_NORMAL),
                name + ": ‖AV − VΛ‖/(n ε ‖A‖) = " + res / (n * EPS * normA));
    }

    @Test
    void referenceSpectraFromMpmath() {
        for (EigenTestSupport.Case c : EigenTestSupport.reference("symmetric")) {
            int n = c.rows();
            SymmetricEigen e = SymmetricEigen.of(c.matrix(), BACKEND);
            double[] got = e.eigenvalues();
            double norm2 = 0.0;
            for (double[] v : c.values()) {
                norm2 = Math.max(norm2, Math.abs(v[0]));
            }
            for (int i = 0; i < n; i++) {
                double want = c.values().get(i)[0];
                assertTrue(Math.abs(got[i] - want) <= 10 * n * EPS * norm2,
                        c.name() + ": λ" + i + " = " + got[i] + ", want " + want);
            }
            checkFactors(c.name(), n, c.a(), got, e);
        }
    }

    @Test
    void readsOnlyTheLowerTriangle() {
        int n = 30;
        double[] a = withSpectrum(new Random(3).doubles(n).toArray(), 5);
        double[] lower = a.clone();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                lower[i * n + j] = Double.NaN;
            }
        }
        SymmetricEigen full = SymmetricEigen.of(Matrix.of(n, n, a), BACKEND);
        SymmetricEigen low = SymmetricEigen.of(Matrix.of(n, n, lower), BACKEND);
        // SIMD kernels may sum in a different order once JIT-compiled, so equal up to rounding
        assertArrayEquals(full.eigenvalues(), low.eigenvalues(), 10 * n * EPS);
        checkFactors("NaN above the diagonal", n, a, low.eigenvalues(), low);
    }

    @Test
    void valuesMatchTheFullDecomposition() {
        int n = 45;
        double[] a = withSpectrum(new Random(9).doubles(n).map(x -> x * 10 - 5).toArray(), 1);
        Matrix m = Matrix.of(n, n, a);
        assertArrayEquals(SymmetricEigen.of(m, BACKEND).eigenvalues(),
                SymmetricEigen.values(m, BACKEND), 10 * n * EPS * 5);
    }

    @Test
    void scalarBackendAgreesWithPreferred() {
        int n = 70;
        double[] d = new Random(4).doubles(n).toArray();
        Matrix m = Matrix.of(n, n, withSpectrum(d, 2));
        double[] x = SymmetricEigen.of(m, Backends.scalar()).eigenvalues();
        double[] y = SymmetricEigen.of(m, Backends.preferred()).eigenvalues();
        for (int i = 0; i < n; i++) {
            assertEquals(x[i], y[i], 10 * n * EPS);
        }
    }

    @Test
    void viewWithOffsetAndLeadingDimension() {
        int n = 12;
        double[] a = withSpectrum(new Random(1).doubles(n).toArray(), 8);
        int ld = n + 3;
        double[] big = new double[2 * ld + ld * n];
        Arrays.fill(big, Double.NaN);
        for (int i = 0; i < n; i++) {
            System.arraycopy(a, i * n, big, 2 * ld + 1 + i * ld, n);
        }
        Matrix view = Matrix.wrap(big, 2 * ld + 1, ld, n, n);
        assertArrayEquals(SymmetricEigen.of(Matrix.of(n, n, a), BACKEND).eigenvalues(),
                SymmetricEigen.of(view, BACKEND).eigenvalues(), 10 * n * EPS);
    }

    @Test
    void emptyAndOneByOne() {
        SymmetricEigen e = SymmetricEigen.of(Matrix.zeros(0, 0), BACKEND);
        assertEquals(0, e.eigenvalues().length);
        assertEquals(0, e.eigenvectors().rows());
        SymmetricEigen one = SymmetricEigen.of(Matrix.of(1, 1, -7.25), BACKEND);
        assertArrayEquals(new double[] {-7.25}, one.eigenvalues(), 0.0);
        assertEquals(1.0, Math.abs(one.eigenvectors().get(0, 0)), 0.0);
    }

    @Test
    void twoByTwoByHand() {
        // [[2, 1], [1, 2]]: eigenvalues 1 and 3, eigenvectors (1, −1)/√2 and (1, 1)/√2
        SymmetricEigen e = SymmetricEigen.of(Matrix.of(2, 2, 2, 1, 1, 2), BACKEND);
        assertArrayEquals(new double[] {1, 3}, e.eigenvalues(), 4 * EPS);
        Vector v = e.eigenvector(1);
        assertEquals(Math.abs(v.get(0)), Math.sqrt(0.5), 4 * EPS);
        assertEquals(v.get(0), v.get(1), 4 * EPS);
    }

    @Test
    void extremeScalesNeitherOverflowNorUnderflow() {
        double[] d = {-2, 0.5, 1, 3};
        double[] base = withSpectrum(d, 29);
        for (double scale : new double[] {0x1p-1000, 0x1p1000, 1e-300, 1e300}) {
            double[] a = base.clone();
            for (int i = 0; i < a.length; i++) {
                a[i] *= scale;
            }
            SymmetricEigen e = SymmetricEigen.of(Matrix.of(4, 4, a), BACKEND);
            for (int i = 0; i < 4; i++) {
                assertEquals(d[i] * scale, e.eigenvalue(i), 10 * 4 * EPS * 3 * scale);
            }
            assertTrue(orthogonalityError(4, 4, e.eigenvectors().toArray()) <= 40 * EPS);
        }
    }

    @Test
    void noConvergenceExceptionCarriesItsDiagnostics() {
        NoConvergenceException e = new NoConvergenceException("SymmetricEigen.of", 120, 7,
                "off-diagonal 1.5e-3");
        assertEquals("SymmetricEigen.of: no convergence after 120 iterations, stalled at index"
                + " 7 (off-diagonal 1.5e-3)", e.getMessage());
        assertEquals(120, e.iterations());
        assertEquals(7, e.index());
        assertTrue(e instanceof ArithmeticException);
    }

    @Test
    void rejectsBadInput() {
        IllegalArgumentException shape = assertThrows(IllegalArgumentException.class,
                () -> SymmetricEigen.of(Matrix.zeros(3, 4)));
        assertEquals("SymmetricEigen.of: A must be square, got 3x4", shape.getMessage());
        Matrix nan = Matrix.of(2, 2, 1, 0, Double.NaN, 1);
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> SymmetricEigen.of(nan));
        assertEquals("SymmetricEigen.of: A[1][0] is not finite, got NaN", bad.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SymmetricEigen.values(
                Matrix.of(1, 1, Double.POSITIVE_INFINITY)));
        assertThrows(NullPointerException.class, () -> SymmetricEigen.of(null));
        assertThrows(IndexOutOfBoundsException.class,
                () -> SymmetricEigen.of(Matrix.identity(2)).eigenvector(2));
    }

    @Property(tries = 60)
    void randomSymmetricMatricesDecompose(@ForAll @IntRange(min = 1, max = 16) int n,
            @ForAll long seed) {
        Random rnd = new Random(seed);
        double[] a = new double[n * n];
        double scale = Math.pow(10.0, rnd.nextInt(41) - 20);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double x = rnd.nextGaussian() * scale;
                a[i * n + j] = x;
                a[j * n + i] = x;
            }
        }
        SymmetricEigen e = SymmetricEigen.of(Matrix.of(n, n, a), BACKEND);
        checkFactors("random n=" + n, n, a, e.eigenvalues(), e);
    }
}
