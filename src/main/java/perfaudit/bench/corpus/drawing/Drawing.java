package perfaudit.bench.corpus.drawing;

import java.util.ArrayList;
import java.util.List;

/**
 * Forms drawn the way units lay them out in Excel and Word, independent of the file type: lines
 * of text outside any table, and bordered tables of placed (possibly merged) cells. Drawn once,
 * rendered by {@link WorkbookWriter} (and in the tests also as Word documents).
 */
public final class Drawing {

    /** Columns of the form table (A..J). */
    public static final int COLUMNS = 10;

    /**
     * Column widths in characters of the form table. 一级 and 二级 labels fit on one line: Word
     * flows a merged cell's text over a page break, and the PDF would then show half a label on
     * each page.
     */
    public static final double[] FORM_WIDTHS = {8, 15, 17, 16, 8, 13, 13, 9, 8, 16};

    public enum Style { DOC_TITLE, FORM_TITLE, YEAR, PLAIN, HEADER, LABEL, TEXT, NUMBER }

    /** One piece of a page: a line of text outside any table, or a table. */
    public sealed interface Item permits Line, Table {
    }

    public record Line(String text, Style style) implements Item {
    }

    /** A placed cell: its top-left position, how far it spans, its text as printed. */
    public record Cell(int row, int column, int rowSpan, int columnSpan, String text, Style style) {
    }

    public record Table(int columns, int rows, List<Cell> cells, double[] widths) implements Item {

        /** The same table with an empty column inserted before {@code at}: a spacer column. */
        public Table withSpacerColumn(int at) {
            List<Cell> moved = new ArrayList<>();
            for (Cell cell : cells) {
                int column = cell.column() >= at ? cell.column() + 1 : cell.column();
                boolean across = cell.column() < at && cell.column() + cell.columnSpan() > at;
                moved.add(new Cell(cell.row(), column, cell.rowSpan(), cell.columnSpan() + (across ? 1 : 0),
                        cell.text(), cell.style()));
            }
            double[] wider = new double[widths.length + 1];
            for (int i = 0, j = 0; i < wider.length; i++) {
                wider[i] = i == at ? 2 : widths[j++];
            }
            return new Table(columns + 1, rows, moved, wider);
        }
    }

    /** A sheet of a workbook, or a run of pages of a Word document. */
    public record Section(String name, List<Item> items) {
    }

    private Drawing() {
    }
}
