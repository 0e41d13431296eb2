package org.chagres.linalg;

import java.util.Objects;

/** Shape checks shared by the linalg types, with messages naming the operation and shapes. */
final class Shapes {

    private Shapes() {
    }

    static void dims(String op, int rows, int cols) {
        if (rows < 0 || cols < 0) {
            throw new IllegalArgumentException(op + ": dimensions must be >= 0, got " + rows + "x"
                    + cols);
        }
    }

    static void same(String op, Matrix a, Matrix b) {
        Objects.requireNonNull(a, op + ": A is null");
        Objects.requireNonNull(b, op + ": B is null");
        if (a.rows != b.rows || a.cols != b.cols) {
            throw new IllegalArgumentException(op + ": shapes differ, got A " + a.shape() + ", B "
                    + b.shape());
        }
    }

    static void product(String op, Matrix a, Matrix b) {
        Objects.requireNonNull(b, op + ": B is null");
        if (a.cols != b.rows) {
            throw new IllegalArgumentException(op + ": A.cols != B.rows, got A " + a.shape()
                    + ", B " + b.shape());
        }
    }

    static void dest(String op, Matrix dest, int rows, int cols) {
        Objects.requireNonNull(dest, op + ": dest is null");
        if (dest.rows != rows || dest.cols != cols) {
            throw new IllegalArgumentException(op + ": dest must be " + rows + "x" + cols
                    + ", got dest " + dest.shape());
        }
    }

    static void square(String op, Matrix a) {
        Objects.requireNonNull(a, op + ": A is null");
        if (a.rows != a.cols) {
            throw new IllegalArgumentException(op + ": matrix must be square, got " + a.shape());
        }
    }

    /** Checks that every element is finite; the message names the first that is not. */
    static void finite(String op, String name, Matrix a) {
        for (int i = 0; i < a.rows; i++) {
            int r = a.offset + i * a.ld;
            for (int j = 0; j < a.cols; j++) {
                double v = a.data[r + j];
                if (!(Math.abs(v) <= Double.MAX_VALUE)) {
                    throw new IllegalArgumentException(op + ": " + name + "[" + i + "][" + j + "] is " + v
                            + "; the input must be finite");
                }
            }
        }
    }
}
