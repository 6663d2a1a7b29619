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
 * Rows and columns a sheet hides (zero height, hidden columns) are neither shown nor printed by Excel, yet nothing says
 * they are no part of the form: their cells are read like the others and reported once per sheet at the first of them,
 * as the web reader does with Excel's display:none rows. A hidden row or column without text is no matter.
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
        List<ParseProblem> problems = Fixtures.read(file).problems();
        return problems.stream().filter(p -> p.reason().contains("cells the sheet hides"))
                .map(p -> p.location().position()).toList();
    }
}
