package perfaudit.ingest.grammar.rows;

import perfaudit.ingest.text.TextLine;

import perfaudit.model.SourceLocation;

import java.util.ArrayList;
import java.util.List;

/**
 * One row of a form grid, in reading order: a line of the tabbed export, a spreadsheet row, a
 * Word table row or paragraph, a table row rebuilt from a PDF page. {@code tabular} tells table
 * rows (whose cells keep their columns) from free text such as the title or the year line.
 */
public record GridRow(int number, List<GridCell> cells, boolean tabular, String text) implements SourceRow {

    public GridRow {
        cells = List.copyOf(cells);
    }

    /** A line of the tabbed export: cells split at tabs, all located at the line. */
    public static GridRow ofLine(String file, TextLine line) {
        SourceLocation at = SourceLocation.ofLine(file, line.number());
        String text = line.text();
        // every line of every tabbed file: the tabs are counted, then the cells cut out into an array of
        // that size (what split("\t", -1) gives, without its lists and copies), both passes over a char
        // array, which the quick compiler of a short run loops over far cheaper than over the String
        char[] chars = text.toCharArray();
        int tabs = 0;
        for (char c : chars) {
            if (c == '\t') {
                tabs++;
            }
        }
        GridCell[] cells = new GridCell[tabs + 1];
        int cell = 0;
        int start = 0;
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] == '\t') {
                cells[cell++] = new GridCell(text.substring(start, i), at);
                start = i + 1;
            }
        }
        cells[tabs] = new GridCell(text.substring(start), at);
        return new GridRow(line.number(), List.of(cells), tabs > 0, text);
    }

    /** A row read from cells; its text for reports is the cells joined by tabs, as a tabbed export shows it. */
    public static GridRow ofCells(int number, List<GridCell> cells, boolean tabular) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            text.append(i == 0 ? "" : "\t").append(cells.get(i).text());
        }
        return new GridRow(number, cells, tabular, text.toString());
    }

    @Override
    public boolean isBlank() {
        for (GridCell cell : cells) { // a loop, not a stream: asked several times of every row
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Where the row is: its first non-empty cell (the first cell of an empty row). */
    public SourceLocation location() {
        return cells.stream().filter(c -> !c.isBlank()).findFirst().orElse(cells.get(0)).location();
    }

    /**
     * This row and the next as one: the next row's first cell continues this row's last cell, as
     * when a tabbed row was broken over two lines.
     */
    public GridRow joinedWith(GridRow next) {
        List<GridCell> joined = new ArrayList<>(cells.subList(0, cells.size() - 1));
        GridCell last = cells.get(cells.size() - 1);
        joined.add(new GridCell(last.text() + next.cells.get(0).text(), last.location()));
        joined.addAll(next.cells.subList(1, next.cells.size()));
        return new GridRow(number, joined, tabular || next.tabular, text + next.text);
    }
}
