package perfaudit.report.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import perfaudit.finding.Acceptance;
import perfaudit.finding.Finding;
import perfaudit.report.AuditReport;
import perfaudit.report.InputSummary;
import perfaudit.report.ReportWriter;
import perfaudit.report.forms.FormIndex;
import perfaudit.report.run.History;
import perfaudit.report.run.RunFolder;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * findings.json: the run, its inputs, counts, every finding with all its fields, the suppressed
 * findings and those fixed since the previous run. Streamed, so its size is not bounded by the heap.
 */
public final class FindingsJson implements ReportWriter {

    private static final JsonFactory JSON = new JsonFactory();

    private final List<String> runReports;

    /** A findings.json that lists no other report of its run. */
    public FindingsJson() {
        this(List.of());
    }

    /** A findings.json listing every report file of its run, by which a complete run is known ({@link RunFolder#isComplete}). */
    public FindingsJson(List<String> runReports) {
        this.runReports = List.copyOf(runReports);
    }

    @Override
    public String format() {
        return "json";
    }

    @Override
    public void write(AuditReport report, OutputStream out) throws IOException {
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            run(json, report, runReports);
            inputs(json, report);
            counts(json, report);
            json.writeArrayFieldStart("findings");
            FormIndex forms = new FormIndex(report);
            int i = 0;
            for (Finding finding : report.findings()) {
                json.writeStartObject();
                finding(json, finding, report.status(finding), forms.unitOrNull(i++), report.fingerprint(finding));
                detail(json, "rows", finding.rows(), report);
                detail(json, "folded", finding.folded(), report);
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("suppressed");
            int s = 0;
            for (Finding finding : report.suppressed()) {
                json.writeStartObject();
                finding(json, finding, null, null, report.fingerprint(finding));
                acceptance(json, report.acceptance(s++));
                json.writeEndObject();
            }
            json.writeEndArray();
            fixed(json, report);
            json.writeEndObject();
        }
    }

    private static void run(JsonGenerator json, AuditReport report, List<String> runReports) throws IOException {
        json.writeObjectFieldStart("run");
        json.writeStringField("time", report.runTime().toOffsetDateTime().toString());
        json.writeStringField("version", report.version());
        json.writeStringField("rules", report.rulesFolder());
        json.writeStringField("rulesHash", report.rulesHash());
        json.writeNumberField("forms", report.formCount());
        json.writeStringField("previousRun", report.history().previousRun());
        json.writeStringField("inputsChanged", report.history().inputsChanged());
        json.writeStringField("rulesChanged", report.rulesChanged());
        json.writeArrayFieldStart("notAuditedAgain");
        for (String key : report.history().notAuditedAgain()) {
            json.writeString(key);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("reports");
        for (String name : runReports) {
            json.writeString(name);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void inputs(JsonGenerator json, AuditReport report) throws IOException {
        json.writeArrayFieldStart("inputs");
        for (InputSummary input : report.inputs()) {
            json.writeStartObject();
            json.writeStringField("file", input.file());
            json.writeStringField("key", input.key());
            json.writeStringField("layout", input.layout());
            json.writeStringField("status", input.status());
            json.writeNumberField("forms", input.forms());
            json.writeNumberField("problems", input.problems());
            json.writeNumberField("bytes", input.bytes());
            json.writeStringField("sha256", input.sha256());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void counts(JsonGenerator json, AuditReport report) throws IOException {
        json.writeObjectFieldStart("counts");
        json.writeObjectFieldStart("bySeverity");
        for (var entry : report.countBySeverity().entrySet()) {
            json.writeNumberField(entry.getKey().name(), entry.getValue());
        }
        json.writeEndObject();
        json.writeObjectFieldStart("byRule");
        for (var entry : report.countByRule().entrySet()) {
            json.writeNumberField(entry.getKey(), entry.getValue());
        }
        json.writeEndObject();
        json.writeNumberField("suppressed", report.suppressed().size());
        json.writeNumberField("new", report.history().count(History.NEW));
        json.writeNumberField("existing", report.history().count(History.EXISTING));
        json.writeNumberField("fixed", report.history().fixed().size());
        json.writeNumberField("notCompared", report.history().notCompared());
        json.writeEndObject();
    }

    /**
     * The findings a grouped finding stands for ({@code rows}, one per row, for the unit that fixes the
     * form) or folded into it as notes ({@code folded}); absent when there are none.
     */
    private static void detail(JsonGenerator json, String name, List<Finding> findings, AuditReport report)
            throws IOException {
        if (findings.isEmpty()) {
            return;
        }
        json.writeArrayFieldStart(name);
        for (Finding finding : findings) {
            json.writeStartObject();
            finding(json, finding, null, null, report.fingerprint(finding));
            detail(json, "folded", finding.folded(), report);
            detail(json, "rows", finding.rows(), report);
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** Who accepted a suppressed finding, why, until when, and where that is written. */
    private static void acceptance(JsonGenerator json, Acceptance acceptance) throws IOException {
        if (acceptance == null) {
            return;
        }
        json.writeObjectFieldStart("suppressedBy");
        json.writeStringField("target", acceptance.target());
        json.writeStringField("form", acceptance.form());
        json.writeStringField("reason", acceptance.reason());
        json.writeStringField("who", acceptance.who());
        json.writeStringField("expires", acceptance.expires() == null ? null : acceptance.expires().toString());
        json.writeStringField("source", acceptance.source());
        json.writeEndObject();
    }

    /** A finding's fields, inside an object the caller opens and closes. */
    private static void finding(JsonGenerator json, Finding finding, String status, String unit, String fingerprint)
            throws IOException {
        if (status != null) {
            json.writeStringField("status", status);
        }
        json.writeStringField("ruleId", finding.ruleId());
        json.writeStringField("severity", finding.severity().name());
        json.writeStringField("file", finding.file());
        json.writeStringField("form", finding.form());
        if (status != null) {
            json.writeStringField("unit", unit);
        }
        if (finding.location() == null || finding.location().line() <= 0) {
            json.writeNullField("line");
        } else {
            json.writeNumberField("line", finding.location().line());
        }
        json.writeStringField("sheet", finding.location() == null ? null : finding.location().sheet());
        json.writeStringField("cell", finding.location() == null ? null : finding.location().cell());
        json.writeStringField("field", finding.field());
        json.writeStringField("expected", finding.expected());
        json.writeStringField("found", finding.found());
        json.writeStringField("message", finding.message());
        json.writeStringField("fingerprint", fingerprint);
    }

    private static void fixed(JsonGenerator json, AuditReport report) throws IOException {
        json.writeArrayFieldStart("fixed");
        for (History.FixedFinding gone : report.history().fixed()) {
            json.writeStartObject();
            json.writeStringField("ruleId", gone.ruleId());
            json.writeStringField("severity", gone.severity());
            json.writeStringField("file", gone.file());
            json.writeStringField("form", gone.form());
            json.writeStringField("field", gone.field());
            json.writeStringField("message", gone.message());
            json.writeEndObject();
        }
        json.writeEndArray();
    }
}
