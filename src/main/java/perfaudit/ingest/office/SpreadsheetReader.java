package perfaudit.ingest.office;

import perfaudit.ingest.OpenFailure;
import perfaudit.ingest.grammar.rows.GridCell;
import perfaudit.ingest.grammar.FormGrammar;
import perfaudit.ingest.grammar.rows.GridRow;
import perfaudit.ingest.grammar.rows.ProblemLog;
import perfaudit.ingest.grammar.vocabulary.Vocabulary;

import perfaudit.ingest.DocumentReader;
import perfaudit.ingest.InputFile;
import perfaudit.ingest.InputFormat;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.SAXException;
import perfaudit.model.Document;
import perfaudit.model.SourceLocation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Excel workbooks: xlsx streamed ({@link StreamedWorkbook}), xls through POI's object model. Every
 * sheet becomes a section of the form grid:
 * each cell's text as Excel shows it (numbers in their cell format, {@code 0.9987} as
 * {@code 99.87%}; text cells as typed), formulas by their cached value, merged ranges with the
 * text in the top-left cell and the rest empty, exactly as the tabbed export. Locations are
 * {@code Sheet1!E12}.
 */
public final class SpreadsheetReader implements DocumentReader {

    private static final Logger LOG = LoggerFactory.getLogger(SpreadsheetReader.class);
    /** Columns beyond this are not read: forms are about ten wide; this bounds a damaged sheet's cost. */
    private static final int MAX_COLUMNS = 256;
    /** A merged range taller than this (a whole-column merge) only blanks its first rows. */
    private static final int MAX_ROWS_MERGED = 10_000;

