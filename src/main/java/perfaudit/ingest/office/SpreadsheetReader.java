package perfaudit.ingest.office;

import perfaudit.ingest.OpenFailure;
import perfaudit.ingest.grammar.GridCell;
import perfaudit.ingest.grammar.FormGrammar;
import perfaudit.ingest.grammar.GridRow;
import perfaudit.ingest.grammar.ProblemLog;
import perfaudit.ingest.grammar.Vocabulary;

import perfaudit.ingest.DocumentReader;
import perfaudit.ingest.InputFile;
import perfaudit.ingest.InputFormat;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * Excel workbooks, xlsx and xls (POI usermodel). Every sheet becomes a section of the form grid:
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
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(input.bytes()))) {
            return read(input.name(), workbook, input.vocabulary());
        } catch (EncryptedDocumentException e) {
            return Document.unreadable(input.name(), format.label,
                    "工作簿设有密码，请去除密码后重新提交 — password-protected workbook: remove the password and submit it again");
        } catch (IOException | RuntimeException e) {
            LOG.debug("{}: cannot open workbook", input.name(), e);
            return Document.unreadable(input.name(), format.label,
                    OpenFailure.reason("the workbook", e));
        }
    }

    private Document read(String file, Workbook workbook, Vocabulary vocabulary) {
        List<List<GridRow>> sections = new ArrayList<>();
        List<GridRow> all = new ArrayList<>();
        ProblemLog log = new ProblemLog(number -> all.get(number - 1).location(), "row");
        List<Runnable> reports = new ArrayList<>();
        for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
            Sheet sheet = workbook.getSheetAt(s);
            SheetGrid grid = new SheetGrid(file, sheet, all.size() + 1);
            if (grid.rows.stream().allMatch(GridRow::isBlank) && grid.uncomputed.isEmpty()) {
                continue;
            }
            String name = sheet.getSheetName();
            if (workbook.isSheetHidden(s) || workbook.isSheetVeryHidden(s)) {
                int first = grid.rows.get(0).number();
                reports.add(() -> log.report(first, SourceLocation.ofCell(file, name, "A1"), name, "工作表「" + name
                        + "」是隐藏的：已照常读取，请核实它属于本次提交 — sheet '" + name
                        + "' is hidden: it was read like the others; check that it belongs to the submission"));
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

    private record Uncomputed(int rowNumber, SourceLocation location, String formula) {
    }

    /** One sheet as grid rows numbered from {@code firstNumber}: down to the last row with content, all as wide as the widest. */
    private final class SheetGrid {
        private final String file;
        private final Sheet sheet;
        private final Set<Long> covered = new HashSet<>();
        final List<GridRow> rows = new ArrayList<>();
        final List<Uncomputed> uncomputed = new ArrayList<>();

        SheetGrid(String file, Sheet sheet, int firstNumber) {
            this.file = file;
            this.sheet = sheet;
            for (CellRangeAddress range : sheet.getMergedRegions()) {
                int lastRow = Math.min(range.getLastRow(), range.getFirstRow() + MAX_ROWS_MERGED);
                for (int r = range.getFirstRow(); r <= lastRow; r++) {
                    for (int c = range.getFirstColumn(); c <= Math.min(range.getLastColumn(), MAX_COLUMNS); c++) {
                        if (r != range.getFirstRow() || c != range.getFirstColumn()) {
                            covered.add(key(r, c));
                        }
                    }
                }
            }
            List<String[]> texts = new ArrayList<>();
            int width = 0;
            int lastRow = -1;
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                String[] row = texts(sheet.getRow(r), firstNumber + r);
                texts.add(row);
                for (int c = row.length - 1; c >= 0; c--) {
                    if (!row[c].isBlank()) {
                        width = Math.max(width, c + 1);
                        lastRow = r;
                        break;
                    }
                }
            }
            for (Uncomputed formula : uncomputed) {
                // Its row is reported on, so the grid must reach it even if nothing else is there.
                lastRow = Math.max(lastRow, formula.rowNumber() - firstNumber);
                width = Math.max(width, 1);
            }
            for (int r = 0; r <= lastRow; r++) {
                List<GridCell> cells = new ArrayList<>();
                String[] row = texts.get(r);
                for (int c = 0; c < width; c++) {
                    cells.add(new GridCell(c < row.length ? row[c] : "", location(r, c)));
                }
                rows.add(GridRow.ofCells(firstNumber + r, cells, true));
            }
        }

        private String[] texts(Row row, int number) {
            if (row == null || row.getLastCellNum() <= 0) {
                return new String[0];
            }
            String[] texts = new String[Math.min(row.getLastCellNum(), MAX_COLUMNS)];
            for (int c = 0; c < texts.length; c++) {
                Cell cell = row.getCell(c);
                texts[c] = "";
                if (cell == null || covered.contains(key(row.getRowNum(), c))) {
                    continue;
                }
                if (isUncomputed(cell)) {
                    uncomputed.add(new Uncomputed(number, location(row.getRowNum(), c), "=" + cell.getCellFormula()));
                } else {
                    texts[c] = CellText.join(formatter.formatCellValue(cell));
                }
            }
            return texts;
        }

        private SourceLocation location(int row, int column) {
            return SourceLocation.ofCell(file, sheet.getSheetName(), CellReference.convertNumToColString(column) + (row + 1));
        }
    }

    /**
     * A formula saved without its result (written by a program that did not calculate). Only xlsx
     * can say so: an xls formula record always carries a result.
     */
    private static boolean isUncomputed(Cell cell) {
        return cell.getCellType() == CellType.FORMULA && cell instanceof XSSFCell xssf && !xssf.getCTCell().isSetV();
    }

    private static long key(int row, int column) {
        return ((long) row << 20) | column;
    }
}
