package perfaudit.report.csv;

import perfaudit.finding.Finding;
import perfaudit.report.AuditReport;
import perfaudit.report.ReportWriter;
import perfaudit.report.forms.FormIndex;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * findings.csv: one line per finding, the fields findings.json gives each finding, in its order (RFC 4180: CRLF, fields quoted
 * when needed). UTF-8 with a byte-order mark, without which Excel reads the file in the ANSI code
 * page and garbles the Chinese.
 *
 * <p>Excel runs any cell starting with {@code = + - @} as a formula, and targets such as
 * {@code =100百分比} start that way; such a value is written with a leading apostrophe, which Excel
 * shows as text (the usual guard against formula injection). Plain negative numbers are left alone.
 */
public final class FindingsCsv implements ReportWriter {

    /** The JSON's fields of a finding, in its order. */
    static final List<String> HEADER = List.of("status", "ruleId", "severity", "file", "form", "unit", "line", "sheet",
            "cell", "field", "expected", "found", "message", "fingerprint");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public void write(AuditReport report, OutputStream out) throws IOException {
        out.write(BOM);
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        line(writer, HEADER);
        FormIndex forms = new FormIndex(report);
        int i = 0;
        for (Finding finding : report.findings()) {
            var location = finding.location();
            line(writer, Arrays.asList(report.status(finding), finding.ruleId(), finding.severity().name(), finding.file(),
                    finding.form(), forms.unitOrNull(i++),
                    location == null || location.line() <= 0 ? null : Integer.toString(location.line()),
                    location == null ? null : location.sheet(), location == null ? null : location.cell(),
                    finding.field(), finding.expected(), finding.found(), finding.message(), report.fingerprint(finding)));
        }
        writer.flush();
    }

    private static void line(Writer writer, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(field(fields.get(i)));
        }
        writer.write("\r\n");
    }

    static String field(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = isFormulaLike(value) ? "'" + value : value;
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    private static boolean isFormulaLike(String value) {
        char first = value.charAt(0);
        if (first == '=' || first == '+' || first == '@' || first == '\t' || first == '\r') {
            return true;
        }
        return first == '-' && !value.matches("-\\d+(\\.\\d+)?");
    }
}
