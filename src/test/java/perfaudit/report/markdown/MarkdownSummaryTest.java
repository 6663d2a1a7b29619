package perfaudit.report.markdown;

import perfaudit.ingest.Inputs;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import perfaudit.Fixtures;
import perfaudit.report.AuditRun;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** summary.md: short, and its counts are the run's. */
class MarkdownSummaryTest {

    @Test
    void summarisesTheSeedsRun(@TempDir Path out) throws IOException {
        AuditRun run = AuditRun.of(out, "json,md", Fixtures.SEEDS.toString());
        String md = Files.readString(run.file("summary.md"));
        List<String> lines = md.lines().toList();
        JsonNode counts = run.json().get("counts");

        assertEquals("# perfaudit 审计摘要 Audit summary", lines.get(0));
        assertTrue(md.contains("hash `" + run.json().get("run").get("rulesHash").asText() + "`"));
        assertTrue(md.contains("- 输入 Inputs: 2 files (2 ok, 0 with problems, 0 unreadable) · 30 forms"), md);
        assertTrue(md.contains("- 发现 Findings: **" + run.findingCount() + "** — ERROR "
                + counts.get("bySeverity").get("ERROR").asInt() + " · WARNING "
                + counts.get("bySeverity").get("WARNING").asInt() + " · INFO "
                + counts.get("bySeverity").get("INFO").asInt()), md);
        for (Iterator<Map.Entry<String, JsonNode>> rules = counts.get("byRule").fields(); rules.hasNext(); ) {
            Map.Entry<String, JsonNode> rule = rules.next();
            assertTrue(lines.contains("| " + rule.getKey() + " | " + rule.getValue().asInt() + " |"), rule.getKey());
        }
        long formRows = lines.stream().filter(l -> l.contains("fixtures/seeds/")).count();
        assertEquals(MarkdownSummary.TOP_FORMS, formRows, "the top forms only");
        assertTrue(md.contains("| 就业促进暖心心行动工作经费(就业中心)(原就业创业促进工程工作经费) | fixtures/seeds/002_45c397f42cae37ec.txt:211 | 2 | 2 | 0 |"), md);
        assertTrue(md.contains("every reported grade stands"));
        assertFalse(md.contains("输入问题"), "no input problems on the seeds");
        assertTrue(lines.size() < 60, "short enough for a CI log: " + lines.size() + " lines");
    }

    @Test
    void namesTheInputsThatCouldNotBeRead(@TempDir Path folder) throws IOException {
        Path inputs = Files.createDirectories(folder.resolve("inputs"));
        Files.copy(Fixtures.FLOW_SEED, inputs.resolve("flow.txt"));
        Files.writeString(inputs.resolve("scan.pdf"), "%PDF-1.4");
        AuditRun run = AuditRun.of(folder.resolve("out"), "md", inputs.toString());
        String md = Files.readString(run.file("summary.md"));
        assertTrue(md.contains("2 files (1 ok, 0 with problems, 1 unreadable) · 3 forms"), md);
        assertTrue(md.contains("## 输入问题 Input problems"), md);
        assertTrue(md.contains("scan.pdf`: 无法读取 unreadable，1 个问题 problems — 无法打开PDF（已损坏？） — cannot open the PDF"), md);
    }
}
