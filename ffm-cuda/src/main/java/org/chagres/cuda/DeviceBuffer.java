package org.chagres.cuda;

import static java.lang.foreign.ValueLayout.ADDRESS;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.concurrent.atomic.AtomicBoolean;
import org.chagres.cuda.bind.CudaRuntimeApi;
import org.chagres.kernels.Check;

/**
 * Memory on the current CUDA device, {@code byteSize()} bytes, freed by {@link #close()} or,
 * at the latest, when the {@link Arena} it was allocated in closes (whichever comes first;
 * freeing twice is impossible). Copies from and to Java arrays go through a pinned staging
 * buffer ({@link Staging}) so that the DMA engine, not the CPU, moves the data.
 */
public final class DeviceBuffer implements AutoCloseable {

    private static final int MEMCPY_HOST_TO_DEVICE = 1;
    private static final int MEMCPY_DEVICE_TO_HOST = 2;
    private static final int MEMCPY_DEVICE_TO_DEVICE = 3;

    private final MemorySegment pointer;
    private final long byteSize;
    private final AtomicBoolean freed = new AtomicBoolean();

    private DeviceBuffer(MemorySegment pointer, long byteSize) {
        this.pointer = pointer;
        this.byteSize = byteSize;
    }

    /**
     * Allocates {@code bytes} bytes of device memory (uninitialised) owned by {@code arena}.
     *
     * @throws IllegalArgumentException if bytes < 0
     * @throws CudaException if cudaMalloc fails (e.g. cudaErrorMemoryAllocation)
     * @throws IllegalStateException if CUDA is unavailable, with the reason
     */
    public static DeviceBuffer allocate(Arena arena, long bytes) {
        Check.notNull("DeviceBuffer.allocate", "arena", arena);
        if (bytes < 0) {
            throw new IllegalArgumentException("DeviceBuffer.allocate: bytes must be >= 0, got "
                    + bytes);
        }
        Cuda.require("DeviceBuffer.allocate");
        MemorySegment ptr;
        try (Arena tmp = Arena.ofConfined()) {
            MemorySegment out = tmp.allocate(ADDRESS);
            CudaStatus.checkCuda("cudaMalloc", CudaRuntimeApi.cudaMalloc(out, Math.max(bytes, 1)));
            ptr = out.get(ADDRESS, 0);
        }
        DeviceBuffer buffer = new DeviceBuffer(ptr, bytes);
        // the arena's closing frees the buffer unless close() already did
        MemorySegment.ofAddress(ptr.address()).reinterpret(arena, s -> buffer.free());
        return buffer;
    }

    /** Allocates room for {@code n} doubles. */
    public static DeviceBuffer ofDoubles(Arena arena, long n) {
        return allocate(arena, Math.multiplyExact(count("DeviceBuffer.ofDoubles", n),
                Double.BYTES));
    }

    /** Allocates room for {@code n} floats. */
    public static DeviceBuffer ofFloats(Arena arena, long n) {
        return allocate(arena, Math.multiplyExact(count("DeviceBuffer.ofFloats", n),
                Float.BYTES));
    }

    /** The device address, for passing to cuBLAS; valid until closed. */
    public MemorySegment pointer() {
        ensureOpen("DeviceBuffer.pointer");
        return pointer;
    }

    /** The device address {@code offsetBytes} into the buffer. */
    MemorySegment pointer(long offsetBytes) {
        ensureOpen("DeviceBuffer.pointer");
        return MemorySegment.ofAddress(pointer.address() + offsetBytes);
    }

    /** Size in bytes. */
    public long byteSize() {
        return byteSize;
    }

    /** Whether {@link #close()} has run (or the owning arena has closed). */
    public boolean isClosed() {
        return freed.get();
    }

    /** Copies {@code src[srcOff, srcOff + n)} to elements {@code [index, index + n)}. */
    public void toDevice(double[] src, int srcOff, int n, long index) {
        Check.slice("DeviceBuffer.toDevice", "src", src, srcOff, n);
        checkRange("DeviceBuffer.toDevice", index, n, Double.BYTES);
        Staging.upload(MemorySegment.ofArray(src), (long) srcOff * Double.BYTES,
                pointer(index * Double.BYTES), (long) n * Double.BYTES);
    }

