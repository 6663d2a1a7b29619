package perfaudit.engine.rules;

import perfaudit.model.SourceLocation;

/**
 * How a rule reports what it found, called by name in a consequence:
 * {@code report($f, "执行率", "≥ {lowExecutionRate}%", "{effectiveRate}%")}. The finding is at the fact's
 * location, for its form; its message is the rule's {@code @message}. Text arguments are templates with
 * the same placeholders as the message; other values (a number, nothing) are written as they are.
 */
public final class Report {

    private Report() {
    }

    /** A finding about {@code fact}, at its location. */
    public static void report(Object fact, String field, Object expected, Object found) {
        reporter().report(fact, null, field, expected, found);
    }

    /** A finding about {@code fact}, at another place of its form (its goal, its 总分 row). */
    public static void report(Object fact, SourceLocation at, String field, Object expected, Object found) {
        reporter().report(fact, at, field, expected, found);
    }

    private static RuleReporter reporter() {
        RuleReporter reporter = RuleReporter.current();
        if (reporter == null) {
            throw new IllegalStateException("report(...) is for rule consequences in an audit session");
        }
        return reporter;
    }
}
