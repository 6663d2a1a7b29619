package perfaudit.ingest.grammar.rows;

import perfaudit.ingest.grammar.indicators.cells.SpreadsheetError;

import java.util.ArrayList;
import java.util.List;

/**
 * A table from a web page or a PDF shows what the spreadsheet it came from showed: a cell with a formula's error value
 * (#REF!, #DIV/0!, Err:502) or only ##### holds no figure, whatever its column. As the workbook readers do, such a
 * cell is read as empty and reported at its cell, in every field (before, only a target or actual was refused; a #REF!
 * 得分 or a #DIV/0! 执行率 was read as text, a 偏差原因 or a row that did not fit).
 */
public final class ErrorCells {

    private ErrorCells() {
    }

    /** The rows with every error value emptied, each reported; the same list where none shows one. */
    public static List<GridRow> blanked(List<GridRow> rows, ProblemLog log) {
        List<GridRow> out = null;
        for (int i = 0; i < rows.size(); i++) {
            GridRow row = rows.get(i);
            List<GridCell> cells = null;
            for (int j = 0; j < row.cells().size(); j++) {
                GridCell cell = row.cells().get(j);
                if (SpreadsheetError.isErrorValue(cell.text())) {
                    String shown = cell.text().strip();
                    log.report(row.number(), cell.location(), shown, SpreadsheetError.reason(shown));
                    cells = cells == null ? new ArrayList<>(row.cells()) : cells;
                    cells.set(j, new GridCell("", cell.location()));
                }
            }
            if (cells != null) {
                out = out == null ? new ArrayList<>(rows) : out;
                out.set(i, new GridRow(row.number(), cells, row.tabular(), row.text()));
            }
        }
        return out == null ? rows : out;
    }
}
