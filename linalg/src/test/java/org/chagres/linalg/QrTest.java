package org.chagres.linalg;

import static org.chagres.linalg.TestMatrices.EPS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.chagres.kernels.Backend;
import org.chagres.kernels.Backends;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QrTest {

    static double orthogonality(Matrix q) {
        int n = Math.max(1, q.cols());
        return TestMatrices.diff(q.transposeTimes(q), Matrix.identity(q.cols())) / (n * EPS);
    }

    @ParameterizedTest
    @CsvSource({"1,1", "5,3", "3,5", "33,33", "100,70", "70,100", "64,1", "1,64", "260,140"})
    void backwardErrorOrthogonalityAndShape(int m, int n) {
        Random rnd = new Random(31L * m + n);
        Matrix a = TestMatrices.random(m, n, rnd);
        Backend[] bes = m * n > 20000 ? new Backend[] {Backends.preferred()}
                : new Backend[] {Backends.scalar(), Backends.preferred()};
        for (Backend be : bes) {
            Qr qr = Qr.of(a, be);
            Matrix q = qr.q();
            Matrix r = qr.r();
            int k = Math.min(m, n);
            assertEquals(m + "x" + k, q.shape());
            assertEquals(k + "x" + n, r.shape());
            double back = TestMatrices.diff(a, q.times(r)) / (Math.max(m, n) * a.normFrobenius()
                    * EPS);
            assertTrue(back <= 10, be.name() + " " + m + "x" + n + " backward error " + back);
            assertTrue(orthogonality(q) <= 10, "thin Q orthogonality " + orthogonality(q));
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < i; j++) {
                    assertEquals(0.0, r.get(i, j), "R is upper triangular");
                }
            }
            if (m <= 100) {
                Matrix fq = qr.fullQ();
                assertTrue(orthogonality(fq) <= 10, "full Q orthogonality " + orthogonality(fq));
                assertTrue(TestMatrices.diff(a, fq.times(qr.fullR()))
                        / (Math.max(m, n) * a.normFrobenius() * EPS) <= 10);
            }
            Matrix qta = qr.applyQTranspose(a);
            assertTrue(TestMatrices.diff(qta.view(0, 0, k, n), r) <= 10 * m * a.normFrobenius()
                    * EPS, "Qᵀ·A = R");
            Matrix b = TestMatrices.random(m, 2, rnd);
            assertTrue(TestMatrices.diff(qr.applyQ(qr.applyQTranspose(b)), b)
                    <= 10 * m * b.normFrobenius() * EPS, "Q·Qᵀ·b = b");
        }
    }

    @ParameterizedTest
    @CsvSource({"20,5,1e2", "200,60,1e6", "50,50,1e4"})
    void leastSquaresOfWellConditionedProblemsWithinConditionBound(int m, int n, double kappa) {
        Random rnd = new Random(m + n);
        Matrix a = TestMatrices.withSingularValues(m, n, TestMatrices.geometric(n, kappa), rnd);
        Matrix xTrue = TestMatrices.random(n, 1, rnd);
        Matrix b = a.times(xTrue);
        Matrix x = Qr.of(a).solve(b);
        double err = TestMatrices.diff(x, xTrue) / xTrue.normFrobenius();
        assertTrue(err <= 10 * kappa * EPS, m + "x" + n + " error " + err + " > 10κε");
        // with a residual: the normal equations hold, Aᵀ(b − A·x) ≈ 0
        Matrix noisy = b.plus(TestMatrices.random(m, 1, rnd));
        Vector xn = Qr.of(a).solve(noisy.column(0));
        Vector res = noisy.column(0).minus(a.times(xn));
        double scale = a.normFrobenius() * xn.norm2() + noisy.normFrobenius();
        double orth = a.transpose().times(res).normInf() / (a.normFrobenius() * scale * m * EPS);
        assertTrue(orth <= 10, "‖Aᵀr‖ / (‖A‖(‖A‖‖x‖ + ‖b‖)mε) = " + orth);
    }

    @Test
    void matchesFiftyDigitLeastSquaresReferences() {
        for (String name : new String[] {"quadfit6x3", "integer8x4"}) {
            Reference.Case c = Reference.get(name);
            Vector b = Vector.of(c.get("b"));
            Vector x = Qr.of(c.a()).solve(b);
            Vector xRef = Vector.of(c.get("x"));
            double kappa = 1 / Qr.of(c.a()).rcond();
            assertTrue(x.minus(xRef).normInf() <= 10 * kappa * EPS * xRef.normInf(),
                    name + " " + x + " vs " + xRef);
            assertEquals(c.scalar("residual"), b.minus(c.a().times(x)).norm2(),
                    1e-13 * c.scalar("residual"), name + " residual");
            Vector viaFacade = LeastSquares.solve(c.a(), b);
            assertTrue(viaFacade.isApproximately(x, 0));
        }
    }

    @Test
    void rankDeficientLeastSquaresThrows() {
        Random rnd = new Random(4);
        Matrix a = TestMatrices.random(30, 4, rnd).times(TestMatrices.random(4, 8, rnd));
        Qr qr = Qr.of(a);
        assertTrue(qr.rcond() < EPS, "rcond " + qr.rcond());
        var e = assertThrows(SingularMatrixException.class,
                () -> qr.solve(Matrix.zeros(30, 1)));
        assertTrue(e.getMessage().startsWith("Qr.solve: rank-deficient matrix (rcond of R "),
                e.getMessage());
        // exact zero column
        Matrix z = Matrix.of(3, 2, 1, 0, 2, 0, 3, 0);
        assertEquals(0.0, Qr.of(z).rcond());
        assertThrows(SingularMatrixException.class, () -> Qr.of(z).solve(Vector.of(1, 2, 3)));
    }

    @Test
    void emptyShapesAndErrors() {
        for (int[] s : new int[][] {{0, 0}, {0, 3}, {3, 0}}) {
            Qr qr = Qr.of(Matrix.zeros(s[0], s[1]));
            int k = Math.min(s[0], s[1]);
            assertEquals(s[0] + "x" + k, qr.q().shape());
            assertEquals(k + "x" + s[1], qr.r().shape());
            assertEquals(s[0] + "x" + s[0], qr.fullQ().shape());
            assertTrue(qr.fullQ().isApproximately(Matrix.identity(s[0]), 0));
        }
        assertEquals("0x1", Qr.of(Matrix.zeros(3, 0)).solve(Matrix.zeros(3, 1)).shape());
        Qr one = Qr.of(Matrix.of(1, 1, -3));
        assertEquals(-3.0, one.q().get(0, 0) * one.r().get(0, 0), 1e-15);
        Qr wide = Qr.of(Matrix.zeros(2, 3));
        var e = assertThrows(IllegalArgumentException.class, () -> wide.solve(Matrix.zeros(2, 1)));
        assertEquals("Qr.solve: least squares needs rows >= cols, got A 2x3;"
                + " LeastSquares.solve handles a wide A", e.getMessage());
        Qr tall = Qr.of(Matrix.identity(3));
        e = assertThrows(IllegalArgumentException.class, () -> tall.solve(Matrix.zeros(2, 1)));
        assertEquals("Qr.solve: b.rows != A.rows, got A 3x3, b 2x1", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> tall.solve(Vector.zeros(4)));
        assertThrows(IllegalArgumentException.class, () -> tall.applyQ(Matrix.zeros(4, 4)));
        e = assertThrows(IllegalArgumentException.class,
                () -> Qr.of(Matrix.of(1, 2, 1, Double.POSITIVE_INFINITY)));
        assertEquals("Qr.of: A[0][1] is Infinity; the input must be finite", e.getMessage());
    }
}
