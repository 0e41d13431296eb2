package org.chagres.cuda;

import org.chagres.kernels.Backend;
import org.chagres.kernels.Backends;

/**
 * The CPU backend the {@code cuda} backend hands small or transfer-bound work to: {@code simd}
 * when available, else {@code scalar}. Resolved on first use, not while {@link Backends} is
 * still discovering providers (which is when the cuda backend is created).
 */
final class CpuFallback {

    private volatile Backend cpu;

    Backend get() {
        Backend b = cpu;
        if (b == null) {
            b = Backends.find("simd").orElseGet(Backends::scalar);
            cpu = b;
        }
        return b;
    }
}
