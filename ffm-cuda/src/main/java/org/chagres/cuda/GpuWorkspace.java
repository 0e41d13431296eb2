package org.chagres.cuda;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * Per-thread device buffers and cuBLAS handle reused by the host-array {@code cuda} backend, so
 * that a steady stream of calls does not cudaMalloc each time. A slot grows (by reallocating)
 * when a call needs more; it is never shrunk, and lives as long as its thread.
 */
final class GpuWorkspace {

    private static final ThreadLocal<GpuWorkspace> LOCAL =
            ThreadLocal.withInitial(GpuWorkspace::new);

    private final DeviceBuffer[] slots = new DeviceBuffer[3];
    private Cublas cublas;

    private GpuWorkspace() {
    }

    static GpuWorkspace get() {
        return LOCAL.get();
    }

    /** The thread's cuBLAS handle, created on first use. */
    Cublas cublas() {
        if (cublas == null) {
            cublas = Cublas.create();
        }
        return cublas;
    }

    /** The raw cublasHandle_t of {@link #cublas()}. */
    MemorySegment cublasHandle() {
        return cublas().rawHandle();
    }

    /** Device buffer number {@code slot} (0–2) of at least {@code bytes} bytes. */
    DeviceBuffer buffer(int slot, long bytes) {
        DeviceBuffer b = slots[slot];
        if (b == null || b.byteSize() < bytes) {
            if (b != null) {
                b.close();
            }
            // grow by 1/4 more than asked so that slowly growing sizes do not reallocate often
            b = DeviceBuffer.allocate(Arena.global(), bytes + bytes / 4);
            slots[slot] = b;
        }
        return b;
    }
}
