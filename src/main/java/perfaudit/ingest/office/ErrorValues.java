package perfaudit.ingest.office;

import perfaudit.ingest.grammar.indicators.cells.SpreadsheetError;

/**
 * What a spreadsheet shows in a cell where a figure should be and none can be had: a formula's error value (Excel's
 * {@code #DIV/0!}, {@code #REF!}, {@code #VALUE!} …, LibreOffice's {@code Err:502}) or the {@code #####} a number too
 * wide for its column shows, which an export of the displayed text keeps instead of the number. None is a figure or a
 * text of the form: the cell is read as empty, and said so, never silently. The test and the words are
 * {@link SpreadsheetError}'s, shared with the web and PDF readers ({@code ErrorCells}).
 */
final class ErrorValues {

    private ErrorValues() {
    }

    static boolean isError(String text) {
        return SpreadsheetError.isErrorValue(text);
    }

    /** Why the cell is read as empty, for its report. */
    static String reason(String text) {
        return SpreadsheetError.reason(text);
    }
}
