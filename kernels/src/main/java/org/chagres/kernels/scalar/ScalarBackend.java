package org.chagres.kernels.scalar;

import org.chagres.kernels.Backend;
import org.chagres.kernels.Elementwise;
import org.chagres.kernels.Level1;
import org.chagres.kernels.Level2;
import org.chagres.kernels.Level3;

/** The plain-loop reference backend: the test oracle and the fallback. */
public final class ScalarBackend implements Backend {

    /** The only instance. */
    public static final ScalarBackend INSTANCE = new ScalarBackend();

    private final Level1 level1 = new ScalarLevel1();
    private final Level2 level2 = new ScalarLevel2();
    private final Level3 level3 = new ScalarLevel3();
    private final Elementwise elementwise = new ScalarElementwise();

    private ScalarBackend() {
    }

    @Override
    public String name() {
        return "scalar";
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
        return "scalar";
    }
}
