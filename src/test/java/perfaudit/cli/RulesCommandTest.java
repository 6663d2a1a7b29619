package perfaudit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import perfaudit.Fixtures;
import perfaudit.cli.console.ExitCodes;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code perfaudit rules test} and {@code rules list} as an auditor runs them. */
class RulesCommandTest {

    @TempDir
    Path temp;

    @Test
    void theShippedRulesPassTheirTestsOneLinePerCase() throws Exception {
        AuditCommandTest.Run run = AuditCommandTest.run("rules", "test");
        assertEquals(ExitCodes.OK, run.exitCode(), run.out() + run.err());
        long cases = Files.readAllLines(Path.of("rules/tests/cases.csv")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("file,")).count();
        assertEquals(cases, run.out().lines().filter(line -> line.startsWith("PASS  ")).count(), run.out());
        assertTrue(run.out().contains("rules test: " + cases + " cases, " + cases + " passed, 0 failed"), run.out());
    }

    @Test
    void aRuleAddedToACopyWithoutCasesFailsNamingIt() throws Exception {
        Path rules = Fixtures.copyRules(temp);
        try (Stream<Path> files = Files.list(Path.of("rules/tests"))) {
            for (Path file : files.toList()) {
                Files.copy(file, rules.resolve("tests").resolve(file.getFileName()));
            }
        }
        Files.writeString(rules.resolve("extra.drl"), """
                package rules;

                rule "NEW-LOW-TOTAL"
                    @id("NEW-LOW-TOTAL") @severity("INFO") @family("test")
                    @description("总分低于 {gradeFairMin} — a rule an auditor adds")
                    @message("总分 {totalScore} 低于 {gradeFairMin}")
                when
                    $f : FormFact(totalScore < settings.gradeFairMin)
                then
                    report($f, "总分", "≥ {gradeFairMin}", "{totalScore}");
                end
                """, StandardCharsets.UTF_8);
        AuditCommandTest.Run run = AuditCommandTest.run("rules", "test", "--rules", rules.toString());
        assertEquals(ExitCodes.FINDINGS, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("FAIL  NEW-LOW-TOTAL (extra.drl:3): no case fires it and none keeps it quiet"),
                run.out());
    }

    @Test
    void rulesListShowsEachThresholdInForceAndWhereItIsSet() {
        AuditCommandTest.Run run = AuditCommandTest.run("rules", "list");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().lines().anyMatch(line -> line.matches(
                "lowExecutionRate +90 +settings\\.drl\\.xlsx!C\\d+ +BUDGET-LOW-EXEC +.*")), run.out());
        assertTrue(run.out().lines().anyMatch(line -> line.matches(
                "BUDGET-LOW-EXEC +WARNING +settings\\.drl\\.xlsx!C\\d+ +budget +budget\\.drl +执行率低于 90%.*")), run.out());
        assertTrue(run.out().lines().anyMatch(line -> line.matches("SUPPRESSION-EXPIRED +WARNING .*")), run.out());
        assertTrue(run.out().lines().anyMatch(line -> line.matches("qualitativeMetWords +settings\\.drl\\.xlsx!C\\d+ +达成、达到、完成、达标")),
                run.out());
    }
}
