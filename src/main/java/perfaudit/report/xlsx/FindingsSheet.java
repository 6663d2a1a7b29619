package perfaudit.report.xlsx;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import perfaudit.finding.Finding;
import perfaudit.model.SourceLocation;
import perfaudit.report.AuditReport;
import perfaudit.report.forms.FormIndex;
import perfaudit.report.xlsx.TableWriter.Column;
import perfaudit.report.xlsx.TableWriter.Kind;

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

    /*
     * The first PRINT_COLUMNS print; 实施单位 (also in the Scorecard and the Summary's by-unit table) stays
     * on screen after them. Bounds keep the printed columns at most some 147 width units, which print
     * one page wide at 8 pt or more (SheetPrint): text past a bound wraps and the row grows.
     */
    static final List<Column> COLUMNS = List.of(
            new Column("序号\nNo.", Kind.ID, 6, 6),
            new Column("规则\nRule", Kind.TEXT, 10, 19),
            new Column("严重性\nSeverity", Kind.CODE, 9, 9),
            new Column("文件\nFile", Kind.TEXT, 10, 13),
            new Column("位置\nLocation", Kind.ID, 9, 9),
            new Column("项目名称\nForm", Kind.TEXT, 12, 15),
            new Column("字段\nField", Kind.TEXT, 10, 12),
            new Column("应为\nExpected", Kind.TEXT, 10, 12),
            new Column("实际\nFound", Kind.TEXT, 8, 12),
            new Column("说明\nMessage", Kind.TEXT, 24, 31),
            new Column("对比上次\nStatus", Kind.CODE, 9, 9),
            new Column("实施单位\nUnit", Kind.TEXT, 12, 22));
    static final int PRINT_COLUMNS = 11;
    static final int STATUS_COLUMN = 10;

    private FindingsSheet() {
    }

    /**
     * Writes the sheet's rows into {@code sheet}, a sheet of {@code workbook}; the returned table is
     * {@link TableWriter#finish finished} by the caller (which touches the workbook as a whole).
     */
    static TableWriter rows(Workbook workbook, Sheet sheet, XlsxStyles styles, AuditReport report, FormIndex forms) {
        TableWriter table = new TableWriter(sheet, styles, COLUMNS);
        int rows = report.findings().size();
        table.writeRows(report.findings(), i -> TableWriter.measures(i, rows), (i, finding) -> values(i, finding, forms),
                (row, i, finding) -> {
                    row.getCell(SEVERITY_COLUMN).setCellStyle(styles.severity(finding.severity()));
                    int form = forms.formOf(i);
                    if (form >= 0) {
                        Cell cell = row.getCell(FORM_COLUMN);
                        linkTo(workbook, cell, ScorecardSheet.NAME, ScorecardSheet.rowOf(form), finding.form());
                        cell.setCellStyle(styles.link);
                    }
                });
        return table;
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
                location(finding.location()), finding.form(), finding.field(), finding.expected(), finding.found(),
                finding.message(), finding.status(), forms.unitOf(index));
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
