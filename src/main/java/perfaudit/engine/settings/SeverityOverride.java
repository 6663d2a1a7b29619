package perfaudit.engine.settings;

/** A severity auditors set for a rule id in rules/settings.drl.xlsx; it replaces the rule's own @severity. */
public final class SeverityOverride {

    private final String ruleId;
    private final String severity;

    public SeverityOverride(String ruleId, String severity) {
        this.ruleId = ruleId.strip();
        this.severity = severity.strip();
    }

    public String getRuleId() {
        return ruleId;
    }

    public String getSeverity() {
        return severity;
    }
}
