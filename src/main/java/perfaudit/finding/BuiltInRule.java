package perfaudit.finding;

import java.util.Arrays;
import java.util.List;

/**
 * Findings perfaudit raises itself rather than a rule file: a reader (input it cannot read), the engine
 * (a rule that failed) and the suppressions (one that expired). They pass the same finding chain as
 * every rule's findings, so the settings table may set their severities too.
 */
public enum BuiltInRule {
    PARSE_PROBLEM("PARSE-PROBLEM", Severity.ERROR, "input",
            "输入文件、表格、行或单元格无法按预期读取 — raised by the readers, not a rule file"),
    PARSE_NOTE("PARSE-NOTE", Severity.INFO, "input",
            "读取时作了更正，请对照原件核对 — read with a correction (digits run together split, an OCR'd comparator restored,"
                    + " a repeated copy skipped); raised by the readers, not a rule file"),
    RULE_FAILED("RULE-FAILED", Severity.ERROR, "engine",
            "规则在某表单上执行失败 — a rule threw on a form; raised by the engine, the other rules go on"),
    SUPPRESSION_EXPIRED("SUPPRESSION-EXPIRED", Severity.WARNING, "suppressions",
            "豁免已到期，相关问题重新计入 — a suppression in rules/suppressions.csv expired; its findings count again"),
    SUPPRESSION_UNUSED("SUPPRESSION-UNUSED", Severity.INFO, "suppressions",
            "豁免本次未匹配任何发现（写错或问题已改正）— a suppression in rules/suppressions.csv matched no finding this run");

    private final String id;
    private final Severity severity;
    private final String family;
    private final String description;

    BuiltInRule(String id, Severity severity, String family, String description) {
        this.id = id;
        this.severity = severity;
        this.family = family;
        this.description = description;
    }

    public String id() {
        return id;
    }

    /** The severity it is raised with; the settings table may set another. */
    public Severity severity() {
        return severity;
    }

    public String family() {
        return family;
    }

    public String description() {
        return description;
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(BuiltInRule::id).toList();
    }
}
