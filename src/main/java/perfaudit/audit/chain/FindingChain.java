package perfaudit.audit.chain;

import perfaudit.engine.settings.Settings;
import perfaudit.finding.Acceptance;
import perfaudit.finding.Finding;
import perfaudit.finding.Severity;
import perfaudit.report.FindingStore;
import perfaudit.report.InputSummary;
import perfaudit.report.run.History;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one way a finding reaches a report, whoever raised it (a rule, a reader, the engine, the
 * suppressions): its severity from the settings table, then the suppressions in force (row by row, so
 * a suppression names what a rule raised), then grouping and folding ({@link FindingGroups}: one
 * finding per form, rule and field kind; a finding that only follows from another folded into it), then
 * its status against the previous run. Call in report order, whole documents at a time, each input
 * recorded before its findings; not thread-safe.
 */
public final class FindingChain {

    private final Settings settings;
    private final Suppressions suppressions;
    private final History history;
    private final LocalDate today;
    private final FindingStore kept = new FindingStore();
    private final FindingStore suppressed = new FindingStore();
    private final FindingGroups groups;
    /** Who accepted each suppressed finding, in the order of {@link #suppressed}. */
    private final List<Acceptance> acceptances = new ArrayList<>();
    private final Set<Suppressions.Suppression> used = new HashSet<>();
    private boolean expiredFiled;

    /**
     * A chain with a rule set's parts: the severities of its settings table, its suppressions, each rule
     * id's description (which a grouped finding restates) and its folding judgements.
     */
    public FindingChain(Settings settings, Suppressions suppressions, Map<String, String> descriptions, Folding folding,
                        History history, LocalDate today) {
        this.settings = settings;
        this.suppressions = suppressions;
        this.groups = new FindingGroups(descriptions, folding);
        this.history = history == null ? History.none() : history;
        this.today = today;
    }

    /** Files one finding as it leaves its raiser (severity as the rule or built-in states it), alone. */
    public void accept(Finding raised) {
        acceptAll(List.of(raised));
    }

    /** Files the findings of whole documents (or of the cross-form rules), grouped and folded among themselves. */
    public void acceptAll(Iterable<Finding> findings) {
        List<Finding> inForce = new ArrayList<>();
        for (Finding raised : findings) {
            Severity table = settings.severity(raised.ruleId());
            Finding finding = table == null || table == raised.severity() ? raised : raised.withSeverity(table);
            Suppressions.Suppression by = suppressionOf(finding);
            if (by != null) {
                used.add(by);
                suppressed.add(finding);
                acceptances.add(by.acceptance());
            } else {
                inForce.add(finding);
            }
        }
        for (Finding finding : groups.apply(inForce)) {
            kept.add(history.classify(finding));
        }
    }

    /** Records an input before its findings are filed: the history names findings by the input's key. */
    public void input(InputSummary input) {
        history.input(input);
    }

    /**
     * The suppression that accepts a finding as raised: by rule id, by its own fingerprint, or by the
     * fingerprint of the group it joins (a reports' fingerprint names a rule and field kind of a form).
     */
    private Suppressions.Suppression suppressionOf(Finding finding) {
        Suppressions.Suppression by = suppressions.suppression(finding, history.fingerprint(finding), today);
        if (by == null && !finding.fieldKind().equals(finding.field() == null ? "" : finding.field())) {
            String group = history.fingerprint(new Finding(finding.ruleId(), finding.severity(), finding.file(),
                    finding.form(), finding.location(), finding.fieldKind(), null, null, finding.message()));
            by = suppressions.suppression(finding, group, today);
        }
        return by;
    }

    /**
     * Files the findings of suppressions that expired before today, and of those in force that matched
     * nothing this run (a misspelt 项目名称, a form fixed since): call once, after every other finding.
     */
    public void fileExpiredSuppressions() {
        if (!expiredFiled) {
            expiredFiled = true;
            acceptAll(suppressions.expired(today));
            acceptAll(suppressions.unused(used, today));
        }
    }

    public FindingStore kept() {
        return kept;
    }

    public FindingStore suppressed() {
        return suppressed;
    }

    /** Who accepted each suppressed finding, why and until when, in the order of {@link #suppressed}. */
    public List<Acceptance> acceptances() {
        return List.copyOf(acceptances);
    }

    public History history() {
        return history;
    }
}
