package perfaudit.engine.rules;

import org.kie.api.definition.rule.Rule;
import perfaudit.finding.Severity;

import java.util.Locale;

/**
 * Reads a rule's {@code @id}, {@code @severity}, {@code @family}, {@code @description} and
 * {@code @message}: what the catalog shows, and what a finding of the rule says.
 */
public final class RuleMetadata {

    private RuleMetadata() {
    }

    public static String id(Rule rule) {
        Object id = rule.getMetaData().get("id");
        return id == null ? rule.getName() : unquote(id);
    }

    /** Whether the rule reports findings under an id of its own (the decision table's rules have none). */
    public static boolean hasId(Rule rule) {
        return rule.getMetaData().containsKey("id");
    }

    public static Severity severity(Rule rule) {
        Object severity = rule.getMetaData().get("severity");
        return severity == null ? Severity.WARNING : Severity.valueOf(unquote(severity).toUpperCase(Locale.ROOT));
    }

    public static String family(Rule rule) {
        Object family = rule.getMetaData().get("family");
        return family == null ? "" : unquote(family);
    }

    public static String description(Rule rule) {
        Object description = rule.getMetaData().get("description");
        return description == null ? "" : unquote(description);
    }

    /** The message template of the rule's findings, or null when it states none. */
    public static String message(Rule rule) {
        Object message = rule.getMetaData().get("message");
        return message == null ? null : unquote(message);
    }

    /** Metadata values keep their quotes in some Drools configurations. */
    private static String unquote(Object value) {
        String text = value.toString().strip();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            return text.substring(1, text.length() - 1);
        }
        return text;
    }
}
