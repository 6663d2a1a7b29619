package perfaudit.engine;

import perfaudit.model.SourceLocation;

/**
 * One thing an auditor should know about a form: which rule says so, how serious, where exactly,
 * what was expected and what was found, and a message in Chinese with the English gist. A run's
 * report adds its status against the previous run (NEW or EXISTING); the engine leaves it null.
 */
public record Finding(String ruleId, Severity severity, String file, String form, SourceLocation location,
                      String field, String expected, String found, String message, String status) {

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
