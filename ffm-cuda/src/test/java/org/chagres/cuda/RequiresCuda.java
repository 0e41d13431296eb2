package org.chagres.cuda;

import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;
import org.chagres.kernels.Backend;
import org.chagres.kernels.Backends;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips a test class, with the reason {@link Backends#diagnostics()} gives, where the
 * {@code cuda} backend is unavailable (no libcudart, no driver, no device, or no libcublas),
 * e.g. "cuda unavailable: cudaGetDeviceCount: cudaErrorInsufficientDriver (35)". Works for
 * jqwik containers ({@code @AddLifecycleHook}) and JUnit classes ({@code @ExtendWith}). A
 * cuda provider missing from the registry is not a reason to skip: {@link #backend()} then
 * fails the test.
 */
public final class RequiresCuda implements SkipExecutionHook, ExecutionCondition {

    /** Empty when the cuda backend is available, else why not. */
    static String reason() {
        return Backends.diagnostics().stream()
                .filter(d -> d.name().equals("cuda") && !d.available())
                .map(d -> "cuda unavailable: " + d.detail())
                .findFirst().orElse("");
    }

    /** The registered cuda backend, as {@code Backends.find("cuda")} gives it to users. */
    static Backend backend() {
        return Backends.find("cuda").orElseThrow(() -> new AssertionError(
                "cuda backend not found; registered: " + Backends.diagnostics()));
    }

    @Override
    public SkipResult shouldBeSkipped(LifecycleContext context) {
        String r = reason();
        return r.isEmpty() ? SkipResult.doNotSkip() : SkipResult.skip(r);
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String r = reason();
        return r.isEmpty() ? ConditionEvaluationResult.enabled("cuda backend available")
                : ConditionEvaluationResult.disabled(r);
    }
}
