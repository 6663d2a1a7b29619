package perfaudit.engine;

import java.util.List;

/** The rule files do not compile; each message reads {@code rules/FILE:LINE:COL: text}. */
public final class RuleCompilationException extends Exception {

    private final List<String> errors;

    public RuleCompilationException(List<String> errors) {
        super(errors.size() + " error(s) in rule files:\n" + String.join("\n", errors));
        this.errors = List.copyOf(errors);
    }

    public List<String> errors() {
        return errors;
    }
}
