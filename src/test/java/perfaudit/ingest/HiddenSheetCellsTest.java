package perfaudit.ingest;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import perfaudit.Fixtures;
import perfaudit.model.ParseProblem;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Rows and columns a sheet hides (zero height, hidden columns) are neither shown nor printed by Excel: the form is read
 * as printed, without them, and the hidden text is noted once per sheet at the first of its cells. A hidden row or
 * column without text is no matter.
 */
class HiddenSheetCellsTest {

    @TempDir
    Path folder;

    @Test
    void aHiddenRowWithTextIsReportedInXlsxAndXls() throws IOException {
        for (Workbook workbook : List.of(new XSSFWorkbook(), new HSSFWorkbook())) {
            Sheet sheet = form(workbook);
            sheet.getRow(2).setZeroHeight(true);
            assertEquals(List.of("表!A3"), hiddenAt(save(workbook)));
        }
    }

    @Test
    void aHiddenColumnWithTextIsReportedInXlsxAndXls() throws IOException {
        for (Workbook workbook : List.of(new XSSFWorkbook(), new HSSFWorkbook())) {
            form(workbook).setColumnHidden(1, true);
            assertEquals(List.of("表!B1"), hiddenAt(save(workbook)));
        }
    }

    @Test
    void hiddenRowsAndColumnsWithoutTextAreNoMatter() throws IOException {
        for (Workbook workbook : List.of(new XSSFWorkbook(), new HSSFWorkbook())) {
            Sheet sheet = form(workbook);
            sheet.setColumnHidden(5, true);
            sheet.createRow(3).setZeroHeight(true);
            assertEquals(List.of(), hiddenAt(save(workbook)));
        }
    }

    private static Sheet form(Workbook workbook) {
        Sheet sheet = workbook.createSheet("表");
        String[][] rows = {{"项目名称", "甲项目"}, {"主管部门", "乙局"}, {"实施单位", "丙中心"}};
        for (int r = 0; r < rows.length; r++) {
            org.apache.poi.ss.usermodel.Row row = sheet.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                row.createCell(c).setCellValue(rows[r][c]);
            }
        }
        return sheet;
    }

    private Path save(Workbook workbook) throws IOException {
        Path file = folder.resolve(workbook instanceof HSSFWorkbook ? "form.xls" : "form.xlsx");
        try (OutputStream out = Files.newOutputStream(file); workbook) {
            workbook.write(out);
        }
        return file;
    }

    private static List<String> hiddenAt(Path file) {
        perfaudit.model.Document document = Fixtures.read(file);
        assertEquals(List.of(), document.problems().stream().filter(p -> p.reason().contains("cells the sheet hides")).toList(),
                "hidden cells are noted, not reported as problems");
        return document.notes().stream().filter(p -> p.reason().contains("cells the sheet hides"))
                .map(p -> p.location().position()).toList();
    }

    /** The hidden row's text is left out of what is read; the rows after it keep their own cells. */
    @Test
    void aHiddenRowIsLeftOutOfTheText() throws IOException {
        for (Workbook workbook : List.of(new XSSFWorkbook(), new HSSFWorkbook())) {
            Sheet sheet = form(workbook);
            sheet.getRow(1).setZeroHeight(true);
            perfaudit.model.Form form = Fixtures.read(save(workbook)).forms().get(0);
            assertEquals(null, form.department());
            assertEquals("丙中心", form.implementingUnit().name());
        }
    }

    /**
     * A merged range whose first row is hidden shows its text in its first visible row, as Excel draws it: B2:B3's
     * 乙局 stands beside 实施单位 once row 2 is hidden.
     */
    @Test
    void aMergedCellOpeningInAHiddenRowKeepsItsText() throws IOException {
        for (Workbook workbook : List.of(new XSSFWorkbook(), new HSSFWorkbook())) {
            Sheet sheet = form(workbook);
            sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(1, 2, 1, 1));
            sheet.getRow(2).getCell(1).setCellValue("");
            sheet.getRow(1).setZeroHeight(true);
            perfaudit.model.Form form = Fixtures.read(save(workbook)).forms().get(0);
            assertEquals("乙局", form.implementingUnit().name());
        }
    }
}
