package org.chagres.cuda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CudaLibrariesTest {

    @Test
    void theHighestVersionInADirectoryComesFirst(@TempDir Path dir) throws IOException {
        for (String f : List.of("libcublas.so", "libcublas.so.12", "libcublas.so.13.0.2",
                "libcublas.so.13", "libcublasLt.so.13", "libcudart.so.13")) {
            Files.writeString(dir.resolve(f), "");
        }
        List<Path> c = CudaLibraries.candidates(dir, "libcublas");
        assertEquals(List.of("libcublas.so.13.0.2", "libcublas.so.13", "libcublas.so.12",
                "libcublas.so"), c.stream().map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void aFileCanBeNamedDirectly(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("libcudart.so.13"), "");
        assertEquals(List.of(f), CudaLibraries.candidates(f, "libcudart"));
        assertEquals(List.of(), CudaLibraries.candidates(f, "libcublas"));
        assertEquals(List.of(), CudaLibraries.candidates(dir.resolve("absent"), "libcudart"));
    }

    @Test
    void thePropertyIsSearchedFirstAndPythonWheelsAreIncluded(@TempDir Path dir)
            throws IOException {
        String old = System.getProperty(CudaLibraries.PATH_PROPERTY);
        System.setProperty(CudaLibraries.PATH_PROPERTY, dir.toString());
        try {
            List<Path> dirs = CudaLibraries.searchDirectories();
            assertEquals(dir, dirs.get(0));
            assertTrue(dirs.contains(Path.of("/usr/local/cuda/lib64")), dirs.toString());
        } finally {
            restore(old);
        }
    }

    @Test
    void aBrokenOrMissingLibraryIsAReasonNotACrash(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("libnosuchcuda.so.13"), "not an ELF file");
        String old = System.getProperty(CudaLibraries.PATH_PROPERTY);
        System.setProperty(CudaLibraries.PATH_PROPERTY, dir.toString());
        try {
            CudaLibraries.Loaded broken = CudaLibraries.load("libnosuchcuda",
                    List.of("libnosuchcuda.so.13"));
            assertFalse(broken.ok());
            assertTrue(broken.reason().startsWith("libnosuchcuda.so* not found in ["
                    + dir), broken.reason());
            assertTrue(broken.reason().contains("failed to load: " + dir), broken.reason());

            CudaLibraries.Loaded missing = CudaLibraries.load("libabsent", List.of("libabsent.so.1"));
            assertFalse(missing.ok());
            assertTrue(missing.reason().contains("nor by the system loader (libabsent.so.1)"),
                    missing.reason());
        } finally {
            restore(old);
        }
    }

    private static void restore(String old) {
        if (old == null) {
            System.clearProperty(CudaLibraries.PATH_PROPERTY);
        } else {
            System.setProperty(CudaLibraries.PATH_PROPERTY, old);
        }
    }
}
