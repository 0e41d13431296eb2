package org.chagres.kernels.scalar;

/**
 * Constants and the final combination step of Blue's algorithm for the Euclidean norm, as
 * given by Anderson, "Algorithm 978: Safe scaling in the Level 1 BLAS", ACM TOMS 44(1), 2017
 * (and LAPACK 3.10's {@code dnrm2.f90}). Values are split in three ranges and each range is
 * summed in squares after scaling by a power of two, so nothing overflows or underflows:
 * {@code |x| < tsml} (scaled up by ssml), {@code tsml <= |x| <= tbig} (unscaled, NaN lands
 * here), {@code |x| > tbig} (scaled down by sbig). With Fortran's model numbers
 * {@code minexponent} e_min, {@code maxexponent} e_max and {@code digits} t:
 * {@code tsml = 2^ceil((e_min − 1)/2)}, {@code tbig = 2^floor((e_max − t + 1)/2)},
 * {@code ssml = 2^−floor((e_min − t)/2)}, {@code sbig = 2^−ceil((e_max + t − 1)/2)}.
 * Double: e_min = −1021, e_max = 1024, t = 53. Float: e_min = −125, e_max = 128, t = 24.
 * Shared by the scalar and simd backends so that both use the same thresholds.
 */
public final class Blue {

    /** Double: values below are scaled up; 2^−511. */
    public static final double D_TSML = 0x1p-511;
    /** Double: values above are scaled down; 2^486. */
    public static final double D_TBIG = 0x1p486;
    /** Double: scaling for small values; 2^537. */
    public static final double D_SSML = 0x1p537;
    /** Double: scaling for big values; 2^−538. */
    public static final double D_SBIG = 0x1p-538;

    /** Float: values below are scaled up; 2^−63. */
    public static final float F_TSML = 0x1p-63f;
    /** Float: values above are scaled down; 2^52. */
    public static final float F_TBIG = 0x1p52f;
    /** Float: scaling for small values; 2^75. */
    public static final float F_SSML = 0x1p75f;
    /** Float: scaling for big values; 2^−76. */
    public static final float F_SBIG = 0x1p-76f;

    private Blue() {
    }

    /**
     * Returns the norm from the three scaled sums of squares: {@code small} of
     * {@code (|x|·ssml)²}, {@code medium} of {@code |x|²}, {@code big} of {@code (|x|·sbig)²}.
     * Small values are ignored when big ones exist (they cannot change the result).
     */
    public static double combine(double small, double medium, double big) {
        if (big > 0.0) {
            if (medium > 0.0 || medium != medium) {
                big += medium * D_SBIG * D_SBIG;
            }
            return Math.sqrt(big) / D_SBIG;
        }
        if (small > 0.0) {
            if (medium > 0.0 || medium != medium) {
                double ymed = Math.sqrt(medium);
                double ysml = Math.sqrt(small) / D_SSML;
                double ymin = Math.min(ymed, ysml);
                double ymax = Math.max(ymed, ysml);
                double q = ymin / ymax;
                return ymax * Math.sqrt(1.0 + q * q);
            }
            return Math.sqrt(small) / D_SSML;
        }
        return Math.sqrt(medium);
    }

    /** Float {@link #combine(double, double, double)}, in float arithmetic. */
    public static float combine(float small, float medium, float big) {
        if (big > 0f) {
            if (medium > 0f || medium != medium) {
                big += medium * F_SBIG * F_SBIG;
            }
            return (float) Math.sqrt(big) / F_SBIG;
        }
        if (small > 0f) {
            if (medium > 0f || medium != medium) {
                float ymed = (float) Math.sqrt(medium);
                float ysml = (float) Math.sqrt(small) / F_SSML;
                float ymin = Math.min(ymed, ysml);
                float ymax = Math.max(ymed, ysml);
                float q = ymin / ymax;
                return ymax * (float) Math.sqrt(1f + q * q);
            }
            return (float) Math.sqrt(small) / F_SSML;
        }
        return (float) Math.sqrt(medium);
    }
}
