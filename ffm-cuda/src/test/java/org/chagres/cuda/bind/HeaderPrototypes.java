package org.chagres.cuda.bind;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_FLOAT;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.io.IOException;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemoryLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads C function prototypes from a CUDA header and turns each into the FFM descriptor that
 * the x86-64 System V ABI gives it, independently of the binding classes under test.
 */
final class HeaderPrototypes {

    private HeaderPrototypes() {
    }

    /** Prototype text of every {@code extern … name(…);} declaration, by function name. */
    static Map<String, String> read(Path header) throws IOException {
        String src = Files.readString(header);
        src = src.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\\n]*", " ");
        Map<String, String> out = new HashMap<>();
        Matcher m = Pattern.compile("extern\\s+([^;{}()]*?)\\b(\\w+)\\s*\\(([^;{}]*?)\\)\\s*;")
                .matcher(src);
        while (m.find()) {
            out.putIfAbsent(m.group(2), m.group(1) + " " + m.group(2) + "(" + m.group(3) + ")");
        }
        return out;
    }

    /** The descriptor a prototype's types map to; macros such as CUDARTAPI are ignored. */
    static FunctionDescriptor descriptorOf(String prototype) {
        Matcher m = Pattern.compile("(?s)^(.*?)\\b(\\w+)\\s*\\((.*)\\)$").matcher(prototype.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a prototype: " + prototype);
        }
        String ret = clean(m.group(1));
        List<MemoryLayout> args = new ArrayList<>();
        String params = m.group(3).replaceAll("__dv\\([^)]*\\)", "").strip();
        if (!params.isEmpty() && !params.equals("void")) {
            for (String p : params.split(",")) {
                args.add(layout(typeOf(p)));
            }
        }
        Optional<MemoryLayout> r = ret.equals("void") ? Optional.empty() : Optional.of(layout(ret));
        MemoryLayout[] a = args.toArray(MemoryLayout[]::new);
        return r.map(l -> FunctionDescriptor.of(l, a)).orElseGet(() -> FunctionDescriptor.ofVoid(a));
    }

    /** Drops the parameter name: everything up to the last identifier, keeping '*'. */
    private static String typeOf(String param) {
        String p = clean(param);
        Matcher m = Pattern.compile("^(.*?[\\s*])(\\w+)$").matcher(p);
        return m.matches() && !isTypeWord(m.group(2)) ? clean(m.group(1)) : p;
    }

    private static boolean isTypeWord(String w) {
        return w.equals("int") || w.equals("float") || w.equals("double") || w.equals("long")
                || w.equals("size_t") || w.endsWith("_t");
    }

    private static String clean(String t) {
        return t.replaceAll("\\b(extern|__host__|__device__|__cudart_builtin__|CUDARTAPI"
                        + "|CUBLASWINAPI|CUBLASAPI|const|struct|enum)\\b", " ")
                .replaceAll("\\s+", " ").replaceAll("\\s*\\*\\s*", "*").strip();
    }

    private static MemoryLayout layout(String type) {
        String t = clean(type);
        if (t.contains("*") || t.equals("cudaStream_t") || t.equals("cudaEvent_t")
                || t.equals("cublasHandle_t")) {
            return ADDRESS;
        }
        return switch (t) {
            case "size_t", "long long", "long long int", "int64_t", "unsigned long long" ->
                    JAVA_LONG;
            case "float" -> JAVA_FLOAT;
            case "double" -> JAVA_DOUBLE;
            case "int", "unsigned int", "unsigned", "cudaError_t", "cublasStatus_t",
                    "cudaMemcpyKind", "cudaDeviceAttr", "cublasOperation_t", "cublasMath_t",
                    "cublasPointerMode_t", "cudaDataType", "cublasComputeType_t",
                    "cublasGemmAlgo_t" -> JAVA_INT;
            default -> throw new IllegalArgumentException("no layout known for C type '" + t
                    + "'");
        };
    }
}
