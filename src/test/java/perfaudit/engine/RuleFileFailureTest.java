package perfaudit.engine;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import perfaudit.Fixtures;
import perfaudit.SettingsCells;
import perfaudit.engine.rules.RuleFailures;
import perfaudit.finding.Finding;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rule files are input too: broken decision-table cells, unknown rule ids, an empty folder, and a
 * rule that throws on one form. The first three stop the run before anything is read; the last
 * costs that form one RULE-FAILED finding and nothing else.
 */
class RuleFileFailureTest {

    /** A form of the tabbed seed that the failing rules pick on. */
    private static final String VICTIM = "社保大厅人员补助";
    private static List<Finding> baseline;

    @TempDir
    Path temp;

    @BeforeAll
    static void auditTheSeedWithTheProjectRules() {
        baseline = AuditHarness.audit(AuditHarness.rules(), List.of(Fixtures.TABBED_SEED, Fixtures.FLOW_SEED));
    }

    private Path copyRules() throws IOException {
        return perfaudit.Fixtures.copyRules(temp);
    }

    private static final String THROWING_CONSEQUENCE = """
            package perfaudit.rules;
            import perfaudit.engine.facts.FormFact;

            rule "TEST-THROWS"
                @id("TEST-THROWS") @severity("WARNING") @family("test") @description("throws on one form")
            when
                $f : FormFact(formName == "%s")
            then
                throw new IllegalStateException("boom on " + $f.getFormName());
            end
            """.formatted(VICTIM);

    private static final String THROWING_CONSTRAINT = """
            package perfaudit.rules;
            import perfaudit.engine.facts.FormFact;

            function boolean explodes(String name) {
                if (name.equals("%s")) {
                    throw new IllegalStateException("constraint boom");
                }
                return false;
            }

            rule "TEST-THROWS-WHEN"
                @id("TEST-THROWS-WHEN") @severity("WARNING") @family("test") @description("throws in its condition")
                @message("never")
            when
                $f : FormFact(explodes(formName))
            then
                report($f, "x", "x", "x");
            end
            """.formatted(VICTIM);

    @Test
    void aConsequenceThatThrowsCostsItsFormOneFindingAndNothingElse() throws Exception {
        Path rules = copyRules();
        Files.writeString(rules.resolve("throwing.drl"), THROWING_CONSEQUENCE);
        List<Finding> findings = AuditHarness.audit(RuleBase.compile(rules), List.of(Fixtures.TABBED_SEED, Fixtures.FLOW_SEED));

        List<Finding> failed = findings.stream().filter(f -> f.ruleId().equals(RuleFailures.RULE_FAILED)).toList();
        assertEquals(1, failed.size(), failed.toString());
        Finding failure = failed.get(0);
        assertEquals(VICTIM, failure.form());
        assertEquals("TEST-THROWS", failure.field());
        assertEquals(Fixtures.TABBED_SEED.getFileName().toString(), failure.file());
        assertTrue(failure.location().line() > 0, "points at the form: " + failure.location());
        assertTrue(failure.message().contains("boom on " + VICTIM), failure.message());
        assertEquals(baseline, findings.stream().filter(f -> f != failure).toList(),
                "every other rule still fires on every form, the victim's included");
    }

    private static final String LOOPING_CONSEQUENCE = """
            package perfaudit.rules;
            import perfaudit.engine.facts.FormFact;

            rule "TEST-LOOPS"
                @id("TEST-LOOPS") @severity("WARNING") @family("test") @description("re-triggers itself")
            when
                $f : FormFact(formName == "%s")
            then
                update($f);
            end
            """.formatted(VICTIM);

    @Test
    void aRuleThatLoopsIsStoppedAndCostsOnlyItsDocument() throws Exception {
        Path rules = copyRules();
        Files.writeString(rules.resolve("looping.drl"), LOOPING_CONSEQUENCE);
        List<Finding> findings = AuditHarness.audit(RuleBase.compile(rules), List.of(Fixtures.TABBED_SEED, Fixtures.FLOW_SEED));

        List<Finding> failed = findings.stream().filter(f -> f.ruleId().equals(RuleFailures.RULE_FAILED)).toList();
        assertEquals(1, failed.size(), failed.toString());
        assertEquals(Fixtures.TABBED_SEED.getFileName().toString(), failed.get(0).file());
        assertEquals("TEST-LOOPS", failed.get(0).field(), "names the rule");
        assertTrue(failed.get(0).message().contains("without settling"), failed.get(0).message());
        String flow = Fixtures.FLOW_SEED.getFileName().toString();
        assertEquals(baseline.stream().filter(f -> flow.equals(f.file())).toList(),
                findings.stream().filter(f -> flow.equals(f.file())).toList(), "the other document is audited in full");
    }

    @Test
    void aConstraintThatThrowsCostsOnlyItsDocument() throws Exception {
        Path rules = copyRules();
        Files.writeString(rules.resolve("throwing.drl"), THROWING_CONSTRAINT);
        List<Finding> findings = AuditHarness.audit(RuleBase.compile(rules), List.of(Fixtures.TABBED_SEED, Fixtures.FLOW_SEED));

        List<Finding> failed = findings.stream().filter(f -> f.ruleId().equals(RuleFailures.RULE_FAILED)).toList();
        assertEquals(1, failed.size(), failed.toString());
        assertEquals(Fixtures.TABBED_SEED.getFileName().toString(), failed.get(0).file());
        assertTrue(failed.get(0).message().contains("constraint boom"), failed.get(0).message());
        assertEquals("TEST-THROWS-WHEN", failed.get(0).field(), "names the rule");
        String flow = Fixtures.FLOW_SEED.getFileName().toString();
        assertEquals(baseline.stream().filter(f -> flow.equals(f.file())).toList(),
                findings.stream().filter(f -> flow.equals(f.file())).toList(), "the other document is audited in full");
    }

    @Test
    void anEmptyRulesFolderIsAnError() throws IOException {
        Path empty = Files.createDirectories(temp.resolve("rules"));
        RuleCompilationException e = assertThrows(RuleCompilationException.class, () -> RuleBase.compile(empty));
        assertTrue(e.errors().get(0).contains("no rule files"), e.errors().toString());
    }

    @Test
    void anUnknownRuleIdInTheSeverityTableIsReportedWithItsCell() throws Exception {
        Path rules = copyRules();
        renameKey(rules, "MISS-ACTUAL", "MISS-ACTUL");
        RuleCompilationException e = assertThrows(RuleCompilationException.class, () -> RuleBase.compile(rules));
        assertTrue(e.errors().stream().anyMatch(m -> m.matches("settings\\.drl\\.xlsx!B\\d+: 'MISS-ACTUL' is not a rule id.*")),
                e.errors().toString());
    }

    @Test
    void engineRuleIdsMayBeGivenASeverity() throws Exception {
        Path rules = copyRules();
        renameKey(rules, "MISS-ACTUAL", RuleFailures.RULE_FAILED);
        RuleBase.compile(rules);
    }

    /** Renames the key cell of a Severities row, as an auditor's typo would. */
    private static void renameKey(Path rules, String key, String newKey) throws IOException {
        SettingsCells.set(rules, key, SettingsCells.KEY, newKey);
    }
}
