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

    private JavaLibraries() {
    }

    /** EJML, ojAlgo, Apache Commons Math and Statistics, and the JDK's own {@code Math}. */
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
     * The version in {@code META-INF/maven/group/artifact/pom.properties}; for EJML, whose
     * jars have none, {@code org.ejml.EjmlVersion.VERSION}; else "?".
     */
    static String mavenVersion(String group, String artifact) {
        if (group.equals("org.ejml")) {
            return org.ejml.EjmlVersion.VERSION;
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

    private record Simple(String name, boolean available, String reason, String version)
            implements Peer {
    }
}
