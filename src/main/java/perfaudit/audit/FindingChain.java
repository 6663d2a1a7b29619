package perfaudit.audit;

import perfaudit.engine.settings.Settings;
import perfaudit.finding.Finding;
import perfaudit.finding.Severity;
import perfaudit.report.FindingStore;
import perfaudit.report.History;
import perfaudit.report.InputSummary;

import java.time.LocalDate;

/**
 * The one way a finding reaches a report, whoever raised it (a rule, a reader, the engine, the
 * suppressions): its severity from the settings table, then the suppressions in force, then its status
 * against the previous run. Call in report order, once per finding, each input recorded before its
 * findings; not thread-safe.
 */
public final class FindingChain {

    private final Settings settings;
    private final Suppressions suppressions;
    private final History history;
    private final LocalDate today;
    private final FindingStore kept = new FindingStore();
    private final FindingStore suppressed = new FindingStore();
    private boolean expiredFiled;

    public FindingChain(RuleSet rules, History history, LocalDate today) {
        this.settings = rules.base().settings();
        this.suppressions = rules.suppressions();
        this.history = history == null ? History.none() : history;
        this.today = today;
    }

    /** Files one finding as it leaves its raiser (severity as the rule or built-in states it). */
    public void accept(Finding raised) {
        Severity table = settings.severity(raised.ruleId());
        Finding finding = table == null || table == raised.severity() ? raised : raised.withSeverity(table);
        if (suppressions.suppresses(finding, history.fingerprint(finding), today)) {
            suppressed.add(finding);
        } else {
            kept.add(history.classify(finding));
        }
    }

    /** Records an input before its findings are filed: the history names findings by the input's key. */
    public void input(InputSummary input) {
        history.input(input);
    }

    public void acceptAll(Iterable<Finding> findings) {
        findings.forEach(this::accept);
    }

    /** Files the findings of suppressions that expired before today: call once, after every other finding. */
    public void fileExpiredSuppressions() {
        if (!expiredFiled) {
            expiredFiled = true;
            suppressions.expired(today).forEach(this::accept);
        }
    }

    public FindingStore kept() {
        return kept;
    }

    public FindingStore suppressed() {
        return suppressed;
    }

    public History history() {
        return history;
    }
}
