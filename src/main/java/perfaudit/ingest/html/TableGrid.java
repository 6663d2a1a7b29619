package perfaudit.ingest.html;

import perfaudit.ingest.grammar.rows.GridCell;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * One HTML table as a grid, by the HTML table model: each cell takes the first column its row
 * leaves free, {@code colspan} widens it and {@code rowspan} carries it down the rows below (to the
 * end of its row group at most; {@code rowspan="0"} to that end). A merged cell's text is in its
 * first grid cell, the others are empty, as the other readers give merged cells. Spans are capped
 * where HTML caps them (colspan 1000, rowspan 65534) and the grid at {@link #MAX_COLUMNS} columns,
 * so that a span bomb costs nothing: every cap that bites is reported once per table, with the
 * first cell it hit and how many more. Rows, cells and columns the page hides ({@link HiddenParts}) are left out, as
 * Excel neither shows nor prints them, and noted once per table.
 */
final class TableGrid {

    /** Columns a table may have: forms have a dozen; old Excel had 256. */
    static final int MAX_COLUMNS = 256;
    private static final int MAX_COLSPAN = 1000;
    private static final int MAX_ROWSPAN = 65534;

    /** One {@code <td>} or {@code <th>} with its text and spans as written, and whether the page hides it. */
    record SourceCell(String text, int colspan, int rowspan, int sourceLine, boolean hidden) {
    }

    /** One {@code <tr>}: its cells, the index of the first row after its row group, and whether the page hides it. */
    record SourceRow(List<SourceCell> cells, int groupEnd, boolean hidden) {
    }

    /** A cell as laid out: its first grid row and column, how far it spans, and its text. */
    private record Placed(int row, int column, int across, int down, String text, int line, boolean hidden) {
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
    private final Cap colNotHidden = new Cap();
    private final List<Placed> placed = new ArrayList<>();
    /** Grid columns in which a cell the page does not hide starts, blank or not. */
    private final BitSet shownStarts = new BitSet();

    private TableGrid(PageRows page, String name) {
        this.page = page;
        this.name = name;
    }

    /**
     * Adds the rows of a table to the page, without the rows, cells and grid columns ({@code hiddenColumns}) the page
     * hides. Returns false when the page's cell budget ran out in it: the rest of the table, and of the page, is not
     * read (reported by the page).
     */
    static boolean add(PageRows page, String name, List<SourceRow> rows, BitSet hiddenColumns, int tableLine) {
        return add(page, name, rows, hiddenColumns, 0, tableLine);
    }

    /**
     * As {@link #add(PageRows, String, List, BitSet, int)}, for a table whose {@code <col>}s declare {@code declaredColumns}
     * columns (0 when it has none).
     */
    static boolean add(PageRows page, String name, List<SourceRow> rows, BitSet hiddenColumns, int declaredColumns,
                       int tableLine) {
        return new TableGrid(page, name).place(rows, hiddenColumns, declaredColumns, tableLine);
    }

    private boolean place(List<SourceRow> rows, BitSet byCol, int declaredColumns, int tableLine) {
        List<String[]> texts = new ArrayList<>();
        List<int[]> lines = new ArrayList<>();
        int width = 0;
        int narrowest = Integer.MAX_VALUE;
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
                if (!cell.text().isBlank() || cell.hidden()) {
                    placed.add(new Placed(r, column, across, down, cell.text(), cell.sourceLine(), cell.hidden()));
                }
                if (!cell.hidden()) {
                    shownStarts.set(column);
                }
                for (int c = column; c < column + across; c++) {
                    spanEnd[c] = Math.max(spanEnd[c], r + down);
                }
                column += across;
                rowWidth = Math.max(rowWidth, column);
            }
            width = Math.max(width, rowWidth);
            narrowest = Math.min(narrowest, rowWidth);
            texts.add(grid);
            lines.add(sourceLines);
        }
        BitSet hiddenColumns = cellsLeftOut(byCol, declaredColumns, narrowest, width) ? new BitSet() : byCol;
        Shown shown = shown(rows, texts, lines, hiddenColumns);
        reportCaps(tableLine, shown);
        int first = page.rowCount() + 1;
        boolean within = emit(texts, lines, width, rows.size(), tableLine, shown);
        noteHidden(first, tableLine);
        return within;
    }

    /**
     * Whether the exporter left the cells of the {@code <col>}-hidden columns out (an editor that strips hidden cells
     * but keeps the colgroup): every row spans exactly the declared columns less the hidden ones, so no cell lies in a
     * hidden column and the {@code <col>}s' places are not the cells' — the grid is read as it is, nothing hidden and
     * nothing to report. Rows of other widths leave it open (a column's cells may be there), and the {@code <col>}s
     * are weighed against the cells as before.
     */
    private static boolean cellsLeftOut(BitSet byCol, int declaredColumns, int narrowest, int widest) {
        int hidden = byCol.cardinality();
        return hidden > 0 && declaredColumns > 0 && narrowest == widest && widest == declaredColumns - hidden;
    }

    /** The rows and grid columns shown, and each laid-out row's number among the page's rows once the hidden are left out. */
    private record Shown(boolean[] rows, BitSet hiddenColumns, int[] numbers) {
        boolean at(int r, int c) {
            return r < rows.length && rows[r] && !hiddenColumns.get(c);
        }
    }

    /**
     * What of the laid-out grid is shown: rows the page hides and columns it hides (by {@code <col>}, or every cell
     * starting in the column hidden, as Excel writes a hidden column's cells) are left out; a cell hidden alone is
     * blanked. A merged cell whose first row or column is hidden shows its text in its first shown grid cell, as
     * Excel shows it (and the workbook reader reads it); a hidden cell's text is counted for the note.
     */
    private Shown shown(List<SourceRow> rows, List<String[]> texts, List<int[]> lines, BitSet byCol) {
        boolean[] shownRows = new boolean[texts.size()];
        int[] numbers = new int[texts.size()];
        int next = page.rowCount() + 1;
        for (int r = 0; r < texts.size(); r++) {
            shownRows[r] = !rows.get(r).hidden();
            numbers[r] = next;
            next += shownRows[r] ? 1 : 0;
        }
        // a <col> hides its column where its cells say so too (Excel marks both): a shown cell with text in it is
        // read, as a browser shows it, rather than a column of the form dropped on the word of a <col> alone
        BitSet shownText = columnsOfShownText(shownRows);
        BitSet hiddenColumns = (BitSet) byCol.clone();
        hiddenColumns.andNot(shownText);
        hiddenColumns.or(columnsOfHiddenCells());
        colShown(byCol, shownText, shownRows);
        Shown shown = new Shown(shownRows, hiddenColumns, numbers);
        if (hiddenColumns.isEmpty() && placed.stream().noneMatch(Placed::hidden) && allTrue(shownRows)) {
            return shown;
        }
        for (Placed cell : placed) {
            if (cell.text().isBlank()) {
                continue;
            }
            String[] grid = texts.get(cell.row());
            if (!cell.hidden() && shown.at(cell.row(), cell.column())) {
                continue;
            }
            grid[cell.column()] = "";
            if (cell.hidden() || !moveToShown(cell, shown, texts, lines)) {
                hidden.hit(cell.row(), cell.column(), cell.text(), cell.line());
            }
        }
        return shown;
    }

    /** Grid columns in which cells start and every one of them is hidden (Excel's hidden column without a hidden col). */
    private BitSet columnsOfHiddenCells() {
        BitSet hiddenStart = new BitSet();
        for (Placed cell : placed) {
            if (cell.hidden()) {
                hiddenStart.set(cell.column());
            }
        }
        hiddenStart.andNot(shownStarts);
        return hiddenStart;
    }

    /** Grid columns holding a cell with text of their own (not merged across), in a shown row, not hidden itself. */
    private BitSet columnsOfShownText(boolean[] shownRows) {
        BitSet columns = new BitSet();
        for (Placed cell : placed) {
            if (!cell.hidden() && cell.across() == 1 && !cell.text().isBlank() && cell.row() < shownRows.length
                    && shownRows[cell.row()]) {
                columns.set(cell.column());
            }
        }
        return columns;
    }

    /**
     * A column the {@code <col>} hides while its own cells with text are shown: the two disagree, so the cells are read
     * as a browser shows them and the first is reported, for the auditor to check whether the column is the form's.
     */
    private void colShown(BitSet byCol, BitSet shownText, boolean[] shownRows) {
        if (!byCol.intersects(shownText)) {
            return;
        }
        for (Placed cell : placed) {
            if (!cell.hidden() && cell.across() == 1 && !cell.text().isBlank() && byCol.get(cell.column())
                    && cell.row() < shownRows.length && shownRows[cell.row()]) {
                colNotHidden.hit(cell.row(), cell.column(), cell.text(), cell.line());
            }
        }
    }

    /** Puts a merged cell's text in its first shown grid cell, if any. */
    private static boolean moveToShown(Placed cell, Shown shown, List<String[]> texts, List<int[]> lines) {
        for (int r = cell.row(); r < Math.min(texts.size(), cell.row() + cell.down()); r++) {
            for (int c = cell.column(); c < cell.column() + cell.across(); c++) {
                if (shown.at(r, c)) {
                    String[] grid = texts.get(r);
                    int[] sourceLines = lines.get(r);
                    if (c >= grid.length) {
                        grid = Arrays.copyOf(grid, c + 1);
                        sourceLines = Arrays.copyOf(sourceLines, c + 1);
                        texts.set(r, grid);
                        lines.set(r, sourceLines);
                    }
                    grid[c] = cell.text();
                    sourceLines[c] = cell.line();
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean allTrue(boolean[] values) {
        for (boolean value : values) {
            if (!value) {
                return false;
            }
        }
        return true;
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

    private void reportCaps(int tableLine, Shown shown) {
        report(colspan, "colspan above " + MAX_COLSPAN + " (HTML's own limit): read as " + MAX_COLSPAN, shown);
        report(rowspan, "rowspan above " + MAX_ROWSPAN + " (HTML's own limit): the cell spans to the end of its table section",
                shown);
        report(tooWide, "cells beyond column " + MAX_COLUMNS + " (row and column spans make the table wider than"
                + " any form): not read", shown);
        report(colNotHidden, "表格的列定义（<col>）隐藏了这一列，但其单元格未隐藏：已按浏览器显示读取，请核实该列是否属于本表 — the"
                + " table's <col> hides this column (display:none or zero width) but its cells are shown: read as a browser"
                + " shows them; check that the column belongs to the form", shown);
    }

    private void report(Cap cap, String what, Shown shown) {
        if (cap.count == 0) {
            return;
        }
        String more = cap.count == 1 ? "" : String.format(Locale.ROOT, " (%,d cells; this is the first)", cap.count);
        // the table's rows are numbered from the next row on, hidden ones left out
        int number = cap.row < shown.numbers().length ? shown.numbers()[cap.row]
                : page.rowCount() + 1 + cap.row;
        page.problem(number, page.cell(name, cap.row, cap.column), cap.text, what + more + HtmlReader.onLine(cap.line));
    }

    /**
     * Hidden cells with text are left out and said once a table, at its first row (as the workbook reader says it once
     * a sheet), so the auditor can look at what the unit hid.
     */
    private void noteHidden(int firstRow, int tableLine) {
        if (hidden.count == 0) {
            return;
        }
        if (page.rowCount() < firstRow && !page.isFull()) {
            // every row with text is hidden: one blank row stands for the table, for the note to be said at
            page.tableRow(List.of(new GridCell("", page.cell(name, 0, 0))), new int[] {tableLine});
        }
        page.note(firstRow, page.cell(name, hidden.row, hidden.column), hidden.text, "表格「" + name
                + "」有隐藏的行或列（网页与 Excel 都不显示也不打印），其中 " + hidden.count + " 个单元格的内容未读入本表（此为第一个），"
                + "请核实隐藏的内容 — cells the page hides (display:none or zero height, as Excel saves hidden rows and"
                + " columns, which it neither shows nor prints) were left out of the form as printed (" + hidden.count
                + " cells; this is the first): check what was hidden" + HtmlReader.onLine(hidden.line));
    }

    /**
     * The shown rows padded to the table's width, without its hidden columns, while the page's cell budget lasts. Cells
     * keep their place in the source grid ({@code R3C5}), as the workbook reader's keep theirs in the sheet.
     */
    private boolean emit(List<String[]> texts, List<int[]> lines, int width, int rowCount, int tableLine, Shown shown) {
        int columns = Math.max(1, width - shown.hiddenColumns().get(0, Math.max(1, width)).cardinality());
        for (int r = 0; r < rowCount; r++) {
            if (r >= texts.size() || !page.fits(columns)) {
                page.full(page.rowCount(), page.cell(name, r, 0), "table " + name + " from row " + (r + 1)
                        + " on, and everything after it,", tableLine);
                return false;
            }
            if (!shown.rows()[r]) {
                continue;
            }
            List<GridCell> row = new ArrayList<>(columns);
            int[] sourceLines = new int[columns];
            String[] grid = texts.get(r);
            int[] sourceLine = lines.get(r);
            for (int c = 0; c < Math.max(1, width); c++) {
                if (shown.hiddenColumns().get(c)) {
                    continue;
                }
                String text = c < grid.length && grid[c] != null ? grid[c] : "";
                sourceLines[row.size()] = c < sourceLine.length && sourceLine[c] != 0 ? sourceLine[c] : tableLine;
                row.add(new GridCell(text, page.cell(name, r, c)));
            }
            if (row.isEmpty()) {
                // every column hidden: the row stands blank, as the sheet's would
                row.add(new GridCell("", page.cell(name, r, 0)));
                sourceLines[0] = tableLine;
            }
            page.tableRow(row, sourceLines);
        }
        return true;
    }
}
