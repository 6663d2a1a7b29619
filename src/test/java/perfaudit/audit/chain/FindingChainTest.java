package perfaudit.audit.chain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import perfaudit.Fixtures;
import perfaudit.SettingsCells;
import perfaudit.audit.Audit;
import perfaudit.audit.AuditOptions;
import perfaudit.audit.RuleSet;
import perfaudit.finding.Finding;
import perfaudit.finding.Severity;
import perfaudit.report.AuditReport;
import perfaudit.report.run.History;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every finding passes one chain, whoever raised it: the severity the settings table sets applies to
 * the findings perfaudit raises itself (a reader's PARSE-PROBLEM, the engine's RULE-FAILED, an expired
 * suppression) exactly as to a rule's, and suppressions hold for all of them.
 */
class FindingChainTest {

    private static final ZonedDateTime RUN = ZonedDateTime.of(2025, 3, 1, 9, 0, 0, 0, ZoneId.of("Asia/Shanghai"));
    private static final String VICTIM = "社保大厅人员补助";

    @TempDir
    Path temp;

    /** Rules whose severity table sets {@code id} to {@code severity}. */
    private Path rulesWithSeverity(String id, String severity) throws Exception {
        Path rules = Fixtures.copyRules(temp);
        SettingsCells.set(rules, id, SettingsCells.VALUE, severity);
        return rules;
    }

    private static List<Finding> kept(Path rules, Path... inputs) throws Exception {
        try (AuditReport report = new Audit(RuleSet.load(rules), AuditOptions.defaults().withThreads(1))
                .run(List.of(inputs), History.none(), RUN)) {
            return report.findings().stream().toList();
        }
    }

    private static List<Finding> of(List<Finding> findings, String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    @Test
    void theTableSetsTheSeverityOfAnExpiredSuppression() throws Exception {
        Path rules = rulesWithSeverity("SUPPRESSION-EXPIRED", "ERROR");
        Files.writeString(rules.resolve("suppressions.csv"), String.join("\n",
                "target,form,reason,who,expires",
                "GOAL-RESTATED,*,单位已说明,张审计,2025-01-31", ""), StandardCharsets.UTF_8);
        List<Finding> expired = of(kept(rules, Fixtures.TABBED_SEED), "SUPPRESSION-EXPIRED");
        assertEquals(1, expired.size(), expired.toString());
        assertEquals(Severity.ERROR, expired.get(0).severity());
        assertEquals("NEW", expired.get(0).status(), "it passes the history step like every finding");
    }

    @Test
    void theTableSetsTheSeverityOfAParseProblem() throws Exception {
        Path rules = rulesWithSeverity("PARSE-PROBLEM", "INFO");
        Path form = temp.resolve("form.txt");
        Files.writeString(form, Files.readString(Path.of("rules/tests/parse-problem-fires.txt")), StandardCharsets.UTF_8);
        List<Finding> problems = of(kept(rules, form), "PARSE-PROBLEM");
        assertFalse(problems.isEmpty());
        problems.forEach(problem -> assertEquals(Severity.INFO, problem.severity(), problem.toString()));
    }

    @Test
    void theTableSetsTheSeverityOfARuleThatFailed() throws Exception {
        Path rules = rulesWithSeverity("RULE-FAILED", "WARNING");
        Files.writeString(rules.resolve("throwing.drl"), """
                package rules;
                import perfaudit.engine.facts.FormFact;

                rule "TEST-THROWS"
                    @id("TEST-THROWS") @severity("ERROR") @family("test") @description("throws on one form")
                when
                    $f : FormFact(formName == "%s")
                then
                    throw new IllegalStateException("boom");
                end
                """.formatted(VICTIM));
        List<Finding> failed = of(kept(rules, Fixtures.TABBED_SEED), "RULE-FAILED");
        assertEquals(1, failed.size(), failed.toString());
        assertEquals(Severity.WARNING, failed.get(0).severity());
    }

    @Test
    void aSuppressionInForceMovesTheFindingsAsideAndAnExpiredOneIsReported() throws Exception {
        Path rules = Fixtures.copyRules(temp);
        Files.writeString(rules.resolve("suppressions.csv"), String.join("\n",
                "target,form,reason,who,expires",
                "GOAL-RESTATED,*,单位已说明,张审计,2025-12-31",
                "BUDGET-LOW-EXEC,*,已整改,李审计,2025-02-28", ""), StandardCharsets.UTF_8);
        try (AuditReport report = new Audit(RuleSet.load(rules), AuditOptions.defaults().withThreads(1))
                .run(List.of(Fixtures.TABBED_SEED), History.none(), RUN)) {
            List<Finding> kept = report.findings().stream().toList();
            assertTrue(of(kept, "GOAL-RESTATED").isEmpty(), "suppressed until the end of 2025");
            assertFalse(report.suppressed().stream().filter(f -> f.ruleId().equals("GOAL-RESTATED")).toList().isEmpty());
            assertFalse(of(kept, "BUDGET-LOW-EXEC").isEmpty(), "expired on 2025-02-28, so it counts again");
            Finding expired = of(kept, "SUPPRESSION-EXPIRED").get(0);
            assertEquals(Severity.WARNING, expired.severity(), "the built-in severity when the table sets none");
            assertEquals(3, expired.location().line(), "points at the suppression's line");
            assertEquals("2025-02-28", expired.found());
        }
    }
}
