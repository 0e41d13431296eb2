package org.chagres.kernels.scalar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import net.jqwik.api.Example;
import org.chagres.kernels.Diag;
import org.chagres.kernels.Level2;
import org.chagres.kernels.Transpose;
import org.chagres.kernels.Uplo;
import org.chagres.kernels.contract.Level2Contract;

/** The scalar reference against the contract, plus hand-computed examples. */
class ScalarLevel2Test extends Level2Contract {

    private static final double NAN = Double.NaN;
    private static final float FNAN = Float.NaN;

    private final Level2 l = new ScalarLevel2();

    @Override
    protected Level2 level2() {
        return l;
    }

    /** A = [[1, 2, 3], [4, 5, 6]] stored with ld 4 (the fourth column is padding). */
    private static final double[] A = {1, 2, 3, NAN, 4, 5, 6};

    @Example
    void gemvBothWays() {
        double[] y = {1, 1};
        l.gemv(Transpose.NO, 2, 3, 2.0, A, 0, 4, new double[] {1, 1, 1}, 0, 1.0, y, 0);
        assertArrayEquals(new double[] {13, 31}, y); // 2·[6, 15] + [1, 1]
        double[] yt = {NAN, NAN, NAN};
        l.gemv(Transpose.YES, 2, 3, 1.0, A, 0, 4, new double[] {1, 2}, 0, 0.0, yt, 0);
        assertArrayEquals(new double[] {9, 12, 15}, yt);
        float[] fy = {10, 20, 30};
        l.gemv(Transpose.YES, 2, 3, 1f, new float[] {1, 2, 3, 4, 5, 6}, 0, 3,
                new float[] {0, 1}, 0, -1f, fy, 0);
        assertArrayEquals(new float[] {-6, -15, -24}, fy);
    }

    @Example
    void gerAddsTheOuterProduct() {
        double[] a = {1, 0, NAN, 0, 1};
        l.ger(2, 2, 1.0, new double[] {1, 2}, 0, new double[] {3, 4}, 0, a, 0, 3);
        assertArrayEquals(new double[] {4, 4, NAN, 6, 9}, a);
    }

    @Example
    void symvReadsOnlyItsTriangle() {
        double[] upper = {1, 2, NAN, 3};
        double[] y = {NAN, NAN};
        l.symv(Uplo.UPPER, 2, 1.0, upper, 0, 2, new double[] {1, 1}, 0, 0.0, y, 0);
        assertArrayEquals(new double[] {3, 5}, y);
        float[] lower = {1, FNAN, 2, 3};
        float[] fy = {1, 1};
        l.symv(Uplo.LOWER, 2, 2f, lower, 0, 2, new float[] {1, 0}, 0, 1f, fy, 0);
        assertArrayEquals(new float[] {3, 5}, fy); // 2·[1, 2] + [1, 1]
    }

    @Example
    void trsvSolvesEachTriangle() {
        double[] upper = {2, 1, NAN, 4};
        double[] x = {4, 8};
        l.trsv(Uplo.UPPER, Transpose.NO, Diag.NON_UNIT, 2, upper, 0, 2, x, 0);
        assertArrayEquals(new double[] {1, 2}, x); // x1 = 8/4, x0 = (4 − 2)/2
        double[] xt = {2, 9};
        l.trsv(Uplo.UPPER, Transpose.YES, Diag.NON_UNIT, 2, upper, 0, 2, xt, 0);
        assertArrayEquals(new double[] {1, 2}, xt); // [[2, 0], [1, 4]]·[1, 2] = [2, 9]
        double[] lowerUnit = {NAN, NAN, 3, NAN};
        double[] xu = {1, 5};
        l.trsv(Uplo.LOWER, Transpose.NO, Diag.UNIT, 2, lowerUnit, 0, 2, xu, 0);
        assertArrayEquals(new double[] {1, 2}, xu); // x1 = 5 − 3·1
        float[] lt = {1, FNAN, 3, 2};
        float[] fx = {7, 4};
        l.trsv(Uplo.LOWER, Transpose.YES, Diag.NON_UNIT, 2, lt, 0, 2, fx, 0);
        assertArrayEquals(new float[] {1, 2}, fx); // [[1, 3], [0, 2]]·[1, 2] = [7, 4]
        double[] zero = {0, 1, NAN, 1};
        double[] xz = {1, 1};
        l.trsv(Uplo.UPPER, Transpose.NO, Diag.NON_UNIT, 2, zero, 0, 2, xz, 0);
        assertArrayEquals(new double[] {NAN, 1}, xz); // 0/0: no singularity test
    }

    @Example
    void trmvMultipliesEachTriangle() {
        double[] upper = {2, 1, NAN, 4};
        double[] x = {1, 2};
        l.trmv(Uplo.UPPER, Transpose.NO, Diag.NON_UNIT, 2, upper, 0, 2, x, 0);
        assertArrayEquals(new double[] {4, 8}, x);
        double[] xt = {1, 2};
        l.trmv(Uplo.UPPER, Transpose.YES, Diag.UNIT, 2, upper, 0, 2, xt, 0);
        assertArrayEquals(new double[] {1, 3}, xt); // [[1, 0], [1, 1]]·[1, 2]
        float[] lower = {FNAN, FNAN, 3, FNAN};
        float[] fx = {1, 2};
        l.trmv(Uplo.LOWER, Transpose.NO, Diag.UNIT, 2, lower, 0, 2, fx, 0);
        assertArrayEquals(new float[] {1, 5}, fx);
        double[] lower3 = {1, NAN, NAN, 2, 3, NAN, 4, 5, 6};
        double[] x3 = {1, 1, 1};
        l.trmv(Uplo.LOWER, Transpose.YES, Diag.NON_UNIT, 3, lower3, 0, 3, x3, 0);
        assertArrayEquals(new double[] {7, 8, 6}, x3); // columns of L summed: Lᵀ·1
    }
}
