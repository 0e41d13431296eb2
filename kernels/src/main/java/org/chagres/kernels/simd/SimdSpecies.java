package org.chagres.kernels.simd;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * The vector species every simd kernel uses, fixed once per JVM as {@code static final}
 * constants so that C2 compiles the Vector API calls to machine instructions.
 *
 * <p>By default the species is {@code SPECIES_PREFERRED} (256 bits with AVX2, 512 with
 * AVX-512). The system property {@code chagres.simd.bits} (64, 128, 256, 512) narrows it; the
 * build runs the simd tests a second time with 128 bits so that every width is exercised. A
 * width wider than the hardware's preferred one is clamped to the preferred one.
 */
public final class SimdSpecies {

    /** System property choosing the vector width in bits. */
    public static final String PROPERTY = "chagres.simd.bits";

    /** The species for {@code double} kernels. */
    public static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED.vectorBitSize()
            <= bits() ? DoubleVector.SPECIES_PREFERRED
            : VectorSpecies.of(double.class, VectorShape.forBitSize(bits()));

    /** The species for {@code float} kernels. */
    public static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED.vectorBitSize()
            <= bits() ? FloatVector.SPECIES_PREFERRED
            : VectorSpecies.of(float.class, VectorShape.forBitSize(bits()));

    /** Lanes of {@link #D}. */
    public static final int DL = D.length();

    /** Lanes of {@link #F}. */
    public static final int FL = F.length();

    private SimdSpecies() {
    }

    private static int bits() {
        String p = System.getProperty(PROPERTY);
        if (p == null || p.isBlank()) {
            return Integer.MAX_VALUE;
        }
        int b = Integer.parseInt(p.strip());
        if (b == 64 || b == 128 || b == 256 || b == 512) {
            return b;
        }
        throw new IllegalArgumentException("simd: -D" + PROPERTY
                + " must be 64, 128, 256 or 512, got " + p);
    }

    /** A one-line description, e.g. {@code "256-bit vectors: 4 doubles, 8 floats"}. */
    public static String describe() {
        return D.vectorBitSize() + "-bit vectors: " + DL + " doubles, " + FL + " floats"
                + (D.vectorBitSize() < DoubleVector.SPECIES_PREFERRED.vectorBitSize()
                        ? " (narrowed by -D" + PROPERTY + "; hardware prefers "
                                + DoubleVector.SPECIES_PREFERRED.vectorBitSize() + ")"
                        : "");
    }
}
