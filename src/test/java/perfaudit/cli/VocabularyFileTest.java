package perfaudit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import perfaudit.Fixtures;
import perfaudit.cli.console.ExitCodes;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * rules/forms.yaml is read at run time from the rules folder the run names: an auditor's new spelling
 * reads the next run without a rebuild, and a broken file stops the run (exit 3, nothing written) with
 * each error at its line, as {@code rules check} reports it.
 */
class VocabularyFileTest {

    @TempDir
    Path temp;

    /** A form whose 项目名称 is labelled 工程名称, a spelling the shipped vocabulary does not know. */
    private Path form() throws Exception {
        Path form = temp.resolve("forms").resolve("工程.txt");
        Files.createDirectories(form.getParent());
        Files.writeString(form, Files.readString(Path.of("rules/tests/date-wrong-year-quiet.txt"), StandardCharsets.UTF_8)
                .replace("项目名称", "工程名称"), StandardCharsets.UTF_8);
        return form;
    }

    private List<String> ruleIds(Path rules, Path form, Path out) throws Exception {
        AuditCommandTest.Run run = AuditCommandTest.run("audit", form.toString(), "--rules", rules.toString(),
                "--out", out.toString(), "--format", "json", "--fail-on", "never");
        assertEquals(ExitCodes.OK, run.exitCode(), run.out() + run.err());
        try (Stream<Path> files = Files.walk(out)) {
            Path json = files.filter(f -> f.getFileName().toString().equals("findings.json")).findFirst().orElseThrow();
            List<String> ids = new ArrayList<>();
            for (JsonNode finding : new ObjectMapper().readTree(json.toFile()).get("findings")) {
                ids.add(finding.get("ruleId").asText() + " " + finding.get("field").asText());
            }
            return ids;
        }
    }

    @Test
    void aSpellingAddedToTheRulesFolderReadsTheNextRun() throws Exception {
        Path form = form();
        Path shipped = Fixtures.copyRules(temp.resolve("shipped"));
        assertTrue(ruleIds(shipped, form, temp.resolve("out1")).contains("MISS-HEADER 项目名称"));

        Path edited = Fixtures.copyRules(temp.resolve("edited"));
        Path yaml = edited.resolve("forms.yaml");
        String text = Files.readString(yaml, StandardCharsets.UTF_8);
        assertTrue(text.contains("  projectName: [项目名称, "));
        Files.writeString(yaml, text.replace("  projectName: [项目名称, ", "  projectName: [项目名称, 工程名称, "),
                StandardCharsets.UTF_8);
        assertFalse(ruleIds(edited, form, temp.resolve("out2")).contains("MISS-HEADER 项目名称"));

        // parse reads with the same vocabulary as audit: the edit shows there too
        assertFalse(AuditCommandTest.run("parse", form.toString(), "--rules", shipped.toString()).out()
                .contains("\"projectName\" : \"规则测试项目\""));
        AuditCommandTest.Run parse = AuditCommandTest.run("parse", form.toString(), "--rules", edited.toString());
        assertTrue(parse.out().contains("\"projectName\" : \"规则测试项目\""), parse.out());
    }

    @Test
    void aBrokenVocabularyStopsTheRunAtItsLine() throws Exception {
        Path rules = Fixtures.copyRules(temp);
        Path yaml = rules.resolve("forms.yaml");
        List<String> lines = Files.readAllLines(yaml, StandardCharsets.UTF_8);
        int line = lines.indexOf("    budgetPoints: 20") + 1;
        lines.set(line - 1, "    budgetPoints: twenty");
        Files.write(yaml, lines, StandardCharsets.UTF_8);

        AuditCommandTest.Run check = AuditCommandTest.run("rules", "check", "--rules", rules.toString());
        assertEquals(ExitCodes.RULES_BROKEN, check.exitCode(), check.out() + check.err());
        assertTrue(check.err().contains("rules/forms.yaml:" + line + ": budgetPoints 'twenty' is not a whole number"),
                check.err());

        Path out = temp.resolve("reports");
        AuditCommandTest.Run audit = AuditCommandTest.run("audit", "fixtures/seeds", "--rules", rules.toString(),
                "--out", out.toString());
        assertEquals(ExitCodes.RULES_BROKEN, audit.exitCode(), audit.out() + audit.err());
        assertTrue(audit.err().contains("rules/forms.yaml:" + line + ":"), audit.err());
        assertFalse(Files.exists(out), "nothing written");

        AuditCommandTest.Run parse = AuditCommandTest.run("parse", "fixtures/seeds", "--rules", rules.toString());
        assertEquals(ExitCodes.RULES_BROKEN, parse.exitCode(), parse.out() + parse.err());
        assertTrue(parse.err().contains("rules/forms.yaml:" + line + ":"), parse.err());
    }
}
