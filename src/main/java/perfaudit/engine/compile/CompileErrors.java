package perfaudit.engine.compile;

import org.kie.api.builder.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import perfaudit.engine.RuleSources;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Drools build messages into {@code rules/FILE:LINE:COL: text}, lines and columns counted from 1 as
 * editors count them. Parser errors carry the column only in their text ({@code Line 55:22 ...}, from 0);
 * constraint errors often carry no position at all: the expression they quote is found in its file. Errors in a consequence or constraint surface
 * in generated Java that names neither the rule nor its file: the identifier the compiler rejects
 * is looked up in the rule files to point at the line and rule that wrote it.
 */
final class CompileErrors {

    private static final Logger LOG = LoggerFactory.getLogger(CompileErrors.class);
    private static final Pattern TEXT_POSITION = Pattern.compile("Line (\\d+):(\\d+)");
    private static final Pattern GENERATED_DUMP = Pattern.compile("^Java source of .* in error");
    private static final Pattern NULL_PACKAGE = Pattern.compile("Parser returned a null Package");
    private static final Pattern REJECTED = Pattern.compile(
            "The method (\\w+)\\(|The field [\\w.]*?(\\w+) is not visible|(\\$?\\w+) cannot be resolved"
                    + "|The constructor (\\w+)\\(|(\\w+) cannot be resolved to a type");
    private static final Pattern EXPRESSION = Pattern.compile("expression = (.+)$");
    /** Constraint errors the compiler gives without a position, and the expression they quote. */
    private static final Pattern UNANALYSABLE = Pattern.compile(
            "(?:Unable to Analyse Expression|Unable to parse left part of expression:|Unable to parse expression:)\\s*(.+?):?$");
    private static final Pattern UNKNOWN_FIELD = Pattern.compile("Unknown field (\\w+) on class ([\\w.$]+)");
    /** A name in a constraint, not a bound variable ($x), not a number, not after a dot. */
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w$.\"])([A-Za-z_][A-Za-z0-9_]*)");
    private static final Set<String> KEYWORDS = Set.of("null", "true", "false", "this", "instanceof", "matches",
            "contains", "memberOf", "in", "not", "str", "soundslike", "excludes");
    private static final Pattern RULE_HEADER = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"");

    private CompileErrors() {
    }

    static List<String> describe(List<Message> messages, RuleSources sources, Set<String> names) {
        LinkedHashSet<String> lines = new LinkedHashSet<>();
        for (Message message : messages) {
            LOG.debug("compiler message {} at {}:{}:{}: {}", message.getLevel(), message.getPath(), message.getLine(),
                    message.getColumn(), message.getText());
            String text = message.getText() == null ? "" : message.getText().strip().replaceAll("\\s+", " ");
            boolean noise = GENERATED_DUMP.matcher(text).find() || NULL_PACKAGE.matcher(text).find();
            if (!noise || messages.size() == 1) {
                lines.add(describe(message, text, sources, names));
            }
        }
        return new ArrayList<>(lines);
    }

    private static String describe(Message message, String text, RuleSources sources, Set<String> names) {
        String path = message.getPath() == null ? "" : message.getPath();
        if (path.startsWith("src/main/java/") || path.endsWith(".java")) {
            return generated(text, sources).orElse(sources.name() + "/(generated code): " + text);
        }
        String shown = Prelude.isPrelude(path) ? Prelude.shown(path) : sources.shown(stripPrefix(path));
        int line = message.getLine();
        int column = message.getColumn();
        Matcher position = TEXT_POSITION.matcher(text);
        if (position.find()) {
            line = line > 0 ? line : Integer.parseInt(position.group(1));
            column = Integer.parseInt(position.group(2)) + 1; // the parser counts columns from 0, editors from 1
        }
        if (line <= 0) {
            Matcher expression = UNANALYSABLE.matcher(text);
            if (expression.find()) {
                return unanalysable(sources, stripPrefix(path), expression.group(1).strip(), text, names)
                        .orElse(shown + ": " + text);
            }
            Matcher field = UNKNOWN_FIELD.matcher(text);
            if (field.find()) {
                return unknownField(sources, stripPrefix(path), field.group(1), field.group(2), names)
                        .orElse(shown + ": " + text);
            }
        }
        return line <= 0 ? shown + ": " + text : shown + ":" + line + ":" + column + ": " + text;
    }

    /**
     * A constraint the compiler could not type, reported without a position: found in its file, and the
     * names in it that are neither a fact's field nor a threshold pointed out (a misspelt threshold, say).
     */
    private static Optional<String> unanalysable(RuleSources sources, String path, String expression, String text,
                                                 Set<String> names) {
        for (RuleSources.Source source : sources.drl()) {
            if (!source.path().equals(path)) {
                continue;
            }
            Optional<int[]> at = find(source.lines(), expression);
            if (at.isPresent()) {
                List<String> unknown = new ArrayList<>();
                Matcher identifier = IDENTIFIER.matcher(expression);
                while (identifier.find()) {
                    String name = identifier.group(1);
                    String after = expression.substring(identifier.end()).stripLeading();
                    if (name.equals(Prelude.SETTINGS_CLASS) && after.startsWith(".")) {
                        Matcher setting = Pattern.compile("^\\.\\s*(\\w+)").matcher(after);
                        if (setting.find() && !names.contains(setting.group(1))) {
                            unknown.add("'" + setting.group(1) + "' is not a threshold of the settings table"
                                    + Names.suggestion(setting.group(1), names));
                        }
                    } else if (!after.startsWith("(") && !names.contains(name) && !KEYWORDS.contains(name)) {
                        unknown.add("'" + name + "' is not a field of a fact" + Names.suggestion(name, names));
                    }
                }
                String why = unknown.isEmpty() ? text : text.replaceAll(":$", "") + ": " + String.join("; ", unknown);
                return Optional.of(sources.shown(path) + ":" + at.get()[0] + ":" + at.get()[1] + ": " + why);
            }
        }
        return Optional.empty();
    }

    /** A field no fact (or threshold no settings table) has, found where the file names it. */
    private static Optional<String> unknownField(RuleSources sources, String path, String field, String type,
                                                 Set<String> names) {
        boolean setting = type.equals(Prelude.SETTINGS_CLASS) || type.endsWith("." + Prelude.SETTINGS_CLASS);
        Pattern use = Pattern.compile((setting ? "\\bsettings\\s*\\.\\s*" : "(?<![\\w$])") + Pattern.quote(field) + "\\b");
        for (RuleSources.Source source : sources.drl()) {
            if (!source.path().equals(path)) {
                continue;
            }
            List<String> lines = source.lines();
            for (int i = 0; i < lines.size(); i++) {
                Matcher found = use.matcher(lines.get(i));
                if (found.find()) {
                    int column = found.end() - field.length() + 1;
                    String what = setting ? "'" + field + "' is not a threshold of the settings table"
                            : "'" + field + "' is not a field of " + type.substring(type.lastIndexOf('.') + 1);
                    return Optional.of(sources.shown(path) + ":" + (i + 1) + ":" + column + ": " + what
                            + Names.suggestion(field, names));
                }
            }
        }
        return Optional.empty();
    }

    /** 1-based line and column where {@code expression} is written, spaces aside. */
    private static Optional<int[]> find(List<String> lines, String expression) {
        String compact = expression.replace(" ", "");
        for (int i = 0; i < lines.size(); i++) {
            int column = lines.get(i).replace(" ", "").indexOf(compact);
            if (column >= 0) {
                return Optional.of(new int[] {i + 1, columnOf(lines.get(i), column) + 1});
            }
        }
        return Optional.empty();
    }

    /**
     * The compiler gave up with an exception instead of an error message: the expression it quotes is
     * looked up in the rule files, so the auditor still sees the line to change.
     */
    static String crashed(RuntimeException e, RuleSources sources) {
        String text = String.valueOf(e.getMessage()).strip().replaceAll("\\s+", " ");
        Matcher quoted = EXPRESSION.matcher(text);
        if (quoted.find()) {
            String expression = quoted.group(1).strip();
            for (RuleSources.Source source : sources.drl()) {
                Optional<int[]> at = find(source.lines(), expression);
                if (at.isPresent()) {
                    return sources.shown(source.path()) + ":" + at.get()[0] + ":" + at.get()[1] + ": the rule compiler"
                            + " cannot handle '" + expression + "' here (" + text + "); write the condition another"
                            + " way, e.g. with a plain comparison";
                }
            }
        }
        return sources.name() + ": the rule compiler failed: " + text;
    }

    /** The column in {@code line} of the {@code compactColumn}-th character not a space. */
    private static int columnOf(String line, int compactColumn) {
        int seen = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) != ' ') {
                if (seen == compactColumn) {
                    return i;
                }
                seen++;
            }
        }
        return 0;
    }

    private static String stripPrefix(String path) {
        String stripped = path.startsWith(RuleCompiler.RESOURCE_ROOT) ? path.substring(RuleCompiler.RESOURCE_ROOT.length()) : path;
        return stripped.startsWith("rules/") ? stripped.substring("rules/".length()) : stripped;
    }

    /** Finds the rule-file line that contains the identifier the Java compiler rejected. */
    private static Optional<String> generated(String text, RuleSources sources) {
        Matcher rejected = REJECTED.matcher(text);
        if (!rejected.find()) {
            return Optional.empty();
        }
        String identifier = null;
        for (int g = 1; g <= rejected.groupCount() && identifier == null; g++) {
            identifier = rejected.group(g);
        }
        for (RuleSources.Source source : sources.drl()) {
            List<String> lines = source.lines();
            String rule = null;
            for (int i = 0; i < lines.size(); i++) {
                Matcher header = RULE_HEADER.matcher(lines.get(i));
                if (header.find()) {
                    rule = header.group(1);
                }
                int column = lines.get(i).indexOf(identifier);
                if (column >= 0) {
                    return Optional.of(sources.shown(source.path()) + ":" + (i + 1) + ":" + (column + 1) + ": " + text
                            + (rule == null ? "" : " (in rule \"" + rule + "\")"));
                }
            }
        }
        return Optional.empty();
    }
}
