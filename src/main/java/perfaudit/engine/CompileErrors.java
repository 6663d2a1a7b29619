package perfaudit.engine;

import org.kie.api.builder.Message;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Drools build messages into {@code rules/FILE:LINE:COL: text}. Parser errors carry the
 * column only in their text ({@code Line 55:22 ...}); errors in generated Java name the rule, which
 * is mapped back to its rule file.
 */
final class CompileErrors {

    private static final Pattern TEXT_POSITION = Pattern.compile("Line (\\d+):(\\d+)");
    private static final Pattern RULE_NAME = Pattern.compile("rule \"([^\"]+)\"|Rule Compilation error.*?(\\w+)");
    private static final Pattern GENERATED = Pattern.compile("src/main/java/\\S+?\\.java");

    private CompileErrors() {
    }

    static List<String> describe(List<Message> messages, Path folder) {
        LinkedHashSet<String> lines = new LinkedHashSet<>();
        for (Message message : messages) {
            lines.add(describe(message, folder));
        }
        return new ArrayList<>(lines);
    }

    private static String describe(Message message, Path folder) {
        String path = message.getPath() == null ? "" : message.getPath();
        String text = message.getText() == null ? "" : message.getText().strip().replaceAll("\\s+", " ");
        String shown = folder.getFileName() + "/" + stripPrefix(path);
        if (path.startsWith("src/main/java/") || GENERATED.matcher(path).find()) {
            shown = folder.getFileName() + "/" + generatedSource(text);
            text = GENERATED.matcher(text).replaceAll("(generated code)");
            return shown + ": " + text;
        }
        int line = message.getLine();
        int column = message.getColumn();
        Matcher position = TEXT_POSITION.matcher(text);
        if (position.find()) {
            line = line > 0 ? line : Integer.parseInt(position.group(1));
            column = Integer.parseInt(position.group(2));
        }
        if (line <= 0) {
            return shown + ": " + text;
        }
        return shown + ":" + line + ":" + column + ": " + text;
    }

    private static String stripPrefix(String path) {
        String stripped = path.startsWith("src/main/resources/") ? path.substring("src/main/resources/".length()) : path;
        return stripped.startsWith("rules/") ? stripped.substring("rules/".length()) : stripped;
    }

    /** Generated Java names its rule and DRL file: {@code addRuleNames("RULE", "rules/x.drl")}. */
    private static String generatedSource(String text) {
        Matcher file = Pattern.compile("rules/([\\w./-]+\\.drl)").matcher(text);
        Matcher rule = RULE_NAME.matcher(text);
        String where = file.find() ? file.group(1) : "(a rule file)";
        if (rule.find()) {
            where += " rule \"" + (rule.group(1) != null ? rule.group(1) : rule.group(2)) + "\"";
        }
        return where;
    }
}
