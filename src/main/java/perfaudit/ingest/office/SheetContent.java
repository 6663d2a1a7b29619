package perfaudit.ingest.office;

import org.apache.poi.ss.util.CellRangeAddress;

import java.util.List;

/**
 * One sheet of a workbook as read, before it becomes grid rows: each row's cell texts as Excel shows
 * them (a row absent is null; a row's array reaches its last cell, blank ones included), the merged
 * ranges, and the formulas saved without a computed value (their cells' texts are empty).
 */
record SheetContent(String name, boolean hidden, List<String[]> rows, List<CellRangeAddress> merged,
                    List<Formula> uncomputed) {

    /** A formula without its computed value, at a 0-based row and column. */
    record Formula(int row, int column, String text) {
    }
}
