package perfaudit.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import perfaudit.engine.Finding;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** findings.json: the run, its inputs, counts, and every finding with all its fields. */
public final class FindingsJson implements ReportWriter {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public String format() {
        return "json";
    }

    @Override
    public String fileName() {
        return "findings.json";
    }

    @Override
    public void write(AuditReport report, OutputStream out) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode run = root.putObject("run");
        run.put("time", report.runTime().toOffsetDateTime().toString());
        run.put("version", report.version());
        run.put("rules", report.rulesFolder());
        run.put("rulesHash", report.rulesHash());
        run.put("forms", report.formCount());
        ArrayNode inputs = root.putArray("inputs");
        for (InputSummary input : report.inputs()) {
            ObjectNode node = inputs.addObject();
            node.put("file", input.file());
            node.put("layout", input.layout());
            node.put("status", input.status());
            node.put("forms", input.forms());
            node.put("problems", input.problems());
            node.put("bytes", input.bytes());
            node.put("sha256", input.sha256());
        }
        ObjectNode counts = root.putObject("counts");
        ObjectNode bySeverity = counts.putObject("bySeverity");
        report.countBySeverity().forEach((severity, n) -> bySeverity.put(severity.name(), n));
        ObjectNode byRule = counts.putObject("byRule");
        report.countByRule().forEach(byRule::put);
        counts.put("suppressed", report.suppressed().size());
        counts.put("new", report.history().count(History.NEW));
        counts.put("existing", report.history().count(History.EXISTING));
        counts.put("fixed", report.history().fixed().size());
        run.put("previousRun", report.history().previousRun());
        findings(root.putArray("findings"), report.findings(), report);
        findings(root.putArray("suppressed"), report.suppressed(), null);
        ArrayNode fixed = root.putArray("fixed");
        for (History.FixedFinding gone : report.history().fixed()) {
            ObjectNode node = fixed.addObject();
            node.put("ruleId", gone.ruleId());
            node.put("severity", gone.severity());
            node.put("file", gone.file());
            node.put("form", gone.form());
            node.put("field", gone.field());
            node.put("message", gone.message());
        }
        MAPPER.writeValue(new NonClosing(out), root);
    }

    private static void findings(ArrayNode array, List<Finding> findings, AuditReport report) {
        for (Finding finding : findings) {
            ObjectNode node = array.addObject();
            if (report != null) {
                node.put("status", report.status(finding));
            }
            node.put("ruleId", finding.ruleId());
            node.put("severity", finding.severity().name());
            node.put("file", finding.file());
            node.put("form", finding.form());
            node.put("line", finding.location() == null || finding.location().line() <= 0 ? null
                    : finding.location().line());
            node.put("sheet", finding.location() == null ? null : finding.location().sheet());
            node.put("cell", finding.location() == null ? null : finding.location().cell());
            node.put("field", finding.field());
            node.put("expected", finding.expected());
            node.put("found", finding.found());
            node.put("message", finding.message());
            node.put("fingerprint", finding.fingerprint());
        }
    }

    /** Jackson closes the stream it writes to; the caller owns it. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        /** FilterOutputStream would pass an array on one byte at a time: 28 s for a 29 MB report. */
        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
