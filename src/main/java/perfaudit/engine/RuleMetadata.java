package perfaudit.engine;

import org.kie.api.definition.rule.Rule;
import perfaudit.finding.Severity;

import java.util.Locale;

/** Reads a rule's {@code @id}, {@code @severity}, {@code @family} and {@code @description}. */
public final class RuleMetadata {

    private RuleMetadata() {
    }

    public static String id(Rule rule) {
        Object id = rule.getMetaData().get("id");
        return id == null ? rule.getName() : unquote(id);
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

    /** Metadata values keep their quotes in some Drools configurations. */
    private static String unquote(Object value) {
        String text = value.toString().strip();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            return text.substring(1, text.length() - 1);
        }
        return text;
    }
}
