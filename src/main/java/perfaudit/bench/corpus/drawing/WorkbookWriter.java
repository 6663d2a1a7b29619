package perfaudit.bench.corpus.drawing;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import perfaudit.bench.corpus.drawing.Drawing.Item;
import perfaudit.bench.corpus.drawing.Drawing.Line;
import perfaudit.bench.corpus.drawing.Drawing.Section;
import perfaudit.bench.corpus.drawing.Drawing.Style;
import perfaudit.bench.corpus.drawing.Drawing.Table;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Renders drawn forms as an xlsx workbook, one sheet per section: lines as merged rows across the
 * table, tables with thin borders, merged ranges, bold headers and wrapped text; amounts as numeric
 * cells whose format prints them as the form did ({@code 0.00}, {@code 0.00%}) unless
 * {@code numbersAsText}. Printed landscape, one page wide, each form on a new page.
 */
public final class WorkbookWriter {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?%?");

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final Map<String, CellStyle> styles = new HashMap<>();
    private final boolean numbersAsText;
    private final int firstColumn;

    /** @param firstColumn 0, or more to leave spacer columns at the left as some units do */
    public WorkbookWriter(boolean numbersAsText, int firstColumn) {
        this.numbersAsText = numbersAsText;
        this.firstColumn = firstColumn;
    }

    public XSSFWorkbook workbook() {
        return workbook;
    }

    /** Writes the sections, {@code blankRows} empty rows between items that start a new form. */
    public XSSFWorkbook write(List<Section> sections, int blankRows) {
        for (Section section : sections) {
            Sheet sheet = workbook.createSheet(section.name());
            setUp(sheet);
            int row = 0;
            for (Item item : section.items()) {
                if (item instanceof Line line) {
                    if (line.text().equals("附件：") && row > 0) {
                        row += blankRows;
                        sheet.setRowBreak(row - 1);
                    }
                    row = line(sheet, row, line);
                } else {
                    row = table(sheet, row, (Table) item) + 1;
                }
            }
        }
        return workbook;
    }

    private void setUp(Sheet sheet) {
        for (int c = 0; c < Drawing.COLUMNS; c++) {
            sheet.setColumnWidth(firstColumn + c, (int) (Drawing.FORM_WIDTHS[c] * 256 * 1.15));
        }
        if (firstColumn > 0) {
            sheet.setColumnWidth(0, 2 * 256);
        }
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
    }

    private int line(Sheet sheet, int row, Line line) {
        Row sheetRow = sheet.createRow(row);
        Cell cell = sheetRow.createCell(firstColumn);
        cell.setCellValue(line.text());
        cell.setCellStyle(style(line.style(), null));
        if (line.style() != Style.PLAIN) {
            sheet.addMergedRegionUnsafe(new CellRangeAddress(row, row, firstColumn, firstColumn + Drawing.COLUMNS - 1));
        }
        if (line.style() == Style.FORM_TITLE || line.style() == Style.DOC_TITLE) {
            sheetRow.setHeightInPoints(30);
        }
        return row + 1;
    }

