package org.chagres.cuda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.chagres.kernels.Backends;
import org.chagres.kernels.Transpose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The cuda backend's host-array gemm through cuBLAS, with leading dimensions and offsets. */
@ExtendWith(RequiresCuda.class)
class CudaHostGemmTest {

    @Test
    void hostGemmWithOffsetsAndPaddingMatchesTheReferenceAndKeepsTheGaps() {
        String old = System.getProperty(CudaThresholds.GEMM_MIN_FLOPS);
        System.setProperty(CudaThresholds.GEMM_MIN_FLOPS, "0");
        try {
            SplittableRandom r = new SplittableRandom(13);
            int m = 37;
            int n = 29;
            int k = 53;
            int lda = k + 3;
            int ldb = n + 2;
            int ldc = n + 5;
            double[] a = r.doubles(2 + m * lda).toArray();
            double[] b = r.doubles(1 + k * ldb).toArray();
            double[] c = new double[3 + m * ldc];
            Arrays.fill(c, Double.NaN);   // β = 0: C must not be read; gaps must stay NaN
            double[] want = c.clone();
            new CudaBackend().level3().gemm(Transpose.NO, Transpose.NO, m, n, k, 1.5, a, 2, lda,
                    b, 1, ldb, 0.0, c, 3, ldc);
            Backends.scalar().level3().gemm(Transpose.NO, Transpose.NO, m, n, k, 1.5, a, 2, lda,
                    b, 1, ldb, 0.0, want, 3, ldc);
            for (int i = 0; i < c.length; i++) {
                if (Double.isNaN(want[i])) {
                    assertTrue(Double.isNaN(c[i]), "gap at " + i + " overwritten");
                } else {
                    assertEquals(want[i], c[i], 4 * k * Math.ulp(1.0) * 1.5 * k, "C at " + i);
                }
            }
        } finally {
            if (old == null) {
                System.clearProperty(CudaThresholds.GEMM_MIN_FLOPS);
            } else {
                System.setProperty(CudaThresholds.GEMM_MIN_FLOPS, old);
            }
        }
    }
}