    /** Copies {@code src[srcOff, srcOff + n)} to elements {@code [index, index + n)}. */
    public void toDevice(float[] src, int srcOff, int n, long index) {
        Check.slice("DeviceBuffer.toDevice", "src", src, srcOff, n);
        checkRange("DeviceBuffer.toDevice", index, n, Float.BYTES);
        Staging.upload(MemorySegment.ofArray(src), (long) srcOff * Float.BYTES,
                pointer(index * Float.BYTES), (long) n * Float.BYTES);
    }

    /** Copies elements {@code [index, index + n)} to {@code dst[dstOff, dstOff + n)}. */
    public void toHost(long index, double[] dst, int dstOff, int n) {
        Check.slice("DeviceBuffer.toHost", "dst", dst, dstOff, n);
        checkRange("DeviceBuffer.toHost", index, n, Double.BYTES);
        Staging.download(pointer(index * Double.BYTES), MemorySegment.ofArray(dst),
                (long) dstOff * Double.BYTES, (long) n * Double.BYTES);
    }

    /** Copies elements {@code [index, index + n)} to {@code dst[dstOff, dstOff + n)}. */
    public void toHost(long index, float[] dst, int dstOff, int n) {
        Check.slice("DeviceBuffer.toHost", "dst", dst, dstOff, n);
        checkRange("DeviceBuffer.toHost", index, n, Float.BYTES);
        Staging.download(pointer(index * Float.BYTES), MemorySegment.ofArray(dst),
                (long) dstOff * Float.BYTES, (long) n * Float.BYTES);
    }

    /** Copies all of {@code host} (native memory, e.g. pinned) to the start of this buffer. */
    public void toDevice(MemorySegment host) {
        checkBytes("DeviceBuffer.toDevice", host.byteSize());
        if (!host.isNative()) {
            Staging.upload(host, 0, pointer(0), host.byteSize());
            return;
        }
        CudaStatus.checkCuda("cudaMemcpy", CudaRuntimeApi.cudaMemcpy(pointer(0), host,
                host.byteSize(), MEMCPY_HOST_TO_DEVICE));
    }

    /** Copies the first {@code host.byteSize()} bytes of this buffer into {@code host}. */
    public void toHost(MemorySegment host) {
        checkBytes("DeviceBuffer.toHost", host.byteSize());
        if (!host.isNative()) {
            Staging.download(pointer(0), host, 0, host.byteSize());
            return;
        }
        CudaStatus.checkCuda("cudaMemcpy", CudaRuntimeApi.cudaMemcpy(host, pointer(0),
                host.byteSize(), MEMCPY_DEVICE_TO_HOST));
    }

    /** Copies all of {@code other} (same size or smaller) to the start of this buffer. */
    public void copyFrom(DeviceBuffer other) {
        checkBytes("DeviceBuffer.copyFrom", other.byteSize());
        CudaStatus.checkCuda("cudaMemcpy", CudaRuntimeApi.cudaMemcpy(pointer(0), other.pointer(0),
                other.byteSize(), MEMCPY_DEVICE_TO_DEVICE));
    }

    /** Sets every byte to zero. */
    public void clear() {
        CudaStatus.checkCuda("cudaMemset", CudaRuntimeApi.cudaMemset(pointer(0), 0, byteSize));
    }

    /** Reads element {@code index} as a double (a 8-byte copy to the host; for tests). */
    public double getDouble(long index) {
        double[] one = new double[1];
        toHost(index, one, 0, 1);
        return one[0];
    }

    /** Frees the device memory; later calls do nothing. */
    @Override
    public void close() {
        free();
    }

    private void free() {
        if (freed.compareAndSet(false, true)) {
            CudaStatus.checkCuda("cudaFree", CudaRuntimeApi.cudaFree(pointer));
        }
    }

    private void ensureOpen(String op) {
        if (freed.get()) {
            throw new IllegalStateException(op + ": buffer already freed");
        }
    }

    private void checkRange(String op, long index, int n, int elementBytes) {
        long end = index + n;
        if (index < 0 || end * elementBytes > byteSize) {
            throw new IndexOutOfBoundsException(op + ": elements [" + index + ", " + end
                    + ") out of bounds for a buffer of " + byteSize / elementBytes + " elements");
        }
    }

    private void checkBytes(String op, long bytes) {
        if (bytes > byteSize) {
            throw new IndexOutOfBoundsException(op + ": " + bytes + " bytes do not fit in a buffer"
                    + " of " + byteSize + " bytes");
        }
    }

    private static long count(String op, long n) {
        if (n < 0) {
            throw new IllegalArgumentException(op + ": n must be >= 0, got " + n);
        }
        return n;
    }
}
