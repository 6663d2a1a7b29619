package perfaudit.finding;

import perfaudit.model.SourceLocation;

import java.io.Serializable;
import java.util.Comparator;

/**
 * One thing an auditor should know about a form: which rule says so, how serious, where exactly,
 * what was expected and what was found, and a message in Chinese with the English gist. A run's
 * report adds its status against the previous run (NEW or EXISTING); whoever raises it leaves it null.
 * The words every layer shares: the readers, the engine and the audit core raise findings, the report
 * writers only read them. Serializable, so a distributed run can ship them between processes.
 */
public record Finding(String ruleId, Severity severity, String file, String form, SourceLocation location,
                      String field, String expected, String found, String message, String status)
        implements Serializable {

    /** Report order: file, position in the file, rule id, field, message. */
    public static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> f.file() == null ? "" : f.file())
            .thenComparingInt(f -> f.location() == null ? 0 : f.location().line())
            .thenComparing(f -> f.location() == null || f.location().cell() == null ? "" : f.location().cell())
            .thenComparing(Finding::ruleId)
            .thenComparing(f -> f.field() == null ? "" : f.field())
            .thenComparing(Finding::message);

    public Finding(String ruleId, Severity severity, String file, String form, SourceLocation location,
                   String field, String expected, String found, String message) {
        this(ruleId, severity, file, form, location, field, expected, found, message, null);
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(ruleId, newSeverity, file, form, location, field, expected, found, message, status);
    }

    public Finding withStatus(String newStatus) {
        return new Finding(ruleId, severity, file, form, location, field, expected, found, message, newStatus);
    }
}
