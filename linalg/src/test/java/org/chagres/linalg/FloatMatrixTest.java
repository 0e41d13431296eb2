package org.chagres.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.chagres.kernels.Backend;
import org.chagres.kernels.Backends;
import org.junit.jupiter.api.Test;

class FloatMatrixTest {

    private static final FloatMatrix A = FloatMatrix.of(2, 3, 1, 2, 3, 4, 5, 6);

    @Test
    void basicOperations() {
        FloatMatrix b = FloatMatrix.of(new float[][] {{7, 8}, {9, 10}, {11, 12}});
        assertArrayEquals(new float[] {58, 64, 139, 154}, A.times(b).toArray());
        assertArrayEquals(new float[] {2, 4, 6, 8, 10, 12}, A.plus(A).toArray());
        assertArrayEquals(new float[6], A.minus(A).toArray());
        assertArrayEquals(new float[] {1, 4, 9, 16, 25, 36}, A.hadamard(A).toArray());
        assertArrayEquals(new float[] {0.5f, 1, 1.5f, 2, 2.5f, 3}, A.scale(0.5f).toArray());
        assertArrayEquals(new float[] {1, 4, 2, 5, 3, 6}, A.transpose().toArray());
        assertEquals(9, A.norm1());
        assertEquals(15, A.normInf());
        assertEquals(Math.sqrt(91), A.normFrobenius(), 1e-12);
        assertEquals(2, FloatMatrix.identity(2).trace());
        FloatMatrix v = A.view(0, 1, 2, 2);
        v.set(1, 1, -6);
        assertEquals(-6, A.copy().get(1, 2));
        v.set(1, 1, 6);
        assertTrue(FloatMatrix.of(A.toMatrix()).isApproximately(A, 0));
        assertEquals("FloatMatrix 2x3\n  1  2  3\n  4  5  6", A.toString());
    }

    @Test
    void productMatchesDoubleWithinFloatErrorBound() {
        Random rnd = new Random(1);
        Matrix a = TestMatrices.random(37, 50, rnd);
        Matrix b = TestMatrices.random(50, 29, rnd);
        FloatMatrix fa = FloatMatrix.of(a);
        FloatMatrix fb = FloatMatrix.of(b);
        Matrix exact = fa.toMatrix().times(fb.toMatrix());
        for (Backend be : new Backend[] {Backends.scalar(), Backends.preferred()}) {
            Matrix got = fa.times(fb, be).toMatrix();
            // |error| ≤ γ_k·|A||B| with k = 50, here bounded by k·u·Σ|a||b| ≤ k·u·k
            double tol = 50 * Math.ulp(1f) * 50;
            assertTrue(got.isApproximately(exact, tol), be.name());
        }
    }

    @Test
    void shapeChecks() {
        var e = assertThrows(IllegalArgumentException.class, () -> A.times(A));
        assertEquals("FloatMatrix.times: A.cols != B.rows, got A 2x3, B 2x3", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> A.plus(A.transpose()));
        assertEquals("FloatMatrix.plus: shapes differ, got A 2x3, B 3x2, dest 2x3",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> A.hadamard(FloatMatrix.zeros(1, 3)));
        assertThrows(IllegalArgumentException.class,
                () -> A.timesInto(A.transpose(), FloatMatrix.zeros(3, 3)));
        assertThrows(IllegalArgumentException.class, () -> FloatMatrix.of(2, 2, 1f));
        assertThrows(IndexOutOfBoundsException.class, () -> A.get(0, 3));
        assertThrows(IllegalArgumentException.class, A::trace);
        assertEquals("2x2", A.times(A.transpose()).shape());
    }
}
