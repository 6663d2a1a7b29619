package perfaudit.ingest.html;

import perfaudit.ingest.grammar.rows.GridCell;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One HTML table as a grid, by the HTML table model: each cell takes the first column its row
 * leaves free, {@code colspan} widens it and {@code rowspan} carries it down the rows below (to the
 * end of its row group at most; {@code rowspan="0"} to that end). A merged cell's text is in its
 * first grid cell, the others are empty, as the other readers give merged cells. Spans are capped
 * where HTML caps them (colspan 1000, rowspan 65534) and the grid at {@link #MAX_COLUMNS} columns,
 * so that a span bomb costs nothing: every cap that bites is reported once per table, with the
 * first cell it hit and how many more; so are cells with text that the page hides, which are read.
 */
final class TableGrid {

    /** Columns a table may have: forms have a dozen; old Excel had 256. */
    static final int MAX_COLUMNS = 256;
    private static final int MAX_COLSPAN = 1000;
    private static final int MAX_ROWSPAN = 65534;

    /** One {@code <td>} or {@code <th>} with its text and spans as written, and whether the page hides it. */
    record SourceCell(String text, int colspan, int rowspan, int sourceLine, boolean hidden) {
    }

    /** One {@code <tr>}: its cells and the index of the first row after its row group. */
    record SourceRow(List<SourceCell> cells, int groupEnd) {
    }

    /** A cap that bit: how often, and where first (its row and grid column, the cell's text and source line). */
    private static final class Cap {
        int count;
        int row;
        int column;
        String text;
        int line;

        void hit(int r, int c, String cellText, int sourceLine) {
            if (count++ == 0) {
                row = r;
                column = c;
                text = cellText;
                line = sourceLine;
            }
        }
    }

    private final PageRows page;
    private final String name;
    private final int[] spanEnd = new int[MAX_COLUMNS];
    private final Cap colspan = new Cap();
    private final Cap rowspan = new Cap();
    private final Cap tooWide = new Cap();
    private final Cap hidden = new Cap();

    private TableGrid(PageRows page, String name) {
        this.page = page;
        this.name = name;
    }

    /**
     * Adds the rows of a table to the page. Returns false when the page's cell budget ran out in
     * it: the rest of the table, and of the page, is not read (reported by the page).
     */
    static boolean add(PageRows page, String name, List<SourceRow> rows, int tableLine) {
        return new TableGrid(page, name).place(rows, tableLine);
    }

    private boolean place(List<SourceRow> rows, int tableLine) {
        List<String[]> texts = new ArrayList<>();
        List<int[]> lines = new ArrayList<>();
        int width = 0;
        // every row costs at least one cell: rows past the budget are not even laid out
        for (int r = 0; r < rows.size() && page.fits(r + 1L); r++) {
            String[] grid = new String[8];
            int[] sourceLines = new int[8];
            int column = 0;
            int rowWidth = occupiedUntil(r);
            for (SourceCell cell : rows.get(r).cells()) {
                while (column < MAX_COLUMNS && spanEnd[column] > r) {
                    column++;
                }
                if (column >= MAX_COLUMNS) {
                    if (!cell.text().isBlank()) {
                        tooWide.hit(r, MAX_COLUMNS - 1, cell.text(), cell.sourceLine());
                    }
                    continue;
                }
                int across = Math.min(spans(cell.colspan(), MAX_COLSPAN, colspan, r, column, cell), MAX_COLUMNS - column);
                int down = rowspan(cell, r, rows.get(r).groupEnd(), column);
                if (column >= grid.length) {
                    int size = Math.min(MAX_COLUMNS, Math.max(column + 1, 2 * grid.length));
                    grid = Arrays.copyOf(grid, size);
                    sourceLines = Arrays.copyOf(sourceLines, size);
                }
                grid[column] = cell.text();
                sourceLines[column] = cell.sourceLine();
                if (cell.hidden() && !cell.text().isBlank()) {
                    hidden.hit(r, column, cell.text(), cell.sourceLine());
                }
                for (int c = column; c < column + across; c++) {
                    spanEnd[c] = Math.max(spanEnd[c], r + down);
                }
                column += across;
                rowWidth = Math.max(rowWidth, column);
            }
            width = Math.max(width, rowWidth);
            texts.add(grid);
            lines.add(sourceLines);
        }
        reportCaps(tableLine);
        return emit(texts, lines, width, rows.size(), tableLine);
    }

    /** The widest column a rowspan from above still holds in row {@code r}. */
    private int occupiedUntil(int r) {
        int until = 0;
        for (int c = 0; c < MAX_COLUMNS; c++) {
            if (spanEnd[c] > r) {
                until = c + 1;
            }
        }
        return until;
    }

    /** A span capped at {@code max}; a span above it is counted against {@code cap} at row {@code r}, column {@code c}. */
    private static int spans(int value, int max, Cap cap, int r, int c, SourceCell cell) {
        if (value > max) {
            cap.hit(r, c, cell.text(), cell.sourceLine());
            return max;
        }
        return Math.max(1, value);
    }

    /** Rows the cell covers: to the end of its row group at most, as in a browser. */
    private int rowspan(SourceCell cell, int r, int groupEnd, int column) {
        int left = groupEnd - r;
        if (cell.rowspan() == 0) {
            return left;
        }
        return Math.min(left, spans(cell.rowspan(), MAX_ROWSPAN, rowspan, r, column, cell));
    }

    private void reportCaps(int tableLine) {
        report(colspan, "colspan above " + MAX_COLSPAN + " (HTML's own limit): read as " + MAX_COLSPAN);
        report(rowspan, "rowspan above " + MAX_ROWSPAN + " (HTML's own limit): the cell spans to the end of its table section");
        report(tooWide, "cells beyond column " + MAX_COLUMNS + " (row and column spans make the table wider than"
                + " any form): not read");
        report(hidden, "cells the page hides (display:none, as Excel saves hidden rows and columns) were read like"
                + " the others: check that they belong to the form");
    }

    private void report(Cap cap, String what) {
        if (cap.count == 0) {
            return;
        }
        String more = cap.count == 1 ? "" : String.format(Locale.ROOT, " (%,d cells; this is the first)", cap.count);
        // the table's rows are numbered from the next row on
        page.problem(page.rowCount() + 1 + cap.row, page.cell(name, cap.row, cap.column), cap.text,
                what + more + HtmlReader.onLine(cap.line));
    }

    /** The rows padded to the table's width, while the page's cell budget lasts. */
    private boolean emit(List<String[]> texts, List<int[]> lines, int width, int rowCount, int tableLine) {
        int columns = Math.max(1, width);
        for (int r = 0; r < rowCount; r++) {
            if (r >= texts.size() || !page.fits(columns)) {
                page.full(page.rowCount(), page.cell(name, r, 0), "table " + name + " from row " + (r + 1)
                        + " on, and everything after it,", tableLine);
                return false;
            }
            List<GridCell> row = new ArrayList<>(columns);
            int[] sourceLines = new int[columns];
            String[] grid = texts.get(r);
            int[] sourceLine = lines.get(r);
            for (int c = 0; c < columns; c++) {
                String text = c < grid.length && grid[c] != null ? grid[c] : "";
                row.add(new GridCell(text, page.cell(name, r, c)));
                sourceLines[c] = c < sourceLine.length && sourceLine[c] != 0 ? sourceLine[c] : tableLine;
            }
            page.tableRow(row, sourceLines);
        }
        return true;
    }
}
