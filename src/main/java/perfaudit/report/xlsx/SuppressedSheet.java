package perfaudit.report.xlsx;

import org.apache.poi.ss.usermodel.Workbook;
import perfaudit.finding.Acceptance;
import perfaudit.finding.Finding;
import perfaudit.report.AuditReport;
import perfaudit.report.xlsx.TableWriter.Column;
import perfaudit.report.xlsx.TableWriter.Kind;

import java.util.Arrays;
import java.util.List;

/**
 * 已豁免 Suppressed: every finding a suppression in rules/suppressions.csv accepted, with who accepted
 * it, why, until when and the line that says so: what an auditor signs off is on paper too. They are
 * not counted in the Summary or listed in Findings.
 */
final class SuppressedSheet {

    static final String NAME = "已豁免 Suppressed";

    static final List<Column> COLUMNS = List.of(
            new Column("序号\nNo.", Kind.ID, 6, 6),
            new Column("规则\nRule", Kind.TEXT, 10, 19),
            new Column("文件\nFile", Kind.TEXT, 10, 13),
            new Column("位置\nLocation", Kind.ID, 9, 9),
            new Column("项目名称\nForm", Kind.TEXT, 12, 15),
            new Column("说明\nMessage", Kind.TEXT, 20, 28),
            new Column("理由\nReason", Kind.TEXT, 12, 20),
            new Column("豁免人\nWho", Kind.TEXT, 8, 10),
            new Column("到期\nExpires", Kind.CODE, 11, 11),
            new Column("豁免条目\nSuppression", Kind.TEXT, 12, 16),
            new Column("字段\nField", Kind.TEXT, 10, 16));
    static final int PRINT_COLUMNS = 10;

    private SuppressedSheet() {
    }

    static void write(Workbook workbook, XlsxStyles styles, SheetPrint print, AuditReport report) {
        TableWriter table = new TableWriter(workbook.createSheet(NAME), styles, COLUMNS);
        table.writeRows(report.suppressed(), i -> true, (i, finding) -> values(i, finding, report.acceptance(i)),
                (row, i, finding) -> { });
        table.finish(print, PRINT_COLUMNS);
    }

    private static List<Object> values(int index, Finding finding, Acceptance by) {
        return Arrays.asList(index + 1, finding.ruleId(), finding.file(), FindingsSheet.location(finding.location()),
                finding.form(), finding.message(), by == null ? null : by.reason(), by == null ? null : by.who(),
                by == null ? null : by.expires() == null ? "无期限 none" : by.expires().toString(),
                by == null ? null : by.source(), finding.field());
    }
}
