package perfaudit.report.xlsx;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import perfaudit.Fixtures;
import perfaudit.report.AuditRun;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * findings.xlsx printed as an audit working paper: A4 landscape, header and footer with run time,
 * sheet name and page x of y, table headers repeated, the printed columns one page wide at readable
 * type, headers over numbers aligned with them, no row taller than a page, the chart on one page.
 * Where LibreOffice is installed, the workbook is also printed to PDF and the pages are measured.
 */
class XlsxPrintTest {

    private static final List<String> TABLES = List.of(FindingsSheet.NAME, ScorecardSheet.NAME, InputsSheet.NAME);

    @TempDir
    static Path out;
    static AuditRun seeds;
    static XSSFWorkbook seedBook;
    /** Every fixture: two dozen rule ids (a tall chart), unreadable files with long problem lists. */
    static XSSFWorkbook fixturesBook;

    @BeforeAll
    static void audit() throws IOException {
        seeds = AuditRun.of(out.resolve("seeds"), "json,xlsx", Fixtures.SEEDS.toString());
        seedBook = open(seeds.file("findings.xlsx"));
        fixturesBook = open(AuditRun.of(out.resolve("fixtures"), "xlsx", "fixtures").file("findings.xlsx"));
    }

    private static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    @AfterAll
    static void close() throws IOException {
        seedBook.close();
        fixturesBook.close();
    }

    @Test
    void everySheetPrintsOnA4LandscapeWithHeaderAndFooter() {
        String runTime = seeds.json().path("run").path("time").asText().substring(0, 16).replace('T', ' ');
        for (XSSFSheet sheet : sheets(seedBook)) {
            String name = sheet.getSheetName();
            PrintSetup print = sheet.getPrintSetup();
            assertEquals(PrintSetup.A4_PAPERSIZE, print.getPaperSize(), name);
            assertTrue(print.getLandscape(), name + " landscape");
            assertEquals("&9&A", sheet.getHeader().getCenter(), name + ": the sheet's name");
            assertTrue(sheet.getHeader().getRight().contains(runTime), name + ": the run time " + sheet.getHeader().getRight());
            assertTrue(sheet.getHeader().getLeft().contains("审计报告 Audit report"), name);
            assertTrue(sheet.getFooter().getCenter().contains("&P") && sheet.getFooter().getCenter().contains("&N"),
                    name + ": page x of y");
        }
    }

    @Test
    void tablesRepeatTheirHeaderAndPrintTheirColumnsOnePageWideAtReadableType() {
        for (XSSFWorkbook book : List.of(seedBook, fixturesBook)) {
            for (String name : TABLES) {
                XSSFSheet sheet = book.getSheet(name);
                assertEquals(new CellRangeAddress(0, 0, -1, -1), sheet.getRepeatingRows(), name);
                int printed = printedColumns(book, sheet);
                assertTrue(printed < sheet.getRow(0).getLastCellNum(), name + ": reference columns stay on screen");
                int[] widths = new int[printed];
                for (int i = 0; i < printed; i++) {
                    widths[i] = sheet.getColumnWidth(i) / 256;
                }
                double scale = SheetPrint.printableWidth() / SheetPrint.widthInPoints(widths, printed);
                assertTrue(scale >= SheetPrint.MIN_SCALE, name + " prints at " + scale);
                assertTrue(sheet.getFitToPage(), name);
                assertEquals(1, sheet.getPrintSetup().getFitWidth(), name + " one page wide");
                assertEquals(0, sheet.getPrintSetup().getFitHeight(), name + " as many pages down as it takes");
            }
        }
    }

    /** The last column of a sheet's print area, from its defined name: {@code 'Sheet'!$A$1:$K$597}. */
    private static int printedColumns(XSSFWorkbook book, XSSFSheet sheet) {
        String area = book.getPrintArea(book.getSheetIndex(sheet));
        assertNotNull(area, sheet.getSheetName() + " has a print area");
        Matcher range = Pattern.compile("!\\$A\\$1:\\$([A-Z]+)\\$\\d+").matcher(area);
        assertTrue(range.find(), area);
        return org.apache.poi.ss.util.CellReference.convertColStringToIndex(range.group(1)) + 1;
    }

    @Test
    void headersOverNumbersSitWhereTheNumbersDo() {
        for (String name : TABLES) {
            XSSFSheet sheet = seedBook.getSheet(name);
            Row header = sheet.getRow(0);
            for (int column = 0; column < header.getLastCellNum(); column++) {
                Cell below = sheet.getRow(1).getCell(column);
                if (below == null || below.getCellType() != CellType.NUMERIC || column == 0) {
                    continue;
                }
                HorizontalAlignment cells = below.getCellStyle().getAlignment();
                HorizontalAlignment head = header.getCell(column).getCellStyle().getAlignment();
                assertEquals(cells, head, name + " column " + column + " " + header.getCell(column).getStringCellValue());
            }
        }
        XSSFSheet summary = seedBook.getSheet(SummarySheet.NAME);
        int headers = 0;
        for (Row row : summary) {
            for (Cell cell : row) {
                String text = cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : "";
                if (text.equals("数量 Count") || text.equals("表单 Forms") || text.equals("合计 Total")
                        || text.equals("复核 Recomputed")) {
                    assertEquals(HorizontalAlignment.RIGHT, cell.getCellStyle().getAlignment(), text);
                    headers++;
                }
            }
        }
        assertTrue(headers >= 5, "the Summary's count headers found: " + headers);
    }

