package perfaudit.ingest.pdf;

import perfaudit.ingest.pdf.flow.BandCell;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A ruled table printed on onto a page where it draws no borders (Writer prints a table's later rows without them
 * when they are a table of their own, a unit pastes the last rows, the 总分 under the table): the rows at the top of the
 * unruled page whose cells stand in the ruled part's columns are rows of that table, each cell in the column it starts
 * in. Read as lines of text after the grid, the rows lost the columns the indicator header gave, and the form did not
 * go on. The rows are taken from the top while each fits: two cells or more, each starting in a column of its own,
 * left to right, inside the table (a cell may run a little over its column's border: the unruled part is laid out
 * with its own padding). The first row that does not fit (a
 * title, a line of prose, a row of other columns) ends the table; it and the rows after it stay lines of text.
 * Likewise back: an unruled page whose table goes on ruled at the top of the next page, its rows from the foot up.
 */
final class PdfContinuedColumns {

    /**
     * How far (pt) a cell may stand over a border of the ruled part: the unruled table is laid out again with its own
     * padding, so its columns stand a few points off the ruled ones (Writer: 2.8 pt on a 10.5 pt page).
     */
    private static final float SLACK = 4f;

    private PdfContinuedColumns() {
    }

    /** The leading rows of {@code rows} that fit the columns {@code borders}, each as its cells' texts by column. */
    static List<List<String>> fitting(float[] borders, List<List<BandCell>> rows) {
        List<List<String>> out = new ArrayList<>();
        for (List<BandCell> row : rows) {
            List<String> cells = inColumns(borders, row);
            if (cells == null) {
                break;
            }
            out.add(cells);
        }
        return out;
    }

    /** The trailing rows of {@code rows} that fit the columns {@code borders} (a table that goes on ruled on the next page). */
    static List<List<String>> fittingAtEnd(float[] borders, List<List<BandCell>> rows) {
        List<List<String>> out = new ArrayList<>();
        for (int i = rows.size() - 1; i >= 0; i--) {
            List<String> cells = inColumns(borders, rows.get(i));
            if (cells == null) {
                break;
            }
            out.add(0, cells);
        }
        return out;
    }

    /** The row's texts by column, or null where the row does not fit the columns. */
    private static List<String> inColumns(float[] borders, List<BandCell> row) {
        if (row.size() < 2) {
            return null;
        }
        String[] texts = new String[borders.length - 1];
        Arrays.fill(texts, "");
        int previous = -1;
        for (int i = 0; i < row.size(); i++) {
            BandCell cell = row.get(i);
            int column = column(borders, cell.x());
            if (column <= previous || cell.endX() > borders[texts.length] + SLACK) {
                return null;
            }
            texts[column] = cell.text();
            previous = column;
        }
        return Arrays.asList(texts);
    }

    /** The column a cell starting at {@code x} stands in, or -1 outside the table. */
    private static int column(float[] borders, float x) {
        for (int c = 0; c + 1 < borders.length; c++) {
            if (x >= borders[c] - SLACK && x < borders[c + 1] - SLACK) {
                return c;
            }
        }
        return -1;
    }
}
