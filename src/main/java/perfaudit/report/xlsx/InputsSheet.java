package perfaudit.report.xlsx;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import perfaudit.report.AuditReport;
import perfaudit.report.InputSummary;
import perfaudit.report.xlsx.TableWriter.Column;
import perfaudit.report.xlsx.TableWriter.Kind;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * 输入 Inputs: every file given to the run, readable or not, with its layout, the forms read from it
 * and its problems. A file's problems are each a PARSE-PROBLEM finding too; this sheet lists the
 * first few per file and says how many more there are.
 */
public final class InputsSheet {

    public static final String NAME = "输入 Inputs";

    /* The first PRINT_COLUMNS print; size and hash, for checking a file against a copy, stay on screen after them. */
    static final List<Column> COLUMNS = List.of(
            new Column("序号\nNo.", Kind.ID, 6, 8),
            new Column("文件\nFile", Kind.TEXT, 12, 30),
            new Column("格式\nLayout", Kind.TEXT, 9, 10),
            new Column("状态\nStatus", Kind.TEXT, 10, 14),
            new Column("表单数\nForms", Kind.INTEGER, 8, 9),
            new Column("问题数\nProblems", Kind.INTEGER, 9, 10),
            new Column("问题明细\nProblem details", Kind.TEXT, 20, 60),
            new Column("字节\nBytes", Kind.INTEGER, 8, 14),
            // the 64 hex digits wrap in two lines, left whole so that a copied hash stays intact
            new Column("SHA-256", Kind.TEXT, 10, 34));
    static final int PRINT_COLUMNS = 7;

    private static final int STATUS = 3;
    private static final int DETAILS = 6;

    private InputsSheet() {
    }

    /** Writes the sheet's rows into {@code sheet}; the returned table is {@link TableWriter#finish finished} by the caller. */
    static TableWriter rows(Sheet sheet, XlsxStyles styles, AuditReport report) {
        TableWriter table = new TableWriter(sheet, styles, COLUMNS);
        List<InputSummary> inputs = report.inputs();
        table.writeRows(inputs, i -> TableWriter.measures(i, inputs.size()), InputsSheet::values, (row, i, input) -> {
            if (input.forms() == 0) {
                row.getCell(STATUS).setCellStyle(styles.mismatchText);
            } else if (input.problems() > 0) {
                row.getCell(STATUS).setCellStyle(styles.warningText);
            }
        });
        return table;
    }

    private static List<Object> values(int index, InputSummary input) {
        return Arrays.asList(index + 1, input.file(), input.layout(), input.statusLabel(), input.forms(),
                input.problems(), problems(input), input.bytes() < 0 ? null : input.bytes(), input.sha256());
    }

    /** The first problems, as many as fit a printed row (TableWriter.MAX_LINES), then how many more there are. */
    private static String problems(InputSummary input) {
        if (input.problemDetails().isEmpty()) {
            return null;
        }
        int width = COLUMNS.get(DETAILS).maxWidth();
        StringJoiner lines = new StringJoiner("\n");
        int listed = 0;
        for (String detail : input.problemDetails()) {
            String with = lines + (listed == 0 ? "" : "\n") + detail;
            if (listed > 0 && DisplayWidth.lines(with, width) > TableWriter.MAX_LINES - 2) {
                break;
            }
            lines.add(detail);
            listed++;
        }
        int more = input.problems() - listed;
        if (more > 0) {
            lines.add("… 另有 " + more + " 条，见发现表 PARSE-PROBLEM — " + more + " more, see the Findings sheet");
        }
        return lines.toString();
    }
}