    @Test
    void noRowIsTallerThanAPageAndTheChartIsWholeOnOne() {
        double page = SheetPrint.printableHeight();
        for (XSSFWorkbook book : List.of(seedBook, fixturesBook)) {
            for (XSSFSheet sheet : sheets(book)) {
                double header = TABLES.contains(sheet.getSheetName()) ? sheet.getRow(0).getHeightInPoints() : 0;
                for (Row row : sheet) {
                    assertTrue(row.getHeightInPoints() + header <= page, sheet.getSheetName() + " row " + (row.getRowNum() + 1)
                            + " is " + row.getHeightInPoints() + " pt tall");
                }
            }
        }
        XSSFSheet summary = fixturesBook.getSheet(SummarySheet.NAME);
        XSSFDrawing drawing = summary.getDrawingPatriarch();
        var anchor = drawing.getCTDrawing().getTwoCellAnchorArray(0);
        int first = anchor.getFrom().getRow();
        int last = anchor.getTo().getRow() - 1;
        long bars = drawing.getCharts().get(0).getCTChart().getPlotArea().getBarChartArray(0).getSerArray(0)
                .getCat().getStrRef().getStrCache().getPtCount().getVal();
        assertTrue(bars >= 20, "a tall chart: " + bars + " rules");
        List<Integer> pages = pageOfEachRow(summary, last, page);
        assertEquals(pages.get(first), pages.get(last), "the chart's rows " + (first + 1) + "–" + (last + 1) + " print on one page");
    }

    /** The printed page of each row up to {@code last}, rows never split, manual breaks honoured. */
    private static List<Integer> pageOfEachRow(XSSFSheet sheet, int last, double page) {
        List<Integer> pages = new ArrayList<>();
        double y = 0;
        int number = 0;
        for (int i = 0; i <= last; i++) {
            Row row = sheet.getRow(i);
            double height = row == null ? sheet.getDefaultRowHeightInPoints() : row.getHeightInPoints();
            if (y + height > page) {
                number++;
                y = 0;
            }
            pages.add(number);
            y += height;
            if (sheet.isRowBroken(i)) {
                number++;
                y = 0;
            }
        }
        return pages;
    }

    private static List<XSSFSheet> sheets(XSSFWorkbook book) {
        List<XSSFSheet> sheets = new ArrayList<>();
        book.forEach(sheet -> sheets.add((XSSFSheet) sheet));
        return sheets;
    }

    /**
     * The seeds' workbook printed by LibreOffice: every page A4 landscape with its page x of y, and the
     * body's type at least 7.5 pt. Header and footer are 9 pt at every scale, so each page's own header
     * gives the measure: type = body height / header height × 9 pt, whatever fonts stand in.
     */
    @Test
    void printedByLibreOfficeThePagesAreReadable() throws Exception {
        assumeTrue(onPath("libreoffice") && onPath("pdftotext"), "LibreOffice and poppler-utils are not installed");
        Path folder = Files.createDirectories(out.resolve("pdf"));
        Path xlsx = Files.copy(seeds.file("findings.xlsx"), folder.resolve("findings.xlsx"));
        run(folder, "libreoffice", "--headless", "--convert-to", "pdf", xlsx.getFileName().toString());
        Path pdf = folder.resolve("findings.pdf");
        assertTrue(Files.isRegularFile(pdf), "LibreOffice wrote the PDF");
        String boxes = run(folder, "pdftotext", "-bbox", pdf.getFileName().toString(), "-");
        String[] pages = boxes.split("<page ");
        int count = pages.length - 1;
        assertTrue(count >= 4, "pages: " + count);
        Pattern size = Pattern.compile("width=\"([\\d.]+)\" height=\"([\\d.]+)\"");
        Pattern word = Pattern.compile("yMin=\"([\\d.]+)\" xMax=\"[\\d.]+\" yMax=\"([\\d.]+)\">([^<]*)</word>");
        for (int p = 1; p <= count; p++) {
            Matcher dimensions = size.matcher(pages[p]);
            assertTrue(dimensions.find());
            assertEquals(841.9, Double.parseDouble(dimensions.group(1)), 1, "page " + p + " A4 landscape");
            assertEquals(595.3, Double.parseDouble(dimensions.group(2)), 1, "page " + p + " A4 landscape");
            List<Double> body = new ArrayList<>();
            List<Double> margins = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            Matcher words = word.matcher(pages[p]);
            while (words.find()) {
                double top = Double.parseDouble(words.group(1));
                double height = Double.parseDouble(words.group(2)) - top;
                boolean inBody = top > SheetPrint.TOP_MARGIN * 72 - 4 && top < 595.3 - SheetPrint.BOTTOM_MARGIN * 72;
                (inBody ? body : margins).add(height);
                text.append(words.group(3)).append(' ');
            }
            assertTrue(text.toString().contains("page " + p + " of " + count), "page " + p + " numbered: " + text);
            double type = median(body) / median(margins) * 9;
            assertTrue(type >= 7.5, "page " + p + ": type " + type + " pt");
        }
    }

    private static double median(List<Double> values) {
        values.sort(null);
        return values.get(values.size() / 2);
    }

    private static boolean onPath(String program) {
        try {
            return new ProcessBuilder("sh", "-c", "command -v " + program).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static String run(Path folder, String... command) throws Exception {
        Path log = Files.createTempFile(folder, "out", ".txt");
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        assertTrue(process.waitFor(3, TimeUnit.MINUTES), String.join(" ", command));
        return Files.readString(log, StandardCharsets.UTF_8);
    }
}
