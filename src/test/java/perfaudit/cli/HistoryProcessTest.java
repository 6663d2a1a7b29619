package perfaudit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import perfaudit.cli.console.ExitCodes;
import perfaudit.cli.console.LogSetup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * History between scheduled runs, with perfaudit started as a separate process in different working
 * folders, as cron and people start it: findings keep their fingerprints whatever the folder the
 * command ran in; another set of files does not make the first set FIXED; a deleted newest run or a
 * run that wrote nothing does not lose the comparison; a run never reads its own reports.
 */
class HistoryProcessTest {

    private static final Path HOME = PerfauditProcess.HOME;
    private static final Path SEEDS = HOME.resolve("fixtures/seeds");
    private static final Path CLEAN = HOME.resolve("fixtures/rules/clean-form.txt");

    @TempDir
    Path temp;

    private static PerfauditProcess.Run perfaudit(Path folder, String... args) throws Exception {
        return PerfauditProcess.run(folder, args);
    }

    private static JsonNode latest(Path reports) throws IOException {
        return new ObjectMapper().readTree(reports.resolve("latest").resolve("findings.json").toFile());
    }

    private static List<Path> runFolders(Path reports) throws IOException {
        try (Stream<Path> list = Files.list(reports)) {
            return list.filter(p -> Files.isDirectory(p) && !Files.isSymbolicLink(p)).sorted().toList();
        }
    }

    private Path copyOfSeeds(String name) throws IOException {
        Path forms = Files.createDirectories(temp.resolve(name));
        try (Stream<Path> seeds = Files.list(SEEDS)) {
            for (Path seed : seeds.toList()) {
                Files.copy(seed, forms.resolve(seed.getFileName()));
            }
        }
        return forms;
    }

    @Test
    void theSameFormsAuditedFromAnotherWorkingFolderKeepTheirHistory() throws Exception {
        Path forms = copyOfSeeds("forms");
        PerfauditProcess.Run first = perfaudit(temp, "audit", "forms", "--out", "rep", "--fail-on", "never");
        assertEquals(ExitCodes.OK, first.exitCode(), first.output());
        JsonNode before = latest(temp.resolve("rep"));
        int findings = before.path("findings").size();
        assertTrue(findings > 90, "the seeds have findings: " + findings);

        PerfauditProcess.Run second = perfaudit(forms, "audit", ".", "--out", "../rep", "--fail-on", "never");
        assertEquals(ExitCodes.OK, second.exitCode(), second.output());
        JsonNode after = latest(temp.resolve("rep"));
        assertEquals(0, after.path("counts").path("new").asInt(), second.output());
        assertEquals(findings, after.path("counts").path("existing").asInt());
        assertEquals(0, after.path("counts").path("fixed").asInt());
        assertTrue(after.path("run").path("inputsChanged").isNull(), after.path("run").toString());
        assertTrue(after.path("run").path("rulesChanged").isNull(), "the same rules: " + after.path("run"));
        assertEquals(before.path("findings").findValuesAsText("fingerprint"), after.path("findings").findValuesAsText("fingerprint"),
                "fingerprints do not depend on the working folder");
        assertTrue(second.output().contains(findings + " existing, 0 fixed"), second.output());
    }

    @Test
    void aRunWithOtherRulesSaysThatItsComparisonCountsTheRuleChangeToo() throws Exception {
        copyOfSeeds("forms");
        Path rules = perfaudit.Fixtures.copyRules(temp);
        perfaudit(temp, "audit", "forms", "--rules", "rules", "--out", "rep", "--fail-on", "never");
        String before = latest(temp.resolve("rep")).path("run").path("rulesHash").asText();
        // an auditor's edit of the rules folder (here a comment: no rule recompiled, the hash still moves)
        Files.writeString(rules.resolve("suppressions.csv"), "# reviewed 2026-12, nothing accepted\n",
                java.nio.file.StandardOpenOption.APPEND);

        PerfauditProcess.Run edited = perfaudit(temp, "audit", "forms", "--rules", "rules", "--out", "rep", "--fail-on", "never");
        JsonNode run = latest(temp.resolve("rep")).path("run");
        String after = run.path("rulesHash").asText();
        assertFalse(before.equals(after), run.toString());
        String note = run.path("rulesChanged").asText();
        assertTrue(note.startsWith("规则已修改（哈希 " + before + " → " + after + "）") && note.contains("the rules changed (hash "
                + before + " → " + after + ")") && note.contains("not from changes to the forms"), note);
        assertTrue(edited.output().contains("the rules changed"), edited.output());

        perfaudit(temp, "audit", "forms", "--rules", "rules", "--out", "rep", "--fail-on", "never");
        assertTrue(latest(temp.resolve("rep")).path("run").path("rulesChanged").isNull(), "compared with a run of the same rules");
    }

    @Test
    void anotherSetOfFilesDoesNotMarkTheFirstSetFixed() throws Exception {
        copyOfSeeds("county-a");
        Path b = Files.createDirectories(temp.resolve("county-b"));
        Files.writeString(b.resolve("form.txt"), Files.readString(CLEAN).replace("100\t99.50", "100\t98.50"));

        perfaudit(temp, "audit", "county-a", "--out", "reports", "--fail-on", "never");
        PerfauditProcess.Run other = perfaudit(temp, "audit", "county-b", "--out", "reports", "--fail-on", "never");
        JsonNode json = latest(temp.resolve("reports"));
        assertEquals(0, json.path("counts").path("fixed").asInt(), "the seeds' findings are not FIXED: " + other.output());
        assertTrue(json.path("counts").path("notCompared").asInt() > 90, json.path("counts").toString());
        assertEquals(List.of("county-a/000_3bdf511d6872ca99.txt", "county-a/002_45c397f42cae37ec.txt"),
                textValues(json.path("run").path("notAuditedAgain")));
        String warning = json.path("run").path("inputsChanged").asText();
        assertTrue(warning.contains("输入与上次运行不同") && warning.contains("not counted as fixed"), warning);
        assertTrue(other.output().contains("inputs differ from the previous run's"), other.output());
    }

