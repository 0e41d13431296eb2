package org.chagres.kernels;

/**
 * Service interface through which {@link Backends} finds backends with {@link
 * java.util.ServiceLoader}: declare {@code provides org.chagres.kernels.BackendProvider with …}
 * in {@code module-info.java} and list the class in
 * {@code META-INF/services/org.chagres.kernels.BackendProvider} for class-path use.
 *
 * <p>Providers must be cheap to construct: all probing (loading native libraries, asking for
 * a device) happens in {@link #open()}, which {@link Backends} calls at most once.
 */
public interface BackendProvider {

    /** The backend's short name, e.g. {@code "cuda"}; unique among providers. */
    String name();

    /**
     * How strongly {@link Backends#preferred()} should pick this backend when it is available:
     * the highest wins; a negative value means never picked unless named by
     * {@code -Dchagres.backend}.
     */
    int preference();

    /**
     * Creates the backend, or throws {@link BackendUnavailableException} whose message says why
     * it cannot run here (e.g. "cudaGetDeviceCount: cudaErrorNoDevice (100)"). Must never
     * crash the JVM and should not print anything.
     */
    Backend open();

    /** One line describing the backend when available, e.g. the vector width; may be empty. */
    default String details(Backend backend) {
        return "";
    }
}
