package perfaudit.finding;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * An auditor's acceptance of findings (a line of rules/suppressions.csv): where it is written
 * ({@code rules/suppressions.csv:7}), what it names (a rule id or a finding's fingerprint), the form or
 * {@code *}, why, who, and the last day it holds (null: no expiry). Reports show it beside each
 * finding it suppressed.
 */
public record Acceptance(String source, String target, String form, String reason, String who, LocalDate expires)
        implements Serializable {
}
