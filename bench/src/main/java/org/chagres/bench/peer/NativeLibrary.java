package org.chagres.bench.peer;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A shared library opened through FFM: the first of several candidate names that loads and
 * holds a required symbol. Failing to load is an answer ({@link #reason()}), not an exception.
 */
final class NativeLibrary {

    private static final Linker LINKER = Linker.nativeLinker();

    private final SymbolLookup lookup;
    private final String path;
    private final String reason;

    private NativeLibrary(SymbolLookup lookup, String path, String reason) {
        this.lookup = lookup;
        this.path = path;
        this.reason = reason;
    }

    /**
     * Opens the first candidate that loads and defines {@code probe}.
     *
     * @param what a human name for messages, e.g. "OpenBLAS"
     * @param probe a symbol the library must define, e.g. "cblas_dgemm"
     * @param candidates file names (searched by the dynamic loader) or absolute paths
     */
    static NativeLibrary open(String what, String probe, String... candidates) {
        if (!NativeLibrary.class.getModule().isNativeAccessEnabled()) {
            return new NativeLibrary(null, "", "native access is disabled; run java with"
                    + " --enable-native-access=ALL-UNNAMED");
        }
        List<String> tried = new ArrayList<>();
        for (String name : candidates) {
            try {
                SymbolLookup l = SymbolLookup.libraryLookup(name, Arena.global());
                if (l.find(probe).isPresent()) {
                    return new NativeLibrary(l, name, "");
                }
                tried.add(name + " (no " + probe + ")");
            } catch (IllegalArgumentException | IllegalCallerException e) {
                tried.add(name + " (" + e.getMessage() + ")");
            }
        }
        return new NativeLibrary(null, "", what + " not found: tried " + String.join(", ", tried)
                + "; on Debian/Ubuntu install it with apt-get install "
                + (what.equals("LAPACKE") ? "liblapacke" : "libopenblas0"));
    }

    /** The file named by the system property {@code property} if set, else the defaults. */
    static String[] candidates(String property, String... defaults) {
        String chosen = System.getProperty(property);
        return chosen == null || chosen.isBlank() ? defaults : new String[] {chosen.strip()};
    }

    boolean loaded() {
        return lookup != null;
    }

    String path() {
        return path;
    }

    String reason() {
        return reason;
    }

    Optional<MemorySegment> find(String symbol) {
        return lookup == null ? Optional.empty() : lookup.find(symbol);
    }

    /**
     * A downcall handle for {@code symbol}. Linked as a critical function with heap access so
     * that {@code MemorySegment.ofArray(double[])} can be passed without copying: that is
     * what a Java caller holding arrays pays. None of these functions calls back into Java.
     *
     * @throws IllegalStateException if the symbol is missing
     */
    MethodHandle handle(String symbol, FunctionDescriptor fd) {
        MemorySegment address = find(symbol).orElseThrow(() -> new IllegalStateException(
                path + ": symbol " + symbol + " not found"));
        return LINKER.downcallHandle(address, fd, Linker.Option.critical(true));
    }

    /** Like {@link #handle} but empty when the symbol is absent (optional extensions). */
    Optional<MethodHandle> optionalHandle(String symbol, FunctionDescriptor fd) {
        return find(symbol).map(a -> LINKER.downcallHandle(a, fd, Linker.Option.critical(true)));
    }
}
