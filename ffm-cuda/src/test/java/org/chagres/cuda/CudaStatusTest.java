package org.chagres.cuda;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CudaStatusTest {

    @Test
    void cudaErrorsGetTheirSymbolicNames() {
        assertEquals("cudaSuccess", CudaStatus.cudaErrorName(0));
        assertEquals("cudaErrorMemoryAllocation", CudaStatus.cudaErrorName(2));
        assertEquals("cudaErrorInsufficientDriver", CudaStatus.cudaErrorName(35));
        assertEquals("cudaErrorNoDevice", CudaStatus.cudaErrorName(100));
        assertEquals("cudaError_123456", CudaStatus.cudaErrorName(123456));
    }

    @Test
    void cublasStatusesGetTheirSymbolicNames() {
        assertEquals("CUBLAS_STATUS_NOT_INITIALIZED", CudaStatus.cublasStatusName(1));
        assertEquals("CUBLAS_STATUS_INVALID_VALUE", CudaStatus.cublasStatusName(7));
        assertEquals("CUBLAS_STATUS_99", CudaStatus.cublasStatusName(99));
    }

    @Test
    void aFailedStatusBecomesACudaExceptionNamingCallNameAndNumber() {
        CudaException e = assertThrows(CudaException.class,
                () -> CudaStatus.checkCublas("cublasDgemm_v2", 1));
        assertEquals("cublasDgemm_v2: CUBLAS_STATUS_NOT_INITIALIZED (1)", e.getMessage());
        assertEquals("cublasDgemm_v2", e.call());
        assertEquals(1, e.status());
        assertEquals("CUBLAS_STATUS_NOT_INITIALIZED", e.statusName());

        CudaException c = assertThrows(CudaException.class,
                () -> CudaStatus.checkCuda("cudaMalloc", 2));
        assertTrue(c.getMessage().startsWith("cudaMalloc: cudaErrorMemoryAllocation (2)"),
                c.getMessage());
        assertDoesNotThrow(() -> CudaStatus.checkCuda("cudaFree", 0));
        assertDoesNotThrow(() -> CudaStatus.checkCublas("cublasCreate_v2", 0));
    }

    @Test
    void theNameTableAgreesWithTheInstalledHeader() throws IOException {
        Path h = Path.of("/usr/local/cuda/include/driver_types.h");
        assumeTrue(Files.isRegularFile(h), "no CUDA toolkit headers at " + h);
        String src = Files.readString(h).replaceAll("(?s)/\\*.*?\\*/", " ");
        Matcher enumBody = Pattern.compile("(?s)enum __device_builtin__ cudaError\\s*\\{(.*?)\\};")
                .matcher(src);
        assertTrue(enumBody.find(), "enum cudaError not found in " + h);
        Matcher item = Pattern.compile("(cuda\\w+)\\s*=\\s*(\\d+)").matcher(enumBody.group(1));
        int checked = 0;
        while (item.find()) {
            assertEquals(item.group(1), CudaStatus.cudaErrorName(Integer.parseInt(item.group(2))));
            checked++;
        }
        assertTrue(checked > 100, "only " + checked + " codes in " + h);
    }
}
