package org.chagres.linalg;

import static org.chagres.linalg.EigenTestSupport.EPS;
import static org.chagres.linalg.EigenTestSupport.minus;
import static org.chagres.linalg.EigenTestSupport.norm1;
import static org.chagres.linalg.EigenTestSupport.orthogonalityError;
import static org.chagres.linalg.EigenTestSupport.randomOrthonormalColumns;
import static org.chagres.linalg.EigenTestSupport.times;
import static org.chagres.linalg.EigenTestSupport.transpose;
import static org.chagres.linalg.EigenTestSupport.usvt;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

class SvdTest {

    private static final Backend BACKEND = Backends.preferred();

    /** An m × n matrix {@code U·diag(s)·Vᵀ} with random orthonormal U, V; s has min(m, n). */
    static double[] withSingularValues(int m, int n, double[] s, long seed) {
        Random rnd = new Random(seed);
        int k = s.length;
        return usvt(m, n, k, randomOrthonormalColumns(m, k, rnd),
                s, randomOrthonormalColumns(n, k, rnd));
    }

    static double[] geometric(int k, double cond) {
        double[] s = new double[k];
        for (int i = 0; i < k; i++) {
            s[i] = k == 1 ? 1.0 : Math.pow(cond, -(double) i / (k - 1));
        }
        return s;
    }

