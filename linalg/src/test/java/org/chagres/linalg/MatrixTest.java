package org.chagres.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.chagres.kernels.Backend;
import org.chagres.kernels.Backends;
import org.junit.jupiter.api.Test;

class MatrixTest {

    private static final Matrix A = Matrix.of(2, 3, 1, 2, 3, 4, 5, 6);

    @Test
    void constructionFromRowsColumnsAndDiagonal() {
        assertArrayEquals(A.toArray(), Matrix.of(new double[][] {{1, 2, 3}, {4, 5, 6}}).toArray());
        assertArrayEquals(A.toArray(), Matrix.ofColumns(new double[] {1, 4}, new double[] {2, 5},
                new double[] {3, 6}).toArray());
        assertArrayEquals(new double[] {2, 0, 0, 3}, Matrix.diagonal(2, 3).toArray());
        assertArrayEquals(new double[] {1, 0, 0, 1}, Matrix.identity(2).toArray());
        assertEquals("0x0", Matrix.of(new double[0][]).shape());
        assertEquals("3x0", Matrix.zeros(3, 0).shape());
        double[] src = {1, 2};
        Matrix m = Matrix.of(1, 2, src);
        src[0] = 9;
        assertEquals(1, m.get(0, 0), "of copies its input");
    }

    @Test
    void constructionRejectsBadInput() {
        var e = assertThrows(IllegalArgumentException.class, () -> Matrix.of(2, 2, 1, 2, 3));
        assertEquals("Matrix.of: values.length != rows·cols, got 3 values for 2x2", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Matrix.of(new double[][] {{1, 2}, {3}}));
        assertTrue(e.getMessage().startsWith("Matrix.of: rows differ in length"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Matrix.zeros(-1, 2));
        assertThrows(IndexOutOfBoundsException.class, () -> Matrix.wrap(new double[5], 0, 3, 2, 3));
        assertThrows(IllegalArgumentException.class, () -> Matrix.wrap(new double[6], 0, 2, 2, 3));
    }

    @Test
    void getSetAndBounds() {
        Matrix m = A.copy();
        m.set(1, 2, -1);
        assertEquals(-1, m.get(1, 2));
        assertEquals(6, A.get(1, 2), "copy is independent");
        var e = assertThrows(IndexOutOfBoundsException.class, () -> m.get(2, 0));
        assertEquals("Matrix.get: index (2, 0) out of bounds for 2x3", e.getMessage());
        assertThrows(IndexOutOfBoundsException.class, () -> m.set(0, -1, 0));
    }

    @Test
    void viewsShareStorage() {
        Matrix m = Matrix.of(3, 4, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
        Matrix v = m.view(1, 1, 2, 2);
        assertArrayEquals(new double[] {5, 6, 9, 10}, v.toArray());
        v.set(0, 0, -5);
        assertEquals(-5, m.get(1, 1));
        Vector col = m.column(2);
        assertArrayEquals(new double[] {2, 6, 10}, col.toArray());
        col.set(2, 100);
        assertEquals(100, m.get(2, 2));
        assertArrayEquals(new double[] {8, 9, 100, 11}, m.row(2).toArray());
        assertThrows(IndexOutOfBoundsException.class, () -> m.view(2, 0, 2, 1));
        assertThrows(IndexOutOfBoundsException.class, () -> m.column(4));
        assertThrows(IndexOutOfBoundsException.class, () -> m.row(-1));
        assertEquals("0x0", m.view(3, 4, 0, 0).shape());
    }

    @Test
    void productsAgreeWithHandComputedValues() {
        Matrix b = Matrix.of(3, 2, 7, 8, 9, 10, 11, 12);
        assertArrayEquals(new double[] {58, 64, 139, 154}, A.times(b).toArray());
        assertArrayEquals(A.times(b).toArray(), A.transpose().transposeTimes(b).toArray());
        assertArrayEquals(A.times(b).toArray(), A.timesTranspose(b.transpose()).toArray());
        assertArrayEquals(new double[] {14, 32}, A.times(Vector.of(1, 2, 3)).toArray());
        // a strided column vector as input and output
        Matrix x = Matrix.of(3, 2, 1, 0, 2, 0, 3, 0);
        Matrix y = Matrix.zeros(2, 2);
        A.timesInto(x.column(0), y.column(1));
        assertArrayEquals(new double[] {0, 14, 0, 32}, y.toArray());
        Matrix dest = Matrix.zeros(2, 2);
        A.timesInto(b, dest);
        assertArrayEquals(new double[] {58, 64, 139, 154}, dest.toArray());
    }

    @Test
    void productsOnEveryBackendAndOnViews() {
        Matrix big = Matrix.of(4, 4, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16);
        Matrix left = big.view(0, 1, 2, 3);
        Matrix right = big.view(1, 0, 3, 2);
        double[] want = {2 * 5 + 3 * 9 + 4 * 13, 2 * 6 + 3 * 10 + 4 * 14,
            6 * 5 + 7 * 9 + 8 * 13, 6 * 6 + 7 * 10 + 8 * 14};
        for (Backend be : new Backend[] {Backends.scalar(), Backends.preferred()}) {
            assertArrayEquals(want, left.times(right, be).toArray(), be.name());
        }
    }

    @Test
    void shapeChecksNameOperationAndShapes() {
        var e = assertThrows(IllegalArgumentException.class, () -> A.times(A));
        assertEquals("Matrix.times: A.cols != B.rows, got A 2x3, B 2x3", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> A.plus(A.transpose()));
        assertEquals("Matrix.plus: shapes differ, got A 2x3, B 3x2", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> A.times(Vector.of(1, 2)));
        assertEquals("Matrix.times: A.cols != x.length, got A 2x3, x 2", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> A.timesInto(A.transpose(), Matrix.zeros(3, 3)));
        assertEquals("Matrix.timesInto: dest must be 2x2, got dest 3x3", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> A.minus(Matrix.zeros(2, 2)));
        assertThrows(IllegalArgumentException.class, () -> A.hadamard(Matrix.zeros(3, 2)));
        assertThrows(IllegalArgumentException.class, () -> A.transposeTimes(Matrix.zeros(3, 1)));
        assertThrows(IllegalArgumentException.class, () -> A.timesTranspose(Matrix.zeros(2, 2)));
        e = assertThrows(IllegalArgumentException.class, A::trace);
        assertEquals("Matrix.trace: matrix must be square, got 2x3", e.getMessage());
        Matrix before = A.copy();
        assertThrows(IllegalArgumentException.class, () -> A.plusInto(A, Matrix.zeros(1, 1)));
        assertTrue(A.isApproximately(before, 0.0), "nothing modified when a call throws");
        // legal pairs of the same operations
        assertEquals("2x3", A.plus(A).shape());
        assertEquals("3x3", A.transposeTimes(A).shape());
        assertEquals("2x2", A.timesTranspose(A).shape());
        assertEquals(5.0, Matrix.of(2, 2, 1, 2, 3, 4).trace());
    }

    @Test
    void elementwiseAndTranspose() {
        assertArrayEquals(new double[] {2, 4, 6, 8, 10, 12}, A.plus(A).toArray());
        assertArrayEquals(new double[6], A.minus(A).toArray());
        assertArrayEquals(new double[] {1, 4, 9, 16, 25, 36}, A.hadamard(A).toArray());
        assertArrayEquals(new double[] {-2, -4, -6, -8, -10, -12}, A.scale(-2).toArray());
        assertArrayEquals(new double[] {1, 4, 2, 5, 3, 6}, A.transpose().toArray());
        Matrix m = A.copy();
        m.plusInto(A, m);
        assertArrayEquals(A.scale(2).toArray(), m.toArray(), "in place");
        Matrix big = Matrix.zeros(70, 45);
        for (int i = 0; i < 70; i++) {
            for (int j = 0; j < 45; j++) {
                big.set(i, j, i * 100 + j);
            }
        }
        Matrix t = big.transpose();
        assertEquals(big.get(69, 44), t.get(44, 69));
        assertEquals(big.get(33, 2), t.get(2, 33));
    }

    @Test
    void norms() {
        Matrix m = Matrix.of(2, 2, 1, -2, -3, 4);
        assertEquals(6, m.norm1());
        assertEquals(7, m.normInf());
        assertEquals(Math.sqrt(30), m.normFrobenius(), 1e-15);
        assertEquals(4, m.normMax());
        assertEquals(0, Matrix.zeros(0, 0).norm1());
        // no overflow or underflow in the Frobenius norm
        assertEquals(5e300, Matrix.of(1, 2, 3e300, 4e300).normFrobenius(), 1e286);
        assertEquals(5e-300, Matrix.of(1, 2, 3e-300, 4e-300).normFrobenius(), 1e-314);
        assertTrue(Double.isNaN(Matrix.of(1, 2, 1, Double.NaN).normFrobenius()));
        assertTrue(Double.isNaN(Matrix.of(1, 2, 1, Double.NaN).norm1()));
        assertTrue(Double.isNaN(Matrix.of(1, 2, Double.NaN, 1).normInf()));
        assertEquals(Double.POSITIVE_INFINITY,
                Matrix.of(1, 2, 1, Double.NEGATIVE_INFINITY).normFrobenius());
    }

    @Test
    void approximateEquality() {
        Matrix b = A.copy();
        b.set(0, 0, 1 + 1e-9);
        assertTrue(A.isApproximately(b, 1e-8));
        assertFalse(A.isApproximately(b, 1e-10));
        assertFalse(A.isApproximately(A.transpose(), 1));
        b.set(0, 0, Double.NaN);
        assertFalse(b.isApproximately(b, 1));
        assertThrows(IllegalArgumentException.class, () -> A.isApproximately(A, Double.NaN));
    }

    @Test
    void toStringAlignsAndElides() {
        String s = Matrix.of(2, 2, 1, -2.5, 1000, 0).toString();
        assertEquals("Matrix 2x2\n     1  -2.5\n  1000     0", s);
        String big = Matrix.zeros(100, 100).toString();
        assertTrue(big.contains("…") && big.contains("⋮"), big);
        assertEquals(12, big.lines().count(), "title, 5 rows, the elision, 5 rows");
    }

    @Test
    void spectralQuantitiesBySvd() {
        java.util.Random rnd = new java.util.Random(6);
        double[] s = {4, 2, 1e-2, 4e-6};
        Matrix a = TestMatrices.withSingularValues(7, 4, s, rnd);
        double eps = Math.ulp(1.0);
        assertEquals(4, a.norm2(), 10 * 7 * eps * 4);
        assertEquals(1e6, a.conditionNumber(), 1e6 * 1e-8);
        assertEquals(4, a.rank());
        assertEquals(4, a.transpose().rank(), "wide");
        Matrix deficient = a.times(Matrix.diagonal(1, 1, 1, 0));
        assertEquals(3, deficient.rank());
        assertTrue(deficient.conditionNumber() > 1e14, "rank-deficient: huge or infinite");
        assertEquals(Double.POSITIVE_INFINITY, Matrix.zeros(2, 2).conditionNumber());
        assertTrue(Double.isNaN(Matrix.zeros(0, 3).conditionNumber()));
        assertEquals(0.0, Matrix.zeros(0, 3).norm2());
        assertEquals(0, Matrix.zeros(3, 3).rank());
        // A·A⁺·A = A and A⁺ = A⁻¹ for a square nonsingular matrix
        Matrix p = a.pseudoInverse();
        assertEquals("4x7", p.shape());
        assertTrue(a.times(p).times(a).isApproximately(a, 1e-9));
        Matrix sq = Matrix.of(2, 2, 2, 1, 1, 3);
        assertTrue(sq.pseudoInverse().isApproximately(sq.inverse(), 1e-15));
    }
}
