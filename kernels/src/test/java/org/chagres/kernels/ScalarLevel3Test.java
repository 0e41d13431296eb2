package org.chagres.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import net.jqwik.api.Example;
import org.chagres.kernels.contract.Level3Contract;
import org.chagres.kernels.scalar.ScalarLevel3;

/** The Level 3 contract on the scalar reference, plus hand-computed examples. */
class ScalarLevel3Test extends Level3Contract {

    private final Level3 level3 = new ScalarLevel3();

    @Override
    protected Level3 level3() {
        return level3;
    }

    @Example
    void gemmByHand() {
        // [1 2 3; 4 5 6] · [1 0; 0 1; 1 1] = [4 5; 10 11]; then 2·that − 1·C
        double[] a = {1, 2, 3, 4, 5, 6};
        double[] b = {1, 0, 0, 1, 1, 1};
        double[] c = {1, 1, 1, 1};
        level3.gemm(Transpose.NO, Transpose.NO, 2, 2, 3, 2.0, a, 0, 3, b, 0, 2, -1.0, c, 0, 2);
        assertArrayEquals(new double[] {7, 9, 19, 21}, c);
        // Aᵀ·Bᵀ with A 3x2 stored, B 2x3 stored: [1 3 5; 2 4 6]·[1 0; 0 1; 1 1] = [6 8; 8 10]
        float[] af = {1, 2, 3, 4, 5, 6};
        float[] bf = {1, 0, 1, 0, 1, 1};
        float[] cf = {9, 9, 9, 9};
        level3.gemm(Transpose.YES, Transpose.YES, 2, 2, 3, 1.0f, af, 0, 2, bf, 0, 3, 0.0f, cf, 0, 2);
        assertArrayEquals(new float[] {6, 8, 8, 10}, cf);
    }

    @Example
    void trsmAndTrmmByHand() {
        // upper [2 1; 0 4], B = [4; 8]: solve gives x2 = 2, x1 = (4 − 2)/2 = 1
        double[] a = {2, 1, 99, 4};
        double[] b = {4, 8};
        level3.trsm(Side.LEFT, Uplo.UPPER, Transpose.NO, Diag.NON_UNIT, 2, 1, 1.0, a, 0, 2, b, 0,
                1);
        assertArrayEquals(new double[] {1, 2}, b);
        level3.trmm(Side.LEFT, Uplo.UPPER, Transpose.NO, Diag.NON_UNIT, 2, 1, 1.0, a, 0, 2, b, 0,
                1);
        assertArrayEquals(new double[] {4, 8}, b);
        // B·Aᵀ with unit lower A = [1 0; 3 1]: Aᵀ = [1 3; 0 1]; [1 1]·Aᵀ = [1 4]
        double[] l = {-7, 99, 3, -7};
        double[] row = {1, 1};
        level3.trmm(Side.RIGHT, Uplo.LOWER, Transpose.YES, Diag.UNIT, 1, 2, 1.0, l, 0, 2, row, 0,
                2);
        assertArrayEquals(new double[] {1, 4}, row);
    }

    @Example
    void syrkByHand() {
        // A = [1 2; 3 4]: A·Aᵀ = [5 11; 11 25]; upper triangle only
        double[] a = {1, 2, 3, 4};
        double[] c = {0, 0, -1, 0};
        level3.syrk(Uplo.UPPER, Transpose.NO, 2, 2, 1.0, a, 0, 2, 0.0, c, 0, 2);
        assertArrayEquals(new double[] {5, 11, -1, 25}, c);
        level3.syrk(Uplo.LOWER, Transpose.YES, 2, 2, 1.0, a, 0, 2, 0.0, c, 0, 2);
        assertArrayEquals(new double[] {10, 11, 14, 20}, c);
    }
}
