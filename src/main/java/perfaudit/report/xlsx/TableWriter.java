package perfaudit.report.xlsx;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Writes one table sheet of findings.xlsx top to bottom, as a streaming sheet requires: a bilingual
 * header row that stays frozen and carries the auto-filter, columns as wide as their content within
 * bounds, and text past a column's bound wrapped onto rows made tall enough to show all of it.
 *
 * <p>Widths must be known before the first row is written (a streamed row is gone once flushed, and
 * its height depends on the widths), so callers {@link #measure} rows first, then write. A long table
 * is measured on a sample ({@link #measures}): a column is then at most a little narrower than its
 * widest text, which wraps onto a taller row, never hidden, since heights follow the widths chosen.
 */
final class TableWriter {

    /** How a column shows its values: text, a centred code, a count, a centred number (序号, line), an amount. */
    enum Kind { TEXT, CODE, INTEGER, ID, DECIMAL }

    /** A column: header {@code 中文\nEnglish}, the kind of its values, and its width bounds in digits. */
    record Column(String header, Kind kind, int minWidth, int maxWidth) {
    }

    /** The values of the row a sheet makes of item number {@code index} (0-based) of its source. */
    @FunctionalInterface
    interface Values<T> {
        List<?> of(int index, T item);
    }

    /** What a sheet does to a row once written, such as colour a cell or link it to another sheet. */
    @FunctionalInterface
    interface Written<T> {
        void touch(Row row, int index, T item);
    }

    /** Excel's hard limit on a cell's text. */
    static final int MAX_CELL_TEXT = 32_767;
    /**
     * A row is never taller than a printed page (a spreadsheet program cannot split a row over two pages,
     * and clips it): a text wrapping to more lines than fit under the header row is cut, saying so. This
     * many lines fit with any header of up to five lines (SheetPrint's page; its scale only shrinks rows).
     */
    static final int MAX_LINES = 25;
    static final String CUT_FOR_PAGE = "…（已截断以便打印，全文见 findings.json — cut to fit a printed page, full text in findings.json）";
    private static final int PADDING = 2;
    /**
     * Rows measured for the widths at most: the first half of them, then evenly spaced ones. Measuring
     * every row took a fifth of the workbook's time for 10,000 forms; the widths of a 2,000-row sample
     * are those of the whole table but for the rare longest text.
     */
    static final int MEASURED_ROWS = 2_000;

    private final Sheet sheet;
    private final XlsxStyles styles;
    private final List<Column> columns;
    private final int[] widths;
    private int nextRow;

    TableWriter(Sheet sheet, XlsxStyles styles, List<Column> columns) {
        this.sheet = sheet;
        this.styles = styles;
        this.columns = List.copyOf(columns);
        this.widths = new int[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            widths[i] = clamp(column, headerWidth(column));
        }
    }

    /** Whether row {@code row} (0-based) of a table of {@code rows} rows is one of those {@link #measure}d. */
    static boolean measures(int row, int rows) {
        if (rows <= MEASURED_ROWS || row < MEASURED_ROWS / 2) {
            return true;
        }
        int stride = (rows - MEASURED_ROWS / 2 + MEASURED_ROWS / 2 - 1) / (MEASURED_ROWS / 2);
        return (row - MEASURED_ROWS / 2) % stride == 0;
    }

    /** Widens the columns to fit one row's values, within each column's bounds. */
    void measure(List<?> values) {
        for (int i = 0; i < columns.size(); i++) {
            Object value = values.get(i);
            if (value != null && widths[i] < columns.get(i).maxWidth()) { // at its bound it can grow no more
                widths[i] = Math.max(widths[i], clamp(columns.get(i), DisplayWidth.widestLine(show(value)) + PADDING));
            }
        }
    }

    /** Fixes the widths and writes the frozen header row. */
    void start() {
        for (int i = 0; i < columns.size(); i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        Row row = sheet.createRow(nextRow++);
        int lines = 1;
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(columns.get(i).header());
            cell.setCellStyle(switch (columns.get(i).kind()) {
                case INTEGER, DECIMAL -> styles.headerRight;
                case ID, CODE -> styles.headerCentred;
                default -> styles.header;
            });
            lines = Math.max(lines, DisplayWidth.lines(columns.get(i).header(), widths[i]));
        }
        row.setHeightInPoints(lines * XlsxStyles.LINE_HEIGHT + 4);
        sheet.createFreezePane(0, 1);
    }

    /** Writes the next row; returns it so the caller can restyle or link cells. */
    Row write(List<?> values) {
        Row row = sheet.createRow(nextRow++);
        int lines = 1;
        for (int i = 0; i < columns.size(); i++) {
            Object value = values.get(i);
            Cell cell = row.createCell(i);
            Column column = columns.get(i);
            if (value instanceof Number number && column.kind() != Kind.TEXT) {
                cell.setCellValue(number instanceof BigDecimal d ? d.doubleValue() : number.doubleValue());
                cell.setCellStyle(switch (column.kind()) {
                    case ID -> styles.centred;
                    case DECIMAL -> styles.decimal;
                    default -> styles.integer;
                });
            } else if (value != null) {
                String text = show(value);
                int textLines = DisplayWidth.lines(text, widths[i]);
                if (textLines > MAX_LINES) {
                    text = fitPage(text, widths[i]);
                    textLines = DisplayWidth.lines(text, widths[i]);
                }
                cell.setCellValue(text);
                cell.setCellStyle(column.kind() == Kind.CODE || column.kind() == Kind.ID ? styles.centred : styles.text);
                lines = Math.max(lines, textLines);
            } else {
                cell.setCellStyle(styles.text);
            }
        }
        if (lines > 1) {
            row.setHeightInPoints(lines * XlsxStyles.LINE_HEIGHT + 2);
        }
        return row;
    }

    /**
     * The two passes every table sheet makes over its source, read twice: the rows {@code measured} picks
     * (by index) are {@link #measure}d, the header is {@link #start}ed, then every row is written and
     * handed to {@code written}.
     */
    <T> void writeRows(Iterable<T> items, IntPredicate measured, Values<T> values, Written<T> written) {
        int index = 0;
        for (T item : items) {
            if (measured.test(index)) {
                measure(values.of(index, item));
            }
            index++;
        }
        start();
        index = 0;
        for (T item : items) {
            written.touch(write(values.of(index, item)), index, item);
            index++;
        }
    }

    /** The 0-based index of the row {@link #write} makes next. */
    /**
     * Puts the auto-filter over the header and every row written, and sets the sheet up for printing:
     * its first {@code printColumns} columns, the rest being reference columns kept for the screen.
     */
    void finish(SheetPrint print, int printColumns) {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, nextRow - 1), 0, columns.size() - 1));
        print.table(sheet, widths, printColumns, nextRow - 1);
    }

    /**
     * A value as cell text. Text beyond Excel's cell limit is cut with a visible marker saying so,
     * never silently (findings.json keeps the whole text).
     */
    static String show(Object value) {
        String text = value instanceof BigDecimal d ? d.toPlainString() : String.valueOf(value);
        if (text.length() <= MAX_CELL_TEXT) {
            return text;
        }
        String marker = "…（已截断，全文见 findings.json — cut at Excel's cell limit, full text in findings.json）";
        return text.substring(0, MAX_CELL_TEXT - marker.length()) + marker;
    }

    /** The text, or as much of it as wraps into {@link #MAX_LINES} lines of a column this wide with the marker. */
    static String fitPage(String text, int width) {
        if (DisplayWidth.lines(text, width) <= MAX_LINES) {
            return text;
        }
        int low = 0;
        int high = text.length();
        while (low < high) { // the longest start of the text that fits with the marker
            int mid = (low + high + 1) >>> 1;
            if (DisplayWidth.lines(text.substring(0, mid) + CUT_FOR_PAGE, width) <= MAX_LINES) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        if (low > 0 && Character.isHighSurrogate(text.charAt(low - 1))) {
            low--;
        }
        return text.substring(0, low) + CUT_FOR_PAGE;
    }

    private static int headerWidth(Column column) {
        return DisplayWidth.widestLine(column.header()) + PADDING;
    }

    private static int clamp(Column column, int width) {
        return Math.max(column.minWidth(), Math.min(column.maxWidth(), width));
    }
}
