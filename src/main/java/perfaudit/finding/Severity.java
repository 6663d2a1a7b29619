package perfaudit.finding;

/** How serious a finding is. ERROR: the form is wrong and must be corrected; WARNING: an auditor must look; INFO: worth knowing. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** True when this severity is at least as serious as {@code other}. */
    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }
}
