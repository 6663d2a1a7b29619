package perfaudit.report;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import perfaudit.finding.Finding;
import perfaudit.model.SourceLocation;
import perfaudit.report.TableWriter.Column;
import perfaudit.report.TableWriter.Kind;

import java.util.Arrays;
import java.util.List;

/**
 * 发现 Findings: one row per finding with every field, the severity coloured, and the form name
 * linked to that form's row in the scorecard. Written row by row, so it streams, links included.
 */
final class FindingsSheet {

    static final String NAME = "发现 Findings";
    static final int FORM_COLUMN = 5;
    static final int SEVERITY_COLUMN = 2;

    // bounds keep the sheet near two screens wide: text past a bound wraps, the row grows
    static final List<Column> COLUMNS = List.of(
            new Column("序号\nNo.", Kind.ID, 6, 8),
            new Column("规则\nRule", Kind.TEXT, 10, 28),
            new Column("严重性\nSeverity", Kind.CODE, 10, 10),
            new Column("文件\nFile", Kind.TEXT, 12, 30),
            new Column("位置\nLocation", Kind.ID, 10, 16),
            new Column("项目名称\nForm", Kind.TEXT, 14, 26),
            new Column("实施单位\nUnit", Kind.TEXT, 12, 22),
            new Column("字段\nField", Kind.TEXT, 10, 22),
            new Column("应为\nExpected", Kind.TEXT, 10, 22),
            new Column("实际\nFound", Kind.TEXT, 10, 22),
            new Column("说明\nMessage", Kind.TEXT, 30, 60),
            new Column("对比上次\nStatus", Kind.CODE, 10, 10));

    private FindingsSheet() {
    }

    static void write(Workbook workbook, XlsxStyles styles, AuditReport report, FormIndex forms) {
        Sheet sheet = workbook.createSheet(NAME);
        TableWriter table = new TableWriter(sheet, styles, COLUMNS);
        int measured = 0;
        for (Finding finding : report.findings()) {
            table.measure(values(measured++, finding, forms));
        }
        table.start();
        int i = -1;
        for (Finding finding : report.findings()) {
            i++;
            Row row = table.write(values(i, finding, forms));
            row.getCell(SEVERITY_COLUMN).setCellStyle(styles.severity(finding.severity()));
            int form = forms.formOf(i);
            if (form >= 0) {
                Cell cell = row.getCell(FORM_COLUMN);
                linkTo(workbook, cell, ScorecardSheet.NAME, ScorecardSheet.rowOf(form), finding.form());
                cell.setCellStyle(styles.link);
            }
        }
        table.finish();
    }

    /** The spreadsheet row (1-based) of the report's finding number {@code finding}. */
    static int rowOf(int finding) {
        return finding + 2;
    }

    /** A link to column A of a 1-based row of a sheet of this workbook. */
    static Hyperlink link(Workbook workbook, String sheet, int row) {
        Hyperlink link = workbook.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
        link.setAddress("'" + sheet + "'!A" + row);
        return link;
    }

    /**
     * Makes a cell of a streamed sheet a link to column A of a row of another sheet, showing
     * {@code label}. A HYPERLINK formula streams out with its row, while POI keeps every hyperlink
     * object in memory until the workbook is written (some 1.5 KB each: 47 000 findings took 70 MB).
     * Excel caps a text constant in a formula at 255 characters: a longer label gets a hyperlink object.
     */
    static void linkTo(Workbook workbook, Cell cell, String sheet, int row, Object label) {
        String target = "#'" + sheet + "'!A" + row;
        if (label instanceof Number number) {
            cell.setCellFormula("HYPERLINK(\"" + target + "\"," + number + ")");
            cell.setCellValue(number.doubleValue());
        } else if (label instanceof String text && text.length() <= 255) {
            cell.setCellFormula("HYPERLINK(\"" + target + "\",\"" + text.replace("\"", "\"\"") + "\")");
            cell.setCellValue(text);
        } else {
            cell.setHyperlink(link(workbook, sheet, row));
        }
    }

    private static List<Object> values(int index, Finding finding, FormIndex forms) {
        return Arrays.asList(index + 1, finding.ruleId(), finding.severity().name(), finding.file(),
                location(finding.location()), finding.form(), forms.unitOf(index), finding.field(),
                finding.expected(), finding.found(), finding.message(), finding.status());
    }

    /** The line as a number (so it sorts and filters as one), or sheet!cell for spreadsheet sources. */
    static Object location(SourceLocation location) {
        if (location == null) {
            return null;
        }
        if (location.cell() != null) {
            return location.position();
        }
        return location.line() > 0 ? location.line() : null;
    }
}
