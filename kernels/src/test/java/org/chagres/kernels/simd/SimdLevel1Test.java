package org.chagres.kernels.simd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jdk.incubator.vector.DoubleVector;
import net.jqwik.api.Example;
import org.chagres.kernels.Level1;
import org.chagres.kernels.contract.Level1Contract;

/** The simd Level 1 against the contract; the build runs it at the preferred width and at 128. */
class SimdLevel1Test extends Level1Contract {

    private final Level1 l = new SimdLevel1();

    @Override
    protected Level1 level1() {
        return l;
    }

    /** Proves that the run with -Dchagres.simd.bits is really at that width. */
    @Example
    void speciesHasTheRequestedWidth() {
        String bits = System.getProperty(SimdSpecies.PROPERTY);
        if (bits != null && !bits.isBlank()) {
            // a width above the hardware's is clamped to it (SimdSpecies's documented rule)
            int want = Math.min(Integer.parseInt(bits.strip()),
                    DoubleVector.SPECIES_PREFERRED.vectorBitSize());
            assertEquals(want, SimdSpecies.D.vectorBitSize());
            assertEquals(want, SimdSpecies.F.vectorBitSize());
        }
        assertEquals(SimdSpecies.D.vectorBitSize(), SimdSpecies.F.vectorBitSize());
    }
}
