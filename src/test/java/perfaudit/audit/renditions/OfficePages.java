package perfaudit.audit.renditions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The page a publisher would have made of a real form that kept its grid ("|" rows): the text lines
 * before the first "|" row as paragraphs (a site's heading and date line), the rows from there to the
 * end as one bordered table, a cell per "|" cell (empty cells dropped, as {@link Rendition#HTML_TABLE}
 * drops them, or kept: {@link #page(String, boolean)}). A line after the last "|" row stays in the
 * table: the excerpts end where they were cut, inside a row ("生态", "满意"), not in a paragraph
 * below the table. LibreOffice turns these pages into the .xlsx, .docx and .pdf under
 * src/test/resources/perfaudit/renditions/office (make.sh there); the tests read the committed
 * files. The collector's "#" lines are no part of a page and are left out.
 */
public final class OfficePages {

    private OfficePages() {
    }

    /** The page of {@code text}, or null for a form that did not keep its grid. */
    public static String page(String text) {
        return page(text, false);
    }

    /**
     * The page of {@code text}, or null for a form that did not keep its grid; with {@code keepEmpty}
     * the empty cells between a row's bars stay (the blank 得分 of an unscored row, the runs a merged
     * cell leaves), so that a row's figures stay under their headings as in the published grid.
     */
    public static String page(String text, boolean keepEmpty) {
        String body = Rendition.afterComments(text);
        if (!Rendition.isPiped(body)) {
            return null;
        }
        List<String> lines = body.lines().filter(l -> !l.isBlank()).toList();
        int first = 0;
        while (lines.get(first).indexOf('|') < 0) {
            first++;
        }
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
                + "<title>绩效自评</title></head><body>\n");
        lines.subList(0, first).forEach(line -> paragraph(out, line));
        out.append("<table border=\"1\" cellspacing=\"0\">\n");
        List<String> table = lines.subList(first, lines.size());
        for (List<String> row : keepEmpty ? cellsKept(table) : Rendition.rows(String.join("\n", table))) {
            out.append("<tr>");
            row.forEach(cell -> out.append("<td>").append(escape(cell)).append("</td>"));
            out.append("</tr>\n");
        }
        out.append("</table>\n");
        return out.append("</body></html>\n").toString();
    }

    /** Each line's cells between its bars, empty ones kept; a line of bars only is no row. */
    private static List<List<String>> cellsKept(List<String> lines) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : lines) {
            String bare = line.strip();
            bare = bare.startsWith("|") ? bare.substring(1) : bare;
            bare = bare.endsWith("|") ? bare.substring(0, bare.length() - 1) : bare;
            List<String> row = new ArrayList<>();
            for (String cell : bare.split("\\|", -1)) {
                row.add(cell.strip());
            }
            if (row.stream().anyMatch(cell -> !cell.isEmpty())) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static void paragraph(StringBuilder out, String line) {
        out.append("<p>").append(escape(line.strip())).append("</p>\n");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Width of a column of a print-ready workbook, in Chinese characters. */
    static final int PRINT_COLUMN_CHARS = 8;

    /**
     * The workbook as a unit makes it ready to print before it publishes the PDF: each cell wraps its
     * text in a column {@value #PRINT_COLUMN_CHARS} Chinese characters wide, each row as tall as its
     * longest cell's lines (Calc keeps the stored heights of an xlsx), the sheet one page wide,
     * landscape. Without it Calc prints a long cell cut at its neighbour, and the cut text is gone.
     */
    static void printReady(Path workbook) throws IOException {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book =
                     new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(workbook))) {
            org.apache.poi.ss.usermodel.DataFormatter formatter = new org.apache.poi.ss.usermodel.DataFormatter();
            for (org.apache.poi.ss.usermodel.Sheet sheet : book) {
                int width = 0;
                for (org.apache.poi.ss.usermodel.Row row : sheet) {
                    width = Math.max(width, row.getLastCellNum());
                    int lines = 1;
                    for (org.apache.poi.ss.usermodel.Cell cell : row) {
                        org.apache.poi.ss.usermodel.CellStyle style = book.createCellStyle();
                        style.cloneStyleFrom(cell.getCellStyle());
                        style.setWrapText(true);
                        cell.setCellStyle(style);
                        String text = formatter.formatCellValue(cell);
                        int halfWidths = text.codePoints().map(c -> c < 0x2E80 ? 1 : 2).sum();
                        lines = Math.max(lines, (halfWidths + 2 * PRINT_COLUMN_CHARS - 1) / (2 * PRINT_COLUMN_CHARS));
                    }
                    row.setHeightInPoints(lines * 15f + 2);
                }
                for (int c = 0; c < width; c++) {
                    sheet.setColumnWidth(c, (2 * PRINT_COLUMN_CHARS + 1) * 256);
                }
                sheet.setFitToPage(true);
                sheet.getPrintSetup().setFitWidth((short) 1);
                sheet.getPrintSetup().setFitHeight((short) 0);
                sheet.getPrintSetup().setLandscape(true);
                sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
            }
            try (java.io.OutputStream out = Files.newOutputStream(workbook)) {
                book.write(out);
            }
        }
    }

    /**
     * Writes the page of each "|" form of folder {@code args[0]} into {@code args[1]} as "stem.html";
     * a third argument {@code --keep-empty} keeps each row's empty cells.
     */
    public static void main(String[] args) throws IOException {
        if (args[0].equals("--print-ready")) {
            for (int i = 1; i < args.length; i++) {
                printReady(Path.of(args[i]));
            }
            return;
        }
        Path out = Path.of(args[1]);
        boolean keepEmpty = args.length > 2 && args[2].equals("--keep-empty");
        Files.createDirectories(out);
        List<Path> forms = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(args[0]))) {
            files.filter(f -> f.getFileName().toString().matches("\\d\\d-.*\\.txt")).sorted().forEach(forms::add);
        }
        for (Path form : forms) {
            String page = page(Files.readString(form, StandardCharsets.UTF_8), keepEmpty);
            if (page != null) {
                String name = form.getFileName().toString().replaceFirst("\\.txt$", ".html");
                Files.writeString(out.resolve(name), page, StandardCharsets.UTF_8);
            }
        }
    }
}
