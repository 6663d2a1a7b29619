package perfaudit.ingest.office;

import perfaudit.ingest.CellText;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

/**
 * Excel workbooks: xlsx streamed ({@link StreamedWorkbook}), xls through POI's object model. Every
 * sheet becomes a section of the form grid:
 * each cell's text as Excel shows it (numbers in their cell format, {@code 0.9987} as
 * {@code 99.87%}; text cells as typed), formulas by their cached value, merged ranges with the
 * text in the top-left cell and the rest empty, exactly as the tabbed export. Rows and columns the sheet hides are
 * left out, as Excel neither shows nor prints them (the form a unit signs is the printed one), and noted once per
 * sheet. Locations are {@code Sheet1!E12}.
 */
public final class SpreadsheetReader implements DocumentReader {

    private static final Logger LOG = LoggerFactory.getLogger(SpreadsheetReader.class);
    /** Columns beyond this are not read: forms are about ten wide; this bounds a damaged sheet's cost. */
    private static final int MAX_COLUMNS = 256;
    /** A merged range taller than this (a whole-column merge) only blanks its first rows. */
    private static final int MAX_ROWS_MERGED = 10_000;

    private final InputFormat format;
    /** Put before each sheet's name: "对象1·" for a workbook embedded in a Word document, else nothing. */
    private final String sheetPrefix;
    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);

    public SpreadsheetReader(InputFormat format) {
        this(format, "");
    }

    SpreadsheetReader(InputFormat format, String sheetPrefix) {
        this.format = format;
        this.sheetPrefix = sheetPrefix;
        formatter.setUseCachedValuesForFormulaCells(true);
    }

    @Override
    public Document read(InputFile input) {
        // POI's zip-bomb and XML entity guards stay at their defaults.
        try {
            if (format == InputFormat.EXCEL_XML) {
                return read(input.name(), SpreadsheetXml.read(input.bytes(), formatter, MAX_COLUMNS), input.vocabulary());
            }
            if (format == InputFormat.ODS) {
                return pictured(read(input.name(), OdsWorkbook.read(input.bytes(), MAX_COLUMNS), input.vocabulary()),
                        () -> Pictures.inPackage(input.bytes()));
            }
            if (format == InputFormat.XLSX) {
                return pictured(read(input.name(), StreamedWorkbook.read(input.bytes(), formatter, MAX_COLUMNS),
                        input.vocabulary()), () -> Pictures.inPackage(input.bytes()));
            }
            try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(input.bytes()))) {
                return pictured(read(input.name(), sheets(workbook), input.vocabulary()), () -> (int) workbook
                        .getAllPictures().stream().filter(p -> Pictures.isRaster(p.suggestFileExtension())).count());
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

    /** A workbook read whole that gave no form says whether it holds pictures instead (a scan pasted on a sheet). */
    private Document pictured(Document document, java.util.function.IntSupplier pictures) {
        return sheetPrefix.isEmpty() ? Pictures.explainNoForm(document, pictures, 0) : document;
    }

    private Document read(String file, List<SheetContent> sheets, Vocabulary vocabulary) {
        List<List<GridRow>> sections = new ArrayList<>();
        List<GridRow> all = new ArrayList<>();
        ProblemLog log = new ProblemLog(number -> all.get(number - 1).location(), "row");
        List<Runnable> reports = new ArrayList<>();
        for (SheetContent read : sheets) {
            SheetContent sheet = sheetPrefix.isEmpty() ? read : read.named(sheetPrefix + read.name());
            SheetGrid grid = new SheetGrid(file, sheet, all.size() + 1);
            if (grid.rows.stream().allMatch(GridRow::isBlank) && grid.uncomputed.isEmpty() && grid.firstHidden == null) {
                continue;
            }
            String name = sheet.name();
            if (sheet.hidden()) {
                int first = grid.rows.get(0).number();
                reports.add(() -> log.report(first, SourceLocation.ofCell(file, name, "A1"), name, "工作表「" + name
                        + "」是隐藏的：已照常读取，请核实它属于本次提交 — sheet '" + name
                        + "' is hidden: it was read like the others; check that it belongs to the submission"));
            }
            if (grid.firstHidden != null && !grid.rows.isEmpty()) {
                // left out as Excel shows and prints the sheet; said once, at the sheet's first row, so the auditor
                // can look at what the unit hid
                int row = grid.rows.get(0).number();
                SourceLocation at = grid.firstHidden;
                String text = grid.firstHiddenText;
                int count = grid.hiddenCount;
                reports.add(() -> log.note(row, at, text, "工作表「" + name + "」有隐藏的行或列（Excel 不显示也不打印），"
                        + "其中 " + count + " 个单元格的内容未读入本表（此为第一个），请核实隐藏的内容 — cells the sheet hides"
                        + " (hidden rows or columns, which Excel neither shows nor prints) were left out of the form as printed ("
                        + count + " cells; this is the first): check what was hidden"));
            }
            for (ReportedCell error : grid.errors) {
                reports.add(() -> log.report(error.rowNumber(), error.location(), error.text(), ErrorValues.reason(error.text())));
                // a field read from it was filled in, only not readable: the grammar marks it so (Indicator.unread)
                log.unreadCell(error.rowNumber(), error.gridColumn(), error.location());
            }
            for (ReportedCell formula : grid.uncomputed) {
                log.unreadCell(formula.rowNumber(), formula.gridColumn(), formula.location());
                reports.add(() -> log.report(formula.rowNumber(), formula.location(), formula.text(),
                        "公式没有计算结果（文件保存时未计算），该单元格按空读取；请在 Excel 或 LibreOffice 中打开并保存"
                                + " — formula has no computed value (the file was saved without calculating it): open and"
                                + " save it in Excel or LibreOffice; the cell is read as empty"));
            }
            if (!sheet.hidden() && continuesForm(grid.rows, sections, vocabulary)) {
                // a form spread over sheets (funds and goal on one, the indicators on the next): one form, said so
                GridCell first = firstCell(grid.rows);
                int row = grid.rows.get(0).number();
                String previous = sections.get(sections.size() - 1).get(0).location().sheet();
                reports.add(() -> log.note(row, first.location(), first.text(), "工作表「" + name + "」以表单的一部分（"
                        + first.text() + "）开头，没有自己的表名或项目名称：按工作表「" + previous + "」上表单的续表读取 — sheet '"
                        + name + "' opens with a part of a form and has no title or 项目名称 of its own: read as the rest of"
                        + " the form on sheet '" + previous + "'"));
                List<GridRow> joined = new ArrayList<>(sections.remove(sections.size() - 1));
                joined.addAll(grid.rows);
                sections.add(joined);
            } else {
                sections.add(grid.rows);
            }
            all.addAll(grid.rows);
        }
        // Reported once every row is numbered: the log locates rows through the full list.
        reports.forEach(Runnable::run);
        return FormGrammar.read(file, format.label, sections, log, vocabulary);
    }

    /**
     * Whether a sheet's rows go on with the form of the sheet before: the sheet opens with the label of a form's part
     * (绩效指标, 一级指标, 项目资金, 年度总体目标) and holds no title, 项目名称 or list of its own, and the sheet before
     * holds the start of a form.
     */
    private static boolean continuesForm(List<GridRow> rows, List<List<GridRow>> before, Vocabulary vocabulary) {
        GridCell first = firstCell(rows);
        if (before.isEmpty() || first == null || !FormGrammar.opensFormPart(first.text(), vocabulary)) {
            return false;
        }
        return !anyCell(rows, text -> FormGrammar.startsFormOrList(text, vocabulary))
                && anyCell(before.get(before.size() - 1), text -> FormGrammar.startsForm(text, vocabulary));
    }

    private static GridCell firstCell(List<GridRow> rows) {
        for (GridRow row : rows) {
            for (GridCell cell : row.cells()) {
                if (!cell.isBlank()) {
                    return cell;
                }
            }
        }
        return null;
    }

    private static boolean anyCell(List<GridRow> rows, java.util.function.Predicate<String> test) {
        for (GridRow row : rows) {
            for (GridCell cell : row.cells()) {
                if (!cell.isBlank() && test.test(cell.text())) {
                    return true;
                }
            }
        }
        return false;
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
            texts[c] = cell == null ? "" : CellText.join(CellFormats.format(formatter, cell));
        }
        return texts;
    }

    /** A cell reported with its grid row's number: a formula with no computed value, or a cell showing an error value. */
    /** A cell reported as read empty: its row's number, its index among the row's cells, where it is, what it showed. */
    private record ReportedCell(int rowNumber, int gridColumn, SourceLocation location, String text) {
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
        final List<ReportedCell> uncomputed = new ArrayList<>();
        /** Cells showing an error value (#DIV/0!, #REF!, #####) in place of a figure: read as empty, each reported. */
        final List<ReportedCell> errors = new ArrayList<>();
        /** The first cell with text in a hidden row or column (null: none), its text, and how many there are. */
        SourceLocation firstHidden;
        String firstHiddenText;
        int firstHiddenRow;
        int firstHiddenColumn;
        int hiddenCount;

        SheetGrid(String file, SheetContent sheet, int firstNumber) {
            this.file = file;
            this.sheetName = sheet.name();
            SheetContent.Hidden hidden = sheet.hiddenCells();
            List<String[]> texts = new ArrayList<>(sheet.rows());
            for (CellRangeAddress range : sheet.merged()) {
                int lastRow = Math.min(range.getLastRow(), range.getFirstRow() + MAX_ROWS_MERGED);
                int lastColumn = Math.min(range.getLastColumn(), MAX_COLUMNS);
                for (int r = range.getFirstRow(); r <= lastRow; r++) {
                    for (int c = range.getFirstColumn(); c <= lastColumn; c++) {
                        if (r != range.getFirstRow() || c != range.getFirstColumn()) {
                            covered.add(key(r, c));
                        }
                    }
                }
                showMergedText(texts, range, lastRow, lastColumn, hidden);
            }
            int width = 0;
            int lastRow = -1;
            for (int r = 0; r < texts.size(); r++) {
                String[] row = texts.get(r);
                for (int c = row == null ? -1 : row.length - 1; c >= 0; c--) {
                    if (covered.contains(key(r, c))) {
                        row[c] = "";
                    } else if (!row[c].isBlank() && hidden.holds(r, c)) {
                        hidden(r, c, row[c]);
                    } else if (!row[c].isBlank()) {
                        lastRow = Math.max(lastRow, r);
                        width = Math.max(width, c + 1);
                    }
                }
            }
            for (SheetContent.Formula formula : sheet.uncomputed()) {
                if (!covered.contains(key(formula.row(), formula.column())) && !hidden.holds(formula.row(), formula.column())) {
                    // its row is reported on, so the grid must reach it even if nothing else is there
                    lastRow = Math.max(lastRow, formula.row());
                    width = Math.max(width, 1);
                }
            }
            // what Excel shows and prints: hidden rows and columns are left out, the others keep their order
            Map<Integer, Integer> numbers = new HashMap<>();
            for (int r = 0; r <= lastRow; r++) {
                if (hidden.rows().contains(r)) {
                    continue;
                }
                numbers.put(r, firstNumber + rows.size());
                List<GridCell> cells = new ArrayList<>();
                String[] row = r < texts.size() && texts.get(r) != null ? texts.get(r) : new String[0];
                for (int c = 0; c < width; c++) {
                    if (!hidden.columns().contains(c)) {
                        String text = c < row.length ? row[c] : "";
                        if (ErrorValues.isError(text)) {
                            // no figure to read, and no text either: the cell keeps its place, empty, and is reported
                            errors.add(new ReportedCell(numbers.get(r), cells.size(), location(r, c), text.strip()));
                            text = "";
                        }
                        cells.add(new GridCell(text, location(r, c)));
                    }
                }
                rows.add(GridRow.ofCells(numbers.get(r), cells, true));
            }
            if (rows.isEmpty() && firstHidden != null) {
                // all its text is hidden: one blank row stands for the sheet, for the note to be said at
                rows.add(GridRow.ofCells(firstNumber, List.of(new GridCell("", location(0, 0))), true));
            }
            for (SheetContent.Formula formula : sheet.uncomputed()) {
                Integer number = numbers.get(formula.row());
                if (number != null && !covered.contains(key(formula.row(), formula.column()))
                        && !hidden.columns().contains(formula.column())) {
                    uncomputed.add(new ReportedCell(number, gridColumn(formula.column(), hidden), location(formula.row(), formula.column()),
                            formula.text()));
                }
            }
        }

        /** The index among its row's cells of sheet column {@code column}: hidden columns before it are left out. */
        private static int gridColumn(int column, SheetContent.Hidden hidden) {
            int index = column;
            for (int hiddenColumn : hidden.columns()) {
                if (hiddenColumn < column) {
                    index--;
                }
            }
            return index;
        }

        /**
         * A merged range whose top-left cell lies in a hidden row or column still shows its text where the range is
         * visible: the text moves to the range's first visible cell (the others stay blank). A range hidden whole
         * shows nothing.
         */
        private void showMergedText(List<String[]> texts, CellRangeAddress range, int lastRow, int lastColumn,
                                           SheetContent.Hidden hidden) {
            int top = range.getFirstRow();
            int left = range.getFirstColumn();
            String[] first = top < texts.size() ? texts.get(top) : null;
            if (!hidden.holds(top, left) || first == null || left >= first.length || first[left].isBlank()) {
                return;
            }
            for (int r = top; r <= lastRow; r++) {
                for (int c = left; c <= lastColumn; c++) {
                    if (!hidden.holds(r, c)) {
                        while (texts.size() <= r) {
                            texts.add(null);
                        }
                        String[] row = texts.get(r) == null ? new String[0] : texts.get(r);
                        if (row.length <= c) {
                            String[] wider = java.util.Arrays.copyOf(row, c + 1);
                            java.util.Arrays.fill(wider, row.length, c + 1, "");
                            row = wider;
                        }
                        row[c] = first[left];
                        texts.set(r, row);
                        first[left] = "";
                        covered.remove(key(r, c));
                        return;
                    }
                }
            }
        }

        /** Counts a hidden cell with text, keeping the first in reading order (the cells come right to left). */
        private void hidden(int row, int column, String text) {
            if (firstHidden == null || row < firstHiddenRow || row == firstHiddenRow && column < firstHiddenColumn) {
                firstHidden = location(row, column);
                firstHiddenText = text;
                firstHiddenRow = row;
                firstHiddenColumn = column;
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
