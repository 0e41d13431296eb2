package org.chagres.linalg;

import static org.chagres.linalg.TestMatrices.EPS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.chagres.kernels.Backend;
import org.chagres.kernels.Backends;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class LuTest {

    private static final Backend[] BACKENDS = {Backends.scalar(), Backends.preferred()};

    /** ‖P·A − L·U‖_F / (n·‖A‖_F·ε). */
    static double backwardError(Matrix a, Lu lu) {
        int n = a.rows();
        Matrix pa = TestMatrices.permuteRows(a, lu.permutation());
        return TestMatrices.diff(pa, lu.l().times(lu.u()))
                / (Math.max(1, n) * a.normFrobenius() * EPS);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 7, 8, 9, 17, 64, 129, 260})
    void backwardErrorIsSmallOnRandomMatrices(int n) {
        Random rnd = new Random(n);
        Matrix a = TestMatrices.random(n, n, rnd);
        for (Backend be : n > 129 ? new Backend[] {Backends.preferred()} : BACKENDS) {
            Lu lu = Lu.of(a, be);
            double err = backwardError(a, lu);
            assertTrue(err <= 10, be.name() + " n=" + n + " backward error " + err);
            Matrix l = lu.l();
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < i; j++) {
                    assertTrue(Math.abs(l.get(i, j)) <= 1.0, "partial pivoting bounds |l|");
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {5, 40, 150})
    void solveHasSmallResidualAndForwardErrorWithinConditionBound(int n) {
        Random rnd = new Random(100 + n);
        double cond = 1e6;
        Matrix a = TestMatrices.withSingularValues(n, n, TestMatrices.geometric(n, cond), rnd);
        Matrix xTrue = TestMatrices.random(n, 3, rnd);
        Matrix b = a.times(xTrue);
        Lu lu = Lu.of(a);
        Matrix x = lu.solve(b);
        double resid = TestMatrices.diff(a.times(x), b)
                / (n * a.normFrobenius() * x.normFrobenius() * EPS);
        assertTrue(resid <= 10, "residual " + resid);
        double fwd = TestMatrices.diff(x, xTrue) / xTrue.normFrobenius();
        assertTrue(fwd <= 10 * n * cond * EPS, "forward error " + fwd);
        Vector xv = lu.solve(b.column(1));
        assertTrue(xv.isApproximately(x.column(1), 10 * n * cond * EPS * xTrue.normMax()),
                "vector and matrix solves agree within the error bound");
        Vector yt = lu.solveTransposed(b.column(0));
        Vector back = a.transpose().times(yt);
        assertTrue(back.isApproximately(b.column(0), 1e-6 * b.normMax()));
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 10, 60})
    void rcondEstimateBracketsTheExactValue(int n) {
        Random rnd = new Random(7 * n);
        for (double cond : new double[] {1, 1e3, 1e10}) {
            Matrix a = TestMatrices.withSingularValues(n, n, TestMatrices.geometric(n, cond), rnd);
            Lu lu = Lu.of(a);
            double exact = 1 / (a.norm1() * lu.inverse().norm1());
            double est = lu.rcond();
            assertTrue(est >= exact * (1 - 1e-6) && est <= 10 * exact,
                    "n=" + n + " cond=" + cond + ": rcond estimate " + est + ", exact " + exact);
        }
    }

    @Test
    void hilbertAndIntegerMatricesMatchFiftyDigitReferences() {
        for (Reference.Case c : Reference.CASES.values()) {
            if (c.a().rows() != c.a().cols() || c.name().startsWith("singular")) {
                continue;
            }
            Matrix a = c.a();
            int n = a.rows();
            Lu lu = Lu.of(a);
            Matrix invRef = c.get("inverse") == null ? null : c.matrix("inverse");
            double kappa = invRef == null ? 1 / lu.rcond() : a.norm1() * invRef.norm1();
            double tol = 10 * n * kappa * EPS;
            double det = c.scalar("det");
            assertEquals(det, lu.determinant(), tol * Math.abs(det), c.name() + " det");
            LogDeterminant ld = lu.logDeterminant();
            assertEquals(c.scalar("sign"), ld.sign(), c.name());
            assertEquals(c.scalar("logabsdet"), ld.logAbs(), tol, c.name() + " log|det|");
            if (invRef != null) {
                double err = TestMatrices.diff(lu.inverse(), invRef) / invRef.normFrobenius();
                assertTrue(err <= tol, c.name() + " inverse error " + err + " > " + tol);
            }
            Vector x = lu.solve(Vector.of(c.get("b")));
            Vector xRef = Vector.of(c.get("x"));
            double err = x.minus(xRef).normInf() / xRef.normInf();
            assertTrue(err <= tol, c.name() + " solution error " + err + " > " + tol);
        }
    }

    @Test
    void exactlySingularMatrixNamesThePivot() {
        Matrix a = Matrix.of(3, 3, 1, 2, 3, 2, 4, 6, 1, 0, 1);
        Lu lu = Lu.of(a);
        assertTrue(lu.isSingular());
        assertEquals(0.0, lu.determinant());
        assertEquals(new LogDeterminant(0, Double.NEGATIVE_INFINITY), lu.logDeterminant());
        assertEquals(0.0, lu.rcond());
        var e = assertThrows(SingularMatrixException.class, () -> lu.solve(Vector.of(1, 2, 3)));
        assertEquals(2, e.pivot());
        assertEquals(0.0, e.pivotValue());
        assertEquals("Lu.solve: singular matrix, pivot 2 is 0.0", e.getMessage());
        assertThrows(SingularMatrixException.class, lu::inverse);
        assertTrue(Lu.tryOf(a).isEmpty());
        assertTrue(backwardError(a, lu) <= 10, "a singular matrix still factors");
        var z = assertThrows(SingularMatrixException.class,
                () -> Matrix.of(1, 1, 0.0).inverse());
        assertEquals(0, z.pivot());
    }

    @Test
    void numericallySingularMatrixIsNeverSolvedSilently() {
        Matrix a = Reference.get("singular3").a();          // singular in exact arithmetic
        Lu lu = Lu.of(a);
        assertTrue(lu.rcond() < EPS, "rcond " + lu.rcond());
        var e = assertThrows(SingularMatrixException.class, () -> lu.solve(Vector.of(1, 1, 1)));
        assertTrue(e.getMessage().startsWith("Lu.solve: singular matrix"), e.getMessage());
        assertTrue(e.rcond() < EPS);
        assertThrows(SingularMatrixException.class, () -> a.solve(Vector.of(1, 1, 1)));
        assertTrue(Lu.tryOf(a).isEmpty());
        assertTrue(Math.abs(lu.determinant()) <= 100 * EPS * Math.pow(a.normFrobenius(), 3));
        // a rank-deficient random matrix: product of 50x49 and 49x50 factors
        Random rnd = new Random(3);
        Matrix r = TestMatrices.random(50, 49, rnd).times(TestMatrices.random(49, 50, rnd));
        assertThrows(SingularMatrixException.class, () -> Lu.of(r).inverse());
        assertTrue(Lu.tryOf(TestMatrices.hilbert(8)).isPresent(), "ill-conditioned but solvable");
    }

    @Test
    void determinantNeitherOverflowsNorUnderflowsNeedlessly() {
        int n = 40;
        double[] d = new double[n];
        java.util.Arrays.fill(d, 1e10);
        Lu big = Lu.of(Matrix.diagonal(d));
        assertEquals(Double.POSITIVE_INFINITY, big.determinant());
        assertEquals(n * Math.log(1e10), big.logDeterminant().logAbs(), 1e-10);
        java.util.Arrays.fill(d, -1e-10);
        Lu small = Lu.of(Matrix.diagonal(d));
        assertEquals(0.0, small.determinant());
        assertEquals(new LogDeterminant(1, -n * Math.log(1e10)).sign(),
                small.logDeterminant().sign(), "(-1)^40");
        assertEquals(-n * Math.log(1e10), small.logDeterminant().logAbs(), 1e-10);
        assertEquals(-1.0, Matrix.diagonal(1e300, 1e300, -1e-300, 1e-300).determinant(), 1e-14);
        assertEquals(-1.0, Matrix.of(2, 2, 0, 1, 1, 0).determinant(), "one row swap");
    }

    @Test
    void emptyAndOneByOne() {
        Lu e = Lu.of(Matrix.zeros(0, 0));
        assertEquals(1.0, e.determinant());
        assertEquals(new LogDeterminant(1, 0), e.logDeterminant());
        assertEquals(1.0, e.rcond());
        assertEquals("0x2", e.solve(Matrix.zeros(0, 2)).shape());
        assertEquals("0x0", e.inverse().shape());
        Lu one = Lu.of(Matrix.of(1, 1, -4));
        assertEquals(-4.0, one.determinant());
        assertEquals(-0.25, one.inverse().get(0, 0));
        assertArrayEquals(new double[] {-0.5}, one.solve(Vector.of(2)).toArray());
        assertEquals(1.0, one.rcond());
    }

    @Test
    void worksOnViewsAndLeavesInputUnchanged() {
        Random rnd = new Random(11);
        Matrix big = TestMatrices.random(20, 20, rnd);
        Matrix before = big.copy();
        Matrix v = big.view(3, 5, 9, 9);
        Lu lu = Lu.of(v);
        assertTrue(backwardError(v, lu) <= 10);
        assertTrue(big.isApproximately(before, 0), "input not modified");
        Matrix b = TestMatrices.random(9, 2, rnd);
        Matrix bBefore = b.copy();
        lu.solve(b);
        assertTrue(b.isApproximately(bBefore, 0), "b not modified");
    }

    @Test
    void shapesAndInputsAreChecked() {
        var e = assertThrows(IllegalArgumentException.class, () -> Lu.of(Matrix.zeros(2, 3)));
        assertEquals("Lu.of: matrix must be square, got 2x3", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Lu.of(Matrix.of(2, 2, 1, 0, Double.NaN, 1)));
        assertEquals("Lu.of: A[1][0] is NaN; the input must be finite", e.getMessage());
        Lu lu = Lu.of(Matrix.identity(3));
        e = assertThrows(IllegalArgumentException.class, () -> lu.solve(Matrix.zeros(2, 1)));
        assertEquals("Lu.solve: b.rows != n, got A 3x3, b 2x1", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> lu.solve(Vector.zeros(4)));
        assertEquals("Lu.solve: b.length != n, got A 3x3, b 4", e.getMessage());
        assertEquals("3x5", lu.solve(Matrix.zeros(3, 5)).shape());
        assertThrows(IllegalArgumentException.class, () -> Matrix.zeros(2, 3).determinant());
        assertFalse(lu.isSingular());
    }
}
