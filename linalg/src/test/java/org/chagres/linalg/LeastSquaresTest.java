package org.chagres.linalg;

import static org.chagres.linalg.TestMatrices.EPS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LeastSquaresTest {

    @Test
    void wideFullRankGivesTheMinimumNormSolution() {
        Random rnd = new Random(2);
        Matrix a = TestMatrices.random(5, 12, rnd);
        Matrix b = TestMatrices.random(5, 2, rnd);
        Matrix x = LeastSquares.solve(a, b);
        assertEquals("12x2", x.shape());
        assertTrue(TestMatrices.diff(a.times(x), b) <= 100 * EPS * b.normFrobenius(), "A x = b");
        // minimum norm ⇔ x = Aᵀ·(A·Aᵀ)⁻¹·b
        Matrix ref = a.transpose().times(a.timesTranspose(a).solve(b));
        assertTrue(TestMatrices.diff(x, ref) <= 1e-12 * ref.normFrobenius());
        Matrix rankDeficient = TestMatrices.random(5, 2, rnd).times(TestMatrices.random(2, 12,
                rnd));
        assertThrows(SingularMatrixException.class, () -> LeastSquares.solve(rankDeficient, b));
    }

    @Test
    void rankDeficientMinimumNormMatchesThePseudoInverse() {
        Random rnd = new Random(3);
        int m = 15;
        int n = 9;
        int r = 4;
        Matrix f = TestMatrices.random(m, r, rnd);
        Matrix g = TestMatrices.random(r, n, rnd);
        Matrix a = f.times(g);
        Matrix b = TestMatrices.random(m, 2, rnd);
        LeastSquares.Result res = LeastSquares.solve(a, b, 1e-10);
        assertEquals(r, res.rank());
        // A⁺ = G⁺·F⁺ for F of full column rank and G of full row rank
        Matrix fPlusB = f.transposeTimes(f).solve(f.transposeTimes(b));
        Matrix ref = g.transpose().times(g.timesTranspose(g).solve(fPlusB));
        double err = TestMatrices.diff(res.solution(), ref) / ref.normFrobenius();
        assertTrue(err <= 1e-10, "error " + err);
        // full-rank input gives the ordinary solution
        Matrix full = TestMatrices.random(m, n, rnd);
        LeastSquares.Result fr = LeastSquares.solve(full, b, 1e-12);
        assertEquals(n, fr.rank());
        assertTrue(fr.solution().isApproximately(LeastSquares.solve(full, b), 1e-12));
        // zero matrix: rank 0, zero solution
        LeastSquares.Result zero = LeastSquares.solve(Matrix.zeros(3, 2), Matrix.zeros(3, 1), 0);
        assertEquals(0, zero.rank());
        assertTrue(zero.solution().isApproximately(Matrix.zeros(2, 1), 0));
    }

    @Test
    void shapesAndArgumentsAreChecked() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> LeastSquares.solve(Matrix.zeros(3, 2), Matrix.zeros(2, 1)));
        assertEquals("LeastSquares.solve: A.rows != b.rows, got A 3x2, b 2x1", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> LeastSquares.solve(Matrix.identity(2), Matrix.zeros(2, 1), 1.0));
        assertEquals("LeastSquares.solve: rcond must be in [0, 1), got 1.0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> LeastSquares.solve(Matrix.identity(2), Matrix.of(2, 1, 1, Double.NaN)));
        assertEquals("LeastSquares.solve: b[1][0] is NaN; the input must be finite",
                e.getMessage());
        assertEquals("2x1", LeastSquares.solve(Matrix.identity(2), Matrix.zeros(2, 1)).shape());
    }
}
