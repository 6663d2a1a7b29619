package perfaudit.ingest.pdf;

import perfaudit.ingest.grammar.rows.GridCell;
import perfaudit.ingest.grammar.rows.GridRow;

import perfaudit.model.SourceLocation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import perfaudit.ingest.pdf.flow.BandCell;
import perfaudit.ingest.pdf.flow.PdfFlowText;

/**
 * The rows of a PDF whose forms are bordered tables, page by page from the top: each table row
 * as a grid row (a merged cell's text in its top-left cell, the rest empty), each line of text
 * outside the tables as a row of one cell. A table that runs on from the previous page gets the
 * same columns as its first part, so a form split by a page break keeps one width. Locations are
 * {@code p3!R12C5}: page 3, the 12th row from the top of the page, column 5.
 */
final class PdfGrid {

    private final String file;
    private final List<GridRow> rows = new ArrayList<>();

    private PdfGrid(String file) {
        this.file = file;
    }

    static List<GridRow> rows(String file, List<PdfPage> pages) {
        return rows(file, pages, page -> null);
    }

    /**
     * As {@link #rows(String, List)}, a page that draws no table read as {@code unruled} gives its lines (an unruled
     * table's row bands, each wrapped row on one line) where it gives any, instead of the page's own lines.
     */
    static List<GridRow> rows(String file, List<PdfPage> pages, Function<PdfPage, List<String>> unruled) {
        List<List<PdfTableCells>> tables = new ArrayList<>();
        List<List<PdfGlyph>> free = new ArrayList<>();
        for (List<PdfTable> chain : continuedTables(pages)) {
            List<float[]> borders = chain.stream().map(PdfTable::columnBorders).toList();
            chain.forEach(part -> borders.forEach(part::addColumns));
        }
        for (PdfPage page : pages) {
            Map<PdfTable, List<PdfGlyph>> inTables = new HashMap<>();
            List<PdfGlyph> outside = new ArrayList<>();
            for (PdfGlyph glyph : page.glyphs()) {
                PdfTable table = page.tableOf(glyph);
                if (table == null) {
                    outside.add(glyph);
                } else {
                    inTables.computeIfAbsent(table, t -> new ArrayList<>()).add(glyph);
                }
            }
            tables.add(page.tables().stream()
                    .map(table -> new PdfTableCells(table, inTables.getOrDefault(table, List.of()))).toList());
            free.add(outside);
        }
        for (int i = 1; i < pages.size(); i++) {
            List<PdfTableCells> previous = tables.get(i - 1);
            List<PdfTableCells> current = tables.get(i);
            if (!previous.isEmpty() && !current.isEmpty()
                    && continues(pages.get(i - 1), previous.get(previous.size() - 1).table, pages.get(i), current.get(0).table)) {
                PdfTableCells.joinAcrossPageBreak(previous.get(previous.size() - 1), current.get(0));
                PdfTableCells.joinSplitRow(previous.get(previous.size() - 1), current.get(0));
            }
        }
        PdfGrid grid = new PdfGrid(file);
        for (int i = 0; i < pages.size(); i++) {
            List<Pending> lines = pages.get(i).tables().isEmpty() ? unruled(pages, i, unruled) : null;
            grid.page(pages.get(i), tables.get(i), free.get(i), lines);
        }
        return grid.rows;
    }

    /**
     * Chains of table parts: a page that begins with a table as wide as the table the previous
     * page ended with continues it.
     */
    private static List<List<PdfTable>> continuedTables(List<PdfPage> pages) {
        List<List<PdfTable>> chains = new ArrayList<>();
        List<PdfTable> chain = null;
        for (int i = 0; i < pages.size(); i++) {
            PdfPage page = pages.get(i);
            if (page.tables().isEmpty()) {
                chain = null;
                continue;
            }
            PdfTable first = page.tables().get(0);
            if (chain != null && continues(pages.get(i - 1), chain.get(chain.size() - 1), page, first)) {
                chain.add(first);
            } else {
                chain = new ArrayList<>(List.of(first));
                chains.add(chain);
            }
            if (page.tables().size() > 1) {
                chain = new ArrayList<>(List.of(page.tables().get(page.tables().size() - 1)));
                chains.add(chain);
            }
        }
        chains.removeIf(parts -> parts.size() < 2);
        return chains;
    }

