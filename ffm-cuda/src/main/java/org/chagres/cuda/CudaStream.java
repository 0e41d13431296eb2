package org.chagres.cuda;

import static java.lang.foreign.ValueLayout.ADDRESS;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.chagres.cuda.bind.CudaRuntimeApi;

/** A CUDA stream: work queued on it runs in order, concurrently with other streams. */
public final class CudaStream implements AutoCloseable {

    /** cudaStreamNonBlocking: no implicit synchronisation with the legacy default stream. */
    private static final int NON_BLOCKING = 1;

    private final MemorySegment handle;
    private boolean closed;

    private CudaStream(MemorySegment handle) {
        this.handle = handle;
    }

    /** Creates a non-blocking stream on the current device. */
    public static CudaStream create() {
        Cuda.require("CudaStream.create");
        try (Arena tmp = Arena.ofConfined()) {
            MemorySegment out = tmp.allocate(ADDRESS);
            CudaStatus.checkCuda("cudaStreamCreateWithFlags",
                    CudaRuntimeApi.cudaStreamCreateWithFlags(out, NON_BLOCKING));
            return new CudaStream(out.get(ADDRESS, 0));
        }
    }

    /** The cudaStream_t handle. */
    public MemorySegment handle() {
        if (closed) {
            throw new IllegalStateException("CudaStream.handle: stream already destroyed");
        }
        return handle;
    }

    /** Copies {@code bytes} bytes from pinned host memory to the device, asynchronously. */
    public void toDeviceAsync(PinnedBuffer src, DeviceBuffer dst, long bytes) {
        check("CudaStream.toDeviceAsync", bytes, src.segment().byteSize(), dst.byteSize());
        CudaStatus.checkCuda("cudaMemcpyAsync", CudaRuntimeApi.cudaMemcpyAsync(dst.pointer(),
                src.segment(), bytes, 1, handle()));
    }

    /** Copies {@code bytes} bytes from the device to pinned host memory, asynchronously. */
    public void toHostAsync(DeviceBuffer src, PinnedBuffer dst, long bytes) {
        check("CudaStream.toHostAsync", bytes, dst.segment().byteSize(), src.byteSize());
        CudaStatus.checkCuda("cudaMemcpyAsync", CudaRuntimeApi.cudaMemcpyAsync(dst.segment(),
                src.pointer(), bytes, 2, handle()));
    }

    /** Waits until all work queued on this stream has finished. */
    public void synchronize() {
        CudaStatus.checkCuda("cudaStreamSynchronize",
                CudaRuntimeApi.cudaStreamSynchronize(handle()));
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            CudaStatus.checkCuda("cudaStreamDestroy", CudaRuntimeApi.cudaStreamDestroy(handle));
        }
    }

    private static void check(String op, long bytes, long hostBytes, long deviceBytes) {
        if (bytes < 0 || bytes > hostBytes || bytes > deviceBytes) {
            throw new IndexOutOfBoundsException(op + ": bytes must be in [0, min(host "
                    + hostBytes + ", device " + deviceBytes + ")], got " + bytes);
        }
    }
}
