package org.chagres.cuda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.chagres.kernels.Backends;
import org.junit.jupiter.api.Test;

/** The cuda provider is found by ServiceLoader and reports its state; it runs with or without a GPU. */
class CudaBackendRegistrationTest {

    @Test
    void cudaIsListedWithItsStateAndNeverPreferredByItself() {
        Backends.Diagnostic d = Backends.diagnostics().stream()
                .filter(x -> x.name().equals("cuda")).findFirst()
                .orElseThrow(() -> new AssertionError("cuda missing from "
                        + Backends.diagnostics()));
        assertEquals(RequiresCuda.reason().isEmpty(), d.available(), d.toString());
        if (!d.available()) {
            assertTrue(d.toString().matches("cuda +unavailable \\(.+\\)"), d.toString());
            assertEquals(Cuda.available() ? CudaLibraries.cublas().reason()
                    : Cuda.unavailableReason().orElseThrow(), d.detail());
            assertTrue(Backends.find("cuda").isEmpty());
        } else {
            assertEquals("cuda", Backends.find("cuda").orElseThrow().name());
        }
        if (System.getProperty(Backends.PROPERTY, "").isBlank()) {
            assertNotEquals("cuda", Backends.preferred().name());
        }
    }
}
