package perfaudit.finding;

import perfaudit.model.SourceLocation;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;

/**
 * One thing an auditor should know about a form: which rule says so, how serious, where exactly,
 * what was expected and what was found, and a message in Chinese with the English gist. A run's
 * report adds its status against the previous run (NEW or EXISTING); whoever raises it leaves it null.
 * The words every layer shares: the readers, the engine and the audit core raise findings, the report
 * writers only read them. Serializable, so a distributed run can ship them between processes.
 *
 * <p>The audit core may group one rule's findings of a form into one ({@code rows}: the per-row findings
 * it stands for, for the unit that fixes the form) and fold into it a finding that only follows from it
 * ({@code folded}: kept as notes). Both are empty for a finding as raised.
 */
public record Finding(String ruleId, Severity severity, String file, String form, SourceLocation location,
                      String field, String expected, String found, String message, String status,
                      List<Finding> rows, List<Finding> folded)
        implements Serializable {

    /** Report order: file, position in the file, rule id, field, message. */
    public static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> f.file() == null ? "" : f.file())
            .thenComparingInt(f -> f.location() == null ? 0 : f.location().line())
            .thenComparing(f -> f.location() == null || f.location().cell() == null ? "" : f.location().cell())
            .thenComparing(Finding::ruleId)
            .thenComparing(f -> f.field() == null ? "" : f.field())
            .thenComparing(Finding::message);

    public Finding {
        rows = rows == null ? List.of() : List.copyOf(rows);
        folded = folded == null ? List.of() : List.copyOf(folded);
    }

    public Finding(String ruleId, Severity severity, String file, String form, SourceLocation location,
                   String field, String expected, String found, String message, String status) {
        this(ruleId, severity, file, form, location, field, expected, found, message, status, List.of(), List.of());
    }

    public Finding(String ruleId, Severity severity, String file, String form, SourceLocation location,
                   String field, String expected, String found, String message) {
        this(ruleId, severity, file, form, location, field, expected, found, message, null);
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(ruleId, newSeverity, file, form, location, field, expected, found, message, status, rows, folded);
    }

    public Finding withStatus(String newStatus) {
        return new Finding(ruleId, severity, file, form, location, field, expected, found, message, newStatus, rows, folded);
    }

    /** The same finding with the findings that only follow from it folded in as notes, message saying so. */
    public Finding withFolded(List<Finding> consequences, String newMessage) {
        List<Finding> all = new java.util.ArrayList<>(folded);
        all.addAll(consequences);
        return new Finding(ruleId, severity, file, form, location, field, expected, found, newMessage, status, rows, all);
    }

    /** The field's kind: the part before " · " ({@code 实际完成值 · 培训人数} is of kind 实际完成值). */
    public String fieldKind() {
        if (field == null) {
            return "";
        }
        int dot = field.indexOf(" · ");
        return dot < 0 ? field : field.substring(0, dot);
    }
}
