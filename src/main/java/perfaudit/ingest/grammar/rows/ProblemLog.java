package perfaudit.ingest.grammar.rows;

import perfaudit.model.ParseProblem;
import perfaudit.model.SourceLocation;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The problems met reading one file, and which rows were used. At the end every non-blank row
 * that no field used becomes a problem, so nothing in the input is silently dropped. Rows are
 * numbered in reading order; a locator turns a number into a location (a text line, a cell).
 */
public final class ProblemLog {

    /** A problem quotes at most this much of its row; the location points at the rest. */
    public static final int QUOTED_CHARS = 500;

    private record Entry(int number, ParseProblem problem) {
    }

    private final IntFunction<SourceLocation> locator;
    private final String unit;
    private final List<Entry> problems = new ArrayList<>();
    private final BitSet used = new BitSet();
    /** Per row number, the indexes of its cells a reader could not read and gave as empty (reported where met). */
    private final java.util.Map<Integer, BitSet> unreadCells = new java.util.HashMap<>();
    /** Where each of those cells is, by row number and index: its problem is found by its place. */
    private final java.util.Map<Long, SourceLocation> unreadPlaces = new java.util.HashMap<>();

    /** For text: row numbers are line numbers. */
    public ProblemLog(String file) {
        this(number -> SourceLocation.ofLine(file, number), "line");
    }

    /** For rows located otherwise (cells, pages); {@code unit} names a row in reports ("row", "line"). */
    public ProblemLog(IntFunction<SourceLocation> locator, String unit) {
        this.locator = locator;
        this.unit = unit;
    }

    public SourceLocation locate(int number) {
        return locator.apply(number);
    }

    public void use(SourceRow row) {
        used.set(row.number());
    }

    public void use(List<? extends SourceRow> rows) {
        rows.forEach(this::use);
    }

    /** Marks a row used by its number (a cell of it was read into a field). */
    public void useRow(int number) {
        if (number > 0) {
            used.set(number);
        }
    }

    /**
     * Cell {@code column} of row {@code number} held something its reader could not read (a spreadsheet's error value,
     * an uncomputed formula), reported where it was met and given to the grammar as empty: a field read from it was
     * filled in, not left empty.
     */
    public void unreadCell(int number, int column, SourceLocation at) {
        if (column >= 0) {
            unreadCells.computeIfAbsent(number, n -> new BitSet()).set(column);
            unreadPlaces.put(place(number, column), at);
        }
    }

    private static long place(int number, int column) {
        return (long) number << 32 | column;
    }

    /**
     * The problem reported at an {@link #unreadCell} names the field the grammar read from it ({@code chinese} and
     * {@code english}: 得分「带动茶农户数」, score of '带动茶农户数'), which the reader that met the cell could not know.
     */
    public void nameField(int number, int column, String chinese, String english) {
        SourceLocation at = unreadPlaces.remove(place(number, column));
        for (int i = problems.size() - 1; at != null && i >= 0; i--) {
            ParseProblem problem = problems.get(i).problem();
            if (problems.get(i).number() == number && at.equals(problem.location())) {
                String reason = problem.reason();
                int gist = reason.indexOf(" — ");
                String named = gist < 0 ? chinese + "：" + reason
                        : chinese + "：" + reason.substring(0, gist) + " — " + english + ": " + reason.substring(gist + 3);
                problems.set(i, new Entry(number, new ParseProblem(at, problem.text(), named)));
                return;
            }
        }
    }

    /** The indexes of row {@code number}'s cells {@link #unreadCell} marked, in order (empty where none). */
    public java.util.List<Integer> unreadCells(int number) {
        BitSet row = unreadCells.get(number);
        return row == null ? java.util.List.of() : row.stream().boxed().toList();
    }

    /** Whether {@link #unreadCell} marked that cell. */
    public boolean isUnreadCell(int number, int column) {
        BitSet row = unreadCells.get(number);
        return row != null && column >= 0 && row.get(column);
    }

    public boolean isUsed(SourceRow row) {
        return used.get(row.number());
    }

    public void report(SourceRow row, String reason) {
        report(row.number(), row.text().strip(), reason);
    }

    public void report(int number, String text, String reason) {
        report(number, locate(number), text, reason);
    }

    /** A problem at a place more exact than its row (one cell of it). */
    public void report(int number, SourceLocation at, String text, String reason) {
        used.set(number);
        problems.add(new Entry(number, new ParseProblem(at, quote(text), reason)));
    }

    private final List<Entry> notes = new ArrayList<>();

    /** A reading an auditor may want to check (a split, a correction): a note, not a problem; the row counts as read. */
    public void note(int number, SourceLocation at, String text, String reason) {
        used.set(number);
        notes.add(new Entry(number, new ParseProblem(at, quote(text), reason)));
    }

    public void note(SourceRow row, String reason) {
        note(row.number(), locate(row.number()), row.text().strip(), reason);
    }

    /** How many problems and notes were logged so far: a point to {@link #rollBack} to. */
    public record Mark(int problems, int notes) {
    }

    public Mark mark() {
        return new Mark(problems.size(), notes.size());
    }

    /**
     * Forgets the problems and notes logged since {@code mark}: a reading that turned out to be of no form
     * (prose) takes back what it said about the rows; the rows it used stay used.
     */
    public void rollBack(Mark mark) {
        problems.subList(mark.problems(), problems.size()).clear();
        notes.subList(mark.notes(), notes.size()).clear();
    }

    /**
     * Takes back a problem or note logged with {@code reason} (the last one so logged): a reading revised once more of
     * the form was read (a glued sub-row split once its siblings were read) withdraws what it said first.
     */
    public void takeBack(String reason) {
        for (List<Entry> entries : List.of(problems, notes)) {
            for (int i = entries.size() - 1; i >= 0; i--) {
                if (entries.get(i).problem().reason().equals(reason)) {
                    entries.remove(i);
                    return;
                }
            }
        }
    }

    /** The notes in reading order. */
    public List<ParseProblem> notes() {
        return notes.stream().sorted(Comparator.comparingInt(Entry::number)).map(Entry::problem).toList();
    }

    public static String quote(String text) {
        String stripped = text == null ? null : text.strip();
        if (stripped == null || stripped.length() <= QUOTED_CHARS) {
            return stripped;
        }
        return stripped.substring(0, QUOTED_CHARS) + "…（另有 " + (stripped.length() - QUOTED_CHARS) + " 字符 more characters）";
    }

    /** Reports every non-blank row nobody used, then returns all problems in reading order. */
    public List<ParseProblem> finish(List<? extends SourceRow> rows) {
        for (SourceRow row : rows) {
            if (!used.get(row.number()) && !row.isBlank()) { // most rows are used: the cheap test first
                problems.add(new Entry(row.number(), new ParseProblem(locate(row.number()), quote(row.text()),
                        "未识别为任何表单字段 — " + unit + " not recognised as part of any form field")));
            }
        }
        problems.sort(Comparator.comparingInt(Entry::number));
        return problems.stream().map(Entry::problem).toList();
    }
}
