package perfaudit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import perfaudit.BadCorpus;
import perfaudit.cli.console.ExitCodes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Names from input never become paths: project names with {@code ../}, {@code /}, control characters
 * and 300 characters, file names with escape sequences and the longest names a file system allows
 * are reported as text, and a run creates nothing outside its own run folder (and the {@code latest}
 * link beside it). Control characters never reach the terminal raw.
 */
class OutputSafetyTest {

    @TempDir
    Path temp;

    private Set<Path> everything() throws IOException {
        try (Stream<Path> walk = Files.walk(temp)) {
            return new TreeSet<>(walk.toList());
        }
    }

    @Test
    void hostileNamesStayTextAndNothingIsWrittenOutsideTheRunFolder() throws IOException {
        Path in = Files.createDirectories(temp.resolve("in"));
        // a wrong total score: every form then has a finding that carries its name into the reports
        String form = Files.readString(Path.of("fixtures/rules/clean-form.txt")).replace("100\t99.50", "100\t98.50");
        Files.copy(BadCorpus.FOLDER.resolve("nasty-names.txt"), in.resolve("nasty-names.txt"));
        Files.writeString(in.resolve("a..\u0007evil\u001b[31m;rm -rf ~.txt"), form.replace("规则测试项目", "项目/../../甲"));
        Files.writeString(in.resolve("长".repeat(80) + ".txt"), form.replace("规则测试项目", "长".repeat(300)));
        Path deep = in;
        for (int i = 0; i < 6; i++) {
            deep = deep.resolve("层".repeat(60));
        }
        Files.createDirectories(deep);
        Files.writeString(deep.resolve("-rf --out=..%2F..%2Fetc.txt"), form.replace("规则测试项目", "..\\..\\windows\\system32"));
        Path reports = temp.resolve("work/reports");
        Set<Path> before = everything();

        AuditCommandTest.Run run = AuditCommandTest.run("audit", in.toString(), "--out", reports.toString(),
                "--format", "json,xlsx,csv,md");

        assertTrue(run.exitCode() == ExitCodes.OK || run.exitCode() == ExitCodes.FINDINGS, run.err());
        Path runFolder = reports.resolve("latest").toRealPath();
        Set<Path> created = everything();
        created.removeAll(before);
        for (Path path : created) {
            boolean inRun = path.startsWith(runFolder) || path.equals(reports) || path.equals(reports.resolve("latest"))
                    || path.equals(runFolder.getParent()) || path.equals(temp.resolve("work"));
            assertTrue(inRun, "created outside the run folder: " + path);
        }
        try (Stream<Path> files = Files.list(runFolder)) {
            assertEquals(Set.of("findings.json", "findings.xlsx", "findings.csv", "summary.md", "perfaudit.log"),
                    new TreeSet<>(files.map(p -> p.getFileName().toString()).toList()));
        }
        assertTrue(Files.isSymbolicLink(reports.resolve("latest")) || Files.isRegularFile(reports.resolve("latest"), LinkOption.NOFOLLOW_LINKS));

        JsonNode json = new ObjectMapper().readTree(runFolder.resolve("findings.json").toFile());
        List<String> forms = json.path("findings").findValuesAsText("form");
        assertTrue(forms.contains("项目/../../甲"), "a project name is kept as text: " + forms);
        assertTrue(forms.stream().anyMatch(f -> f.length() >= 300), "a 300-character name is kept whole");
        for (String output : List.of(run.out(), run.err(), Files.readString(runFolder.resolve("summary.md")))) {
            assertFalse(output.contains("\u001b") || output.contains("\u0007"), "raw control characters: " + output);
        }
        assertTrue(run.out().contains("\\u0007") || run.out().contains("\\u001B"), "control characters shown escaped: " + run.out());
    }
}
