package perfaudit.engine;

import perfaudit.audit.Audit;
import perfaudit.audit.AuditOptions;
import perfaudit.audit.RuleSet;
import perfaudit.finding.Finding;
import perfaudit.report.AuditReport;
import perfaudit.report.run.History;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compiles the project's rules/ once per JVM and audits texts or files with them through the audit
 * core, as a run does (finding chain included); files are named by their file name alone.
 */
public final class AuditHarness {

    private static RuleSet rules;

    private AuditHarness() {
    }

    public static synchronized RuleSet rules() {
        if (rules == null) {
            try {
                rules = RuleSet.load(Path.of("rules"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (RuleCompilationException e) {
                throw new AssertionError(e.getMessage(), e);
            }
        }
        return rules;
    }

    /** A compiled rule base audits as a run would (the folding of rules/), without suppressions. */
    public static List<Finding> audit(RuleBase ruleBase, List<Path> files) {
        try {
            return audit(RuleSet.unsuppressed(ruleBase, Path.of("rules")), files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuleCompilationException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    public static List<Finding> audit(RuleSet ruleSet, List<Path> files) {
        AuditOptions options = AuditOptions.defaults().withThreads(1).withNames(file -> file.getFileName().toString());
        try (AuditReport report = new Audit(ruleSet, options).run(files, History.none(), ZonedDateTime.now())) {
            return report.findings().stream().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Finding> auditText(Path folder, String name, String text) {
        try {
            Path file = folder.resolve(name);
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return audit(rules(), List.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Set<String> ids(List<Finding> findings) {
        Set<String> ids = new TreeSet<>();
        findings.forEach(f -> ids.add(f.ruleId()));
        return ids;
    }
}
