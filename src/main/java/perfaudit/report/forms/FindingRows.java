package perfaudit.report.forms;

import perfaudit.finding.Finding;
import perfaudit.finding.Scorecard;
import perfaudit.report.AuditReport;

import java.util.Iterator;
import java.util.function.Consumer;

/**
 * A finished report's findings in force as {@link FindingRow}s, in report order, each with the unit and
 * year of its form as findings.json names them. Streamed from the report's store: the rows are made as
 * they are read, so a table writer can take them in batches.
 */
public final class FindingRows {

    private FindingRows() {
    }

    /** Hands every finding in force to {@code sink} as a row, in report order. */
    public static void forEach(AuditReport report, Consumer<FindingRow> sink) {
        FormIndex forms = new FormIndex(report);
        Iterator<Finding> findings = report.findings().iterator();
        for (int i = 0; findings.hasNext(); i++) {
            Finding finding = findings.next();
            int form = forms.formOf(i);
            Scorecard card = form < 0 ? null : forms.forms().get(form);
            boolean atLine = finding.location() != null && finding.location().line() > 0;
            sink.accept(new FindingRow(report.status(finding), finding.ruleId(), finding.severity().name(),
                    finding.file(), finding.form(), card == null ? null : FormIndex.unit(card),
                    card == null ? null : card.year(), atLine ? finding.location().line() : null,
                    finding.location() == null ? null : finding.location().sheet(),
                    finding.location() == null ? null : finding.location().cell(), finding.field(), finding.expected(),
                    finding.found(), finding.message(), report.fingerprint(finding)));
        }
    }
}
