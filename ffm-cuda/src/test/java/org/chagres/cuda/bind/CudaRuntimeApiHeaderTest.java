package org.chagres.cuda.bind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.foreign.FunctionDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Checks every bound libcudart function's parameter and return layouts against the real
 * {@code cuda_runtime_api.h} (from $CUDA_HOME/include or /usr/local/cuda/include). Skips, with
 * the reason, where no CUDA toolkit headers are installed.
 */
class CudaRuntimeApiHeaderTest {

    static Path header(String name) {
        List<Path> dirs = new ArrayList<>();
        String home = System.getenv("CUDA_HOME");
        if (home != null) {
            dirs.add(Path.of(home, "include"));
        }
        dirs.add(Path.of("/usr/local/cuda/include"));
        for (Path d : dirs) {
            if (Files.isRegularFile(d.resolve(name))) {
                return d.resolve(name);
            }
        }
        return null;
    }

    @Test
    void everyBoundFunctionMatchesTheHeader() throws IOException {
        Path h = header("cuda_runtime_api.h");
        assumeTrue(h != null, "cuda_runtime_api.h not found in $CUDA_HOME/include or"
                + " /usr/local/cuda/include: no CUDA toolkit headers on this machine");
        Map<String, String> protos = HeaderPrototypes.read(h);
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, FunctionDescriptor> e : CudaRuntimeApi.DESCRIPTORS.entrySet()) {
            String proto = protos.get(e.getKey());
            if (proto == null) {
                wrong.add(e.getKey() + ": not declared in " + h);
                continue;
            }
            FunctionDescriptor expected = HeaderPrototypes.descriptorOf(proto);
            if (!expected.equals(e.getValue())) {
                wrong.add(e.getKey() + ": bound as " + e.getValue() + ", header says " + expected
                        + " (" + proto.replaceAll("\\s+", " ") + ")");
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        assertEquals(28, CudaRuntimeApi.DESCRIPTORS.size(), "bound function count");
    }

    @Test
    void theParserSeesThroughMacrosAndDefaults() {
        FunctionDescriptor d = HeaderPrototypes.descriptorOf("__host__ __cudart_builtin__"
                + " cudaError_t CUDARTAPI cudaMemcpyAsync(void *dst, const void *src,"
                + " size_t count, enum cudaMemcpyKind kind, cudaStream_t stream __dv(0))");
        assertEquals(CudaRuntimeApi.DESCRIPTORS.get("cudaMemcpyAsync"), d);
    }
}