    private final InputFormat format;
    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);

    public SpreadsheetReader(InputFormat format) {
        this.format = format;
        formatter.setUseCachedValuesForFormulaCells(true);
    }

    @Override
    public Document read(InputFile input) {
        // POI's zip-bomb and XML entity guards stay at their defaults.
        try {
            if (format == InputFormat.XLSX) {
                return read(input.name(), StreamedWorkbook.read(input.bytes(), formatter, MAX_COLUMNS), input.vocabulary());
            }
            try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(input.bytes()))) {
                return read(input.name(), sheets(workbook), input.vocabulary());
            }
        } catch (EncryptedDocumentException e) {
            return Document.unreadable(input.name(), format.label,
                    "工作簿设有密码，请去除密码后重新提交 — password-protected workbook: remove the password and submit it again");
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
            LOG.debug("{}: cannot open workbook", input.name(), e);
            return Document.unreadable(input.name(), format.label,
                    OpenFailure.reason("the workbook", e));
        }
    }

    private Document read(String file, List<SheetContent> sheets, Vocabulary vocabulary) {
        List<List<GridRow>> sections = new ArrayList<>();
        List<GridRow> all = new ArrayList<>();
        ProblemLog log = new ProblemLog(number -> all.get(number - 1).location(), "row");
        List<Runnable> reports = new ArrayList<>();
        for (SheetContent sheet : sheets) {
            SheetGrid grid = new SheetGrid(file, sheet, all.size() + 1);
            if (grid.rows.stream().allMatch(GridRow::isBlank) && grid.uncomputed.isEmpty()) {
                continue;
            }
            String name = sheet.name();
            if (sheet.hidden()) {
                int first = grid.rows.get(0).number();
                reports.add(() -> log.report(first, SourceLocation.ofCell(file, name, "A1"), name, "工作表「" + name
                        + "」是隐藏的：已照常读取，请核实它属于本次提交 — sheet '" + name
                        + "' is hidden: it was read like the others; check that it belongs to the submission"));
            }
            if (grid.firstHidden != null) {
                GridCell first = grid.firstHidden;
                int row = grid.hiddenRowNumber;
                reports.add(() -> log.report(row, first.location(), first.text(), "工作表「" + name
                        + "」有隐藏的行或列（Excel 不显示也不打印），其中的内容已照常读取，请核实它们属于本表 — cells the sheet hides"
                        + " (hidden rows or columns, which Excel neither shows nor prints) were read like the others: check"
                        + " that they belong to the form (" + grid.hiddenCount + " cells; this is the first)"));
            }
            for (Uncomputed formula : grid.uncomputed) {
                reports.add(() -> log.report(formula.rowNumber(), formula.location(), formula.formula(),
                        "公式没有计算结果（文件保存时未计算），该单元格按空读取；请在 Excel 或 LibreOffice 中打开并保存"
                                + " — formula has no computed value (the file was saved without calculating it): open and"
                                + " save it in Excel or LibreOffice; the cell is read as empty"));
            }
            sections.add(grid.rows);
            all.addAll(grid.rows);
        }
        // Reported once every row is numbered: the log locates rows through the full list.
        reports.forEach(Runnable::run);
        return FormGrammar.read(file, format.label, sections, log, vocabulary);
    }

    /**
     * An xls workbook's sheets through POI's object model (HSSF has no streaming reader of cells). An
     * xls formula record always carries its result, so none is uncomputed.
     */
    private List<SheetContent> sheets(Workbook workbook) {
        List<SheetContent> sheets = new ArrayList<>();
        for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
            Sheet sheet = workbook.getSheetAt(s);
            List<String[]> rows = new ArrayList<>();
            Set<Integer> hiddenRows = new HashSet<>();
            Set<Integer> hiddenColumns = new HashSet<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                rows.add(texts(row));
                if (row != null && row.getZeroHeight()) {
                    hiddenRows.add(r);
                }
                for (int c = 0; row != null && c < Math.min(row.getLastCellNum(), MAX_COLUMNS); c++) {
                    if (sheet.isColumnHidden(c)) {
                        hiddenColumns.add(c);
                    }
                }
            }
            sheets.add(new SheetContent(sheet.getSheetName(), workbook.isSheetHidden(s) || workbook.isSheetVeryHidden(s),
                    rows, sheet.getMergedRegions(), List.of(), new SheetContent.Hidden(hiddenRows, hiddenColumns)));
        }
        return sheets;
    }

    private String[] texts(Row row) {
        if (row == null || row.getLastCellNum() <= 0) {
            return null;
        }
        String[] texts = new String[Math.min(row.getLastCellNum(), MAX_COLUMNS)];
        for (int c = 0; c < texts.length; c++) {
            Cell cell = row.getCell(c);
            texts[c] = cell == null ? "" : CellText.join(formatter.formatCellValue(cell));
        }
        return texts;
    }

    private record Uncomputed(int rowNumber, SourceLocation location, String formula) {
    }

    /**
     * One sheet as grid rows numbered from {@code firstNumber}: down to the last row with content, all
     * as wide as the widest; merged ranges with the text in the top-left cell and the rest empty.
     */
    private static final class SheetGrid {
        private final String file;
        private final String sheetName;
        private final Set<Long> covered = new HashSet<>();
        final List<GridRow> rows = new ArrayList<>();
        final List<Uncomputed> uncomputed = new ArrayList<>();
        /** The first cell with text in a hidden row or column (null: none), its row's number, and how many there are. */
        GridCell firstHidden;
        int hiddenRowNumber;
        int hiddenCount;

        SheetGrid(String file, SheetContent sheet, int firstNumber) {
            this.file = file;
            this.sheetName = sheet.name();
            for (CellRangeAddress range : sheet.merged()) {
                int lastRow = Math.min(range.getLastRow(), range.getFirstRow() + MAX_ROWS_MERGED);
                for (int r = range.getFirstRow(); r <= lastRow; r++) {
                    for (int c = range.getFirstColumn(); c <= Math.min(range.getLastColumn(), MAX_COLUMNS); c++) {
                        if (r != range.getFirstRow() || c != range.getFirstColumn()) {
                            covered.add(key(r, c));
                        }
                    }
                }
            }
            int width = 0;
            int lastRow = -1;
            for (int r = 0; r < sheet.rows().size(); r++) {
                String[] row = sheet.rows().get(r);
                for (int c = row == null ? -1 : row.length - 1; c >= 0; c--) {
                    if (covered.contains(key(r, c))) {
                        row[c] = "";
                    } else if (!row[c].isBlank() && lastRow < r) {
                        lastRow = r;
                    }
                    if (!row[c].isBlank()) {
                        width = Math.max(width, c + 1);
                    }
                }
            }
            for (SheetContent.Formula formula : sheet.uncomputed()) {
                if (covered.contains(key(formula.row(), formula.column()))) {
                    continue;
                }
                uncomputed.add(new Uncomputed(firstNumber + formula.row(), location(formula.row(), formula.column()),
                        formula.text()));
                // Its row is reported on, so the grid must reach it even if nothing else is there.
                lastRow = Math.max(lastRow, formula.row());
                width = Math.max(width, 1);
            }
            for (int r = 0; r <= lastRow; r++) {
                List<GridCell> cells = new ArrayList<>();
                String[] row = r < sheet.rows().size() && sheet.rows().get(r) != null ? sheet.rows().get(r) : new String[0];
                for (int c = 0; c < width; c++) {
                    cells.add(new GridCell(c < row.length ? row[c] : "", location(r, c)));
                    if (c < row.length && !row[c].isBlank() && sheet.hiddenCells().holds(r, c)) {
                        hidden(cells.get(c), firstNumber + r);
                    }
                }
                rows.add(GridRow.ofCells(firstNumber + r, cells, true));
            }
        }

        private void hidden(GridCell cell, int rowNumber) {
            if (firstHidden == null) {
                firstHidden = cell;
                hiddenRowNumber = rowNumber;
            }
            hiddenCount++;
        }

        private SourceLocation location(int row, int column) {
            return SourceLocation.ofCell(file, sheetName, CellReference.convertNumToColString(column) + (row + 1));
        }
    }

    private static long key(int row, int column) {
        return ((long) row << 20) | column;
    }
}