    static Stream<Arguments> shapes() {
        double[] rankDeficient = geometric(30, 1e3);
        for (int i = 20; i < 30; i++) {
            rankDeficient[i] = 0.0;
        }
        double[] repeated = new double[40];
        for (int i = 0; i < 40; i++) {
            repeated[i] = i < 25 ? 2.0 : 0.5;
        }
        return Stream.of(
                Arguments.of("square cond 1e12", 50, 50, geometric(50, 1e12)),
                Arguments.of("tall", 90, 35, new Random(1).doubles(35).map(x -> 1 + 9 * x)
                        .sorted().toArray()),
                Arguments.of("wide", 35, 90, geometric(35, 1e4)),
                Arguments.of("rank-deficient tall", 45, 30, rankDeficient),
                // rows ≥ Svd.TALL_RATIO·cols: reduced by QR first (either orientation)
                Arguments.of("rank-deficient very tall", 200, 30, rankDeficient),
                Arguments.of("very tall cond 1e10", 400, 12, geometric(12, 1e10)),
                Arguments.of("very wide repeated", 40, 130, repeated),
                Arguments.of("at the tall crossover", 48, 30, geometric(30, 1e2)),
                Arguments.of("repeated", 40, 40, repeated),
                Arguments.of("larger square", 160, 160, geometric(160, 1e6)),
                Arguments.of("one column", 7, 1, new double[] {3.5}),
                Arguments.of("one row", 1, 6, new double[] {0.25}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void thinAndFullOnChosenSingularValues(String name, int m, int n, double[] s) {
        double[] a = withSingularValues(m, n, s, 31L * m + n);
        double[] before = a.clone();
        Matrix am = Matrix.of(m, n, a);
        for (boolean full : new boolean[] {false, true}) {
            Svd svd = full ? Svd.full(am, BACKEND) : Svd.of(am, BACKEND);
            assertArrayEquals(before, a, "input modified");
            String label = name + (full ? " full" : " thin");
            double[] want = s.clone();
            java.util.Arrays.sort(want);
            reverse(want);
            checkValues(label, Math.max(m, n), svd.singularValues(), want);
            checkFactors(label, m, n, a, svd, full);
        }
    }

    static void reverse(double[] x) {
        for (int i = 0, j = x.length - 1; i < j; i++, j--) {
            double t = x[i];
            x[i] = x[j];
            x[j] = t;
        }
    }

    /** Singular values within 10·n·ε·σ₁ of the reference and descending. */
    static void checkValues(String name, int n, double[] got, double[] want) {
        assertEquals(want.length, got.length, name);
        double s1 = want.length == 0 ? 0.0 : want[0];
        for (int i = 0; i < got.length; i++) {
            assertTrue(Math.abs(got[i] - want[i]) <= 10 * n * EPS * s1,
                    name + ": σ" + i + " = " + got[i] + ", want " + want[i]);
            assertTrue(got[i] >= 0.0 && (i == 0 || got[i - 1] >= got[i]), name + " order");
        }
    }

    /**
     * Shapes, orthogonality ‖UᵀU − I‖/(n·ε) ≤ 10 and ‖VᵀV − I‖/(n·ε) ≤ 10, and reconstruction
     * ‖A − U·Σ·Vᵀ‖₁/(n·ε·‖A‖₁) ≤ 10, n = max(rows, cols).
     */
    static void checkFactors(String name, int m, int n, double[] a, Svd svd, boolean full) {
        int k = Math.min(m, n);
        int big = Math.max(Math.max(m, n), 1);
        Matrix u = svd.u();
        Matrix v = svd.v();
        assertEquals(m, u.rows(), name);
        assertEquals(full ? m : k, u.cols(), name);
        assertEquals(n, v.rows(), name);
        assertEquals(full ? n : k, v.cols(), name);
        double[] ud = u.toArray();
        double[] vd = v.toArray();
        assertTrue(orthogonalityError(m, u.cols(), ud) <= 10 * big * EPS,
                name + ": ‖UᵀU − I‖ = " + orthogonalityError(m, u.cols(), ud));
        assertTrue(orthogonalityError(n, v.cols(), vd) <= 10 * big * EPS,
                name + ": ‖VᵀV − I‖ = " + orthogonalityError(n, v.cols(), vd));
        double[] s = svd.singularValues();
        double[] uk = new double[m * k];
        double[] vk = new double[n * k];
        for (int i = 0; i < m; i++) {
            System.arraycopy(ud, i * u.cols(), uk, i * k, k);
        }
        for (int i = 0; i < n; i++) {
            System.arraycopy(vd, i * v.cols(), vk, i * k, k);
        }
        double normA = norm1(m, n, a);
        double err = norm1(m, n, minus(a, usvt(m, n, k, uk, s, vk)));
        assertTrue(err <= 10 * big * EPS * normA,
                name + ": ‖A − UΣVᵀ‖/(n ε ‖A‖) = " + err / (big * EPS * normA));
    }

    @Test
    void referenceSingularValuesFromMpmath() {
        for (EigenTestSupport.Case c : EigenTestSupport.reference("svd")) {
            Svd svd = Svd.of(c.matrix(), BACKEND);
            double[] want = c.values().stream().mapToDouble(v -> v[0]).toArray();
            checkValues(c.name(), Math.max(c.rows(), c.cols()), svd.singularValues(), want);
            checkFactors(c.name(), c.rows(), c.cols(), c.a(), svd, false);
            assertArrayEquals(svd.singularValues(), Svd.values(c.matrix(), BACKEND),
                    10 * Math.max(c.rows(), c.cols()) * EPS * svd.norm2());
        }
    }

    @Test
    void rankNormAndConditionNumber() {
        double[] s = {5.0, 2.0, 1e-3, 0.0, 0.0};
        Svd svd = Svd.of(Matrix.of(8, 5, withSingularValues(8, 5, s, 3)), BACKEND);
        assertEquals(3, svd.rank());
        assertEquals(2, svd.rank(1e-2));
        assertTrue(svd.rank(0.0) >= 3);
        assertEquals(5.0, svd.norm2(), 10 * 8 * EPS * 5);
        // σ₄, σ₅ come out at rounding level, not exactly zero
        assertTrue(svd.conditionNumber() > 1e13, "κ = " + svd.conditionNumber());
        Svd exactZero = Svd.of(Matrix.of(2, 2, 2, 0, 0, 0), BACKEND);
        assertArrayEquals(new double[] {2, 0}, exactZero.singularValues(), 0.0);
        assertEquals(Double.POSITIVE_INFINITY, exactZero.conditionNumber());
        assertEquals(1, exactZero.rank());
        Svd wellConditioned = Svd.of(Matrix.of(6, 4, withSingularValues(6, 4,
                new double[] {8, 4, 2, 1}, 4)), BACKEND);
        assertEquals(8.0, wellConditioned.conditionNumber(), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> svd.rank(-1.0));
        assertThrows(IllegalArgumentException.class, () -> svd.rank(Double.NaN));
    }

    @Test
    void pseudoInverseSatisfiesTheMoorePenroseConditions() {
        int m = 12;
        int n = 9;
        double[] a = withSingularValues(m, n, new double[] {3, 2, 1, 0.5, 0.25, 0, 0, 0, 0}, 7);
        Matrix p = Svd.of(Matrix.of(m, n, a), BACKEND).pseudoInverse();
        assertEquals(n, p.rows());
        assertEquals(m, p.cols());
        double[] x = p.toArray();
        double[] ax = times(m, n, m, a, x);
        double[] xa = times(n, m, n, x, a);
        // errors of order κ·ε times the norms involved, κ = σ₁/σ₅ = 12 on the kept range
        double kappa = 12.0;
        double tolA = 10 * m * EPS * kappa * norm1(m, n, a);
        double tolX = 10 * m * EPS * kappa * norm1(n, m, x);
        double tolP = 10 * m * EPS * kappa;
        assertTrue(norm1(m, n, minus(times(m, m, n, ax, a), a)) <= tolA, "A·A⁺·A = A");
        assertTrue(norm1(n, m, minus(times(n, n, m, xa, x), x)) <= tolX, "A⁺·A·A⁺ = A⁺");
        assertTrue(norm1(m, m, minus(ax, transpose(m, m, ax))) <= tolP, "A·A⁺ symmetric");
        assertTrue(norm1(n, n, minus(xa, transpose(n, n, xa))) <= tolP, "A⁺·A symmetric");
    }

    @Test
    void leastSquaresWellConditionedMatchesTheExactSolution() {
        int m = 40;
        int n = 15;
        double[] a = withSingularValues(m, n, geometric(n, 100.0), 11);
        double[] xTrue = new Random(2).doubles(n).toArray();
        double[] b = times(m, n, 1, a, xTrue);
        Matrix x = Svd.of(Matrix.of(m, n, a), BACKEND).solve(Matrix.of(m, 1, b));
        double kappa = 100.0;
        double errNorm = 0.0;
        double xNorm = 0.0;
        for (int i = 0; i < n; i++) {
            errNorm = Math.max(errNorm, Math.abs(x.get(i, 0) - xTrue[i]));
            xNorm = Math.max(xNorm, Math.abs(xTrue[i]));
        }
        assertTrue(errNorm <= 10 * kappa * EPS * xNorm,
                "relative error " + errNorm / xNorm);
    }

    @Test
    void leastSquaresRankDeficientGivesTheMinimumNormSolution() {
        int m = 20;
        int n = 12;
        double[] s = {4, 3, 2, 1, 0.5, 1e-15, 0, 0, 0, 0, 0, 0};
        double[] a = withSingularValues(m, n, s, 13);
        double[] b = new Random(5).doubles(m * 2).toArray();
        Svd svd = Svd.of(Matrix.of(m, n, a), BACKEND);
        Matrix x = svd.solve(Matrix.of(m, 2, b), 1e-10);
        assertEquals(5, svd.rank(1e-10 * svd.norm2()));
        // the same as the cut-off pseudo-inverse times b
        double[] px = times(n, m, 2, svd.pseudoInverse(1e-10).toArray(), b);
        assertArrayEquals(px, x.toArray(), 1e-12);
        // normal equations hold on the numerical range: Aᵀ(Ax − b) ≈ 0
        double[] r = minus(times(m, n, 2, a, x.toArray()), b);
        double[] g = times(n, m, 2, transpose(m, n, a), r);
        assertTrue(norm1(n, 2, g) <= 1e-9, "Aᵀr = " + norm1(n, 2, g));
        // minimum norm: x lies in the span of the first 5 right singular vectors
        double[] v = svd.v().toArray();
        for (int l = 5; l < n; l++) {
            for (int c = 0; c < 2; c++) {
                double t = 0.0;
                for (int i = 0; i < n; i++) {
                    t += v[i * n + l] * x.get(i, c);
                }
                assertEquals(0.0, t, 1e-12, "component along v" + l);
            }
        }
        Vector one = svd.solve(Vector.of(java.util.Arrays.copyOf(b, m)), 1e-10);
        assertEquals(n, one.length());
    }

    @Test
    void hilbertIsIllConditionedButItsSingularValuesAreAccurate() {
        int n = 12;
        Svd svd = Svd.of(Matrix.of(n, n, EigenTestSupport.hilbert(n)), BACKEND);
        assertTrue(svd.conditionNumber() > 1e15, "κ(H12) = " + svd.conditionNumber());
        checkFactors("hilbert12", n, n, EigenTestSupport.hilbert(n), svd, false);
    }

    @Test
    void emptyZeroAndTinyShapes() {
        for (int[] shape : new int[][] {{0, 0}, {0, 3}, {3, 0}}) {
            Matrix e = Matrix.zeros(shape[0], shape[1]);
            Svd thin = Svd.of(e, BACKEND);
            assertEquals(0, thin.singularValues().length);
            assertEquals(shape[0], thin.u().rows());
            assertEquals(0, thin.u().cols());
            assertEquals(0.0, thin.norm2());
            assertEquals(0, thin.rank());
            assertTrue(Double.isNaN(thin.conditionNumber()));
            Svd full = Svd.full(e, BACKEND);
            assertEquals(shape[0], full.u().cols());
            assertEquals(shape[1], full.v().cols());
            assertEquals(shape[1], thin.solve(Matrix.zeros(shape[0], 2)).rows());
        }
        Svd zero = Svd.of(Matrix.zeros(4, 3), BACKEND);
        assertArrayEquals(new double[3], zero.singularValues(), 0.0);
        assertEquals(0, zero.rank());
        checkFactors("zero", 4, 3, new double[12], zero, false);
        Svd one = Svd.of(Matrix.of(1, 1, -3.0), BACKEND);
        assertArrayEquals(new double[] {3.0}, one.singularValues(), 0.0);
        assertEquals(-3.0, one.u().get(0, 0) * 3.0 * one.v().get(0, 0), 0.0);
    }

    @Test
    void extremeScalesNeitherOverflowNorUnderflow() {
        double[] want = {4, 3, 2, 1};
        double[] base = withSingularValues(6, 4, want, 23);
        for (double scale : new double[] {0x1p-1000, 0x1p1000, 1e-300, 1e300}) {
            double[] a = base.clone();
            for (int i = 0; i < a.length; i++) {
                a[i] *= scale;
            }
            Svd svd = Svd.of(Matrix.of(6, 4, a), BACKEND);
            double[] s = svd.singularValues();
            for (int i = 0; i < 4; i++) {
                assertEquals(want[i] * scale, s[i], 10 * 6 * EPS * 4 * scale, "scale " + scale);
            }
            checkFactors("scale " + scale, 6, 4, a, svd, false);
        }
    }

    @Test
    void rejectsBadInput() {
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> Svd.of(Matrix.of(2, 2, 1, 2, 3, Double.NaN)));
        assertEquals("Svd.of: A[1][1] is not finite, got NaN", nan.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Svd.values(Matrix.of(1, 2, Double.NEGATIVE_INFINITY, 0)));
        Svd svd = Svd.of(Matrix.identity(3));
        IllegalArgumentException rows = assertThrows(IllegalArgumentException.class,
                () -> svd.solve(Matrix.zeros(4, 1)));
        assertEquals("Svd.solve: B.rows != A.rows, got A 3x3, B 4x1", rows.getMessage());
        assertThrows(IllegalArgumentException.class, () -> svd.solve(Matrix.zeros(3, 1), -1));
        assertThrows(IllegalArgumentException.class, () -> svd.pseudoInverse(Double.NaN));
        assertThrows(NullPointerException.class, () -> Svd.of(null));
    }

    @Test
    void scalarBackendAgreesWithPreferred() {
        int m = 50;
        int n = 30;
        Matrix a = Matrix.of(m, n, withSingularValues(m, n, geometric(n, 1e5), 19));
        double[] x = Svd.of(a, Backends.scalar()).singularValues();
        double[] y = Svd.of(a, Backends.preferred()).singularValues();
        assertArrayEquals(x, y, 10 * m * EPS);
    }

    @Property(tries = 60)
    void randomMatricesDecompose(@ForAll @IntRange(min = 1, max = 14) int m,
            @ForAll @IntRange(min = 1, max = 14) int n, @ForAll long seed) {
        Random rnd = new Random(seed);
        double scale = Math.pow(10.0, rnd.nextInt(41) - 20);
        double[] a = rnd.doubles(m * n).map(x -> (x - 0.5) * scale).toArray();
        Svd svd = Svd.of(Matrix.of(m, n, a), BACKEND);
        checkFactors("random " + m + "x" + n, m, n, a, svd, false);
        Svd full = Svd.full(Matrix.of(m, n, a), BACKEND);
        checkFactors("random full " + m + "x" + n, m, n, a, full, true);
    }
}
