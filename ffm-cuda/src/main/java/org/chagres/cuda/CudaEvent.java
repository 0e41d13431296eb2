package org.chagres.cuda;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_FLOAT;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.chagres.cuda.bind.CudaRuntimeApi;

/** A CUDA event, for timing GPU work: record two, synchronise, read the elapsed time. */
public final class CudaEvent implements AutoCloseable {

    private final MemorySegment handle;
    private boolean closed;

    private CudaEvent(MemorySegment handle) {
        this.handle = handle;
    }

    /** Creates an event on the current device. */
    public static CudaEvent create() {
        Cuda.require("CudaEvent.create");
        try (Arena tmp = Arena.ofConfined()) {
            MemorySegment out = tmp.allocate(ADDRESS);
            CudaStatus.checkCuda("cudaEventCreate", CudaRuntimeApi.cudaEventCreate(out));
            return new CudaEvent(out.get(ADDRESS, 0));
        }
    }

    /** Records the event on {@code stream}, or on the default stream when it is null. */
    public void record(CudaStream stream) {
        CudaStatus.checkCuda("cudaEventRecord", CudaRuntimeApi.cudaEventRecord(handle(),
                stream == null ? MemorySegment.NULL : stream.handle()));
    }

    /** Waits until the work before the recorded event has finished. */
    public void synchronize() {
        CudaStatus.checkCuda("cudaEventSynchronize", CudaRuntimeApi.cudaEventSynchronize(handle()));
    }

    /** Milliseconds between {@code start} and this event (both recorded and complete). */
    public float millisSince(CudaEvent start) {
        try (Arena tmp = Arena.ofConfined()) {
            MemorySegment ms = tmp.allocate(JAVA_FLOAT);
            CudaStatus.checkCuda("cudaEventElapsedTime",
                    CudaRuntimeApi.cudaEventElapsedTime(ms, start.handle(), handle()));
            return ms.get(JAVA_FLOAT, 0);
        }
    }

    MemorySegment handle() {
        if (closed) {
            throw new IllegalStateException("CudaEvent: event already destroyed");
        }
        return handle;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            CudaStatus.checkCuda("cudaEventDestroy", CudaRuntimeApi.cudaEventDestroy(handle));
        }
    }
}
