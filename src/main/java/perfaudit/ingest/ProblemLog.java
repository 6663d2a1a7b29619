package perfaudit.ingest;

import perfaudit.model.ParseProblem;
import perfaudit.model.SourceLocation;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The problems met reading one text file, and which lines were used. At the end every non-blank
 * line that no field used becomes a problem, so nothing in the input is silently dropped.
 */
final class ProblemLog {

    /** A problem quotes at most this much of its line; the line number points at the rest. */
    static final int QUOTED_CHARS = 500;

    private final String file;
    private final List<ParseProblem> problems = new ArrayList<>();
    private final BitSet used = new BitSet();

    ProblemLog(String file) {
        this.file = file;
    }

    void use(TextLine line) {
        used.set(line.number());
    }

    void use(List<TextLine> lines) {
        lines.forEach(this::use);
    }

    boolean isUsed(TextLine line) {
        return used.get(line.number());
    }

    void report(TextLine line, String reason) {
        used.set(line.number());
        problems.add(new ParseProblem(SourceLocation.ofLine(file, line.number()), quote(line.text()), reason));
    }

    void report(int lineNumber, String text, String reason) {
        used.set(lineNumber);
        problems.add(new ParseProblem(SourceLocation.ofLine(file, lineNumber), quote(text), reason));
    }

    static String quote(String text) {
        String stripped = text == null ? null : text.strip();
        if (stripped == null || stripped.length() <= QUOTED_CHARS) {
            return stripped;
        }
        return stripped.substring(0, QUOTED_CHARS) + "…（另有 " + (stripped.length() - QUOTED_CHARS) + " 字符 more characters）";
    }

    /** Reports every non-blank line nobody used, then returns all problems in line order. */
    List<ParseProblem> finish(List<TextLine> lines) {
        for (TextLine line : lines) {
            if (!line.isBlank() && !used.get(line.number())) {
                problems.add(new ParseProblem(SourceLocation.ofLine(file, line.number()), quote(line.text()),
                        "line not recognised as part of any form field"));
            }
        }
        problems.sort(java.util.Comparator.comparingInt(p -> p.location().line()));
        return List.copyOf(problems);
    }
}
