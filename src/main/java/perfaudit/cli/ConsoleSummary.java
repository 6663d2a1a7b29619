package perfaudit.cli;

import perfaudit.finding.Finding;
import perfaudit.report.AuditReport;
import perfaudit.report.History;
import perfaudit.report.Printable;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/** The summary printed after an audit: counts by severity and rule, and the forms with most findings. */
final class ConsoleSummary {

    private static final int TOP_FORMS = 5;

    private ConsoleSummary() {
    }

    static void print(AuditReport report, Path runFolder, PrintStream out) {
        out.printf("perfaudit %s: %d files, %d forms, %d findings (rules %s)%n", report.version(),
                report.inputs().size(), report.formCount(), report.findings().size(), report.rulesHash());
        StringBuilder severities = new StringBuilder();
        report.countBySeverity().forEach((severity, n) -> severities.append("  ").append(severity).append(' ').append(n));
        out.println("by severity:" + severities);
        out.printf("against the previous run: %d new, %d existing, %d fixed%s; %d suppressed%n",
                report.history().count(History.NEW), report.history().count(History.EXISTING),
                report.history().fixed().size(),
                report.history().previousRun() == null ? " (no previous run in this folder)" : "",
                report.suppressed().size());
        out.println("by rule:");
        report.countByRule().forEach((rule, n) -> out.printf("  %-28s %5d%n", rule, n));
        Map<String, Integer> byForm = new LinkedHashMap<>();
        for (Finding finding : report.findings()) {
            if (finding.form() != null) {
                byForm.merge(Printable.of(finding.form()) + "  (" + Printable.of(finding.file()) + ")", 1, Integer::sum);
            }
        }
        if (!byForm.isEmpty()) {
            out.println("forms with most findings:");
            byForm.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(TOP_FORMS)
                    .forEach(e -> out.printf("  %5d  %s%n", e.getValue(), e.getKey()));
        }
        out.println("report: " + runFolder);
    }
}
