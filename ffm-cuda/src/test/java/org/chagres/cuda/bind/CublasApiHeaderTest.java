package org.chagres.cuda.bind;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.foreign.FunctionDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chagres.cuda.CudaLibraries;
import org.junit.jupiter.api.Test;

/**
 * Checks the cuBLAS bindings against {@code cublas_api.h} where one is installed (the CUDA
 * toolkit with cuBLAS, or the include directory of the {@code nvidia-cublas} wheel).
 */
class CublasApiHeaderTest {

    private static Path findHeader() {
        Path h = CudaRuntimeApiHeaderTest.header("cublas_api.h");
        if (h != null) {
            return h;
        }
        for (Path lib : CudaLibraries.searchDirectories()) {
            Path inc = lib.resolveSibling("include").resolve("cublas_api.h");
            if (Files.isRegularFile(inc)) {
                return inc;
            }
        }
        return null;
    }

    @Test
    void everyBoundFunctionMatchesTheHeader() throws IOException {
        Path h = findHeader();
        assumeTrue(h != null, "cublas_api.h not found (no cuBLAS headers in the CUDA include"
                + " directories nor in an nvidia-cublas wheel)");
        Map<String, String> protos = HeaderPrototypes.read(h);
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, FunctionDescriptor> e : CublasApi.DESCRIPTORS.entrySet()) {
            String proto = protos.get(e.getKey());
            if (proto == null) {
                wrong.add(e.getKey() + ": not declared in " + h);
            } else if (!HeaderPrototypes.descriptorOf(proto).equals(e.getValue())) {
                wrong.add(e.getKey() + ": bound as " + e.getValue() + ", header says "
                        + HeaderPrototypes.descriptorOf(proto));
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }
}
