package org.chagres.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ExprTest {

    @Test
    void arithmeticWithPrecedenceAndParentheses() {
        assertEquals(14.0, Expr.eval("2+3*4", Map.of()));
        assertEquals(20.0, Expr.eval("(2+3)*4", Map.of()));
        assertEquals(-1.5, Expr.eval("-3/2", Map.of()));
        assertEquals(2.0 / 3 * 8, Expr.eval("2/3 * 8", Map.of()), 1e-15);
        assertEquals(24e6, Expr.eval("24*1e6", Map.of()));
    }

    @Test
    void parametersByNameAndShapeParts() {
        assertEquals(16384.0, Expr.eval("16*n", Map.of("n", "1024")));
        String gemm = "2*shape[0]*shape[1]*shape[2]";
        assertEquals(2.0 * 4096 * 64 * 4096, Expr.eval(gemm, Map.of("shape", "4096x64x4096")));
        // a plain number stands for every part: square gemm
        assertEquals(2.0 * 1024 * 1024 * 1024, Expr.eval(gemm, Map.of("shape", "1024")));
    }

    @Test
    void errorsNameTheProblemAndTheExpression() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Expr.eval("16*m", Map.of("n", "4")));
        assertTrue(e.getMessage().contains("no parameter 'm'"), e.getMessage());
        assertTrue(e.getMessage().contains("got \"16*m\""), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Expr.eval("2*impl", Map.of("impl", "simd")));
        assertTrue(e.getMessage().contains("impl=simd is not a number"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Expr.eval("(2*3", Map.of()));
        assertTrue(e.getMessage().contains("missing ')'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Expr.eval("shape", Map.of("shape", "2x3")));
        assertTrue(e.getMessage().contains("has parts"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Expr.eval("2 3", Map.of()));
    }
}
