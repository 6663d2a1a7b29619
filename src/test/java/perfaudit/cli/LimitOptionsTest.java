package perfaudit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import perfaudit.audit.Audit;
import perfaudit.audit.AuditOptions;
import perfaudit.audit.RuleSet;
import perfaudit.cli.console.ExitCodes;
import perfaudit.ingest.Inputs;
import perfaudit.ingest.Limits;
import perfaudit.report.AuditReport;
import perfaudit.report.FindingStore;
import perfaudit.report.InputSummary;
import perfaudit.report.run.History;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static perfaudit.cli.AuditCommandTest.run;

/** The limits as a run meets them: options on the command line, the watchdog inside a streamed run. */
class LimitOptionsTest {

    private static final Path CLEAN = Path.of("fixtures/rules/clean-form.txt");

    @TempDir
    Path temp;

    @Test
    void benchesRefuseAnEmptyCorpus() {
        for (String[] command : List.of(new String[] {"bench", "--forms", "0"}, new String[] {"spark", "bench", "--per-file", "0"})) {
            AuditCommandTest.Run bench = run(command);
            assertEquals(ExitCodes.USAGE, bench.exitCode(), String.join(" ", command));
            assertTrue(bench.err().contains("--forms and --per-file must be positive"), bench.err());
        }
    }

    @Test
    void limitsAreCommandLineOptions() throws IOException {
        Path in = Files.createDirectories(temp.resolve("in"));
        Files.copy(CLEAN, in.resolve("a-form.txt"));
        Files.writeString(in.resolve("b-long.txt"), "x".repeat(3000) + "\n" + "y".repeat(3000) + "\n");
        Path reports = temp.resolve("reports");

        AuditCommandTest.Run limited = run("audit", in.toString(), "--out", reports.toString(), "--format", "json",
                "--max-line-chars", "1000", "--max-lines", "500", "--max-file-mb", "1", "--doc-timeout-s", "30");
        assertEquals(ExitCodes.UNREADABLE_INPUT, limited.exitCode(), limited.err());
        JsonNode json = new ObjectMapper().readTree(reports.resolve("latest").resolve("findings.json").toFile());
        String problems = json.path("findings").toString();
        assertTrue(problems.contains("longer than the limit of 1,000 (--max-line-chars)"), problems);

        AuditCommandTest.Run parse = run("parse", CLEAN.toString(), "--max-lines", "5");
        assertEquals(ExitCodes.USAGE, parse.exitCode(), "nothing readable within 5 lines");
        assertTrue(parse.out().contains("(--max-lines)"), parse.out());

        assertEquals(ExitCodes.USAGE, run("audit", CLEAN.toString(), "--out", reports.toString(), "--max-file-mb", "0").exitCode());
        assertEquals(ExitCodes.USAGE, run("parse", CLEAN.toString(), "--zip-min-inflate-ratio", "2").exitCode());
        String help = run("audit", "--help").out();
        for (String option : List.of("--max-file-mb", "--max-lines", "--max-line-chars", "--doc-timeout-s",
                "--zip-min-inflate-ratio", "--zip-max-entry-mb")) {
            assertTrue(help.contains(option), option);
        }
    }

    @Test
    void aStuckDocumentIsReportedAndTheRunFinishesWithTheOthers() throws Exception {
        Path in = Files.createDirectories(temp.resolve("in"));
        for (String name : List.of("a.txt", "stuck.txt", "z.txt")) {
            Files.writeString(in.resolve(name), Files.readString(CLEAN).replace("规则测试项目", "项目" + name));
        }
        AtomicBoolean release = new AtomicBoolean();
        Limits limits = Limits.DEFAULT.withDocTimeout(Duration.ofMillis(500));
        RuleSet rules = RuleSet.load(Path.of("rules"));
        AuditOptions options = AuditOptions.defaults().withThreads(2).withLimits(limits).withReader((file, name) -> {
            while (name.endsWith("stuck.txt") && !release.get()) {
                Thread.onSpinWait();
            }
            return Inputs.read(file, name, limits);
        });
        long start = System.nanoTime();
        AuditReport report;
        try {
            report = new Audit(rules, options).run(List.of(in), History.none(), ZonedDateTime.now());
        } finally {
            release.set(true);
        }
        try (report; FindingStore kept = report.findings()) {
            assertTrue(System.nanoTime() - start < 20_000_000_000L, "the run does not wait for the stuck reader");
            assertEquals(3, report.inputs().size());
            InputSummary stuck = report.inputs().get(1);
            assertTrue(stuck.file().endsWith("stuck.txt"));
            assertEquals(0, stuck.forms());
            assertTrue(stuck.problemDetails().get(0).contains("--doc-timeout-s"), stuck.problemDetails().toString());
            assertEquals(2, report.formCount(), "the other documents are audited");
            assertTrue(kept.stream().anyMatch(f -> f.ruleId().equals("PARSE-PROBLEM") && f.file().endsWith("stuck.txt")));
        }
    }
}
