package org.chagres.cuda;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.chagres.cuda.bind.CudaRuntimeApi;

/**
 * Turns {@code cudaError_t} and {@code cublasStatus_t} codes into {@link CudaException}s with
 * their symbolic names. cudaError_t names come from a table generated from the toolkit's
 * {@code driver_types.h} (tools/gen_status_tables.py), so they are known even when libcudart
 * is not loaded; the driver's description is added when it is.
 */
public final class CudaStatus {

    private static final Map<Integer, String> CUDA_ERRORS = readTable();

    /** cublasStatus_t values (cublas_api.h, CUDA 12 and 13). */
    private static final Map<Integer, String> CUBLAS = Map.ofEntries(
            Map.entry(0, "CUBLAS_STATUS_SUCCESS"),
            Map.entry(1, "CUBLAS_STATUS_NOT_INITIALIZED"),
            Map.entry(3, "CUBLAS_STATUS_ALLOC_FAILED"),
            Map.entry(7, "CUBLAS_STATUS_INVALID_VALUE"),
            Map.entry(8, "CUBLAS_STATUS_ARCH_MISMATCH"),
            Map.entry(11, "CUBLAS_STATUS_MAPPING_ERROR"),
            Map.entry(13, "CUBLAS_STATUS_EXECUTION_FAILED"),
            Map.entry(14, "CUBLAS_STATUS_INTERNAL_ERROR"),
            Map.entry(15, "CUBLAS_STATUS_NOT_SUPPORTED"),
            Map.entry(16, "CUBLAS_STATUS_LICENSE_ERROR"));

    private CudaStatus() {
    }

    /** The symbolic name of a cudaError_t, e.g. 100 → {@code "cudaErrorNoDevice"}. */
    public static String cudaErrorName(int code) {
        String name = CUDA_ERRORS.get(code);
        return name != null ? name : "cudaError_" + code;
    }

    /** The symbolic name of a cublasStatus_t, e.g. 1 → {@code "CUBLAS_STATUS_NOT_INITIALIZED"}. */
    public static String cublasStatusName(int code) {
        String name = CUBLAS.get(code);
        return name != null ? name : "CUBLAS_STATUS_" + code;
    }

    /** Throws {@link CudaException} unless {@code code} is cudaSuccess (0). */
    public static void checkCuda(String call, int code) {
        if (code != 0) {
            throw new CudaException(call, cudaErrorName(code), code, describe(code));
        }
    }

    /** Throws {@link CudaException} unless {@code code} is CUBLAS_STATUS_SUCCESS (0). */
    public static void checkCublas(String call, int code) {
        if (code != 0) {
            throw new CudaException(call, cublasStatusName(code), code, "");
        }
    }

    /** The driver's description of a cudaError_t, or empty when libcudart is not loaded. */
    private static String describe(int code) {
        if (!CudaLibraries.cudart().ok()) {
            return "";
        }
        try {
            MemorySegment s = CudaRuntimeApi.cudaGetErrorString(code);
            return s.equals(MemorySegment.NULL) ? "" : s.reinterpret(4096).getString(0);
        } catch (RuntimeException | LinkageError e) {
            return "";
        }
    }

    private static Map<Integer, String> readTable() {
        Map<Integer, String> m = new HashMap<>();
        try (InputStream in = CudaStatus.class.getResourceAsStream("cuda_errors.tsv")) {
            if (in == null) {
                throw new IllegalStateException("cuda_errors.tsv missing from the ffm-cuda jar");
            }
            BufferedReader r =
                    new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                m.put(Integer.parseInt(f[0]), f[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(m);
    }
}
