package org.chagres.bench.peer;

import dev.ludovic.netlib.blas.BLAS;
import dev.ludovic.netlib.blas.JavaBLAS;
import dev.ludovic.netlib.blas.NativeBLAS;
import java.lang.reflect.Method;

/**
 * netlib-java ({@code dev.ludovic.netlib}) BLAS implementations, each a peer of its own:
 * {@code netlib-vector} (VectorBLAS, Vector API), {@code netlib-f2j} (F2jBLAS, the Fortran
 * reference translated to Java) and {@code netlib-jni} (JNIBLAS: the system's
 * {@code libblas.so.3} through JNI, present when its native library loads).
 */
public final class Netlib {

    private static final String PACKAGE = "dev.ludovic.netlib.blas.";

    // declared first: the loaders below use it during class initialisation
    private static final java.util.logging.Logger QUIET =
            java.util.logging.Logger.getLogger("dev.ludovic.netlib.blas.InstanceBuilder");

    private static final Holder VECTOR = loadVector();
    private static final Holder F2J = loadF2j();
    private static final Holder JNI = loadJni();

    private Netlib() {
    }

    /** VectorBLAS: the Vector API implementation. */
    public static BLAS vector() {
        return VECTOR.get();
    }

    /** F2jBLAS: reference BLAS translated from Fortran. */
    public static BLAS f2j() {
        return F2J.get();
    }

    /** JNIBLAS: the system BLAS through JNI. */
    public static BLAS jni() {
        return JNI.get();
    }

    /** The peers {@code netlib-vector}, {@code netlib-f2j}, {@code netlib-jni}. */
    static Peer[] peers() {
        return new Peer[] {VECTOR, F2J, JNI};
    }

    private static Holder loadVector() {
        quietLogger();
        try {
            BLAS b = JavaBLAS.getInstance();
            if (!b.getClass().getSimpleName().equals("VectorBLAS")) {
                return Holder.missing("netlib-vector", "netlib-java chose "
                        + b.getClass().getSimpleName() + " instead of VectorBLAS; run java with"
                        + " --add-modules jdk.incubator.vector");
            }
            return new Holder("netlib-vector", b, "");
        } catch (RuntimeException | LinkageError e) {
            return Holder.missing("netlib-vector", e.toString());
        }
    }

    private static Holder loadF2j() {
        try {
            // F2jBLAS is package-private in netlib-java; its public getInstance() is reachable
            // reflectively on the class path
            Method m = Class.forName(PACKAGE + "F2jBLAS").getMethod("getInstance");
            m.setAccessible(true);
            return new Holder("netlib-f2j", (BLAS) m.invoke(null), "");
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return Holder.missing("netlib-f2j", e.toString());
        }
    }

    private static Holder loadJni() {
        try {
            return new Holder("netlib-jni", NativeBLAS.getInstance(), "");
        } catch (RuntimeException | LinkageError e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            return Holder.missing("netlib-jni", "JNIBLAS did not load: " + cause.getMessage());
        }
    }

    /** netlib-java logs a warning per implementation it cannot load; the peer list says it. */
    private static void quietLogger() {
        QUIET.setLevel(java.util.logging.Level.SEVERE);
    }

    private record Holder(String name, BLAS blas, String reason) implements Peer {
        static Holder missing(String name, String reason) {
            return new Holder(name, null, reason);
        }

        BLAS get() {
            require();
            return blas;
        }

        @Override
        public boolean available() {
            return blas != null;
        }

        @Override
        public String version() {
            return available() ? "netlib-java " + JavaLibraries.mavenVersion(
                    "dev.ludovic.netlib", "blas") + " " + blas.getClass().getSimpleName() : "";
        }
    }
}
