package perfaudit.report.xlsx;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import perfaudit.finding.Finding;
import perfaudit.report.AuditReport;
import perfaudit.report.xlsx.TableWriter.Column;
import perfaudit.report.xlsx.TableWriter.Kind;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

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

    /** One line of the sheet: a row or folded note of the report's finding number {@code finding} (1-based). */
    private record Detail(int finding, String kind, Finding detail) {
    }

    static void write(Workbook workbook, XlsxStyles styles, SheetPrint print, AuditReport report) {
        TableWriter table = new TableWriter(workbook.createSheet(NAME), styles, COLUMNS);
        table.writeRows(details(report), i -> true, (i, line) -> values(line.finding(), line.kind(), line.detail()),
                (row, i, line) -> link(workbook, styles, row, line.finding()));
        table.finish(print, PRINT_COLUMNS);
    }

    /** Each finding's rows, then its folded notes, finding by finding; made as they are read, so each read streams. */
    private static Iterable<Detail> details(AuditReport report) {
        return () -> {
            int[] number = {0};
            return report.findings().stream().flatMap(finding -> {
                int index = ++number[0];
                return Stream.concat(finding.rows().stream().map(row -> new Detail(index, "行 row", row)),
                        finding.folded().stream().map(note -> new Detail(index, "并入 folded", note)));
            }).iterator();
        };
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
