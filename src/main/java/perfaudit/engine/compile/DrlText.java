package perfaudit.engine.compile;

import java.util.ArrayList;
import java.util.List;

/**
 * A DRL file cut into what the checks need: its string literals with their positions, its rules (name,
 * lines), and its code with comments blanked out (same length, so positions still match).
 */
final class DrlText {

    /** A string literal: its text between the quotes, its 1-based line and column (of the opening quote). */
    record Literal(String text, int line, int column, int offset) {
    }

    /** A rule: its name, the offsets of its text from {@code rule} to {@code end}, and its header line. */
    record Rule(String name, int start, int end, int line) {
    }

    private final String text;
    private final String code;
    private final List<Literal> literals;
    private final int[] lineStarts;

    private DrlText(String text, String code, List<Literal> literals, int[] lineStarts) {
        this.text = text;
        this.code = code;
        this.literals = literals;
        this.lineStarts = lineStarts;
    }

    static DrlText of(String text) {
        StringBuilder code = new StringBuilder(text);
        List<Literal> literals = new ArrayList<>();
        List<Integer> starts = new ArrayList<>(List.of(0));
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
                starts.add(lineStart);
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
                int end = text.indexOf('\n', i);
                end = end < 0 ? text.length() : end;
                blank(code, i, end);
                i = end - 1;
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                end = end < 0 ? text.length() : end + 2;
                for (int j = i; j < end; j++) {
                    if (text.charAt(j) == '\n') {
                        line++;
                        lineStart = j + 1;
                        starts.add(lineStart);
                    } else {
                        code.setCharAt(j, ' ');
                    }
                }
                i = end - 1;
            } else if (c == '"') {
                int end = i + 1;
                while (end < text.length() && text.charAt(end) != '"' && text.charAt(end) != '\n') {
                    end += text.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(end, text.length());
                literals.add(new Literal(text.substring(i + 1, end), line, i - lineStart + 1, i));
                i = end;
            }
        }
        return new DrlText(text, code.toString(), literals, starts.stream().mapToInt(Integer::intValue).toArray());
    }

    private static void blank(StringBuilder code, int from, int to) {
        for (int j = from; j < to; j++) {
            code.setCharAt(j, ' ');
        }
    }

    /** The text with comments blanked. */
    String code() {
        return code;
    }

    List<Literal> literals() {
        return literals;
    }

    /** 1-based line of an offset. */
    int line(int offset) {
        int low = 0;
        int high = lineStarts.length - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low + 1;
    }

    /** 1-based column of an offset. */
    int column(int offset) {
        return offset - lineStarts[line(offset) - 1] + 1;
    }

    /** The rules of the file, found from {@code rule "NAME"} to the {@code end} that closes them. */
    List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        java.util.regex.Matcher header = java.util.regex.Pattern.compile("(?m)^\\s*rule\\s+\"([^\"]+)\"").matcher(code);
        // literals are blanked in a copy so that "end" inside a message never closes a rule
        String bare = withoutLiterals();
        java.util.regex.Matcher end = java.util.regex.Pattern.compile("(?m)^\\s*end\\b").matcher(bare);
        while (header.find()) {
            String name = text.substring(header.start(1), header.end(1));
            int stop = end.find(header.end()) ? end.end() : text.length();
            rules.add(new Rule(name, header.start(), stop, line(header.start(1))));
        }
        return rules;
    }

    /** The code with string literals blanked too. */
    String withoutLiterals() {
        StringBuilder bare = new StringBuilder(code);
        for (Literal literal : literals) {
            blank(bare, literal.offset() + 1, literal.offset() + 1 + literal.text().length());
        }
        return bare.toString();
    }

    String text() {
        return text;
    }
}
