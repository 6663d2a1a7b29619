package perfaudit.engine.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message with named placeholders, as rules write them: {@code 执行率 {effectiveRate}% 低于 {lowExecutionRate}%}.
 * {@code {name}} is a field of the reported fact or a threshold; {@code {$var}} a variable the rule
 * bound, {@code {$var.name}} a field of it. Anything else in braces is text. Values are written as
 * {@link Values#show} writes them (plain numbers, （空） when missing).
 */
public final class MessageTemplate {

    /** {@code {name}}, {@code {$var}} or {@code {$var.name}}. */
    static final Pattern PLACEHOLDER = Pattern.compile(
            "\\{(?:(\\$[A-Za-z_][A-Za-z0-9_]*)(?:\\.([A-Za-z][A-Za-z0-9]*))?|([A-Za-z][A-Za-z0-9]*))}");
    private static final Map<String, MessageTemplate> PARSED = new ConcurrentHashMap<>();

    /** One placeholder: a variable (with its $) and a field of it, or a bare name; where it starts in the text. */
    public record Placeholder(String variable, String name, int offset, String text) {

        public boolean isVariable() {
            return variable != null;
        }
    }

    private final String text;
    private final List<String> literals;
    private final List<Placeholder> placeholders;

    private MessageTemplate(String text, List<String> literals, List<Placeholder> placeholders) {
        this.text = text;
        this.literals = literals;
        this.placeholders = placeholders;
    }

    /** The template of a text, parsed once: rules pass the same literals at every firing. */
    public static MessageTemplate of(String text) {
        return PARSED.computeIfAbsent(text, MessageTemplate::parse);
    }

    private static MessageTemplate parse(String text) {
        List<String> literals = new ArrayList<>();
        List<Placeholder> placeholders = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        int from = 0;
        while (matcher.find()) {
            literals.add(text.substring(from, matcher.start()));
            placeholders.add(matcher.group(1) != null
                    ? new Placeholder(matcher.group(1), matcher.group(2), matcher.start(), matcher.group())
                    : new Placeholder(null, matcher.group(3), matcher.start(), matcher.group()));
            from = matcher.end();
        }
        literals.add(text.substring(from));
        return new MessageTemplate(text, List.copyOf(literals), List.copyOf(placeholders));
    }

    public List<Placeholder> placeholders() {
        return placeholders;
    }

    public String text() {
        return text;
    }

    /** The text with every placeholder replaced by the value {@code values} gives it. */
    public String render(Function<Placeholder, Object> values) {
        if (placeholders.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 32);
        for (int i = 0; i < placeholders.size(); i++) {
            out.append(literals.get(i)).append(Values.show(values.apply(placeholders.get(i))));
        }
        return out.append(literals.get(placeholders.size())).toString();
    }
}
