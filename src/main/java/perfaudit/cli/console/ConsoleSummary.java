package perfaudit.cli.console;

import perfaudit.finding.Finding;
import perfaudit.report.AuditReport;
import perfaudit.report.InputSummary;
import perfaudit.report.Printable;
import perfaudit.report.run.History;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The summary printed after an audit: counts by severity and rule, and the forms with most findings. */
public final class ConsoleSummary {

    private static final int TOP_FORMS = 5;
    private static final int UNREADABLE_LISTED = 10;

    private ConsoleSummary() {
    }

    public static void print(AuditReport report, Path runFolder, PrintStream out) {
        out.printf("perfaudit %s: %d files, %d forms, %d findings (rules %s)%n", report.version(),
                report.inputs().size(), report.formCount(), report.findings().size(), report.rulesHash());
        StringBuilder severities = new StringBuilder();
        report.countBySeverity().forEach((severity, n) -> severities.append("  ").append(severity).append(' ').append(n));
        out.println("by severity:" + severities);
        History history = report.history();
        if (history.previousRun() == null) {
            out.printf("against the previous run: none (%s); %d suppressed%n", history.note(), report.suppressed().size());
        } else {
            out.printf("against the previous run (%s): %d new, %d existing, %d fixed; %d suppressed%n",
                    history.previousRun(), history.count(History.NEW), history.count(History.EXISTING),
                    history.fixed().size(), report.suppressed().size());
            if (history.inputsChanged() != null) {
                out.println("  " + history.inputsChanged());
            }
            if (report.rulesChanged() != null) {
                out.println("  " + report.rulesChanged());
            }
        }
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
        List<InputSummary> unreadable = report.inputs().stream().filter(input -> input.forms() == 0).toList();
        if (!unreadable.isEmpty()) {
            out.println("无法读取的输入 unreadable inputs:");
            unreadable.stream().limit(UNREADABLE_LISTED).forEach(input -> out.println("  " + Printable.of(input.file()) + ": "
                    + (input.problemDetails().isEmpty() ? input.status() : Printable.of(input.problemDetails().get(0)))));
            if (unreadable.size() > UNREADABLE_LISTED) {
                out.println("  … 另有 " + (unreadable.size() - UNREADABLE_LISTED) + " 个，见输入表 — "
                        + (unreadable.size() - UNREADABLE_LISTED) + " more in the Inputs sheet");
            }
        }
        out.println("report: " + runFolder);
    }
}
