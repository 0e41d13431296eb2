package org.chagres.cuda;

import static java.lang.foreign.ValueLayout.ADDRESS;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.concurrent.atomic.AtomicBoolean;
import org.chagres.cuda.bind.CudaRuntimeApi;

/**
 * Page-locked host memory (cudaHostAlloc), {@code segment().byteSize()} bytes, freed by
 * {@link #close()} or when its {@link Arena} closes. Copies between it and a
 * {@link DeviceBuffer} run at full PCIe speed and may be asynchronous.
 */
public final class PinnedBuffer implements AutoCloseable {

    private final MemorySegment segment;
    private final AtomicBoolean freed = new AtomicBoolean();

    private PinnedBuffer(MemorySegment segment) {
        this.segment = segment;
    }

    /** Allocates {@code bytes} bytes of pinned host memory owned by {@code arena}. */
    public static PinnedBuffer allocate(Arena arena, long bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("PinnedBuffer.allocate: bytes must be >= 0, got "
                    + bytes);
        }
        Cuda.require("PinnedBuffer.allocate");
        MemorySegment raw;
        try (Arena tmp = Arena.ofConfined()) {
            MemorySegment out = tmp.allocate(ADDRESS);
            CudaStatus.checkCuda("cudaHostAlloc",
                    CudaRuntimeApi.cudaHostAlloc(out, Math.max(bytes, 1), 0));
            raw = out.get(ADDRESS, 0);
        }
        PinnedBuffer[] self = new PinnedBuffer[1];
        MemorySegment seg = raw.reinterpret(bytes, arena, s -> self[0].free());
        self[0] = new PinnedBuffer(seg);
        return self[0];
    }

    /** The host memory; usable until closed. */
    public MemorySegment segment() {
        if (freed.get()) {
            throw new IllegalStateException("PinnedBuffer.segment: buffer already freed");
        }
        return segment;
    }

    @Override
    public void close() {
        free();
    }

    private void free() {
        if (freed.compareAndSet(false, true)) {
            CudaStatus.checkCuda("cudaFreeHost",
                    CudaRuntimeApi.cudaFreeHost(MemorySegment.ofAddress(segment.address())));
        }
    }
}
