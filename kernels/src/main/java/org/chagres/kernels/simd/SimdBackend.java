package org.chagres.kernels.simd;

import org.chagres.kernels.Backend;
import org.chagres.kernels.Elementwise;
import org.chagres.kernels.Level1;
import org.chagres.kernels.Level2;
import org.chagres.kernels.Level3;

/** The Vector API backend; its vector width is {@link SimdSpecies}'s. */
public final class SimdBackend implements Backend {

    /** The only instance; touching it requires the {@code jdk.incubator.vector} module. */
    public static final SimdBackend INSTANCE = new SimdBackend();

    private final Level1 level1 = new SimdLevel1();
    private final Level2 level2 = new SimdLevel2();
    private final Level3 level3 = new SimdLevel3();
    private final Elementwise elementwise = new SimdElementwise();

    private SimdBackend() {
    }

    @Override
    public String name() {
        return "simd";
    }

    @Override
    public Level1 level1() {
        return level1;
    }

    @Override
    public Level2 level2() {
        return level2;
    }

    @Override
    public Level3 level3() {
        return level3;
    }

    @Override
    public Elementwise elementwise() {
        return elementwise;
    }

    @Override
    public String toString() {
        return "simd";
    }
}
