package perfaudit.report.xlsx;

import org.apache.poi.ss.usermodel.Footer;
import org.apache.poi.ss.usermodel.Header;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * How the sheets of findings.xlsx print, as an audit working paper: A4 landscape; a header with the
 * report's title, the sheet's name and the run time, a footer with page x of y; table sheets repeat
 * their header row and print the columns an auditor reads on paper (the rest stay on screen, after
 * them), shrunk to the page's width only while the type stays readable, else printed at that smallest
 * readable size over more pages.
 */
final class SheetPrint {

    /** A4 landscape: 841.9 × 595.3 pt. */
    static final double PAGE_WIDTH = 841.9;
    static final double PAGE_HEIGHT = 595.3;
    /** Margins in inches: narrow at the sides for wide tables; room above and below for header and footer. */
    static final double SIDE_MARGIN = 0.4;
    static final double TOP_MARGIN = 0.75;
    static final double BOTTOM_MARGIN = 0.7;
    static final double HEADER_MARGIN = 0.3;
    /** Printed type stays at least 11 pt × this (8.25 pt): smaller, and the paper is hard to read. */
    static final double MIN_SCALE = 0.75;
    /**
     * What a column width unit (a digit of the workbook font, with its share of the cell padding) takes on
     * paper at 100 %. Measured on LibreOffice's PDF of findings.xlsx, where a CJK font stands in for 等线:
     * 7 pt. Excel with 等线 itself draws columns narrower, so the type prints larger there, never smaller.
     */
    static final double POINTS_PER_WIDTH_UNIT = 7.0;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final String runTime;

    SheetPrint(ZonedDateTime runTime) {
        this.runTime = TIME.format(runTime);
    }

    /** Width available for the sheet on paper, in points at 100 %. */
    static double printableWidth() {
        return PAGE_WIDTH - 2 * SIDE_MARGIN * 72;
    }

    /** Height available for rows on paper, in points at 100 %. */
    static double printableHeight() {
        return PAGE_HEIGHT - (TOP_MARGIN + BOTTOM_MARGIN) * 72;
    }

    /** The width of columns of {@code widths} (in width units) on paper at 100 %. */
    static double widthInPoints(int[] widths, int columns) {
        double points = 0;
        for (int i = 0; i < columns; i++) {
            points += widths[i] * POINTS_PER_WIDTH_UNIT;
        }
        return points;
    }

    /** The scale a table {@code points} wide prints at: to the page's width, never below {@link #MIN_SCALE}, never above 100 %. */
    static double scaleFor(double points) {
        return Math.max(MIN_SCALE, Math.min(1, printableWidth() / points));
    }

    /** Paper, margins, header and footer: every sheet. */
    void page(Sheet sheet) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setHeaderMargin(HEADER_MARGIN);
        print.setFooterMargin(HEADER_MARGIN);
        sheet.setMargin(PageMargin.LEFT, SIDE_MARGIN);
        sheet.setMargin(PageMargin.RIGHT, SIDE_MARGIN);
        sheet.setMargin(PageMargin.TOP, TOP_MARGIN);
        sheet.setMargin(PageMargin.BOTTOM, BOTTOM_MARGIN);
        sheet.setMargin(PageMargin.HEADER, HEADER_MARGIN);
        sheet.setMargin(PageMargin.FOOTER, HEADER_MARGIN);
        sheet.setHorizontallyCenter(false);
        Header header = sheet.getHeader();
        header.setLeft("&9perfaudit 审计报告 Audit report");
        header.setCenter("&9&A");
        header.setRight("&9运行 Run " + runTime);
        Footer footer = sheet.getFooter();
        footer.setCenter("&9第 &P 页，共 &N 页 — page &P of &N");
        footer.setRight("&9findings.xlsx");
    }

    /**
     * A table sheet: its header row repeated on every page, its first {@code printColumns} columns printed
     * (rows {@code 0..lastRow}), scaled to the page's width while the type stays readable.
     */
    void table(Sheet sheet, int[] widths, int printColumns, int lastRow) {
        page(sheet);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
        int index = sheet.getWorkbook().getSheetIndex(sheet);
        sheet.getWorkbook().setPrintArea(index, 0, printColumns - 1, 0, Math.max(0, lastRow));
        double points = widthInPoints(widths, printColumns);
        PrintSetup print = sheet.getPrintSetup();
        if (printableWidth() / points >= MIN_SCALE) {
            // one page wide: Excel and LibreOffice work out the scale, at most 100 %
            sheet.setFitToPage(true);
            print.setFitWidth((short) 1);
            print.setFitHeight((short) 0);
        } else {
            // wider than fits readably: the smallest readable type, the columns continued on further pages
            sheet.setFitToPage(false);
            print.setScale((short) Math.round(MIN_SCALE * 100));
            print.setLeftToRight(false);
            sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, 0));
        }
    }
}
