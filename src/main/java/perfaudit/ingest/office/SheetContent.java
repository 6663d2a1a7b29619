package perfaudit.ingest.office;

import org.apache.poi.ss.util.CellRangeAddress;

import java.util.List;
import java.util.Set;

/**
 * One sheet of a workbook as read, before it becomes grid rows: each row's cell texts as Excel shows
 * them (a row absent is null; a row's array reaches its last cell, blank ones included), the merged
 * ranges, the formulas saved without a computed value (their cells' texts are empty), and the hidden rows and columns.
 */
record SheetContent(String name, boolean hidden, List<String[]> rows, List<CellRangeAddress> merged,
                    List<Formula> uncomputed, Hidden hiddenCells) {

    /**
     * The 0-based rows and columns the sheet hides (zero height, hidden columns): Excel neither shows nor prints them,
     * so the form is read without them (a deleted indicator left hidden is no row of the printed form), and noted.
     */
    record Hidden(Set<Integer> rows, Set<Integer> columns) {
        static final Hidden NONE = new Hidden(Set.of(), Set.of());

        boolean holds(int row, int column) {
            return rows.contains(row) || columns.contains(column);
        }
    }

    /** The same sheet under another name (a workbook embedded in a document names its sheets after the object). */
    SheetContent named(String newName) {
        return new SheetContent(newName, hidden, rows, merged, uncomputed, hiddenCells);
    }

    /** A formula without its computed value, at a 0-based row and column. */
    record Formula(int row, int column, String text) {
    }
}
