package perfaudit.ingest.html;

import perfaudit.ingest.grammar.rows.GridCell;
import perfaudit.ingest.grammar.rows.GridRow;
import perfaudit.ingest.grammar.rows.ProblemLog;
import perfaudit.model.SourceLocation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rows a page gives, in reading order, and the problems met while making them. Paragraphs
 * outside tables are one-cell rows located {@code P12} (the 12th paragraph), table cells
 * {@code 表2!R3C5} (the page's 2nd table in source order, row 3, grid column 5), as for Word. Grid
 * cells count against a budget: spans can make a small page expand to millions of cells.
 */
final class PageRows {

    /** Cells the rows of one page may hold, empty ones included: about 60 MB, a thousand forms. */
    static final int MAX_CELLS = 500_000;

    private record Problem(int row, SourceLocation at, String text, String reason, boolean note) {
    }

    private final String file;
    private final List<GridRow> rows = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private int paragraphs;
    private long cells;
    private boolean full;

    PageRows(String file) {
        this.file = file;
    }

    List<GridRow> rows() {
        return rows;
    }

    /**
     * A line of text outside any table; blank ones are left out (HTML shows nothing for them). A
     * line counts as one cell against the budget: past it, it and the rest of the page are not read.
     */
    void paragraph(String text, int sourceLine) {
        String shown = text.strip();
        if (shown.isEmpty() || full) {
            return;
        }
        if (!fits(1)) {
            full(rows.size(), SourceLocation.ofCell(file, null, "P" + (paragraphs + 1)),
                    "this line and everything after it", sourceLine);
            return;
        }
        cells++;
        paragraphs++;
        SourceLocation at = SourceLocation.ofCell(file, null, "P" + paragraphs);
        rows.add(GridRow.ofCells(rows.size() + 1, List.of(new GridCell(shown, at)), false));
        damaged(rows.size(), at, shown, sourceLine);
    }

    /** Whether {@code count} more cells fit in the budget. */
    boolean fits(long count) {
        return cells + count <= MAX_CELLS;
    }

    /** Whether the budget ran out: nothing more of the page is read. */
    boolean isFull() {
        return full;
    }

    /** The budget ran out at {@code at}: reported once, and the page read no further. */
    void full(int row, SourceLocation at, String what, int sourceLine) {
        full = true;
        problem(row, at, null, String.format(Locale.ROOT,
                "the page holds more than %,d cells (its tables expanded by their row and column spans, and its lines"
                        + " of text): %s not read%s",
                MAX_CELLS, what, HtmlReader.onLine(sourceLine)));
    }

    /** A table row of cells; the caller has checked the budget. */
    void tableRow(List<GridCell> row, int[] sourceLines) {
        cells += row.size();
        rows.add(GridRow.ofCells(rows.size() + 1, row, true));
        for (int c = 0; c < row.size(); c++) {
            damaged(rows.size(), row.get(c).location(), row.get(c).text(), sourceLines[c]);
        }
    }

    SourceLocation cell(String table, int row, int column) {
        return SourceLocation.ofCell(file, table, "R" + (row + 1) + "C" + (column + 1));
    }

    /** A problem of the page as a whole (its charset, its limits). */
    void problem(String reason) {
        problems.add(new Problem(0, SourceLocation.ofFile(file), null, reason, false));
    }

    /** A problem at a place: the row it belongs to (0 for none yet), the cell, the text found there. */
    void problem(int row, SourceLocation at, String text, String reason) {
        problems.add(new Problem(row, at, text, reason, false));
    }

    /** A reading the auditor may want to check (hidden cells left out): a note at the row it belongs to. */
    void note(int row, SourceLocation at, String text, String reason) {
        problems.add(new Problem(row, at, text, reason, true));
    }

    /** Rows made so far: the number the next row will get, less one. */
    int rowCount() {
        return rows.size();
    }

    /** A cell holding bytes the page's charset could not decode. */
    private void damaged(int row, SourceLocation at, String text, int sourceLine) {
        if (text.indexOf('\uFFFD') >= 0) {
            problems.add(new Problem(row, at, text, "invalid bytes for the page's character set (shown as \uFFFD)"
                    + HtmlReader.onLine(sourceLine), false));
        }
    }

    /** The log the grammar reads with: rows located as above, the problems met so far in it. */
    ProblemLog log() {
        ProblemLog log = new ProblemLog(number -> rows.get(number - 1).location(), "row");
        for (Problem problem : problems) {
            if (problem.note()) {
                log.note(problem.row(), problem.at(), problem.text(), problem.reason());
                continue;
            }
            log.report(problem.row(), problem.at(), problem.text() == null ? null : problem.text(), problem.reason());
        }
        return log;
    }
}
