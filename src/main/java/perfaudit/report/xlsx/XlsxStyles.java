package perfaudit.report.xlsx;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import perfaudit.finding.Severity;

import java.util.EnumMap;
import java.util.Map;

/**
 * The few cell styles of findings.xlsx, created once per workbook (a workbook holds at most 64000
 * styles, so never one per cell). Every text style wraps: long text grows the row, never hides.
 */
final class XlsxStyles {

    /** Points per wrapped line at the workbook's 11 pt font, with room for CJK glyphs' taller line. */
    static final float LINE_HEIGHT = 15.5f;
    /** The workbook font: the default CJK-capable font of Chinese Excel; other viewers substitute a CJK font. */
    static final String FONT = "等线";

    final CellStyle title;
    final CellStyle section;
    final CellStyle label;
    final CellStyle header;
    /** Headers over numbers sit right, as the numbers do; over codes and counters, centred. */
    final CellStyle headerRight;
    final CellStyle headerCentred;
    final CellStyle text;
    final CellStyle centred;
    final CellStyle integer;
    final CellStyle decimal;
    final CellStyle link;
    final CellStyle linkNumber;
    final CellStyle mismatchDecimal;
    final CellStyle mismatchText;
    final CellStyle warningText;
    private final Map<Severity, CellStyle> severities = new EnumMap<>(Severity.class);

    XlsxStyles(XSSFWorkbook workbook) {
        XSSFFont base = workbook.getFontAt(0);
        base.setFontName(FONT);
        base.setFontHeightInPoints((short) 11);

        title = style(workbook, font(workbook, true, 16, null, false), null, false);
        section = style(workbook, font(workbook, true, 12, "1F4E78", false), null, false);
        label = style(workbook, font(workbook, true, 11, null, false), null, true);
        XSSFFont headerFont = font(workbook, true, 11, "FFFFFF", false);
        header = headerStyle(workbook, headerFont, HorizontalAlignment.GENERAL);
        headerRight = headerStyle(workbook, headerFont, HorizontalAlignment.RIGHT);
        headerCentred = headerStyle(workbook, headerFont, HorizontalAlignment.CENTER);
        text = style(workbook, null, null, true);
        XSSFCellStyle centredStyle = style(workbook, null, null, true);
        centredStyle.setAlignment(HorizontalAlignment.CENTER);
        centred = centredStyle;
        integer = numeric(workbook, "0", null);
        decimal = numeric(workbook, "0.00", null);
        XSSFFont linkFont = font(workbook, false, 11, "0563C1", true);
        link = style(workbook, linkFont, null, true);
        XSSFCellStyle linkNumberStyle = style(workbook, linkFont, null, false);
        linkNumberStyle.setAlignment(HorizontalAlignment.RIGHT);
        linkNumber = linkNumberStyle;
        mismatchDecimal = numeric(workbook, "0.00", "FFC7CE");
        mismatchText = style(workbook, font(workbook, true, 11, "9C0006", false), "FFC7CE", true);
        warningText = style(workbook, font(workbook, false, 11, "9C5700", false), "FFEB9C", true);
        severities.put(Severity.ERROR, style(workbook, font(workbook, true, 11, "9C0006", false), "FFC7CE", true));
        severities.put(Severity.WARNING, style(workbook, font(workbook, true, 11, "9C5700", false), "FFEB9C", true));
        severities.put(Severity.INFO, style(workbook, font(workbook, true, 11, "1F4E78", false), "DDEBF7", true));
    }

    CellStyle severity(Severity severity) {
        return severities.get(severity);
    }

    private static XSSFCellStyle headerStyle(XSSFWorkbook workbook, XSSFFont font, HorizontalAlignment alignment) {
        XSSFCellStyle style = style(workbook, font, "1F4E78", true);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setBorderBottom(BorderStyle.THIN);
        style.setAlignment(alignment);
        return style;
    }

    private static XSSFFont font(XSSFWorkbook workbook, boolean bold, int points, String rgb, boolean underline) {
        XSSFFont font = workbook.createFont();
        font.setFontName(FONT);
        font.setBold(bold);
        font.setFontHeightInPoints((short) points);
        if (rgb != null) {
            font.setColor(color(rgb));
        }
        if (underline) {
            font.setUnderline(Font.U_SINGLE);
        }
        return font;
    }

    private static XSSFCellStyle style(XSSFWorkbook workbook, XSSFFont font, String fill, boolean wrap) {
        XSSFCellStyle style = workbook.createCellStyle();
        if (font != null) {
            style.setFont(font);
        }
        if (fill != null) {
            style.setFillForegroundColor(color(fill));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        style.setWrapText(wrap);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    private static XSSFCellStyle numeric(XSSFWorkbook workbook, String format, String fill) {
        XSSFCellStyle style = style(workbook, null, fill, false);
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        style.setAlignment(HorizontalAlignment.RIGHT);
        return style;
    }

    private static XSSFColor color(String rgb) {
        return new XSSFColor(new byte[] {(byte) Integer.parseInt(rgb.substring(0, 2), 16),
                (byte) Integer.parseInt(rgb.substring(2, 4), 16), (byte) Integer.parseInt(rgb.substring(4, 6), 16)}, null);
    }
}
