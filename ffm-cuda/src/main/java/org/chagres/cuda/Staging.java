package org.chagres.cuda;

import static java.lang.foreign.ValueLayout.ADDRESS;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.chagres.cuda.bind.CudaRuntimeApi;

/**
 * Per-thread pinned (page-locked) host buffers through which Java heap data travels to and
 * from the device: the DMA engine can read pinned memory directly, while a copy from pageable
 * memory is staged by the driver anyway. Each thread keeps one {@value #CHUNK_BYTES}-byte
 * buffer for its lifetime; larger transfers go through it in chunks.
 */
final class Staging {

    /** 8 MiB: large enough that a chunk's PCIe time dwarfs the per-call overhead. */
    static final long CHUNK_BYTES = 8L << 20;

    private static final int MEMCPY_HOST_TO_DEVICE = 1;
    private static final int MEMCPY_DEVICE_TO_HOST = 2;
    private static final int HOST_ALLOC_DEFAULT = 0;

    private static final ThreadLocal<MemorySegment> PINNED = ThreadLocal.withInitial(Staging::pin);

    private Staging() {
    }

    private static MemorySegment pin() {
        try (Arena tmp = Arena.ofConfined()) {
            MemorySegment out = tmp.allocate(ADDRESS);
            CudaStatus.checkCuda("cudaHostAlloc",
                    CudaRuntimeApi.cudaHostAlloc(out, CHUNK_BYTES, HOST_ALLOC_DEFAULT));
            return out.get(ADDRESS, 0).reinterpret(CHUNK_BYTES);
        }
    }

    /** Copies {@code bytes} bytes of {@code src} from {@code srcOffset} to device {@code dst}. */
    static void upload(MemorySegment src, long srcOffset, MemorySegment dst, long bytes) {
        MemorySegment pinned = PINNED.get();
        for (long done = 0; done < bytes; done += CHUNK_BYTES) {
            long len = Math.min(CHUNK_BYTES, bytes - done);
            MemorySegment.copy(src, srcOffset + done, pinned, 0, len);
            CudaStatus.checkCuda("cudaMemcpy", CudaRuntimeApi.cudaMemcpy(
                    MemorySegment.ofAddress(dst.address() + done), pinned, len,
                    MEMCPY_HOST_TO_DEVICE));
        }
    }

    /** Copies {@code bytes} bytes from device {@code src} into {@code dst} at {@code dstOffset}. */
    static void download(MemorySegment src, MemorySegment dst, long dstOffset, long bytes) {
        MemorySegment pinned = PINNED.get();
        for (long done = 0; done < bytes; done += CHUNK_BYTES) {
            long len = Math.min(CHUNK_BYTES, bytes - done);
            CudaStatus.checkCuda("cudaMemcpy", CudaRuntimeApi.cudaMemcpy(pinned,
                    MemorySegment.ofAddress(src.address() + done), len, MEMCPY_DEVICE_TO_HOST));
            MemorySegment.copy(pinned, 0, dst, dstOffset + done, len);
        }
    }
}
