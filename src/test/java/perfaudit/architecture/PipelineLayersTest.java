package perfaudit.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pipeline is the architecture: readers (ingest) make the model, the engine judges the model knowing
 * nothing of file formats, the report writers read only the finished report. Each top-level package may
 * use only the packages this table allows (itself, and those named), by import or by a fully qualified
 * type in code; comments and strings are not dependencies. The audit core, Spark, the bench and the CLI
 * assemble the others and are not limited here.
 */
class PipelineLayersTest {

    private static final Path SOURCES = Path.of("src", "main", "java", "perfaudit");

    private static final Map<String, Set<String>> MAY_USE = Map.of(
            "text", Set.of(),
            "model", Set.of(),
            "finding", Set.of("model"),
            "ingest", Set.of("model", "text"),
            "engine", Set.of("model", "finding", "text"),
            "report", Set.of("model", "finding"));

    /** An import, or a type named by its package in code: perfaudit.&lt;package&gt;.….&lt;Type&gt;. */
    private static final Pattern USE = Pattern.compile("\\bperfaudit\\.([a-z]+)(?:\\.[a-z][a-z0-9]*)*\\.[A-Z]");

    @Test
    void eachLayerUsesOnlyTheLayersBeneathIt() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Map.Entry<String, Set<String>> layer : MAY_USE.entrySet()) {
            try (Stream<Path> files = Files.walk(SOURCES.resolve(layer.getKey()))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    violations.addAll(violations(file, layer.getKey(), layer.getValue()));
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void theCheckSeesAnImportAndAFullyQualifiedType() {
        assertTrue(used("import perfaudit.ingest.grammar.text.Numbers;").contains("ingest"));
        assertTrue(used("        String key = perfaudit.text.TextFold.fold(value); // why").contains("text"));
        assertEquals(List.of(), used(" * see {@code perfaudit.engine.Scorecards}"), "a comment is no dependency");
        assertEquals(List.of(), used("System.getProperty(\"perfaudit.cache.keep\")"), "a property name is no type");
    }

    private static List<String> violations(Path file, String layer, Set<String> allowed) throws IOException {
        List<String> found = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            for (String used : used(lines.get(i))) {
                if (!used.equals(layer) && !allowed.contains(used)) {
                    found.add(SOURCES.relativize(file) + ":" + (i + 1) + ": " + layer + " uses " + used);
                }
            }
        }
        return found;
    }

    /** The top-level packages a line of code uses (none for comment lines and the package line). */
    private static List<String> used(String line) {
        String code = line.strip();
        if (code.startsWith("*") || code.startsWith("/*") || code.startsWith("//") || code.startsWith("package ")) {
            return List.of();
        }
        int comment = code.indexOf("//");
        if (comment >= 0) {
            code = code.substring(0, comment);
        }
        List<String> used = new ArrayList<>();
        Matcher use = USE.matcher(code);
        while (use.find()) {
            used.add(use.group(1));
        }
        return used;
    }
}
