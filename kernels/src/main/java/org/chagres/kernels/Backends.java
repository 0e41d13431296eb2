package org.chagres.kernels;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.chagres.kernels.scalar.ScalarBackend;

/**
 * Finds and chooses backends.
 *
 * <pre>{@code
 * Backend cpu = Backends.preferred();            // simd when the Vector API is usable, else scalar
 * Backend ref = Backends.scalar();               // always there: the oracle
 * Optional<Backend> gpu = Backends.find("cuda"); // empty without driver/device
 * Backends.diagnostics().forEach(System.out::println);
 * }</pre>
 *
 * <p>Providers are discovered once, with {@link ServiceLoader}, the first time any method here
 * is called. The system property {@code chagres.backend} names the backend that {@link
 * #preferred()} returns; if that backend is unavailable, {@link #preferred()} throws, naming
 * the reason, rather than silently computing elsewhere.
 */
public final class Backends {

    /** System property that overrides the choice of {@link #preferred()}. */
    public static final String PROPERTY = "chagres.backend";

    private static final System.Logger LOG = System.getLogger("org.chagres.kernels.Backends");

    private Backends() {
    }

    /** The plain-loop reference backend; always available. */
    public static Backend scalar() {
        return ScalarBackend.INSTANCE;
    }

    /**
     * The backend to compute with by default: the one named by {@code -Dchagres.backend} if
     * set, otherwise the available backend of highest preference ({@code simd} when the
     * Vector API is usable, else {@code scalar}). GPU backends are never picked by themselves.
     *
     * @throws IllegalStateException if {@code chagres.backend} names an unknown or unavailable
     *     backend; the message lists the known backends or gives the reason
     */
    public static Backend preferred() {
        return Registry.PREFERRED;
    }

    /** The backend with this name, or empty if there is none or it cannot run here. */
    public static Optional<Backend> find(String name) {
        Entry e = Registry.ENTRIES.get(name);
        return e == null ? Optional.empty() : Optional.ofNullable(e.backend);
    }

    /** Every known backend, available or not, with its details or the reason it is not. */
    public static List<Diagnostic> diagnostics() {
        List<Diagnostic> out = new ArrayList<>();
        for (Entry e : Registry.ENTRIES.values()) {
            out.add(new Diagnostic(e.name, e.backend != null, e.detail,
                    e.name.equals(Registry.PREFERRED.name())));
        }
        return List.copyOf(out);
    }

    /**
     * One backend's state, printed as {@code "simd    available   (256-bit vectors)"} or
     * {@code "cuda    unavailable (cudaGetDeviceCount: cudaErrorNoDevice (100))"}.
     *
     * @param name the backend's name
     * @param available whether it can compute here
     * @param detail what it runs on when available, why not otherwise
     * @param preferred whether {@link #preferred()} returns it
     */
    public record Diagnostic(String name, boolean available, String detail, boolean preferred) {
        @Override
        public String toString() {
            String state = available ? "available  " : "unavailable";
            String tail = detail.isEmpty() ? "" : " (" + detail + ")";
            return String.format("%-7s %s%s%s", name, state, tail, preferred ? "  [preferred]" : "");
        }
    }

    private record Entry(String name, int preference, Backend backend, String detail) {
    }

    /** Discovery runs once, on first use (class initialisation is thread-safe and lazy). */
    private static final class Registry {
        static final Map<String, Entry> ENTRIES = discover();
        static final Backend PREFERRED = choose();

        private static Map<String, Entry> discover() {
            List<Entry> found = new ArrayList<>();
            ServiceLoader<BackendProvider> loader =
                    ServiceLoader.load(BackendProvider.class, Backends.class.getClassLoader());
            for (ServiceLoader.Provider<BackendProvider> p : loader.stream().toList()) {
                BackendProvider provider;
                try {
                    provider = p.get();
                } catch (RuntimeException | LinkageError e) {
                    LOG.log(Level.WARNING, "backend provider " + p.type().getName()
                            + " failed to load: " + e);
                    continue;
                }
                found.add(open(provider));
            }
            found.sort(Comparator.comparingInt(Entry::preference).reversed());
            Map<String, Entry> byName = new LinkedHashMap<>();
            for (Entry e : found) {
                byName.putIfAbsent(e.name, e);
            }
            byName.putIfAbsent("scalar", new Entry("scalar", 0, ScalarBackend.INSTANCE, ""));
            return byName;
        }

        private static Entry open(BackendProvider provider) {
            try {
                Backend b = provider.open();
                return new Entry(provider.name(), provider.preference(), b, provider.details(b));
            } catch (BackendUnavailableException e) {
                return new Entry(provider.name(), provider.preference(), null, e.getMessage());
            } catch (RuntimeException | LinkageError e) {
                return new Entry(provider.name(), provider.preference(), null,
                        "failed to start: " + e);
            }
        }

        private static Backend choose() {
            String wanted = System.getProperty(PROPERTY);
            if (wanted != null && !wanted.isBlank()) {
                Entry e = ENTRIES.get(wanted.strip());
                if (e == null) {
                    throw new IllegalStateException("Backends.preferred: -D" + PROPERTY + "="
                            + wanted + " names no backend; known: " + ENTRIES.keySet());
                }
                if (e.backend == null) {
                    throw new IllegalStateException("Backends.preferred: -D" + PROPERTY + "="
                            + wanted + " is unavailable: " + e.detail);
                }
                LOG.log(Level.INFO, "backend " + e.name + " chosen by -D" + PROPERTY);
                return e.backend;
            }
            for (Entry e : ENTRIES.values()) {
                if (e.backend != null && e.preference >= 0) {
                    LOG.log(Level.DEBUG, "backend " + e.name + " chosen: highest preference"
                            + " available" + (e.detail.isEmpty() ? "" : " (" + e.detail + ")"));
                    return e.backend;
                }
            }
            return ScalarBackend.INSTANCE;
        }
    }
}
