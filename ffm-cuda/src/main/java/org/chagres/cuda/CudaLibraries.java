package org.chagres.cuda;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.SymbolLookup;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and loads {@code libcudart} and {@code libcublas}, once, on first use.
 *
 * <p>Each library is looked for, in this order, in: the directories (or files) of the system
 * property {@value #PATH_PROPERTY} (separated by {@link java.io.File#pathSeparator});
 * {@code $CUDA_HOME/lib64} and {@code $CUDA_HOME/lib}; {@code /usr/local/cuda/lib64}; the
 * layouts of the Python {@code nvidia-*} wheels ({@code site-packages/nvidia/<pkg>/lib}) in
 * {@code $PYTHONPATH}, a virtual environment and the usual system prefixes; and finally the
 * system loader ({@code dlopen} by soname). In a directory the highest-versioned
 * {@code libX.so.N} wins. A failure is kept as a reason, never thrown at start-up.
 */
public final class CudaLibraries {

    /** System property with extra directories or files to search first. */
    public static final String PATH_PROPERTY = "chagres.cuda.path";

    /** Sonames tried with the system loader, newest first. */
    private static final List<String> CUDART_SONAMES =
            List.of("libcudart.so.13", "libcudart.so.12", "libcudart.so");
    private static final List<String> CUBLAS_SONAMES =
            List.of("libcublas.so.13", "libcublas.so.12", "libcublas.so");

    private CudaLibraries() {
    }

    /**
     * A library that was loaded, or the reason it was not.
     *
     * @param lookup its symbols, present when loaded
     * @param origin the file it came from or the soname the system loader resolved
     * @param reason why it was not loaded, empty when loaded
     */
    public record Loaded(Optional<SymbolLookup> lookup, String origin, String reason) {
        /** Whether the library was loaded. */
        public boolean ok() {
            return lookup.isPresent();
        }
    }

    private static final class Cudart {
        static final Loaded LIB = load("libcudart", CUDART_SONAMES);
    }

    private static final class Cublas {
        static final Loaded LIB = load("libcublas", CUBLAS_SONAMES);
    }

    /** libcudart, loaded on first call. */
    public static Loaded cudart() {
        return Cudart.LIB;
    }

    /** libcublas, loaded on first call (after libcudart, which it needs). */
    public static Loaded cublas() {
        cudart();
        return Cublas.LIB;
    }

    /** The directories searched, in order, as a readable list (for messages and the README). */
    public static List<Path> searchDirectories() {
        Set<Path> dirs = new LinkedHashSet<>();
        String prop = System.getProperty(PATH_PROPERTY);
        if (prop != null && !prop.isBlank()) {
            for (String p : prop.split(java.io.File.pathSeparator)) {
                if (!p.isBlank()) {
                    dirs.add(Path.of(p.strip()));
                }
            }
        }
        String cudaHome = System.getenv("CUDA_HOME");
        if (cudaHome != null && !cudaHome.isBlank()) {
            dirs.add(Path.of(cudaHome, "lib64"));
            dirs.add(Path.of(cudaHome, "lib"));
        }
        dirs.add(Path.of("/usr/local/cuda/lib64"));
        dirs.addAll(pythonWheelDirectories());
        return List.copyOf(dirs);
    }

    static Loaded load(String base, List<String> sonames) {
        List<Path> dirs = searchDirectories();
        List<String> failures = new ArrayList<>();
        for (Path dir : dirs) {
            for (Path file : candidates(dir, base)) {
                try {
                    SymbolLookup lookup = SymbolLookup.libraryLookup(file, Arena.global());
                    return new Loaded(Optional.of(lookup), file.toString(), "");
                } catch (IllegalArgumentException | IllegalCallerException e) {
                    failures.add(file + ": " + e.getMessage());
                }
            }
        }
        for (String soname : sonames) {
            try {
                SymbolLookup lookup = SymbolLookup.libraryLookup(soname, Arena.global());
                return new Loaded(Optional.of(lookup), soname + " (system loader)", "");
            } catch (IllegalArgumentException | IllegalCallerException e) {
                // not on the loader's path: the reason below lists where we looked
            }
        }
        String reason = base + ".so* not found in " + dirs + " nor by the system loader ("
                + String.join(", ", sonames) + ")"
                + (failures.isEmpty() ? "" : "; failed to load: " + String.join("; ", failures));
        return new Loaded(Optional.empty(), "", reason);
    }

    private static final Pattern VERSIONED = Pattern.compile("\\.so((?:\\.\\d+)*)$");

    /** Files named base.so or base.so.N[.M…] in dir (or dir itself if it is such a file). */
    static List<Path> candidates(Path dir, String base) {
        if (Files.isRegularFile(dir)) {
            String name = dir.getFileName().toString();
            return name.startsWith(base + ".so") ? List.of(dir) : List.of();
        }
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, base + ".so*")) {
            for (Path p : ds) {
                found.add(p);
            }
        } catch (IOException e) {
            return List.of();
        }
        found.sort(Comparator.comparing(CudaLibraries::versionKey).reversed());
        return found;
    }

    /** Sort key: the version numbers after ".so", zero-padded, so .so.13 sorts above .so.12. */
    private static String versionKey(Path p) {
        Matcher m = VERSIONED.matcher(p.getFileName().toString());
        if (!m.find()) {
            return "";
        }
        StringBuilder key = new StringBuilder();
        for (String part : m.group(1).split("\\.")) {
            if (!part.isEmpty()) {
                key.append(String.format("%08d", Long.parseLong(part)));
            }
        }
        return key.toString();
    }

    /** site-packages/nvidia/<pkg>/lib directories of pip's nvidia-* wheels. */
    static List<Path> pythonWheelDirectories() {
        Set<Path> sitePackages = new LinkedHashSet<>();
        String pythonPath = System.getenv("PYTHONPATH");
        if (pythonPath != null) {
            for (String p : pythonPath.split(":")) {
                if (!p.isBlank()) {
                    sitePackages.add(Path.of(p));
                }
            }
        }
        List<Path> prefixes = new ArrayList<>();
        for (String env : List.of("VIRTUAL_ENV", "CONDA_PREFIX")) {
            String v = System.getenv(env);
            if (v != null && !v.isBlank()) {
                prefixes.add(Path.of(v, "lib"));
            }
        }
        prefixes.add(Path.of("/usr/local/lib"));
        prefixes.add(Path.of("/usr/lib"));
        prefixes.add(Path.of(System.getProperty("user.home"), ".local", "lib"));
        prefixes.add(Path.of("/opt/conda/lib"));
        for (Path prefix : prefixes) {
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(prefix, "python3*")) {
                for (Path py : ds) {
                    sitePackages.add(py.resolve("site-packages"));
                    sitePackages.add(py.resolve("dist-packages"));
                }
            } catch (IOException e) {
                // prefix absent: nothing to add
            }
        }
        sitePackages.add(Path.of("/usr/lib/python3/dist-packages"));
        List<Path> libs = new ArrayList<>();
        for (Path sp : sitePackages) {
            Path nvidia = sp.resolve("nvidia");
            if (!Files.isDirectory(nvidia)) {
                continue;
            }
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(nvidia)) {
                List<Path> pkgs = new ArrayList<>();
                ds.forEach(pkgs::add);
                pkgs.sort(Comparator.naturalOrder());
                for (Path pkg : pkgs) {
                    if (Files.isDirectory(pkg.resolve("lib"))) {
                        libs.add(pkg.resolve("lib"));
                    }
                }
            } catch (IOException e) {
                // unreadable: skip
            }
        }
        return libs;
    }
}
