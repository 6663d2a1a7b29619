package perfaudit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import perfaudit.cli.console.ExitCodes;
import perfaudit.cli.console.LogSetup;
import perfaudit.report.run.AtomicFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static perfaudit.cli.AuditCommandTest.run;

/** Behaviour a cron or CI run relies on: history between runs, suppressions, exit codes, atomic files. */
class ScheduledRunTest {

    private static final Path CLEAN = Path.of("fixtures/rules/clean-form.txt");

    @TempDir
    Path temp;

    private Path copyRules() throws IOException {
        return perfaudit.Fixtures.copyRules(temp);
    }

    private static JsonNode latest(Path reports) throws IOException {
        return new ObjectMapper().readTree(reports.resolve("latest").resolve("findings.json").toFile());
    }

    private static long count(JsonNode root, String status) {
        long n = 0;
        for (JsonNode finding : root.path("findings")) {
            n += finding.path("status").asText().equals(status) ? 1 : 0;
        }
        return n;
    }

    @Test
    void secondRunMarksFindingsNewExistingAndFixed() throws IOException {
        Path input = temp.resolve("in");
        Files.createDirectories(input);
        Path form = input.resolve("form.txt");
        String clean = Files.readString(CLEAN);
        // run 1: one defect (total score) 
        Files.writeString(form, clean.replace("100\t99.50", "100\t98.50"));
        Path reports = temp.resolve("reports");
        run("audit", input.toString(), "--out", reports.toString(), "--fail-on", "never");
        JsonNode first = latest(reports);
        assertEquals(1, first.path("counts").path("new").asInt());
        assertEquals(0, first.path("counts").path("fixed").asInt());

        // run 2: that defect fixed, another introduced (missing actual value)
        Files.writeString(form, clean.replace("≥100人\t120人\t20\t20", "≥100人\t\t20\t0").replace("100\t99.50", "100\t79.50"));
        AuditCommandTest.Run second = run("audit", input.toString(), "--out", reports.toString(), "--fail-on", "never",
                "--format", "json,xlsx,md");
        JsonNode root = latest(reports);
        assertTrue(count(root, "NEW") >= 1);
        assertEquals(1, root.path("counts").path("fixed").asInt());
        assertEquals("ARITH-TOTAL-SCORE", root.path("fixed").get(0).path("ruleId").asText());
        assertTrue(second.out().contains("1 fixed"), second.out());
        String summary = Files.readString(reports.resolve("latest").resolve("summary.md"));
        assertTrue(summary.contains("FIXED ARITH-TOTAL-SCORE"), summary);
        try (var in = Files.newInputStream(reports.resolve("latest").resolve("findings.xlsx"));
             var workbook = org.apache.poi.ss.usermodel.WorkbookFactory.create(in)) {
            var findingsSheet = workbook.getSheet("发现 Findings");
            var header = findingsSheet.getRow(0);
            int status = 0;
            while (!header.getCell(status).getStringCellValue().contains("Status")) {
                status++;
            }
            assertTrue(header.getCell(status).getStringCellValue().contains("Status"));
            assertEquals("NEW", findingsSheet.getRow(1).getCell(status).getStringCellValue());
            var summarySheet = workbook.getSheet("概览 Summary");
            boolean listed = false;
            for (var row : summarySheet) {
                var label = row.getCell(0);
                listed |= label != null && label.toString().equals("ARITH-TOTAL-SCORE");
            }
            assertTrue(listed, "the Summary sheet lists the fixed finding");
        }

        // run 3: nothing changed: everything EXISTING
        run("audit", input.toString(), "--out", reports.toString(), "--fail-on", "never");
        JsonNode third = latest(reports);
        assertEquals(0, third.path("counts").path("new").asInt());
        assertEquals(third.path("findings").size(), count(third, "EXISTING"));
        try (Stream<Path> runs = Files.list(reports)) {
            assertEquals(3, runs.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().equals("latest")).count());
        }
        assertTrue(Files.isRegularFile(reports.resolve("latest").resolve(LogSetup.RUN_LOG)), "the run's log is kept");
    }

    @Test
    void aSuppressionHidesItsFindingAndAnExpiredOneIsReported() throws IOException {
        Path rules = copyRules();
        Path form = temp.resolve("form.txt");
        Files.writeString(form, Files.readString(CLEAN).replace("100\t99.50", "100\t98.50"));
        String tomorrow = LocalDate.now().plusDays(1).toString();
        Files.writeString(rules.resolve("suppressions.csv"), "target,form,reason,who,expires\n"
                + "ARITH-TOTAL-SCORE,规则测试项目,单位已书面更正总分,王审计," + tomorrow + "\n", StandardCharsets.UTF_8);

        AuditCommandTest.Run accepted = run("audit", form.toString(), "--rules", rules.toString(),
                "--out", temp.resolve("r1").toString());
        assertEquals(ExitCodes.OK, accepted.exitCode(), "a suppressed ERROR never fails the run: " + accepted.out());
        JsonNode root = latest(temp.resolve("r1"));
        assertEquals(0, root.path("findings").size());
        assertEquals(1, root.path("counts").path("suppressed").asInt());

        String yesterday = LocalDate.now().minusDays(1).toString();
        Files.writeString(rules.resolve("suppressions.csv"), "target,form,reason,who,expires\n"
                + "ARITH-TOTAL-SCORE,*,单位已书面更正总分,王审计," + yesterday + "\n", StandardCharsets.UTF_8);
        AuditCommandTest.Run expired = run("audit", form.toString(), "--rules", rules.toString(),
                "--out", temp.resolve("r2").toString(), "--fail-on", "error");
        assertEquals(ExitCodes.FINDINGS, expired.exitCode());
        JsonNode after = latest(temp.resolve("r2"));
        List<String> ids = after.path("findings").findValuesAsText("ruleId");
        assertTrue(ids.contains("ARITH-TOTAL-SCORE"), ids.toString());
        assertTrue(ids.contains("SUPPRESSION-EXPIRED"), ids.toString());
    }

    @Test
    void aMalformedSuppressionFileStopsTheRunLikeABrokenRule() throws IOException {
        Path rules = copyRules();
        Files.writeString(rules.resolve("suppressions.csv"), "target,form,reason,who,expires\nMISS-ACTUAL,*,,,\n");
        AuditCommandTest.Run run = run("audit", CLEAN.toString(), "--rules", rules.toString(), "--out", temp.resolve("r").toString());
        assertEquals(ExitCodes.RULES_BROKEN, run.exitCode());
        assertTrue(run.err().contains("rules/suppressions.csv:2:"), run.err());
    }

    @Test
    void exitCodes() throws IOException {
        Path reports = temp.resolve("r");
        assertEquals(ExitCodes.OK, run("audit", CLEAN.toString(), "--out", reports.toString()).exitCode());
        Path warningOnly = temp.resolve("warning.txt");
        Files.writeString(warningOnly, Files.readString(CLEAN).replace("2023年12月31日前", "2022年12月31日前"));
        assertEquals(ExitCodes.OK, run("audit", warningOnly.toString(), "--out", reports.toString()).exitCode());
        assertEquals(ExitCodes.FINDINGS, run("audit", warningOnly.toString(), "--out", reports.toString(),
                "--fail-on", "warning").exitCode());
        Path unreadable = temp.resolve("empty.txt");
        Files.writeString(unreadable, "");
        assertEquals(ExitCodes.USAGE, run("audit", unreadable.toString(), "--out", reports.toString()).exitCode());
        assertEquals(ExitCodes.USAGE, run("audit", CLEAN.toString(), "--fail-on", "sometimes").exitCode());
        assertEquals(ExitCodes.USAGE, run("audit", CLEAN.toString(), "--format", "pdf").exitCode());
    }

    @Test
    void aReportThatFailsMidWayLeavesNoPartialFile() throws IOException {
        Path target = temp.resolve("findings.json");
        assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write("{\"partial\":".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertFalse(Files.exists(target));
        try (Stream<Path> left = Files.list(temp)) {
            assertEquals(List.of(), left.toList(), "no temporary file is left behind");
        }
        Files.writeString(target, "old");
        assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write('x');
            throw new IOException("killed");
        }));
        assertEquals("old", Files.readString(target), "a failed write keeps the previous report intact");
    }
}
