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
import java.util.function.Supplier;

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
     * @return the handle, or null when the library did not load (calls then throw
     *     {@link NullPointerException}, which {@link #rethrow} turns into the reason)
     * @throws IllegalStateException if the library loaded but the symbol is missing
     */
    MethodHandle handle(String symbol, FunctionDescriptor fd) {
        if (!loaded()) {
            return null;
        }
        MemorySegment address = find(symbol).orElseThrow(() -> new IllegalStateException(
                path + ": symbol " + symbol + " not found"));
        return LINKER.downcallHandle(address, fd, Linker.Option.critical(true));
    }

    /** Like {@link #handle} but empty when the symbol is absent (optional extensions). */
    Optional<MethodHandle> optionalHandle(String symbol, FunctionDescriptor fd) {
        return find(symbol).map(a -> LINKER.downcallHandle(a, fd, Linker.Option.critical(true)));
    }

    /**
     * The peer entry for this library: available when it loaded, else the reason; its version
     * is {@code version} followed by the file that loaded.
     */
    Peer peer(String name, Supplier<String> version) {
        return new Peer() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public boolean available() {
                return loaded();
            }

            @Override
            public String reason() {
                return reason;
            }

            @Override
            public String version() {
                return loaded() ? version.get() + " (" + path + ")" : "";
            }
        };
    }

    /**
     * What a failed downcall throws: {@link PeerUnavailableException} for peer {@code name}
     * when the library did not load (the handle was null), else {@code t} itself, an
     * {@link Error} rethrown, or a checked exception wrapped in {@link IllegalStateException}.
     */
    RuntimeException rethrow(String name, Throwable t) {
        if (t instanceof NullPointerException && !loaded()) {
            return new PeerUnavailableException(name, reason);
        }
        if (t instanceof RuntimeException r) {
            return r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(t);
    }
}
