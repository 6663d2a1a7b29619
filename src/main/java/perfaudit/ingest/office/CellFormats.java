package perfaudit.ingest.office;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;

/**
 * A number cell's text as Excel shows it, where POI's {@link DataFormatter} alone does not: in a date format, literal
 * text quoted ({@code yyyy"年"m"月"d"日"}) or escaped one character at a time ({@code yyyy\年m\月d\日}, as LibreOffice
 * and WPS save the same format) came out with its quotes or backslashes ({@code 2023\年5\月31\日}), a date no reader
 * knows. Such a format is formatted again with its literals bare, which means the same where none of them is a letter
 * or digit a date format reads as a code.
 */
final class CellFormats {

    private CellFormats() {
    }

    static String format(DataFormatter formatter, double value, int index, String format, boolean date1904) {
        String text = formatter.formatRawCellContents(value, index, format, date1904);
        String bare = leftMarks(text, format) ? bareLiterals(format) : null;
        return bare == null ? text : formatter.formatRawCellContents(value, index, bare, date1904);
    }

    /** An xls cell's text: as the formatter shows it, a number (or a formula's cached number) as {@link #format}. */
    static String format(DataFormatter formatter, Cell cell) {
        String text = formatter.formatCellValue(cell);
        boolean number = cell.getCellType() == CellType.NUMERIC
                || cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.NUMERIC;
        String format = cell.getCellStyle().getDataFormatString();
        String bare = number && format != null && leftMarks(text, format) ? bareLiterals(format) : null;
        return bare == null ? text : formatter.formatRawCellContents(cell.getNumericCellValue(),
                cell.getCellStyle().getDataFormat(), bare, isDate1904(cell));
    }

    private static boolean leftMarks(String text, String format) {
        return (text.indexOf('\\') >= 0 || text.indexOf('"') >= 0) && (format.indexOf('\\') >= 0 || format.indexOf('"') >= 0);
    }

    private static boolean isDate1904(Cell cell) {
        return cell.getSheet().getWorkbook() instanceof org.apache.poi.hssf.usermodel.HSSFWorkbook workbook
                && workbook.getInternalWorkbook().isUsing1904DateWindowing();
    }

    /**
     * The format with its quoted and escaped literals written bare; null when a literal is an ASCII letter or digit
     * (bare, it would read as a code).
     */
    static String bareLiterals(String format) {
        StringBuilder out = new StringBuilder(format.length());
        boolean quoted = false;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            boolean literal = quoted || c == '\\' && i + 1 < format.length();
            if (c == '"') {
                quoted = !quoted;
                continue;
            }
            if (c == '\\' && !quoted && i + 1 < format.length()) {
                c = format.charAt(++i);
            }
            if (literal && c < 0x80 && Character.isLetterOrDigit(c)) {
                return null;
            }
            out.append(c);
        }
        return out.toString();
    }
}
