package perfaudit.engine;

import perfaudit.finding.Finding;
import perfaudit.ingest.Inputs;
import perfaudit.model.Document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Compiles the project's rules/ once per JVM and audits texts or files with them. */
final class AuditHarness {

    private static RuleBase rules;

    private AuditHarness() {
    }

    static synchronized RuleBase rules() {
        if (rules == null) {
            try {
                rules = RuleBase.compile(Path.of("rules"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (RuleCompilationException e) {
                throw new AssertionError(e.getMessage(), e);
            }
        }
        return rules;
    }

    static List<Finding> audit(RuleBase ruleBase, List<Path> files) {
        List<Document> documents = new ArrayList<>();
        for (Path file : files) {
            documents.add(Inputs.read(file, file.getFileName().toString()));
        }
        return new Auditor(ruleBase).audit(documents);
    }

    static List<Finding> auditText(Path folder, String name, String text) {
        try {
            Path file = folder.resolve(name);
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return audit(rules(), List.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Set<String> ids(List<Finding> findings) {
        Set<String> ids = new TreeSet<>();
        findings.forEach(f -> ids.add(f.ruleId()));
        return ids;
    }
}
