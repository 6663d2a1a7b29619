package perfaudit.audit;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import perfaudit.Fixtures;
import perfaudit.engine.AuditHarness;
import perfaudit.finding.Finding;
import perfaudit.model.Form;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A workbook's error cells (#REF!, #DIV/0!) are read as empty by the workbook readers and reported there; the field the
 * form reads from such a cell is marked unread, in the indicator table and in the 总分 row, and audited as filled in.
 */
class UnreadWorkbookCellsTest {

    @TempDir
    Path folder;

    @Test
    void errorCellsInXlsxAndXlsAreUnreadFields() throws IOException {
        for (Workbook workbook : List.of(new XSSFWorkbook(), new HSSFWorkbook())) {
            Path file = save(workbook, UnreadFieldsTest.form(UnreadFieldsTest.UNREAD_AND_EMPTY)
                    .replace("\t100\t99.50\t", "\t100\t#DIV/0!\t"));
            Form form = Fixtures.read(file).forms().get(0);
            assertEquals(Set.of("actual"), form.indicators().get(0).unread(), file.toString());
            assertEquals(Set.of(), form.indicators().get(2).unread(), file.toString());
            assertEquals(Set.of("score"), form.total().unread(), file.toString());
            assertEquals(0, form.total().weight().compareTo(java.math.BigDecimal.valueOf(100)), file.toString());

            List<Finding> findings = AuditHarness.audit(AuditHarness.rules(), List.of(file));
            assertEquals(List.of("实际完成值 · 完成时间"), fields(findings, "MISS-ACTUAL"), findings.toString());
            // the empty 得分 is missing; the #DIV/0! 总分 得分 is not
            assertEquals(List.of("得分 · 服务覆盖率"), fields(findings, "MISS-SCORE"), findings.toString());
            assertTrue(findings.stream().anyMatch(f -> f.ruleId().equals("PARSE-PROBLEM")
                    && f.message().contains("实际完成值「培训人数」") && f.message().contains("actual of '培训人数'")), findings.toString());
            assertTrue(findings.stream().anyMatch(f -> f.ruleId().equals("PARSE-PROBLEM")
                    && f.message().contains("总分：")), findings.toString());
        }
    }

    private static List<String> fields(List<Finding> findings, String rule) {
        return findings.stream().filter(f -> f.ruleId().equals(rule)).map(Finding::field).sorted().toList();
    }

    /** The tabbed form as one sheet, a cell per tab; #REF! and #DIV/0! as the error cells a spreadsheet caches. */
    private Path save(Workbook workbook, String tabbed) throws IOException {
        Sheet sheet = workbook.createSheet("自评表");
        List<String> lines = tabbed.lines().toList();
        for (int r = 0; r < lines.size(); r++) {
            Row row = sheet.createRow(r);
            String[] cells = lines.get(r).split("\t", -1);
            for (int c = 0; c < cells.length; c++) {
                if (cells[c].equals("#REF!")) {
                    row.createCell(c).setCellErrorValue(FormulaError.REF.getCode());
                } else if (cells[c].equals("#DIV/0!")) {
                    row.createCell(c).setCellErrorValue(FormulaError.DIV0.getCode());
                } else if (!cells[c].isEmpty()) {
                    row.createCell(c).setCellValue(cells[c]);
                }
            }
        }
        Path file = folder.resolve(workbook instanceof HSSFWorkbook ? "form.xls" : "form.xlsx");
        try (OutputStream out = Files.newOutputStream(file); workbook) {
            workbook.write(out);
        }
        return file;
    }
}
