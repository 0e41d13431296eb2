package org.chagres.cuda.bind;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_FLOAT;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.chagres.cuda.CudaLibraries;

/**
 * Downcalls into libcudart for the functions of {@code cuda_runtime_api.h} that Chagres uses,
 * laid out as jextract lays out a header: one class per header, one {@code static final
 * MethodHandle} per C function (in a holder class, so that a handle is linked on first use and
 * only after {@link CudaLibraries#cudart()} has loaded the library), the C prototype in the
 * Javadoc. {@link #DESCRIPTORS} is checked against the real header by CudaRuntimeApiHeaderTest;
 * {@code ffm-cuda/tools/jextract-bindings.sh} regenerates the same functions with jextract.
 *
 * <p>Return values are raw {@code cudaError_t} codes; {@code org.chagres.cuda.Cuda} checks them.
 */
@SuppressWarnings({"checkstyle:MethodName", "checkstyle:TypeName"})
public final class CudaRuntimeApi {

    private CudaRuntimeApi() {
    }

    /** Every bound function's name and descriptor, in header order. */
    public static final Map<String, FunctionDescriptor> DESCRIPTORS = descriptors();

    private static Map<String, FunctionDescriptor> descriptors() {
        Map<String, FunctionDescriptor> m = new LinkedHashMap<>();
        m.put("cudaGetDeviceCount", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        m.put("cudaGetDeviceProperties", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
        m.put("cudaDeviceGetAttribute", FunctionDescriptor.of(
                JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT));
        m.put("cudaSetDevice", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
        m.put("cudaGetDevice", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        m.put("cudaMalloc", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG));
        m.put("cudaFree", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        m.put("cudaMemcpy", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_LONG, JAVA_INT));
        m.put("cudaMemcpyAsync", FunctionDescriptor.of(
                JAVA_INT, ADDRESS, ADDRESS, JAVA_LONG, JAVA_INT, ADDRESS));
        m.put("cudaMemset", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_LONG));
        m.put("cudaMemsetAsync", FunctionDescriptor.of(
                JAVA_INT, ADDRESS, JAVA_INT, JAVA_LONG, ADDRESS));
        m.put("cudaHostAlloc", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT));
        m.put("cudaFreeHost", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        m.put("cudaStreamCreateWithFlags", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
        m.put("cudaStreamDestroy", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        m.put("cudaStreamSynchronize", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        m.put("cudaEventCreate", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        m.put("cudaEventDestroy", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        m.put("cudaEventRecord", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
        m.put("cudaEventSynchronize", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        m.put("cudaEventElapsedTime", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS));
        m.put("cudaDeviceSynchronize", FunctionDescriptor.of(JAVA_INT));
        m.put("cudaMemGetInfo", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
        m.put("cudaGetErrorName", FunctionDescriptor.of(ADDRESS, JAVA_INT));
        m.put("cudaGetErrorString", FunctionDescriptor.of(ADDRESS, JAVA_INT));
        m.put("cudaDriverGetVersion", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        m.put("cudaRuntimeGetVersion", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        m.put("cudaGetLastError", FunctionDescriptor.of(JAVA_INT));
        return Collections.unmodifiableMap(m);
    }

    private static MethodHandle downcall(String name) {
        MemorySegment address = CudaLibraries.cudart().lookup()
                .orElseThrow(() -> new IllegalStateException(CudaLibraries.cudart().reason()))
                .find(name)
                .orElseThrow(() -> new UnsatisfiedLinkError(name + " not exported by "
                        + CudaLibraries.cudart().origin()));
        return Linker.nativeLinker().downcallHandle(address, DESCRIPTORS.get(name));
    }

    /** Holder of the handle of {@code cudaGetDeviceCount}. */
    private static final class cudaGetDeviceCount {
        static final MethodHandle HANDLE = downcall("cudaGetDeviceCount");
    }

    /** {@code cudaError_t cudaGetDeviceCount(int *count);} */
    public static int cudaGetDeviceCount(MemorySegment count) {
        try {
            return (int) cudaGetDeviceCount.HANDLE.invokeExact(count);
        } catch (Throwable t) {
            throw Bindings.rethrow("cudaGetDeviceCount", t);
        }
    }

    /** Holder of the handle of {@code cudaGetDeviceProperties}. */
    private static final class cudaGetDeviceProperties {
        static final MethodHandle HANDLE = downcall("cudaGetDeviceProperties");
    }

    /** {@code cudaError_t cudaGetDeviceProperties(struct cudaDeviceProp *prop, int device);} */
    public static int cudaGetDeviceProperties(MemorySegment prop, int device) {
        try {
            return (int) cudaGetDeviceProperties.HANDLE.invokeExact(prop, device);
        } catch (Throwable t) {
            throw Bindings.rethrow("cudaGetDeviceProperties", t);
        }
    }

    /** Holder of the handle of {@code cudaDeviceGetAttribute}. */
    private static final class cudaDeviceGetAttribute {
        static final MethodHandle HANDLE = downcall("cudaDeviceGetAttribute");
    }

    /**
     * <pre>{@code
     * cudaError_t cudaDeviceGetAttribute(int *value, enum cudaDeviceAttr attr, int device);
     * }</pre>
     */
    public static int cudaDeviceGetAttribute(MemorySegment value, int attr, int device) {
        try {
            return (int) cudaDeviceGetAttribute.HANDLE.invokeExact(value, attr, device);
        } catch (Throwable t) {
            throw Bindings.rethrow("cudaDeviceGetAttribute", t);
        }
    }

    /** Holder of the handle of {@code cudaSetDevice}. */
    private static final class cudaSetDevice {
        static final MethodHandle HANDLE = downcall("cudaSetDevice");
    }

    /** {@code cudaError_t cudaSetDevice(int device);} */
    public static int cudaSetDevice(int device) {
        try {
            return (int) cudaSetDevice.HANDLE.invokeExact(device);
        } catch (Throwable t) {
            throw Bindings.rethrow("cudaSetDevice", t);
        }
    }

    /** Holder of the handle of {@code cudaGetDevice}. */
    private static final class cudaGetDevice {
        static final MethodHandle HANDLE = downcall("cudaGetDevice");
    }

    /** {@code cudaError_t cudaGetDevice(int *device);} */
    public static int cudaGetDevice(MemorySegment device) {
        try {
            return (int) cudaGetDevice.HANDLE.invokeExact(device);
        } catch (Throwable t) {
            throw Bindings.rethrow("cudaGetDevice", t);
        }
    }

    /** Holder of the handle of {@code cudaMalloc}. */
    private static final class cudaMalloc {
        static final MethodHandle HANDLE = downcall("cudaMalloc");
    }

    /** {@code cudaError_t cudaMalloc(void **devPtr, size_t size);} */
    public static int cudaMalloc(MemorySegment devPtr, long size) {
        try {
            return (int) cudaMalloc.HANDLE.invokeExact(devPtr, size);
        } catch (Throwable t) {
            throw Bindings.rethrow("cudaMalloc", t);
        }
    }

    /** Holder of the handle of {@code cudaFree}. */
    private static final class cudaFree {
        static final MethodHandle HANDLE = downcall("cudaFree");
    }

    /** {@code cudaError_t cudaFree(void *devPtr);} */
    public static int cudaFree(MemorySegment devPtr) {
        try {
            return (int) cudaFree.HANDLE.invokeExact(devPtr);
        } catch (Throwable t) {
            throw Bindings.rethrow("cudaFree", t);
        }
    }

    /** Holder of the handle of {@code cudaMemcpy}. */
    private static final class cudaMemcpy {
        static final MethodHandle HANDLE = downcall("cudaMemcpy");
    }

    /**
     * <pre>{@code
     * cudaError_t cudaMemcpy(void *dst, const void *src, size_t count, enum cudaMemcpyKind
     *         kind);
     * }</pre>
     */
    public static int cudaMemcpy(MemorySegment dst, MemorySegment src, long count, int kind) {
        try {
            return (int) cudaMemcpy.HANDLE.invokeExact(dst, src, count, kind);
        } catch (Throwable t) {
            throw Bindings.rethrow("cudaMemcpy", t);
        }
    }

    /** Holder of the handle of {@code cudaMemcpyAsync}. */
    private static final class cudaMemcpyAsync {
        static final MethodHandle HANDLE = downcall("cudaMemcpyAsync");
    }

    /**
     * <pre>{@code
     * cudaError_t cudaMemcpyAsync(void *dst, const void *src, size_t count, enum
     *         cudaMemcpyKind kind, cudaStream_t stream);
     * }</pre>
     */
    public static int cudaMemcpyAsync(
            MemorySegment dst, MemorySegment src, long count, int kind, MemorySegment stream) {
        try {
            return (int) cudaMemcpyAsync.HANDLE.invokeExact(dst, src, count, kind, stream);
        } catch (Throwable t) {
            throw Bindings.rethrow("cudaMemcpyAsync", t);
        }
    }

    /** Holder of the handle of {@code cudaMemset}. */
    private static final class cudaMemset {
        static final MethodHandle HANDLE = downcall("cudaMemset");
    }

    /** {@code cudaError_t cudaMemset(void *devPtr, int value, size_t count);} */
    public static int cudaMemset(MemorySegment devPtr, int value, long count) {
        try {
            return (int) cudaMemset.HANDLE.invokeExact(devPtr, value, count);
        } catch (Throwable t) {
            throw Bindings.rethrow("cudaMemset", t);
        }
    }

    /** Holder of the handle of {@code cudaMemsetAsync}. */
    private static final class cudaMemsetAsync {
        static final MethodHandle HANDLE = downcall("cudaMemsetAsync");
    }

    /**
     * <pre>{@code
     * cudaError_t cudaMemsetAsync(void *devPtr, int value, size_t count, cudaStream_t stream);
     * }</pre>
     */
    public static int cudaMemsetAsync(
            MemorySegment devPtr, int value, long count, MemorySegment stream) {
        try {
            return (int) cudaMemsetAsync.HANDLE.invokeExact(devPtr, value, count, stream);
        } catch (Throwable t) {
            throw Bindings.rethrow("cudaMemsetAsync", t);
        }
    }

    /** Holder of the handle of {@code cudaHostAlloc}. */
    private static final class cudaHostAlloc {
        static final MethodHandle HANDLE = downcall("cudaHostAlloc");
    }

    /** {@code cudaError_t cudaHostAlloc(void **pHost, size_t size, unsigned int flags);} */
    public static int cudaHostAlloc(MemorySegment pHost, long size, int flags) {
        try {
            return (int) cudaHostAlloc.HANDLE.invokeExact(pHost, size, flags);
        } catch (Throwable t) {
            throw Bindings.rethrow("cudaHostAlloc", t);
        }
    }

    /** Holder of the handle of {@code cudaFreeHost}. */
    private static final class cudaFreeHost {
        static final MethodHandle HANDLE = downcall("cudaFreeHost");
    }

    /** {@code cudaError_t cudaFreeHost(void *ptr);} */
    public static int cudaFreeHost(MemorySegment ptr) {
        try {
            return (int) cudaFreeHost.HANDLE.invokeExact(ptr);
        } catch (Throwable t) {
            throw Bindings.rethrow("cudaFreeHost", t);
        }
    }

    /** Holder of the handle of {@code cudaStreamCreateWithFlags}. */
    private static final class cudaStreamCreateWithFlags {
        static final MethodHandle HANDLE = downcall("cudaStreamCreateWithFlags");
    }

    /** {@code cudaError_t cudaStreamCreateWithFlags(cudaStream_t *pStream, unsigned int flags);} */
    public static int cudaStreamCreateWithFlags(MemorySegment pStream, int flags) {
        try {
            return (int) cudaStreamCreateWithFlags.HANDLE.invokeExact(pStream, flags);
        } catch (Throwable t) {
            throw Bindings.rethrow("cudaStreamCreateWithFlags", t);
        }
    }

    /** Holder of the handle of {@code cudaStreamDestroy}. */
    private static final class cudaStreamDestroy {
        static final MethodHandle HANDLE = downcall("cudaStreamDestroy");
    }

    /** {@code cudaError_t cudaStreamDestroy(cudaStream_t stream);} */
    public static int cudaStreamDestroy(MemorySegment stream) {
        try {
            return (int) cudaStreamDestroy.HANDLE.invokeExact(stream);
        } catch (Throwable t) {
            throw Bindings.rethrow("cudaStreamDestroy", t);
        }
    }

    /** Holder of the handle of {@code cudaStreamSynchronize}. */
    private static final class cudaStreamSynchronize {
        static final MethodHandle HANDLE = downcall("cudaStreamSynchronize");
    }

    /** {@code cudaError_t cudaStreamSynchronize(cudaStream_t stream);} */
    public static int cudaStreamSynchronize(MemorySegment stream) {
        try {
            return (int) cudaStreamSynchronize.HANDLE.invokeExact(stream);
        } catch (Throwable t) {
            throw Bindings.rethrow("cudaStreamSynchronize", t);
        }
    }

    /** Holder of the handle of {@code cudaEventCreate}. */
    private static final class cudaEventCreate {
        static final MethodHandle HANDLE = downcall("cudaEventCreate");
    }

    /** {@code cudaError_t cudaEventCreate(cudaEvent_t *event);} */
    public static int cudaEventCreate(MemorySegment event) {
        try {
            return (int) cudaEventCreate.HANDLE.invokeExact(event);
        } catch (Throwable t) {
            throw Bindings.rethrow("cudaEventCreate", t);
        }
    }

    /** Holder of the handle of {@code cudaEventDestroy}. */
    private static final class cudaEventDestroy {
        static final MethodHandle HANDLE = downcall("cudaEventDestroy");
    }

    /** {@code cudaError_t cudaEventDestroy(cudaEvent_t event);} */
    public static int cudaEventDestroy(MemorySegment event) {
        try {
            return (int) cudaEventDestroy.HANDLE.invokeExact(event);
        } catch (Throwable t) {
            throw Bindings.rethrow("cudaEventDestroy", t);
        }
    }

    /** Holder of the handle of {@code cudaEventRecord}. */
    private static final class cudaEventRecord {
        static final MethodHandle HANDLE = downcall("cudaEventRecord");
    }

    /** {@code cudaError_t cudaEventRecord(cudaEvent_t event, cudaStream_t stream);} */
    public static int cudaEventRecord(MemorySegment event, MemorySegment stream) {
        try {
            return (int) cudaEventRecord.HANDLE.invokeExact(event, stream);
        } catch (Throwable t) {
            throw Bindings.rethrow("cudaEventRecord", t);
        }
    }

    /** Holder of the handle of {@code cudaEventSynchronize}. */
    private static final class cudaEventSynchronize {
        static final MethodHandle HANDLE = downcall("cudaEventSynchronize");
    }

    /** {@code cudaError_t cudaEventSynchronize(cudaEvent_t event);} */
    public static int cudaEventSynchronize(MemorySegment event) {
        try {
            return (int) cudaEventSynchronize.HANDLE.invokeExact(event);
        } catch (Throwable t) {
            throw Bindings.rethrow("cudaEventSynchronize", t);
        }
    }

    /** Holder of the handle of {@code cudaEventElapsedTime}. */
    private static final class cudaEventElapsedTime {
        static final MethodHandle HANDLE = downcall("cudaEventElapsedTime");
    }

    /** {@code cudaError_t cudaEventElapsedTime(float *ms, cudaEvent_t start, cudaEvent_t end);} */
    public static int cudaEventElapsedTime(
            MemorySegment ms, MemorySegment start, MemorySegment end) {
        try {
            return (int) cudaEventElapsedTime.HANDLE.invokeExact(ms, start, end);
        } catch (Throwable t) {
            throw Bindings.rethrow("cudaEventElapsedTime", t);
        }
    }

    /** Holder of the handle of {@code cudaDeviceSynchronize}. */
    private static final class cudaDeviceSynchronize {
        static final MethodHandle HANDLE = downcall("cudaDeviceSynchronize");
    }

    /** {@code cudaError_t cudaDeviceSynchronize(void);} */
    public static int cudaDeviceSynchronize() {
        try {
            return (int) cudaDeviceSynchronize.HANDLE.invokeExact();
        } catch (Throwable t) {
            throw Bindings.rethrow("cudaDeviceSynchronize", t);
        }
    }

    /** Holder of the handle of {@code cudaMemGetInfo}. */
    private static final class cudaMemGetInfo {
        static final MethodHandle HANDLE = downcall("cudaMemGetInfo");
    }

    /** {@code cudaError_t cudaMemGetInfo(size_t *free, size_t *total);} */
    public static int cudaMemGetInfo(MemorySegment free, MemorySegment total) {
        try {
            return (int) cudaMemGetInfo.HANDLE.invokeExact(free, total);
        } catch (Throwable t) {
            throw Bindings.rethrow("cudaMemGetInfo", t);
        }
    }

    /** Holder of the handle of {@code cudaGetErrorName}. */
    private static final class cudaGetErrorName {
        static final MethodHandle HANDLE = downcall("cudaGetErrorName");
    }

    /** {@code const char* cudaGetErrorName(cudaError_t error);} */
    public static MemorySegment cudaGetErrorName(int error) {
        try {
            return (MemorySegment) cudaGetErrorName.HANDLE.invokeExact(error);
        } catch (Throwable t) {
            throw Bindings.rethrow("cudaGetErrorName", t);
        }
    }

    /** Holder of the handle of {@code cudaGetErrorString}. */
    private static final class cudaGetErrorString {
        static final MethodHandle HANDLE = downcall("cudaGetErrorString");
    }

    /** {@code const char* cudaGetErrorString(cudaError_t error);} */
    public static MemorySegment cudaGetErrorString(int error) {
        try {
            return (MemorySegment) cudaGetErrorString.HANDLE.invokeExact(error);
        } catch (Throwable t) {
            throw Bindings.rethrow("cudaGetErrorString", t);
        }
    }

    /** Holder of the handle of {@code cudaDriverGetVersion}. */
    private static final class cudaDriverGetVersion {
        static final MethodHandle HANDLE = downcall("cudaDriverGetVersion");
    }

    /** {@code cudaError_t cudaDriverGetVersion(int *driverVersion);} */
    public static int cudaDriverGetVersion(MemorySegment driverVersion) {
        try {
            return (int) cudaDriverGetVersion.HANDLE.invokeExact(driverVersion);
        } catch (Throwable t) {
            throw Bindings.rethrow("cudaDriverGetVersion", t);
        }
    }

    /** Holder of the handle of {@code cudaRuntimeGetVersion}. */
    private static final class cudaRuntimeGetVersion {
        static final MethodHandle HANDLE = downcall("cudaRuntimeGetVersion");
    }

    /** {@code cudaError_t cudaRuntimeGetVersion(int *runtimeVersion);} */
    public static int cudaRuntimeGetVersion(MemorySegment runtimeVersion) {
        try {
            return (int) cudaRuntimeGetVersion.HANDLE.invokeExact(runtimeVersion);
        } catch (Throwable t) {
            throw Bindings.rethrow("cudaRuntimeGetVersion", t);
        }
    }

    /** Holder of the handle of {@code cudaGetLastError}. */
    private static final class cudaGetLastError {
        static final MethodHandle HANDLE = downcall("cudaGetLastError");
    }

    /** {@code cudaError_t cudaGetLastError(void);} */
    public static int cudaGetLastError() {
        try {
            return (int) cudaGetLastError.HANDLE.invokeExact();
        } catch (Throwable t) {
            throw Bindings.rethrow("cudaGetLastError", t);
        }
    }

}
