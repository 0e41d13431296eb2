package org.chagres.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BackendsTest {

    @Test
    void scalarIsAlwaysThere() {
        assertEquals("scalar", Backends.scalar().name());
        assertSame(Backends.scalar(), Backends.find("scalar").orElseThrow());
    }

    @Test
    void simdIsFoundThroughServiceLoaderWhenTheVectorModuleIsLoaded() {
        // surefire runs with --add-modules jdk.incubator.vector, so simd must be available
        assertTrue(Backends.find("simd").isPresent(), Backends.diagnostics().toString());
    }

    @Test
    void preferredIsSimdUnlessOverridden() {
        String wanted = System.getProperty(Backends.PROPERTY, "");
        String expected = wanted.isBlank() ? "simd" : wanted;
        assertEquals(expected, Backends.preferred().name());
    }

    @Test
    void unknownNameIsEmpty() {
        assertFalse(Backends.find("no-such-backend").isPresent());
    }

    @Test
    void diagnosticsListEveryBackendOnceWithItsState() {
        List<Backends.Diagnostic> d = Backends.diagnostics();
        assertEquals(d.size(), d.stream().map(Backends.Diagnostic::name).distinct().count());
        Backends.Diagnostic simd = d.stream().filter(x -> x.name().equals("simd")).findFirst()
                .orElseThrow();
        assertTrue(simd.available());
        assertTrue(simd.toString().matches("simd +available +\\(\\d+-bit vectors.*"),
                simd.toString());
        assertEquals(1, d.stream().filter(Backends.Diagnostic::preferred).count());
    }
}
