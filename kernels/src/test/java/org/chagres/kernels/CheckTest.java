package org.chagres.kernels;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CheckTest {

    @Test
    void sliceMessageNamesOperationRangeAndLength() {
        var e = assertThrows(IndexOutOfBoundsException.class,
                () -> Check.slice("dot", "x", new double[12], 6, 10));
        assertEquals("dot: x range [6, 16) out of bounds for length 12", e.getMessage());
    }

    @Test
    void negativeCountAndOffsetAreRejected() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Check.slice("axpy", "x", new double[4], 0, -1));
        assertEquals("axpy: n must be >= 0, got -1", e.getMessage());
        assertThrows(IndexOutOfBoundsException.class,
                () -> Check.slice("axpy", "x", new float[4], -1, 1));
    }

    @Test
    void nullIsNamed() {
        var e = assertThrows(NullPointerException.class,
                () -> Check.slice("scal", "x", (double[]) null, 0, 0));
        assertEquals("scal: x is null", e.getMessage());
    }

    @Test
    void emptySliceAtTheEndIsLegal() {
        assertDoesNotThrow(() -> Check.slice("dot", "x", new double[3], 3, 0));
    }

    @Test
    void stridedLastElementMustBeInside() {
        assertDoesNotThrow(() -> Check.strided("dot", "x", new double[8], 1, 3, 3));
        var out = assertThrows(IndexOutOfBoundsException.class,
                () -> Check.strided("dot", "x", new double[8], 2, 3, 3));
        assertEquals("dot: x elements 2, 5, …, 8 (n 3, inc 3) out of bounds for length 8",
                out.getMessage());
        var e = assertThrows(IllegalArgumentException.class,
                () -> Check.strided("dot", "x", new double[7], 0, 3, 0));
        assertEquals("dot: incX must be >= 1, got 0", e.getMessage());
    }

    @Test
    void matrixChecksLeadingDimensionAndExtent() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Check.matrix("gemm", "A", new double[100], 0, 3, 4, 3));
        assertEquals("gemm: ldA must be >= max(1, cols), got ldA 3 for A 3x4", e.getMessage());
        // last row ends at off + 2·ld + cols = 1 + 10 + 4 = 15
        assertDoesNotThrow(() -> Check.matrix("gemm", "A", new double[15], 1, 3, 4, 5));
        assertThrows(IndexOutOfBoundsException.class,
                () -> Check.matrix("gemm", "A", new double[14], 1, 3, 4, 5));
        assertDoesNotThrow(() -> Check.matrix("gemm", "A", new double[0], 0, 0, 4, 4));
    }
}
