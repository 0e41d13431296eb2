package org.chagres.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.chagres.kernels.Backends;
import org.junit.jupiter.api.Test;

class VectorTest {

    @Test
    void arithmeticAndNormsOnStridedViews() {
        Matrix m = Matrix.of(3, 2, 1, -2, 3, 4, -5, 6);
        Vector c0 = m.column(0);
        Vector c1 = m.column(1);
        assertEquals(3, c0.length());
        assertEquals(2, c0.stride());
        assertEquals(1 * -2 + 3 * 4 + -5 * 6, c0.dot(c1));
        assertEquals(c0.dot(c1), c0.dot(c1, Backends.scalar()));
        assertArrayEquals(new double[] {-1, 7, 1}, c0.plus(c1).toArray());
        assertArrayEquals(new double[] {3, -1, -11}, c0.minus(c1).toArray());
        assertArrayEquals(new double[] {2, 6, -10}, c0.scale(2).toArray());
        assertEquals(9, c0.norm1());
        assertEquals(Math.sqrt(35), c0.norm2(), 1e-15);
        assertEquals(5, c0.normInf());
        assertEquals(5e300, Vector.of(3e300, 4e300).norm2(), 1e286);
        assertArrayEquals(new double[] {1, 3, -5}, c0.toArray(), "operations are pure");
        Matrix col = c1.asColumn();
        assertEquals("3x1", col.shape());
        assertEquals(6, col.get(2, 0));
    }

    @Test
    void constructionAccessAndChecks() {
        double[] src = {1, 2, 3};
        Vector v = Vector.of(src);
        src[0] = 9;
        assertEquals(1, v.get(0));
        v.set(2, -1);
        assertEquals(-1, v.get(2));
        assertEquals(0, Vector.zeros(0).length());
        assertEquals(0.0, Vector.zeros(0).norm2());
        Vector w = Vector.wrap(new double[] {0, 1, 0, 2, 0, 3}, 1, 2, 3);
        assertArrayEquals(new double[] {1, 2, 3}, w.toArray());
        assertThrows(IndexOutOfBoundsException.class, () -> Vector.wrap(new double[4], 1, 2, 3));
        assertThrows(IllegalArgumentException.class, () -> Vector.wrap(new double[4], 0, 0, 3));
        var e = assertThrows(IndexOutOfBoundsException.class, () -> v.get(3));
        assertEquals("Vector.get: index 3 out of bounds for length 3", e.getMessage());
        var e2 = assertThrows(IllegalArgumentException.class, () -> v.dot(Vector.zeros(2)));
        assertEquals("Vector.dot: lengths differ, got x 3, y 2", e2.getMessage());
        assertThrows(IllegalArgumentException.class, () -> v.plus(Vector.zeros(4)));
        assertThrows(IllegalArgumentException.class, () -> v.minus(Vector.zeros(1)));
        assertThrows(IllegalArgumentException.class, () -> Vector.zeros(-1));
        assertTrue(v.isApproximately(Vector.of(1, 2, -1 + 1e-12), 1e-11));
        assertFalse(v.isApproximately(Vector.of(1, 2), 1));
        assertEquals("Vector 3\n  1  2  -1", v.toString());
    }
}
