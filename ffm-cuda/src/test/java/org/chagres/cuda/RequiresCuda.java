package org.chagres.cuda;

import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips a test class, with the reason, where no CUDA device can be used (no libcudart, no
 * driver, no device, or no libcublas). Works for jqwik containers ({@code @AddLifecycleHook})
 * and JUnit classes ({@code @ExtendWith}).
 */
public final class RequiresCuda implements SkipExecutionHook, ExecutionCondition {

    /** Empty when a device and cuBLAS are usable, else why not. */
    static String reason() {
        if (!Cuda.available()) {
            return "no usable CUDA device: " + Cuda.unavailableReason().orElse("?");
        }
        CudaLibraries.Loaded cublas = CudaLibraries.cublas();
        return cublas.ok() ? "" : "no cuBLAS: " + cublas.reason();
    }

    @Override
    public SkipResult shouldBeSkipped(LifecycleContext context) {
        String r = reason();
        return r.isEmpty() ? SkipResult.doNotSkip() : SkipResult.skip(r);
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String r = reason();
        return r.isEmpty() ? ConditionEvaluationResult.enabled("CUDA device present")
                : ConditionEvaluationResult.disabled(r);
    }
}
