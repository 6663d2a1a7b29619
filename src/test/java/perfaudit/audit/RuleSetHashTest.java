package perfaudit.audit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import perfaudit.Fixtures;
import perfaudit.finding.Finding;
import perfaudit.report.AuditReport;
import perfaudit.report.run.History;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * The rules hash a report shows names everything in the rules folder that changes findings: the rule
 * files and the decision table, and also the forms vocabulary, the suppressions and the folding
 * judgements. Two reports with one hash were made with the same rules; what changes no finding (the
 * rule test cases, the folder's README) leaves it alone.
 */
class RuleSetHashTest {

    private static final ZonedDateTime RUN = ZonedDateTime.of(2025, 3, 1, 9, 0, 0, 0, ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path temp;

    private Path rules;
    private String shipped;

    @BeforeEach
    void copyTheRules() throws Exception {
        rules = Fixtures.copyRules(temp);
        shipped = RuleSet.load(rules).hash();
    }

    private void edit(String file, String from, String to) throws Exception {
        Path path = rules.resolve(file);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        assertNotEquals(text, text.replace(from, to), file + " no longer holds " + from);
        Files.writeString(path, text.replace(from, to), StandardCharsets.UTF_8);
    }

    @Test
    void aVocabularyEditChangesTheFindingsAndTheHash() throws Exception {
        Path form = temp.resolve("工程.txt");
        Files.writeString(form, Files.readString(Path.of("rules/tests/date-wrong-year-quiet.txt"), StandardCharsets.UTF_8)
                .replace("项目名称", "工程名称"), StandardCharsets.UTF_8);
        List<Finding> before = findings(RuleSet.load(rules), form);

        edit("forms.yaml", "  projectName: [项目名称, ", "  projectName: [项目名称, 工程名称, ");
        RuleSet edited = RuleSet.load(rules);

        assertNotEquals(before, findings(edited, form), "工程名称 is read as 项目名称 now: the findings change");
        assertNotEquals(shipped, edited.hash(), "so the hash changes with them");
        try (AuditReport report = report(edited, form)) {
            assertEquals(edited.hash(), report.rulesHash(), "the report shows the rule set's hash");
        }
    }

    @Test
    void aFoldingOrSuppressionEditChangesTheHash() throws Exception {
        String lines = Files.readString(rules.resolve("folding.csv"), StandardCharsets.UTF_8);
        Files.writeString(rules.resolve("folding.csv"), lines.substring(0, lines.stripTrailing().lastIndexOf('\n') + 1),
                StandardCharsets.UTF_8);
        String folded = RuleSet.load(rules).hash();
        assertNotEquals(shipped, folded, "a folding judgement removed");

        Files.writeString(rules.resolve("suppressions.csv"), "\nGOAL-RESTATED,*,单位已说明,张审计,\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        assertNotEquals(folded, RuleSet.load(rules).hash(), "a suppression added");
    }

    @Test
    void whatChangesNoFindingLeavesTheHashAlone() throws Exception {
        Files.writeString(rules.resolve("README.md"), "\nA note of the auditor's.\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        Files.createDirectories(rules.resolve("tests"));
        Files.writeString(rules.resolve("tests").resolve("note.md"), "a note", StandardCharsets.UTF_8);
        RuleSet again = RuleSet.load(rules);
        assertEquals(shipped, again.hash());
        assertEquals(shipped, RuleSet.hash(again.base(), rules), "`rules check` shows the hash a report shows");
    }

    private List<Finding> findings(RuleSet ruleSet, Path form) throws Exception {
        try (AuditReport report = report(ruleSet, form)) {
            return report.findings().stream().toList();
        }
    }

    private static AuditReport report(RuleSet ruleSet, Path form) throws Exception {
        return new Audit(ruleSet, AuditOptions.defaults().withThreads(1)).run(List.of(form), History.none(), RUN);
    }
}
