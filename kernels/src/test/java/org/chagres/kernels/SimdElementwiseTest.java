package org.chagres.kernels;

import org.chagres.kernels.contract.ElementwiseContract;
import org.chagres.kernels.simd.SimdElementwise;

/**
 * The Vector API backend against the contract, at the preferred width and (second surefire
 * run) at 128 bits, with the ulp bounds SimdElementwise documents: tighter than the issue's
 * 4 (double) and 2 (float) where the kernels allow it.
 */
class SimdElementwiseTest extends ElementwiseContract {

    private final Elementwise e = new SimdElementwise();

    @Override
    protected Elementwise elementwise() {
        return e;
    }

    @Override
    protected double ulpBoundDouble(String op) {
        return switch (op) {
            case "tanh" -> 4;      // measured 3: StrictMath.tanh itself is 2 ulp off near 0.2
            case "sigmoid" -> 3;   // measured 2
            default -> 2;          // exp, log: measured 1
        };
    }

    @Override
    protected double ulpBoundFloat(String op) {
        return 2;                  // exp, log, tanh, sigmoid: measured 1
    }
}
