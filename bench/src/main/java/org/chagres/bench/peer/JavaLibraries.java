package org.chagres.bench.peer;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;

/**
 * Pure-Java peers that are always present when their jar is on the class path; their version
 * comes from the jar's Maven metadata.
 */
final class JavaLibraries {

    private static final Properties BUILT = load();

    private JavaLibraries() {
    }

    /** EJML, ojAlgo, Apache Commons Math and Statistics, Smile, and the JDK's own Math. */
    static List<Peer> peers() {
        return List.of(
                library("ejml", "org.ejml.data.DMatrixRMaj", "org.ejml", "ejml-ddense", "EJML"),
                library("ojalgo", "org.ojalgo.matrix.store.R064Store", "org.ojalgo",
                        "ojalgo", "ojAlgo"),
                library("commons-math", "org.apache.commons.math3.linear.RealMatrix",
                        "org.apache.commons", "commons-math3", "Apache Commons Math"),
                library("commons-statistics",
                        "org.apache.commons.statistics.distribution.NormalDistribution",
                        "org.apache.commons", "commons-statistics-distribution",
                        "Apache Commons Statistics"),
                library("smile", "smile.clustering.KMeans", "com.github.haifengl",
                        "smile-core", "Smile"),
                new Simple("jdk", true, "", "java.lang.Math, JDK " + Runtime.version()));
    }

    private static Peer library(String name, String probeClass, String group, String artifact,
            String title) {
        try {
            Class.forName(probeClass, false, JavaLibraries.class.getClassLoader());
            return new Simple(name, true, "", title + " " + mavenVersion(group, artifact));
        } catch (ClassNotFoundException | LinkageError e) {
            return new Simple(name, false, title + " is not on the class path (" + probeClass
                    + ")", "");
        }
    }

    /**
     * The version the build resolved ({@code versions.properties}, filled in by Maven), else
     * the one in {@code META-INF/maven/group/artifact/pom.properties}, else "?".
     */
    static String mavenVersion(String group, String artifact) {
        String built = BUILT.getProperty(group + "/" + artifact);
        if (built != null && !built.isBlank() && !built.startsWith("${")) {
            return built;
        }
        String path = "/META-INF/maven/" + group + "/" + artifact + "/pom.properties";
        try (InputStream in = JavaLibraries.class.getResourceAsStream(path)) {
            if (in == null) {
                return "?";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "?");
        } catch (IOException e) {
            return "?";
        }
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = JavaLibraries.class.getResourceAsStream("versions.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // versions then come from the jars' own metadata
        }
        return p;
    }

    private record Simple(String name, boolean available, String reason, String version)
            implements Peer {
    }
}
