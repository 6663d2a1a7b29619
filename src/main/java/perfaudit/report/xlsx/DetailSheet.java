package perfaudit.report.xlsx;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import perfaudit.finding.Finding;
import perfaudit.report.AuditReport;
import perfaudit.report.xlsx.TableWriter.Column;
import perfaudit.report.xlsx.TableWriter.Kind;

import java.util.Arrays;
import java.util.List;

/**
 * 明细 Detail: for the unit that fixes a form, each row a grouped finding stands for and each finding
 * folded into another as a note, one line each, linked to its finding in 发现 Findings. Findings that
 * stand alone are not repeated here.
 */
final class DetailSheet {

    static final String NAME = "明细 Detail";
    static final int FINDING_COLUMN = 0;

    static final List<Column> COLUMNS = List.of(
            new Column("发现序号\nFinding", Kind.ID, 8, 8),
            new Column("类别\nKind", Kind.TEXT, 8, 10),
            new Column("规则\nRule", Kind.TEXT, 10, 19),
            new Column("位置\nLocation", Kind.ID, 9, 9),
            new Column("项目名称\nForm", Kind.TEXT, 12, 18),
            new Column("字段\nField", Kind.TEXT, 12, 22),
            new Column("应为\nExpected", Kind.TEXT, 10, 16),
            new Column("实际\nFound", Kind.TEXT, 8, 12),
            new Column("说明\nMessage", Kind.TEXT, 24, 36));
    static final int PRINT_COLUMNS = 9;

    private DetailSheet() {
    }

    static void write(Workbook workbook, XlsxStyles styles, SheetPrint print, AuditReport report) {
        Sheet sheet = workbook.createSheet(NAME);
        TableWriter table = new TableWriter(sheet, styles, COLUMNS);
        int index = 0;
        for (Finding finding : report.findings()) {
            index++;
            for (Finding row : finding.rows()) {
                table.measure(values(index, "行 row", row));
            }
            for (Finding note : finding.folded()) {
                table.measure(values(index, "并入 folded", note));
            }
        }
        table.start();
        index = 0;
        for (Finding finding : report.findings()) {
            index++;
            for (Finding row : finding.rows()) {
                link(workbook, styles, table.write(values(index, "行 row", row)), index);
            }
            for (Finding note : finding.folded()) {
                link(workbook, styles, table.write(values(index, "并入 folded", note)), index);
            }
        }
        table.finish(print, PRINT_COLUMNS);
    }

    private static void link(Workbook workbook, XlsxStyles styles, Row row, int finding) {
        FindingsSheet.linkTo(workbook, row.getCell(FINDING_COLUMN), FindingsSheet.NAME, FindingsSheet.rowOf(finding - 1),
                finding);
        row.getCell(FINDING_COLUMN).setCellStyle(styles.link);
    }

    private static List<Object> values(int finding, String kind, Finding detail) {
        return Arrays.asList(finding, kind, detail.ruleId(), FindingsSheet.location(detail.location()), detail.form(),
                detail.field(), detail.expected(), detail.found(), detail.message());
    }
}
