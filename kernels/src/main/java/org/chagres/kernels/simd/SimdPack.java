package org.chagres.kernels.simd;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import org.chagres.kernels.Transpose;

/**
 * Packing for the gemm of {@link SimdLevel3}: copies a block of op(A) into micro-panels of
 * {@code MR} rows and a block of op(B) into micro-panels of {@code NR} columns, each stored
 * step by step (k-major) so the micro-kernel reads both buffers with unit stride. Transposes
 * are resolved here, so every combination runs the same micro-kernel at the same speed.
 * Rows or columns past the block's edge are packed as zeros: the micro-kernel always computes
 * a full tile and the caller stores only the valid part.
 */
final class SimdPack {

    private SimdPack() {
    }

    /**
     * Packs op(A)[i0, i0 + mc) × [l0, l0 + kc) into {@code ap}: panel p holds rows
     * {@code p·mr ..} as {@code ap[p·mr·kc + l·mr + r]}.
     */
    static void packA(Transpose tA, double[] a, int aOff, int lda, int i0, int l0, int mc,
            int kc, int mr, double[] ap) {
        for (int p = 0; p * mr < mc; p++) {
            int rows = Math.min(mr, mc - p * mr);
            int base = p * mr * kc;
            if (tA == Transpose.NO) {
                for (int r = 0; r < rows; r++) {
                    int src = aOff + (i0 + p * mr + r) * lda + l0;
                    for (int l = 0; l < kc; l++) {
                        ap[base + l * mr + r] = a[src + l];
                    }
                }
            } else {
                for (int l = 0; l < kc; l++) {
                    System.arraycopy(a, aOff + (l0 + l) * lda + i0 + p * mr, ap, base + l * mr,
                            rows);
                }
            }
            for (int r = rows; r < mr; r++) {
                for (int l = 0; l < kc; l++) {
                    ap[base + l * mr + r] = 0.0;
                }
            }
        }
    }

    /**
     * Packs op(B)[l0, l0 + kc) × [j0, j0 + nc) into {@code bp}: panel q holds columns
     * {@code q·nr ..} as {@code bp[q·nr·kc + l·nr + c]}.
     */
    static void packB(Transpose tB, double[] b, int bOff, int ldb, int l0, int j0, int kc,
            int nc, int nr, double[] bp) {
        int lanes = SimdSpecies.DL;
        for (int q = 0; q * nr < nc; q++) {
            int cols = Math.min(nr, nc - q * nr);
            int base = q * nr * kc;
            if (tB == Transpose.NO && cols == nr) {
                for (int l = 0; l < kc; l++) {
                    int src = bOff + (l0 + l) * ldb + j0 + q * nr;
                    DoubleVector.fromArray(SimdSpecies.D, b, src)
                            .intoArray(bp, base + l * nr);
                    DoubleVector.fromArray(SimdSpecies.D, b, src + lanes)
                            .intoArray(bp, base + l * nr + lanes);
                }
                continue;
            }
            if (tB == Transpose.NO) {
                for (int l = 0; l < kc; l++) {
                    System.arraycopy(b, bOff + (l0 + l) * ldb + j0 + q * nr, bp, base + l * nr,
                            cols);
                }
            } else {
                for (int c = 0; c < cols; c++) {
                    int src = bOff + (j0 + q * nr + c) * ldb + l0;
                    for (int l = 0; l < kc; l++) {
                        bp[base + l * nr + c] = b[src + l];
                    }
                }
            }
            for (int c = cols; c < nr; c++) {
                for (int l = 0; l < kc; l++) {
                    bp[base + l * nr + c] = 0.0;
                }
            }
        }
    }

    /** Float {@link #packA(Transpose, double[], int, int, int, int, int, int, int, double[])}. */
    static void packA(Transpose tA, float[] a, int aOff, int lda, int i0, int l0, int mc,
            int kc, int mr, float[] ap) {
        for (int p = 0; p * mr < mc; p++) {
            int rows = Math.min(mr, mc - p * mr);
            int base = p * mr * kc;
            if (tA == Transpose.NO) {
                for (int r = 0; r < rows; r++) {
                    int src = aOff + (i0 + p * mr + r) * lda + l0;
                    for (int l = 0; l < kc; l++) {
                        ap[base + l * mr + r] = a[src + l];
                    }
                }
            } else {
                for (int l = 0; l < kc; l++) {
                    System.arraycopy(a, aOff + (l0 + l) * lda + i0 + p * mr, ap, base + l * mr,
                            rows);
                }
            }
            for (int r = rows; r < mr; r++) {
                for (int l = 0; l < kc; l++) {
                    ap[base + l * mr + r] = 0.0f;
                }
            }
        }
    }

    /** Float {@link #packB(Transpose, double[], int, int, int, int, int, int, int, double[])}. */
    static void packB(Transpose tB, float[] b, int bOff, int ldb, int l0, int j0, int kc,
            int nc, int nr, float[] bp) {
        int lanes = SimdSpecies.FL;
        for (int q = 0; q * nr < nc; q++) {
            int cols = Math.min(nr, nc - q * nr);
            int base = q * nr * kc;
            if (tB == Transpose.NO && cols == nr) {
                for (int l = 0; l < kc; l++) {
                    int src = bOff + (l0 + l) * ldb + j0 + q * nr;
                    FloatVector.fromArray(SimdSpecies.F, b, src)
                            .intoArray(bp, base + l * nr);
                    FloatVector.fromArray(SimdSpecies.F, b, src + lanes)
                            .intoArray(bp, base + l * nr + lanes);
                }
                continue;
            }
            if (tB == Transpose.NO) {
                for (int l = 0; l < kc; l++) {
                    System.arraycopy(b, bOff + (l0 + l) * ldb + j0 + q * nr, bp, base + l * nr,
                            cols);
                }
            } else {
                for (int c = 0; c < cols; c++) {
                    int src = bOff + (j0 + q * nr + c) * ldb + l0;
                    for (int l = 0; l < kc; l++) {
                        bp[base + l * nr + c] = b[src + l];
                    }
                }
            }
            for (int c = cols; c < nr; c++) {
                for (int l = 0; l < kc; l++) {
                    bp[base + l * nr + c] = 0.0f;
                }
            }
        }
    }
}
