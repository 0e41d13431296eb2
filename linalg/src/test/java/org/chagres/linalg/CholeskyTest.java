package org.chagres.linalg;

import static org.chagres.linalg.TestMatrices.EPS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.chagres.kernels.Backend;
import org.chagres.kernels.Backends;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CholeskyTest {

    private static double[] spectrum(int n, double cond) {
        return TestMatrices.geometric(n, cond);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 5, 16, 127, 129, 260})
    void backwardErrorIsSmall(int n) {
        Random rnd = new Random(n);
        Matrix a = TestMatrices.symmetric(spectrum(n, 1e4), rnd);
        Backend[] bes = n > 129 ? new Backend[] {Backends.preferred()}
                : new Backend[] {Backends.scalar(), Backends.preferred()};
        for (Backend be : bes) {
            Cholesky c = Cholesky.of(a, be);
            Matrix l = c.l();
            double err = TestMatrices.diff(a, l.timesTranspose(l))
                    / (n * a.normFrobenius() * EPS);
            assertTrue(err <= 10, be.name() + " n=" + n + " backward error " + err);
            for (int i = 0; i < n; i++) {
                assertTrue(l.get(i, i) > 0);
                for (int j = i + 1; j < n; j++) {
                    assertEquals(0.0, l.get(i, j));
                }
            }
        }
    }

    @Test
    void solveLogDeterminantAndInverseOnChosenSpectrum() {
        Random rnd = new Random(5);
        int n = 150;
        double[] d = spectrum(n, 1e6);
        Matrix a = TestMatrices.symmetric(d, rnd);
        Cholesky c = Cholesky.of(a);
        double logDet = 0;
        for (double v : d) {
            logDet += Math.log(v);
        }
        assertEquals(logDet, c.logDeterminant().logAbs(), 1e6 * n * EPS * 10);
        assertEquals(1.0, c.logDeterminant().sign());
        Matrix xTrue = TestMatrices.random(n, 2, rnd);
        Matrix x = c.solve(a.times(xTrue));
        double fwd = TestMatrices.diff(x, xTrue) / xTrue.normFrobenius();
        assertTrue(fwd <= 10 * n * 1e6 * EPS, "forward error " + fwd);
        Vector xv = c.solve(a.times(xTrue.column(0)));
        assertTrue(xv.minus(xTrue.column(0)).normInf() <= 10 * n * 1e6 * EPS);
        Matrix inv = c.inverse();
        assertTrue(TestMatrices.diff(a.times(inv), Matrix.identity(n)) <= 10 * n * 1e6 * EPS * n);
        assertTrue(inv.isApproximately(inv.transpose(), 0.0), "inverse is symmetric");
        double exact = 1 / (a.norm1() * inv.norm1());
        assertTrue(c.rcond() >= exact * (1 - 1e-6) && c.rcond() <= 10 * exact,
                "rcond " + c.rcond() + " exact " + exact);
    }

    @Test
    void matchesFiftyDigitReferences() {
        for (String name : new String[] {"pascal6", "lehmer7", "hilbert6", "hilbert9",
            "tridiag3"}) {
            Reference.Case rc = Reference.get(name);
            Matrix a = rc.a();
            int n = a.rows();
            Cholesky c = Cholesky.of(a);
            double kappa = 1 / c.rcond();
            double tol = 10 * n * kappa * EPS;
            assertEquals(rc.scalar("logabsdet"), c.logDeterminant().logAbs(),
                    tol + 10 * n * EPS, name);
            Vector x = c.solve(Vector.of(rc.get("b")));
            Vector xRef = Vector.of(rc.get("x"));
            double err = x.minus(xRef).normInf() / xRef.normInf();
            assertTrue(err <= tol, name + " solution error " + err + " > " + tol);
        }
        // the Pascal matrix's factor is the lower Pascal matrix C(i, j), exactly
        Matrix l = Cholesky.of(Reference.get("pascal6").a()).l();
        for (int i = 0; i < 6; i++) {
            long binom = 1;
            for (int j = 0; j <= i; j++) {
                assertEquals(binom, l.get(i, j), 1e-12 * binom, "L[" + i + "][" + j + "]");
                binom = binom * (i - j) / (j + 1);
            }
        }
    }

    @Test
    void notPositiveDefiniteNamesPivotAndValue() {
        var e = assertThrows(NotPositiveDefiniteException.class,
                () -> Cholesky.of(Matrix.of(2, 2, 4, 2, 2, -3)));
        assertEquals(1, e.pivot());
        assertEquals(-4.0, e.value());
        assertEquals("Cholesky.of: not positive definite at pivot 1 (value -4.00)", e.getMessage());
        assertTrue(e instanceof ArithmeticException);
        assertTrue(Cholesky.tryOf(Matrix.of(2, 2, 4, 2, 2, -3)).isEmpty());
        assertEquals(0, assertThrows(NotPositiveDefiniteException.class,
                () -> Cholesky.of(Matrix.of(1, 1, 0.0))).pivot());
        // one negative eigenvalue deep inside a blocked factorisation
        Random rnd = new Random(2);
        double[] d = spectrum(200, 10);
        d[150] = -0.5;
        var big = assertThrows(NotPositiveDefiniteException.class,
                () -> Cholesky.of(TestMatrices.symmetric(d, rnd)));
        assertTrue(big.value() <= 0 && big.pivot() > 0, big.getMessage());
    }

    @Test
    void semidefiniteMatrixIsNeverSolvedSilently() {
        Random rnd = new Random(9);
        Matrix x = TestMatrices.random(12, 6, rnd);
        Matrix psd = x.timesTranspose(x);       // rank 6, 12×12
        Cholesky c;
        try {
            c = Cholesky.of(psd);
        } catch (NotPositiveDefiniteException expected) {
            return;
        }
        assertThrows(SingularMatrixException.class, () -> c.solve(Vector.zeros(12)));
    }

    @Test
    void readsOnlyTheLowerTriangle() {
        Matrix a = Matrix.of(3, 3, 4, Double.NaN, Double.NaN, 2, 5, Double.NaN, 0, 1, 3);
        Cholesky c = Cholesky.of(a);
        Matrix sym = Matrix.of(3, 3, 4, 2, 0, 2, 5, 1, 0, 1, 3);
        assertTrue(c.l().timesTranspose(c.l()).isApproximately(sym, 1e-14));
        assertArrayEquals(new double[] {2, 0, 0, 1, 2, 0, 0, 0.5, Math.sqrt(2.75)},
                c.l().toArray(), 1e-15);
    }

    @Test
    void emptyOneByOneAndShapes() {
        Cholesky e = Cholesky.of(Matrix.zeros(0, 0));
        assertEquals(new LogDeterminant(1, 0), e.logDeterminant());
        assertEquals("0x3", e.solve(Matrix.zeros(0, 3)).shape());
        Cholesky one = Cholesky.of(Matrix.of(1, 1, 9));
        assertEquals(3.0, one.l().get(0, 0));
        assertEquals(9.0, one.determinant(), 1e-14);
        assertEquals(1 / 9.0, one.inverse().get(0, 0), 1e-16);
        var ex = assertThrows(IllegalArgumentException.class,
                () -> Cholesky.of(Matrix.zeros(3, 2)));
        assertEquals("Cholesky.of: matrix must be square, got 3x2", ex.getMessage());
        ex = assertThrows(IllegalArgumentException.class, () -> one.solve(Matrix.zeros(2, 2)));
        assertEquals("Cholesky.solve: b.rows != n, got A 1x1, b 2x2", ex.getMessage());
        assertThrows(IllegalArgumentException.class, () -> one.solve(Vector.zeros(2)));
        assertThrows(IllegalArgumentException.class,
                () -> Cholesky.of(Matrix.of(1, 1, Double.POSITIVE_INFINITY)));
    }
}