    private static boolean continues(PdfPage previous, PdfTable before, PdfPage page, PdfTable after) {
        boolean endsPage = before.bottom() >= previous.lastBottom() - PdfTable.SNAP;
        boolean startsPage = after.top() <= page.firstTop() + PdfTable.SNAP;
        boolean sameWidth = Math.abs(before.left() - after.left()) <= 2 * PdfTable.SNAP
                && Math.abs(before.right() - after.right()) <= 2 * PdfTable.SNAP;
        return endsPage && startsPage && sameWidth;
    }

    /** A row of the page waiting to be numbered: its top, and its cells' texts. */
    private record Pending(float top, List<String> texts, boolean tabular) {
    }

    /**
     * The rows of page {@code i}, which draws no table, where they are not simply its lines: the rows at its top that
     * stand in the columns of the table the page before ended with, and those at its foot that stand in the columns
     * of the table the next page opens with, as rows of those tables ({@link PdfContinuedColumns}), the page's other
     * rows as lines between them; else the lines {@code unruled} gives; else null (the page's own lines).
     */
    private static List<Pending> unruled(List<PdfPage> pages, int i, Function<PdfPage, List<String>> unruled) {
        PdfPage page = pages.get(i);
        PdfTable before = i > 0 ? endingTable(pages.get(i - 1)) : null;
        PdfTable after = i + 1 < pages.size() ? openingTable(pages.get(i + 1)) : null;
        List<List<BandCell>> cells = before == null && after == null ? null : PdfFlowText.rowCells(page);
        List<List<String>> top = cells == null || before == null ? List.of()
                : PdfContinuedColumns.fitting(before.columnBorders(), cells);
        List<List<String>> foot = cells == null || after == null ? List.of()
                : PdfContinuedColumns.fittingAtEnd(after.columnBorders(), cells.subList(top.size(), cells.size()));
        List<Pending> rows = new ArrayList<>();
        if (!top.isEmpty() || !foot.isEmpty()) {
            top.forEach(row -> rows.add(new Pending(rows.size(), row, true)));
            for (List<BandCell> row : cells.subList(top.size(), cells.size() - foot.size())) {
                rows.add(new Pending(rows.size(), List.of(String.join(" ", row.stream().map(BandCell::text).toList())), false));
            }
            foot.forEach(row -> rows.add(new Pending(rows.size(), row, true)));
            return rows;
        }
        List<String> lines = unruled.apply(page);
        if (lines == null) {
            return null;
        }
        for (String line : lines) {
            rows.add(new Pending(rows.size(), List.of(line), false));
        }
        return rows;
    }

    /** The table a page opens with (nothing printed above it), or null. */
    private static PdfTable openingTable(PdfPage page) {
        if (page.tables().isEmpty()) {
            return null;
        }
        PdfTable first = page.tables().get(0);
        return first.top() <= page.firstTop() + PdfTable.SNAP ? first : null;
    }

    /** The table a page ends with (nothing printed below it), or null. */
    private static PdfTable endingTable(PdfPage page) {
        if (page.tables().isEmpty()) {
            return null;
        }
        PdfTable last = page.tables().get(page.tables().size() - 1);
        return last.bottom() >= page.lastBottom() - PdfTable.SNAP ? last : null;
    }

    private void page(PdfPage page, List<PdfTableCells> tables, List<PdfGlyph> free, List<Pending> lines) {
        List<Pending> pending = new ArrayList<>();
        for (PdfTableCells table : tables) {
            List<List<String>> texts = table.rows();
            for (int r = 0; r < texts.size(); r++) {
                pending.add(new Pending(table.table.rowTop(r), texts.get(r), true));
            }
        }
        if (lines != null) {
            pending.addAll(lines); // a page without tables: its rows in their order, nothing else to sort them among
        } else {
            for (PdfLines.Line line : PdfLines.of(free)) {
                pending.add(new Pending(line.top(), List.of(line.text()), false));
            }
        }
        pending.sort(Comparator.comparingDouble(Pending::top));
        for (int r = 0; r < pending.size(); r++) {
            List<GridCell> cells = new ArrayList<>();
            List<String> texts = pending.get(r).texts();
            for (int c = 0; c < texts.size(); c++) {
                cells.add(new GridCell(texts.get(c),
                        SourceLocation.ofCell(file, "p" + page.number(), "R" + (r + 1) + "C" + (c + 1))));
            }
            rows.add(GridRow.ofCells(rows.size() + 1, cells, pending.get(r).tabular()));
        }
    }
}
