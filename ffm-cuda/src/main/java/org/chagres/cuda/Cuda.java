package org.chagres.cuda;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.Optional;
import org.chagres.cuda.bind.CudaRuntimeApi;

/**
 * The CUDA runtime: is there a usable device, what is it, and device-wide operations. Nothing
 * is loaded until the first call; without a library, driver or device every method that needs
 * one throws {@link IllegalStateException} carrying {@link #unavailableReason()}.
 */
public final class Cuda {

    /** cudaDeviceAttr values used here (driver_types.h). */
    private static final int ATTR_CLOCK_RATE = 13;
    private static final int ATTR_MULTIPROCESSOR_COUNT = 16;
    private static final int ATTR_COMPUTE_CAPABILITY_MAJOR = 75;
    private static final int ATTR_COMPUTE_CAPABILITY_MINOR = 76;

    /** Size reserved for struct cudaDeviceProp (about 1 KiB in CUDA 12–13); name is at offset 0. */
    private static final long DEVICE_PROP_BYTES = 8192;

    private Cuda() {
    }

    /**
     * Properties of one device.
     *
     * @param index the device ordinal
     * @param name the marketing name, e.g. "NVIDIA H100 80GB HBM3"
     * @param computeMajor compute capability, major
     * @param computeMinor compute capability, minor
     * @param multiprocessors number of streaming multiprocessors
     * @param clockKhz peak clock in kHz
     * @param totalBytes global memory
     */
    public record DeviceInfo(int index, String name, int computeMajor, int computeMinor,
            int multiprocessors, int clockKhz, long totalBytes) {
        @Override
        public String toString() {
            return String.format("%d: %s (sm_%d%d, %d SMs, %.1f GiB)", index, name, computeMajor,
                    computeMinor, multiprocessors, totalBytes / (double) (1L << 30));
        }
    }

    /** Free and total device memory in bytes, as cudaMemGetInfo reports them. */
    public record MemoryInfo(long freeBytes, long totalBytes) {
    }

    private record Probe(int deviceCount, String reason) {
    }

    private static final class Holder {
        static final Probe PROBE = probe();
    }

    private static Probe probe() {
        CudaLibraries.Loaded lib = CudaLibraries.cudart();
        if (!lib.ok()) {
            return new Probe(0, lib.reason());
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment count = arena.allocate(JAVA_INT);
            int status = CudaRuntimeApi.cudaGetDeviceCount(count);
            if (status != 0) {
                return new Probe(0, "cudaGetDeviceCount: " + CudaStatus.cudaErrorName(status)
                        + " (" + status + ")");
            }
            int n = count.get(JAVA_INT, 0);
            return n > 0 ? new Probe(n, "")
                    : new Probe(0, "cudaGetDeviceCount: no CUDA device (count 0)");
        } catch (RuntimeException | LinkageError e) {
            return new Probe(0, "libcudart from " + lib.origin() + " failed: " + e);
        }
    }

    /** Whether libcudart loaded and at least one device answers. */
    public static boolean available() {
        return Holder.PROBE.deviceCount > 0;
    }

    /** Why CUDA cannot be used here, or empty when it can. */
    public static Optional<String> unavailableReason() {
        return available() ? Optional.empty() : Optional.of(Holder.PROBE.reason);
    }

    /** Throws {@link IllegalStateException} with the reason unless CUDA is usable. */
    static void require(String op) {
        if (!available()) {
            throw new IllegalStateException(op + ": CUDA unavailable: " + Holder.PROBE.reason);
        }
    }

    /** Number of CUDA devices. */
    public static int deviceCount() {
        require("Cuda.deviceCount");
        return Holder.PROBE.deviceCount;
    }

    /** Properties of device {@code index}. */
    public static DeviceInfo device(int index) {
        require("Cuda.device");
        if (index < 0 || index >= Holder.PROBE.deviceCount) {
            throw new IllegalArgumentException("Cuda.device: index must be in [0, "
                    + Holder.PROBE.deviceCount + "), got " + index);
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment prop = arena.allocate(DEVICE_PROP_BYTES, 8);
            CudaStatus.checkCuda("cudaGetDeviceProperties",
                    CudaRuntimeApi.cudaGetDeviceProperties(prop, index));
            String name = prop.getString(0);
            MemoryInfo mem = memoryInfoOf(index);
            return new DeviceInfo(index, name, attribute(ATTR_COMPUTE_CAPABILITY_MAJOR, index),
                    attribute(ATTR_COMPUTE_CAPABILITY_MINOR, index),
                    attribute(ATTR_MULTIPROCESSOR_COUNT, index),
                    attribute(ATTR_CLOCK_RATE, index), mem.totalBytes());
        }
    }

    private static int attribute(int attr, int device) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment v = arena.allocate(JAVA_INT);
            CudaStatus.checkCuda("cudaDeviceGetAttribute",
                    CudaRuntimeApi.cudaDeviceGetAttribute(v, attr, device));
            return v.get(JAVA_INT, 0);
        }
    }

    private static MemoryInfo memoryInfoOf(int device) {
        int current = currentDevice();
        if (current != device) {
            setDevice(device);
        }
        try {
            return memoryInfo();
        } finally {
            if (current != device) {
                setDevice(current);
            }
        }
    }

    /** Makes {@code index} the current device of the calling thread. */
    public static void setDevice(int index) {
        require("Cuda.setDevice");
        CudaStatus.checkCuda("cudaSetDevice", CudaRuntimeApi.cudaSetDevice(index));
    }

    /** The calling thread's current device. */
    public static int currentDevice() {
        require("Cuda.currentDevice");
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment v = arena.allocate(JAVA_INT);
            CudaStatus.checkCuda("cudaGetDevice", CudaRuntimeApi.cudaGetDevice(v));
            return v.get(JAVA_INT, 0);
        }
    }

    /** Free and total memory of the current device. */
    public static MemoryInfo memoryInfo() {
        require("Cuda.memoryInfo");
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment free = arena.allocate(JAVA_LONG);
            MemorySegment total = arena.allocate(JAVA_LONG);
            CudaStatus.checkCuda("cudaMemGetInfo", CudaRuntimeApi.cudaMemGetInfo(free, total));
            return new MemoryInfo(free.get(JAVA_LONG, 0), total.get(JAVA_LONG, 0));
        }
    }

    /** Waits for all work on the current device to finish. */
    public static void synchronize() {
        require("Cuda.synchronize");
        CudaStatus.checkCuda("cudaDeviceSynchronize", CudaRuntimeApi.cudaDeviceSynchronize());
    }

    /** The driver's CUDA version, e.g. 13000 for 13.0; needs only libcudart. */
    public static int driverVersion() {
        return version("cudaDriverGetVersion", true);
    }

    /** libcudart's version, e.g. 13000 for 13.0; needs only libcudart. */
    public static int runtimeVersion() {
        return version("cudaRuntimeGetVersion", false);
    }

    private static int version(String call, boolean driver) {
        CudaLibraries.Loaded lib = CudaLibraries.cudart();
        if (!lib.ok()) {
            throw new IllegalStateException(call + ": " + lib.reason());
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment v = arena.allocate(JAVA_INT);
            int status = driver ? CudaRuntimeApi.cudaDriverGetVersion(v)
                    : CudaRuntimeApi.cudaRuntimeGetVersion(v);
            CudaStatus.checkCuda(call, status);
            return v.get(JAVA_INT, 0);
        }
    }
}
