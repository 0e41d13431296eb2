package org.chagres.cuda;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.foreign.Arena;
import org.junit.jupiter.api.Test;

/** What a machine without a GPU sees: reasons, never crashes or stack traces. */
class CudaAvailabilityTest {

    @Test
    void withoutADeviceEveryEntryPointNamesTheReason() {
        assumeFalse(Cuda.available(), "a CUDA device is present; this test is for machines"
                + " without one");
        String reason = Cuda.unavailableReason().orElseThrow();
        assertTrue(reason.startsWith("cudaGetDeviceCount: cuda") || reason.contains("not found"),
                reason);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> DeviceBuffer.allocate(Arena.global(), 8));
        assertTrue(e.getMessage().equals("DeviceBuffer.allocate: CUDA unavailable: " + reason),
                e.getMessage());
        assertThrows(IllegalStateException.class, Cublas::create);
        assertThrows(IllegalStateException.class, Cuda::deviceCount);
    }

    @Test
    void withLibcudartButNoDeviceTheReasonIsTheRuntimeStatus() {
        assumeTrue(CudaLibraries.cudart().ok(), "libcudart not installed: "
                + CudaLibraries.cudart().reason());
        assumeFalse(Cuda.available(), "a CUDA device is present");
        // e.g. "cudaGetDeviceCount: cudaErrorInsufficientDriver (35)" without a driver,
        // "cudaGetDeviceCount: cudaErrorNoDevice (100)" with a driver but no device
        String reason = Cuda.unavailableReason().orElseThrow();
        assertTrue(reason.matches("cudaGetDeviceCount: (cudaError\\w+ \\(\\d+\\)|no CUDA device"
                + " \\(count 0\\))"), reason);
        assertTrue(Cuda.runtimeVersion() >= 12000, "runtime version " + Cuda.runtimeVersion());
    }

    @Test
    void unavailableMeansNotAvailable() {
        assertTrue(Cuda.available() != Cuda.unavailableReason().isPresent());
        assertFalse(Cuda.available() && Cuda.unavailableReason().isPresent());
    }
}
