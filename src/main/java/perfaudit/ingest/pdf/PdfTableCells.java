package perfaudit.ingest.pdf;

import perfaudit.ingest.CellText;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The cells of one {@link PdfTable}: grid cells with no border between them are one merged cell,
 * whose text (from the characters inside it) belongs to its top-left grid cell, as in the tabbed
 * export.
 */
final class PdfTableCells {

    final PdfTable table;
    private final int columns;
    /** For each grid cell (row * columns + column), the index of its merged cell's top-left grid cell. */
    private final int[] topLeft;
    private final String[] texts;
    /** Word's default cell padding (0.19 cm) in points; Writer's is smaller (0.1 cm). */
    private static final float WORD_PADDING = 5.4f;

    /**
     * For each merged cell (at its top-left index), where its last line is: the baseline, the
     * glyph size, the left and right ends of the line; 0 when empty.
     */
    private final float[] lowestBaseline;
    private final float[] lowestSize;
    private final float[] lowestRight;
    private final float[] lowestLeft;

    PdfTableCells(PdfTable table, List<PdfGlyph> glyphs) {
        this.table = table;
        this.columns = table.columns();
        int rows = table.rows();
        int[] parent = new int[rows * columns];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                if (c + 1 < columns && !table.borderRight(r, c)) {
                    union(parent, r * columns + c, r * columns + c + 1);
                }
                if (r + 1 < rows && !table.borderBelow(r, c)) {
                    union(parent, r * columns + c, (r + 1) * columns + c);
                }
            }
        }
        int[] first = new int[parent.length];
        Arrays.fill(first, Integer.MAX_VALUE);
        for (int i = 0; i < parent.length; i++) {
            first[root(parent, i)] = Math.min(first[root(parent, i)], i);
        }
        topLeft = new int[parent.length];
        for (int i = 0; i < parent.length; i++) {
            topLeft[i] = first[root(parent, i)];
        }
        List<List<PdfGlyph>> inCell = new ArrayList<>();
        for (int i = 0; i < parent.length; i++) {
            inCell.add(new ArrayList<>());
        }
        for (PdfGlyph glyph : glyphs) {
            inCell.get(topLeft[table.rowAt(glyph.centreY()) * columns + table.columnAt(glyph.centreX())]).add(glyph);
        }
        texts = new String[parent.length];
        lowestBaseline = new float[parent.length];
        lowestSize = new float[parent.length];
        lowestRight = new float[parent.length];
        lowestLeft = new float[parent.length];
        for (int i = 0; i < parent.length; i++) {
            texts[i] = inCell.get(i).isEmpty() ? "" : PdfLines.cellText(inCell.get(i));
            lastLine(i, inCell.get(i));
        }
    }

    private void lastLine(int cell, List<PdfGlyph> glyphs) {
        for (PdfGlyph glyph : glyphs) {
            if (!glyph.isSpace() && glyph.baseline() > lowestBaseline[cell]) {
                lowestBaseline[cell] = glyph.baseline();
                lowestSize[cell] = glyph.size();
            }
        }
        lowestLeft[cell] = Float.MAX_VALUE;
        for (PdfGlyph glyph : glyphs) {
            if (!glyph.isSpace() && glyph.baseline() > lowestBaseline[cell] - lowestSize[cell] / 2) {
                lowestRight[cell] = Math.max(lowestRight[cell], glyph.endX());
                lowestLeft[cell] = Math.min(lowestLeft[cell], glyph.x());
            }
        }
    }

    /** Each row's cell texts: a merged cell's text in its top-left grid cell, its other cells empty. */
    List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < table.rows(); r++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                int i = r * columns + c;
                row.add(topLeft[i] == i ? texts[i] : "");
            }
            rows.add(row);
        }
        return rows;
    }

    /**
     * A merged cell cut by a page break, as spreadsheet programs print it: its part at the foot of
     * {@code before} has no bottom border and its part at the head of {@code after} (the same
     * columns; the parts share their columns) has no top border. It is one cell: its text goes to
     * the first part's top-left cell, wherever on the two pages the program drew it.
     */
    static void joinAcrossPageBreak(PdfTableCells before, PdfTableCells after) {
        if (before.columns != after.columns) {
            return;
        }
        int last = before.table.rows() - 1;
        for (int c = 0; c < after.columns; ) {
            int head = after.topLeft[c];
            int end = c;
            while (end + 1 < after.columns && after.topLeft[end + 1] == head) {
                end++;
            }
            int foot = before.topLeft[last * before.columns + c];
            if (head == c && isOpen(before, after, last, c, end, foot)) {
                before.texts[foot] = CellText.join(List.of(before.texts[foot], after.texts[head]));
                after.texts[head] = "";
            }
            c = end + 1;
        }
    }

    /**
     * A row split by the page break as word processors print it (Writer and Word let a row break
     * across pages and draw its borders on both parts): the row's part at the foot of {@code before}
     * holds its figures, and the text that did not fit (the rest of a long indicator name) goes on in
     * the first row of {@code after}, whose other cells are empty. Read as two rows, the rest is an
     * indicator of its own with no figures ("二、化肥减量增" / "效田间试验"). The first row of
     * {@code after} goes on from the row above when each of its filled cells continues a cell that
     * ran out of room: one whose last line reaches the foot of the page's part (within a line) and
     * spans the cell from edge to edge (within a glyph and a padding: the line was full, so it wrapped). A
     * name that ends short of the edge, or a row with a bare figure, is a row of its own. Where {@code after} begins
     * with the table's header row repeated, the row under it is the one that goes on.
     */
    static void joinSplitRow(PdfTableCells before, PdfTableCells after) {
        if (before.columns != after.columns || after.table.rows() == 0) {
            return;
        }
        int last = before.table.rows() - 1;
        int head = after.repeatsHeaderOf(before) ? after.columns : 0;
        if (head > 0 && after.table.rows() < 2) {
            return;
        }
        boolean goesOn = false;
        for (int c = 0; c < after.columns; c++) {
            int cell = head + c;
            if (after.topLeft[cell] == cell && !after.texts[cell].isEmpty()) {
                if (isFigure(after.texts[cell]) || !before.ranOutOfRoom(last, c)) {
                    return;
                }
                goesOn = true;
            }
        }
        for (int c = 0; goesOn && c < after.columns; c++) {
            int cell = head + c;
            if (after.topLeft[cell] == cell && !after.texts[cell].isEmpty()) {
                int foot = before.topLeft[last * before.columns + c];
                before.texts[foot] = CellText.join(List.of(before.texts[foot], after.texts[cell]));
                after.texts[cell] = "";
            }
        }
    }

    /**
     * The first row prints, cell by cell, the texts of a row of {@code before} (two or more filled): the header row a
     * word processor repeats at the top of each page (Word's and Writer's "repeat as header row"). The row split by
     * the break then goes on in the row under it.
     */
    private boolean repeatsHeaderOf(PdfTableCells before) {
        List<String> first = rows().get(0);
        return first.stream().filter(t -> !t.isEmpty()).count() >= 2 && before.rows().contains(first);
    }

    /** A bare figure (1,024 / 5.0 / 98%) is a row's own, even in a narrow column it fills: figures do not wrap. */
    private static boolean isFigure(String text) {
        return text.chars().allMatch(ch -> Character.isDigit(ch) || ch == '.' || ch == ',' || ch == '%' || ch == ' ');
    }

    /** True when the cell over (row, column) is filled to the table's bottom, its last line from edge to edge. */
    private boolean ranOutOfRoom(int row, int column) {
        int cell = topLeft[row * columns + column];
        float size = lowestSize[cell];
        if (texts[cell].isEmpty() || table.bottom() - lowestBaseline[cell] > size) {
            return false;
        }
        int right = column;
        while (right + 1 < columns && topLeft[row * columns + right + 1] == cell) {
            right++;
        }
        float[] borders = table.columnBorders();
        float slack = size * 1.2f + WORD_PADDING;
        int left = cell % columns;
        // the line spans the cell: a right-aligned figure reaches the right edge without being full
        return borders[right + 1] - lowestRight[cell] <= slack && lowestLeft[cell] - borders[left] <= slack;
    }

    private static boolean isOpen(PdfTableCells before, PdfTableCells after, int last, int from, int to, int foot) {
        for (int c = 0; c < before.columns; c++) {
            boolean inside = c >= from && c <= to;
            if (inside != (before.topLeft[last * before.columns + c] == foot)) {
                return false;
            }
        }
        for (int c = from; c <= to; c++) {
            if (before.table.borderBelow(last, c) || after.table.borderAbove(0, c)) {
                return false;
            }
        }
        return true;
    }

    private static void union(int[] parent, int a, int b) {
        parent[root(parent, a)] = root(parent, b);
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