    @Test
    void aMovedFolderIsComparedByContentAndAnEditedFormKeepsItsKey() throws Exception {
        Path forms = Files.createDirectories(temp.resolve("uploads/2024"));
        Path form = forms.resolve("form.txt");
        String clean = Files.readString(CLEAN);
        Files.writeString(form, clean.replace("100\t99.50", "100\t98.50"));
        perfaudit(temp, "audit", "uploads/2024", "--out", "reports", "--fail-on", "never");

        // the folder renamed: same content under another key
        Files.move(forms, temp.resolve("uploads/2024-checked"));
        PerfauditProcess.Run moved = perfaudit(temp, "audit", "uploads/2024-checked", "--out", "reports", "--fail-on", "never");
        JsonNode json = latest(temp.resolve("reports"));
        assertEquals(1, json.path("counts").path("existing").asInt(), moved.output());
        assertEquals(0, json.path("counts").path("new").asInt());

        // the form fixed in place: its finding is FIXED, nothing else
        Files.writeString(temp.resolve("uploads/2024-checked/form.txt"), clean);
        perfaudit(temp.resolve("uploads"), "audit", "2024-checked", "--out", "../reports", "--fail-on", "never");
        json = latest(temp.resolve("reports"));
        assertEquals(1, json.path("counts").path("fixed").asInt(), json.path("counts").toString());
        assertEquals("ARITH-TOTAL-SCORE", json.path("fixed").get(0).path("ruleId").asText());
    }

    @Test
    void aDeletedNewestRunAndARunThatWroteNothingDoNotLoseTheComparison() throws Exception {
        copyOfSeeds("forms");
        Path reports = temp.resolve("reports");
        for (int i = 0; i < 2; i++) {
            perfaudit(temp, "audit", "forms", "--out", "reports", "--fail-on", "never");
        }
        List<Path> runs = runFolders(reports);
        assertEquals(2, runs.size());
        try (Stream<Path> files = Files.list(runs.get(1))) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(runs.get(1));
        assertFalse(Files.exists(reports.resolve("latest")), "latest dangles");

        Files.writeString(Files.createDirectories(temp.resolve("empty")).resolve("nothing.txt"), "");
        PerfauditProcess.Run unreadable = perfaudit(temp, "audit", "empty", "--out", "reports");
        assertEquals(ExitCodes.USAGE, unreadable.exitCode(), unreadable.output());
        assertTrue(unreadable.output().contains("no readable form in any input; no report written"), unreadable.output());
        assertTrue(unreadable.output().contains("nothing.txt"), "the reason is printed: " + unreadable.output());
        assertFalse(Files.exists(reports.resolve("latest")), "a run that wrote no report does not become latest");
        Path unreadableRun = runFolders(reports).get(1);
        assertEquals(new TreeSet<>(List.of(LogSetup.RUN_LOG)), names(unreadableRun), "only its log");

        PerfauditProcess.Run next = perfaudit(temp, "audit", "forms", "--out", "reports", "--fail-on", "never");
        JsonNode json = latest(reports);
        String firstTime = new ObjectMapper().readTree(runs.get(0).resolve("findings.json").toFile()).path("run").path("time").asText();
        assertEquals(firstTime, json.path("run").path("previousRun").asText(), next.output());
        assertEquals(0, json.path("counts").path("new").asInt());
        assertTrue(next.output().contains("comparing with the newest complete run"), next.output());
    }

    @Test
    void aRunInTheFormsFolderNeverReadsItsOwnReports() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("one-form"));
        Files.writeString(folder.resolve("form.txt"), Files.readString(CLEAN).replace("100\t99.50", "100\t98.50"));
        for (int i = 0; i < 2; i++) {
            PerfauditProcess.Run run = perfaudit(folder, "audit", ".", "--format", "json,xlsx,csv,md");
            assertEquals(ExitCodes.FINDINGS, run.exitCode(), "run " + (i + 1) + ": " + run.output());
            JsonNode json = latest(folder.resolve("reports"));
            assertEquals(1, json.path("inputs").size(), "only the form is read: " + json.path("inputs"));
            assertEquals("one-form/form.txt", json.path("inputs").get(0).path("key").asText());
        }
        PerfauditProcess.Run other = perfaudit(folder, "audit", ".", "--out", "elsewhere");
        assertEquals(1, latest(folder.resolve("elsewhere")).path("inputs").size(),
                "another --out still leaves the first reports folder out: " + other.output());
    }

    @Test
    void overlappingPathsAreReadOnce() throws Exception {
        Path forms = copyOfSeeds("forms");
        PerfauditProcess.Run run = perfaudit(temp, "audit", "forms", "forms/002_45c397f42cae37ec.txt", "./forms", forms.toString(),
                "--out", "reports", "--fail-on", "never");
        JsonNode json = latest(temp.resolve("reports"));
        assertEquals(2, json.path("inputs").size(), run.output());
        assertEquals(30, json.path("run").path("forms").asInt());
        assertTrue(run.output().contains("named more than once"), run.output());
    }

    private static List<String> textValues(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static TreeSet<String> names(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return new TreeSet<>(list.map(p -> p.getFileName().toString()).toList());
        }
    }
}