    /**
     * The list table (three columns) is stretched over the form's ten: 项目名称 over the middle
     * columns, 备注 over the last two.
     */
    private int table(Sheet sheet, int top, Table table) {
        int[][] columns = table.columns() == 3 ? new int[][] {{0, 1}, {1, 7}, {8, 2}} : null;
        int width = columns == null ? table.columns() : Drawing.COLUMNS;
        for (int r = 0; r < table.rows(); r++) {
            Row row = sheet.getRow(top + r) == null ? sheet.createRow(top + r) : sheet.getRow(top + r);
            for (int c = 0; c < width; c++) {
                row.createCell(firstColumn + c).setCellStyle(style(Style.TEXT, null));
            }
        }
        float[] heights = new float[table.rows()];
        for (Drawing.Cell cell : table.cells()) {
            int column = columns == null ? cell.column() : columns[cell.column()][0];
            int span = columns == null ? cell.columnSpan() : columns[cell.column()][1];
            Row row = sheet.getRow(top + cell.row());
            Cell target = row.getCell(firstColumn + column);
            value(target, cell);
            if (span > 1 || cell.rowSpan() > 1) {
                // the drawing never overlaps its merges; the checked add re-reads every range of the
                // sheet each time, quadratic in a sheet of stacked forms
                sheet.addMergedRegionUnsafe(new CellRangeAddress(top + cell.row(), top + cell.row() + cell.rowSpan() - 1,
                        firstColumn + column, firstColumn + column + span - 1));
            }
            if (cell.rowSpan() == 1) {
                heights[cell.row()] = Math.max(heights[cell.row()], height(sheet, column, span, cell.text()));
            }
        }
        for (int r = 0; r < table.rows(); r++) {
            sheet.getRow(top + r).setHeightInPoints(heights[r]);
        }
        return top + table.rows();
    }

    /**
     * The height wrapped text needs. Excel and Calc size rows to wrapped text, but not for merged
     * cells, so a form's author sets such rows by hand; here from the text's printed width (a
     * Chinese character takes two width units of a column, a Latin one).
     */
    private float height(Sheet sheet, int column, int span, String text) {
        double width = 0;
        for (int c = column; c < column + span; c++) {
            width += sheet.getColumnWidth(firstColumn + c) / 256.0;
        }
        double units = text.codePoints().mapToDouble(cp -> cp < 0x1100 ? 1.1 : 2.0).sum();
        int lines = Math.max(1, (int) Math.ceil(units / Math.max(1, width - 1)));
        return lines * 13.5f + 3;
    }

    private void value(Cell target, Drawing.Cell cell) {
        String text = cell.text();
        if (cell.style() == Style.NUMBER && !numbersAsText && NUMBER.matcher(text).matches()) {
            boolean percent = text.endsWith("%");
            BigDecimal number = new BigDecimal(percent ? text.substring(0, text.length() - 1) : text);
            int decimals = Math.max(0, number.scale());
            String format = (decimals == 0 ? "0" : "0." + "0".repeat(decimals)) + (percent ? "%" : "");
            target.setCellValue(percent ? number.movePointLeft(2).doubleValue() : number.doubleValue());
            target.setCellStyle(style(Style.NUMBER, format));
        } else {
            target.setCellValue(text);
            target.setCellStyle(style(cell.style(), null));
        }
    }

    private CellStyle style(Style kind, String format) {
        return styles.computeIfAbsent(kind + "|" + format, key -> {
            CellStyle style = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setFontName("宋体");
            font.setFontHeightInPoints((short) switch (kind) {
                case DOC_TITLE -> 16;
                case FORM_TITLE -> 18;
                case YEAR -> 12;
                default -> 10;
            });
            font.setBold(kind == Style.DOC_TITLE || kind == Style.FORM_TITLE || kind == Style.HEADER);
            style.setFont(font);
            style.setWrapText(true);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            boolean centred = kind == Style.DOC_TITLE || kind == Style.FORM_TITLE || kind == Style.YEAR
                    || kind == Style.HEADER || kind == Style.LABEL;
            style.setAlignment(centred ? HorizontalAlignment.CENTER
                    : kind == Style.NUMBER ? HorizontalAlignment.RIGHT : HorizontalAlignment.LEFT);
            if (kind == Style.HEADER || kind == Style.LABEL || kind == Style.TEXT || kind == Style.NUMBER) {
                style.setBorderTop(BorderStyle.THIN);
                style.setBorderBottom(BorderStyle.THIN);
                style.setBorderLeft(BorderStyle.THIN);
                style.setBorderRight(BorderStyle.THIN);
            }
            if (format != null) {
                style.setDataFormat(workbook.createDataFormat().getFormat(format));
            }
            return style;
        });
    }
}
