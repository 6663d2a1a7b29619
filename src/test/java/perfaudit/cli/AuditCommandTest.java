package perfaudit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import perfaudit.cli.console.ExitCodes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The audit command as a scheduler sees it: exit codes, messages on stderr, reports written or not. */
class AuditCommandTest {

    @TempDir
    Path temp;

    record Run(int exitCode, String out, String err) {
    }

    static Run run(String... args) {
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }

    private Path copyRules() throws IOException {
        return perfaudit.Fixtures.copyRules(temp);
    }

    @Test
    void auditingTheSeedsWritesFindingsAndFailsOnErrors() throws IOException {
        Path reports = temp.resolve("reports");
        Run run = run("audit", "fixtures/seeds", "--out", reports.toString(), "--format", "json");
        assertEquals(ExitCodes.FINDINGS, run.exitCode(), run.err());
        assertTrue(Files.isRegularFile(reports.resolve("latest").resolve("findings.json")));
        assertTrue(run.out().contains("30 forms"), run.out());
        assertTrue(run.out().contains("BUDGET-ZERO-EXEC"), run.out());
    }

    @Test
    void parseJsonListsTheFormsRecognisedButNotAuditedOnlyWhereThereAreSome() throws IOException {
        Run declaration = run("parse", "src/test/resources/perfaudit/heldout/h25-ningxiang-batang-jichusheshi-mubiao-2021.txt");
        com.fasterxml.jackson.databind.JsonNode document = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(declaration.out()).get("documents").get(0);
        assertEquals(0, document.get("forms").size());
        assertEquals("T", document.get("recognised").get(0).get("family").asText(), declaration.out());
        Run seeds = run("parse", "fixtures/seeds");
        assertFalse(seeds.out().contains("\"recognised\""), "no recognised list on forms perfaudit audits");
    }

    @Test
    void keepRunsLeavesTheNewestRunsOfTheReportsFolder() throws IOException {
        Path reports = temp.resolve("reports");
        for (int i = 0; i < 3; i++) {
            Run run = run("audit", "fixtures/seeds", "--out", reports.toString(), "--format", "json", "--fail-on", "never",
                    "--keep-runs", "2", "-q");
            assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        }
        try (Stream<Path> entries = Files.list(reports)) {
            List<Path> runs = entries.filter(p -> Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)).toList();
            assertEquals(2, runs.size(), runs.toString());
        }
        assertEquals(0, new com.fasterxml.jackson.databind.ObjectMapper().readTree(reports.resolve("latest/findings.json").toFile())
                .path("counts").path("new").asInt(), "the runs kept still compare with each other");
        Run zero = run("audit", "fixtures/seeds", "--out", reports.toString(), "--keep-runs", "0");
        assertEquals(ExitCodes.USAGE, zero.exitCode());
        assertTrue(zero.err().contains("--keep-runs must be 1 or more"), zero.err());
    }

    @Test
    void failOnNeverExitsZero() {
        Run run = run("audit", "fixtures/seeds", "--out", temp.resolve("r").toString(), "--format", "json",
                "--fail-on", "never");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    }

    @Test
    void aSyntaxErrorInARuleFileStopsTheRunWithExitCode3AndNoReport() throws IOException {
        Path rules = copyRules();
        Path budget = rules.resolve("budget.drl");
        List<String> lines = Files.readAllLines(budget);
        int broken = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("$f : FundFact(totalLine, annualBudget > 0, executed == 0)")) {
                lines.set(i, lines.get(i).substring(0, lines.get(i).length() - 1));
                broken = i + 1;
            }
        }
        assertTrue(broken > 0);
        Files.write(budget, lines);
        Path reports = temp.resolve("reports");

        Run run = run("audit", "fixtures/seeds", "--rules", rules.toString(), "--out", reports.toString());

        assertEquals(ExitCodes.RULES_BROKEN, run.exitCode());
        assertTrue(run.err().contains("rules/budget.drl:" + (broken + 1) + ":"), run.err());
        assertFalse(Files.exists(reports), "no report may be written when the rules do not compile");
    }

    @Test
    void anUnknownMethodInAConsequenceNamesTheRuleFileLineAndRule() throws IOException {
        Path rules = copyRules();
        Path budget = rules.resolve("budget.drl");
        Files.writeString(budget, Files.readString(budget).replace("$form.getGoalLocation()", "$form.getGoalLocatoin()"));
        Run run = run("rules", "check", "--rules", rules.toString());
        assertEquals(ExitCodes.RULES_BROKEN, run.exitCode());
        assertTrue(run.err().matches("(?s).*rules/budget\\.drl:\\d+:22: The method getGoalLocatoin\\(\\) is undefined.*"
                + "in rule \"BUDGET-GOAL-AMOUNT\".*"), run.err());
    }

    @Test
    void anEmptyRulesFolderStopsTheRunWithExitCode3() throws IOException {
        Path rules = Files.createDirectories(temp.resolve("empty-rules"));
        Run run = run("audit", "fixtures/seeds", "--rules", rules.toString(), "--out", temp.resolve("r").toString());
        assertEquals(ExitCodes.RULES_BROKEN, run.exitCode());
        assertTrue(run.err().contains("no rule files (*.drl) in the rules folder"), run.err());
        assertFalse(Files.exists(temp.resolve("r")), "nothing written");
    }

    @Test
    void aMissingInputIsBadUsage() {
        Run run = run("audit", "no/such/folder", "--out", temp.toString());
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().contains("no such file or folder"));
    }

    @Test
    void rulesListPrintsTheCatalog() {
        Run run = run("rules", "list");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        for (String id : List.of("ARITH-RATE", "TOTAL-FUNDS", "MISS-ACTUAL", "BUDGET-GOAL-AMOUNT", "DATE-WRONG-YEAR",
                "LIST-MISMATCH", "PARSE-PROBLEM")) {
            assertTrue(run.out().contains(id), id + " missing from\n" + run.out());
        }
    }

    /** Unreadable inputs are named on the console with their reason, Chinese with the English gist. */
    @Test
    void theConsoleSummaryNamesUnreadableInputsWithTheirReason() throws IOException {
        Path in = Files.createDirectories(temp.resolve("in"));
        Files.copy(Path.of("fixtures/seeds/000_3bdf511d6872ca99.txt"), in.resolve("form.txt"));
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Run run = run("audit", in.toString(), "--out", temp.resolve("r").toString(), "--fail-on", "never");
        assertEquals(ExitCodes.UNREADABLE_INPUT, run.exitCode(), run.err());
        assertTrue(run.out().contains("无法读取的输入 unreadable inputs:"), run.out());
        assertTrue(run.out().contains("empty.txt: 文件为空（0 字节） — file is empty (0 bytes)"), run.out());
        assertTrue(run.err().contains("1 个输入文件没有读出表单") && run.err().contains("1 input file(s) gave no form"), run.err());
    }
}
