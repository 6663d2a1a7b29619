package perfaudit.engine;

import org.kie.api.builder.Message;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Drools build messages into {@code rules/FILE:LINE:COL: text}. Parser errors carry the
 * column only in their text ({@code Line 55:22 ...}). Errors in a consequence or constraint surface
 * in generated Java that names neither the rule nor its file: the identifier the compiler rejects
 * is looked up in the rule files to point at the line and rule that wrote it.
 */
final class CompileErrors {

    private static final Pattern TEXT_POSITION = Pattern.compile("Line (\\d+):(\\d+)");
    private static final Pattern GENERATED_DUMP = Pattern.compile("^Java source of .* in error");
    private static final Pattern NULL_PACKAGE = Pattern.compile("Parser returned a null Package");
    private static final Pattern REJECTED = Pattern.compile(
            "The method (\\w+)\\(|The field [\\w.]*?(\\w+) is not visible|(\\$?\\w+) cannot be resolved"
                    + "|The constructor (\\w+)\\(|(\\w+) cannot be resolved to a type");
    private static final Pattern RULE_HEADER = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"");

    private CompileErrors() {
    }

    static List<String> describe(List<Message> messages, Path folder, List<Path> ruleFiles) {
        LinkedHashSet<String> lines = new LinkedHashSet<>();
        for (Message message : messages) {
            String text = message.getText() == null ? "" : message.getText().strip().replaceAll("\\s+", " ");
            boolean noise = GENERATED_DUMP.matcher(text).find() || NULL_PACKAGE.matcher(text).find();
            if (!noise || messages.size() == 1) {
                lines.add(describe(message, text, folder, ruleFiles));
            }
        }
        return new ArrayList<>(lines);
    }

    private static String describe(Message message, String text, Path folder, List<Path> ruleFiles) {
        String path = message.getPath() == null ? "" : message.getPath();
        String prefix = folder.getFileName() + "/";
        if (path.startsWith("src/main/java/") || path.endsWith(".java")) {
            return generated(text, folder, ruleFiles).orElse(prefix + "(generated code): " + text);
        }
        String shown = prefix + stripPrefix(path);
        int line = message.getLine();
        int column = message.getColumn();
        Matcher position = TEXT_POSITION.matcher(text);
        if (position.find()) {
            line = line > 0 ? line : Integer.parseInt(position.group(1));
            column = Integer.parseInt(position.group(2));
        }
        return line <= 0 ? shown + ": " + text : shown + ":" + line + ":" + column + ": " + text;
    }

    private static String stripPrefix(String path) {
        String stripped = path.startsWith("src/main/resources/") ? path.substring("src/main/resources/".length()) : path;
        return stripped.startsWith("rules/") ? stripped.substring("rules/".length()) : stripped;
    }

    /** Finds the rule-file line that contains the identifier the Java compiler rejected. */
    private static Optional<String> generated(String text, Path folder, List<Path> ruleFiles) {
        Matcher rejected = REJECTED.matcher(text);
        if (!rejected.find()) {
            return Optional.empty();
        }
        String identifier = null;
        for (int g = 1; g <= rejected.groupCount() && identifier == null; g++) {
            identifier = rejected.group(g);
        }
        for (Path file : ruleFiles) {
            if (!file.getFileName().toString().endsWith(".drl")) {
                continue;
            }
            List<String> lines;
            try {
                lines = Files.readAllLines(file);
            } catch (IOException e) {
                continue;
            }
            String rule = null;
            for (int i = 0; i < lines.size(); i++) {
                Matcher header = RULE_HEADER.matcher(lines.get(i));
                if (header.find()) {
                    rule = header.group(1);
                }
                int column = lines.get(i).indexOf(identifier);
                if (column >= 0) {
                    return Optional.of(folder.getFileName() + "/" + RuleBase.relative(folder, file) + ":" + (i + 1)
                            + ":" + (column + 1) + ": " + text + (rule == null ? "" : " (in rule \"" + rule + "\")"));
                }
            }
        }
        return Optional.empty();
    }
}
