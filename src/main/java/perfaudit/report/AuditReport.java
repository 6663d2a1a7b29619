package perfaudit.report;

import perfaudit.finding.Acceptance;
import perfaudit.finding.Finding;
import perfaudit.finding.Scorecard;
import perfaudit.finding.Severity;
import perfaudit.report.run.History;

import java.io.IOException;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything one audit run produced, for the writers to render: run facts, inputs, one scorecard per
 * form, the findings in force and those suppressed (each in report order, possibly spilled to disk;
 * each suppressed one with the acceptance that suppressed it), and the comparison with the previous run. Writers only read it. It holds no parsed document: a
 * large run keeps only these light summaries. Close it when the writers are done: it deletes the
 * findings spilled to disk.
 */
public record AuditReport(ZonedDateTime runTime, String version, String rulesFolder, String rulesHash,
                          List<InputSummary> inputs, List<Scorecard> scorecards, FindingStore findings,
                          FindingStore suppressed, List<Acceptance> acceptances, History history)
        implements AutoCloseable {

    public AuditReport {
        inputs = List.copyOf(inputs);
        acceptances = acceptances == null ? List.of() : List.copyOf(acceptances);
        scorecards = List.copyOf(scorecards);
        history = history == null ? History.none() : history;
        // a run registered its inputs as it read them; a report made otherwise (tests, bench) gets them here
        inputs.forEach(history.fingerprints()::register);
    }

    /** A report over findings held in memory (tests, small runs). */
    public static AuditReport of(ZonedDateTime runTime, String version, String rulesFolder, String rulesHash,
                                 List<InputSummary> inputs, List<Scorecard> scorecards, List<Finding> findings,
                                 List<Finding> suppressed) {
        return new AuditReport(runTime, version, rulesFolder, rulesHash, inputs, scorecards,
                FindingStore.of(findings), FindingStore.of(suppressed), List.of(), History.none());
    }

    @Override
    public void close() throws IOException {
        try (FindingStore kept = findings; FindingStore gone = suppressed) {
            // both stores closed, the second even when the first fails
        }
    }

    /** Who accepted the {@code index}th suppressed finding, or null when the report does not say. */
    public Acceptance acceptance(int index) {
        return index < acceptances.size() ? acceptances.get(index) : null;
    }

    public int formCount() {
        return scorecards.size();
    }

    /** The finding's fingerprint: rule id, the file's key (not the path as typed), form, field. */
    public String fingerprint(Finding finding) {
        return history.fingerprint(finding);
    }

    /** Whether the previous run had other rules or another perfaudit version, said for the reader; null when not. */
    public String rulesChanged() {
        return history.rulesChanged(rulesHash, version);
    }

    /** NEW or EXISTING, against the previous run in the same reports folder. */
    public String status(Finding finding) {
        return finding.status() == null ? History.NEW : finding.status();
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
