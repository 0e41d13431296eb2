package org.chagres.linalg;

import static org.chagres.linalg.TestMatrices.EPS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PivotedQrTest {

    private static Matrix permuteColumns(Matrix a, int[] p) {
        Matrix r = Matrix.zeros(a.rows(), a.cols());
        for (int j = 0; j < p.length; j++) {
            for (int i = 0; i < a.rows(); i++) {
                r.set(i, j, a.get(i, p[j]));
            }
        }
        return r;
    }

    @ParameterizedTest
    @CsvSource({"1,1,1", "6,4,4", "4,6,4", "40,30,7", "30,40,12", "120,90,90", "90,120,1"})
    void revealsRankAndFactorsAccurately(int m, int n, int rank) {
        Random rnd = new Random(m * 7L + n);
        Matrix a = TestMatrices.random(m, rank, rnd).times(TestMatrices.random(rank, n, rnd));
        PivotedQr pqr = PivotedQr.of(a);
        assertEquals(rank, pqr.rank(), m + "x" + n);
        assertEquals(rank, a.rank());
        Matrix ap = permuteColumns(a, pqr.permutation());
        double back = TestMatrices.diff(ap, pqr.q().times(pqr.r()))
                / (Math.max(m, n) * a.normFrobenius() * EPS);
        assertTrue(back <= 10, "backward error " + back);
        assertTrue(QrTest.orthogonality(pqr.q()) <= 10);
        double[] d = pqr.diagonal();
        for (int i = 1; i < d.length; i++) {
            assertTrue(d[i] <= d[i - 1] * (1 + 1e-12), "|r_ii| non-increasing at " + i);
        }
    }

    @Test
    void rankWithToleranceOnChosenSingularValues() {
        Random rnd = new Random(1);
        double[] s = {1, 1e-3, 1e-6, 1e-9, 1e-12};
        Matrix a = TestMatrices.withSingularValues(8, 5, s, rnd);
        PivotedQr pqr = PivotedQr.of(a);
        assertEquals(5, pqr.rank());
        assertEquals(2, pqr.rank(1e-4));
        assertEquals(4, pqr.rank(1e-10));
        assertEquals(0, pqr.rank(10));
        assertThrows(IllegalArgumentException.class, () -> pqr.rank(-1));
        assertThrows(IllegalArgumentException.class, () -> pqr.rank(Double.NaN));
        assertEquals(0, Matrix.zeros(3, 4).rank());
        assertEquals(0, Matrix.zeros(0, 4).rank());
        assertEquals(3, Matrix.identity(3).rank());
    }

    @Test
    void basicSolutionMinimisesTheResidual() {
        Random rnd = new Random(8);
        Matrix a = TestMatrices.random(20, 3, rnd).times(TestMatrices.random(3, 6, rnd));
        Vector b = Vector.of(TestMatrices.random(20, 1, rnd).toArray());
        Vector x = PivotedQr.of(a).solve(b);
        Vector r = b.minus(a.times(x));
        // the residual is orthogonal to the range of A
        assertTrue(a.transpose().times(r).normInf() <= 1e-12 * a.normFrobenius() * b.norm2());
        int zeros = 0;
        for (double v : x.toArray()) {
            zeros += v == 0.0 ? 1 : 0;
        }
        assertEquals(3, zeros, "a basic solution has n − r zero unknowns");
        var e = assertThrows(IllegalArgumentException.class,
                () -> PivotedQr.of(a).solve(Vector.zeros(3)));
        assertEquals("PivotedQr.solve: b.length != A.rows, got A 20x6, b 3", e.getMessage());
    }
}
