package perfaudit.report;

import perfaudit.engine.Finding;
import perfaudit.engine.Severity;
import perfaudit.model.Document;

import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything one audit run produced, for the writers to render: run facts, inputs, the parsed
 * documents (for the scorecard), the findings in force and those suppressed, and the comparison with
 * the previous run. Writers only read it.
 */
public record AuditReport(ZonedDateTime runTime, String version, String rulesFolder, String rulesHash,
                          List<InputSummary> inputs, List<Document> documents, List<Finding> findings,
                          List<Finding> suppressed, History history) {

    public AuditReport {
        inputs = List.copyOf(inputs);
        documents = List.copyOf(documents);
        findings = List.copyOf(findings);
        suppressed = List.copyOf(suppressed);
        history = history == null ? History.none(findings) : history;
    }

    /** NEW or EXISTING, against the previous run in the same reports folder. */
    public String status(Finding finding) {
        return history.statusOf(finding);
    }

    public int formCount() {
        return documents.stream().mapToInt(d -> d.forms().size()).sum();
    }

    public Map<Severity, Integer> countBySeverity() {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            counts.put(severity, 0);
        }
        findings.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
        return counts;
    }

    public Map<String, Integer> countByRule() {
        Map<String, Integer> counts = new TreeMap<>();
        findings.forEach(f -> counts.merge(f.ruleId(), 1, Integer::sum));
        return counts;
    }
}
