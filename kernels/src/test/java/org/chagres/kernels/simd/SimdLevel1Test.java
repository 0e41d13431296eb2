package org.chagres.kernels.simd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Example;
import org.chagres.kernels.Level1;
import org.chagres.kernels.Level1Contract;

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
            assertEquals(Integer.parseInt(bits.strip()), SimdSpecies.D.vectorBitSize());
            assertEquals(Integer.parseInt(bits.strip()), SimdSpecies.F.vectorBitSize());
        }
        assertEquals(SimdSpecies.D.vectorBitSize(), SimdSpecies.F.vectorBitSize());
    }
}
