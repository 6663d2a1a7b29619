package perfaudit.audit.cases;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import perfaudit.Fixtures;
import perfaudit.engine.AuditHarness;
import perfaudit.engine.RuleBase;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The auditors' test cases of the shipped rules (rules/tests/cases.csv), run as {@code perfaudit rules test}
 * runs them: a new rule needs new case files and lines, not a change here.
 */
class RuleCasesTest {

    private static final Path RULES = Path.of("rules");
    private static RuleTests.Report report;

    @TempDir
    Path temp;

    @BeforeAll
    static void runTheCases() throws Exception {
        report = RuleTests.run(AuditHarness.rules().base(), RULES);
    }

    @TestFactory
    Stream<DynamicTest> everyCasePasses() {
        return report.results().stream().map(result -> DynamicTest.dynamicTest(result.ruleCase().file(),
                () -> assertTrue(result.passed(), result.ruleCase().file() + ": " + result.describe())));
    }

    @Test
    void everyRuleIdHasAFiringAndAQuietCaseAndEveryFileIsListed() {
        assertEquals(List.of(), report.problems());
        assertTrue(report.results().size() >= 2 * AuditHarness.rules().base().catalog().stream()
                .map(RuleBase.RuleInfo::id).distinct().count(), "a firing and a quiet case per rule id at least");
    }

    private static final String NEW_RULE = """
            package rules;

            rule "NEW-RULE"
                @id("NEW-RULE") @severity("INFO") @family("test")
                @description("一个新项目 — a rule an auditor adds")
                @message("项目 {projectName} 总分 {totalScore}")
            when
                $f : FormFact(projectName == "新规则项目")
            then
                report($f, "项目名称", "其他项目", "{projectName}");
            end
            """;

    @Test
    void aRuleAddedWithoutCasesFailsTheRunNamingIt() throws Exception {
        Path rules = copyWithCases();
        Files.writeString(rules.resolve("extra.drl"), NEW_RULE, StandardCharsets.UTF_8);
        RuleTests.Report added = RuleTests.run(RuleBase.compile(rules), rules);
        assertFalse(added.passed());
        assertTrue(added.problems().stream().anyMatch(p -> p.startsWith("NEW-RULE (extra.drl:3): no case fires it and none"
                + " keeps it quiet")), added.problems().toString());
    }

    @Test
    void aRuleAddedWithItsCasesPasses() throws Exception {
        Path rules = copyWithCases();
        Files.writeString(rules.resolve("extra.drl"), NEW_RULE, StandardCharsets.UTF_8);
        Path tests = rules.resolve("tests");
        Files.writeString(tests.resolve("new-rule-fires.txt"),
                Files.readString(tests.resolve("clean.txt")).replace("规则测试项目", "新规则项目"));
        Files.writeString(tests.resolve("cases.csv"), Files.readString(tests.resolve("cases.csv"))
                + "new-rule-fires.txt,NEW-RULE,*,新规则项目\n"
                + "clean.txt,,NEW-RULE,另一个项目\n");
        RuleTests.Report added = RuleTests.run(RuleBase.compile(rules), rules);
        assertTrue(added.passed(), added.problems() + " " + added.results().stream().filter(r -> !r.passed())
                .map(CaseResult::describe).toList());
    }

    @Test
    void aCaseThatFailsSaysWhatFiredInstead() throws Exception {
        Path rules = copyWithCases();
        Path cases = rules.resolve("tests/cases.csv");
        Files.writeString(cases, Files.readString(cases).replace("arith-rate-fires.txt,ARITH-RATE,*",
                "arith-rate-fires.txt,ARITH-TOTAL-SCORE,*"));
        RuleTests.Report changed = RuleTests.run(AuditHarness.rules().base(), rules);
        CaseResult failed = changed.results().stream().filter(r -> !r.passed()).findFirst().orElseThrow();
        assertEquals("arith-rate-fires.txt", failed.ruleCase().file());
        assertEquals("ARITH-TOTAL-SCORE did not fire; ARITH-RATE fired but must not; fired: ARITH-RATE", failed.describe());
    }

    @Test
    void aMisspeltRuleIdInTheCasesIsAnErrorAtItsLine() throws Exception {
        Path rules = copyWithCases();
        Path cases = rules.resolve("tests/cases.csv");
        List<String> lines = Files.readAllLines(cases);
        int line = lines.indexOf(lines.stream().filter(l -> l.startsWith("arith-rate-quiet.txt,")).findFirst().orElseThrow());
        lines.set(line, lines.get(line).replace(",ARITH-RATE *,", ",ARITH-RAET *,"));
        Files.write(cases, lines);
        RuleTests.Report changed = RuleTests.run(AuditHarness.rules().base(), rules);
        assertTrue(changed.problems().contains("rules/tests/cases.csv:" + (line + 1)
                + ": 'ARITH-RAET' is not a rule id of these rules (perfaudit rules list shows them)"), changed.problems().toString());
    }

    /** A copy of rules/ with its tests folder. */
    private Path copyWithCases() throws Exception {
        Path rules = Fixtures.copyRules(temp);
        Path tests = Files.createDirectories(rules.resolve("tests"));
        try (Stream<Path> files = Files.list(RULES.resolve("tests"))) {
            for (Path file : files.toList()) {
                Files.copy(file, tests.resolve(file.getFileName()));
            }
        }
        return rules;
    }
}
