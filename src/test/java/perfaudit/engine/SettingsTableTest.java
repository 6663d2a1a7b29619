package perfaudit.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import perfaudit.Fixtures;
import perfaudit.SettingsCells;
import perfaudit.engine.settings.Settings;
import perfaudit.finding.Finding;
import perfaudit.finding.Severity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Auditors change thresholds and severities in rules/settings.drl.xlsx; no rebuild needed. */
class SettingsTableTest {

    @TempDir
    Path temp;

    private Path copyRules() throws IOException {
        return perfaudit.Fixtures.copyRules(temp);
    }

    /** Sets the value cell of the row whose key cell reads {@code key}. */
    private static void setSetting(Path rules, String key, String value) throws IOException {
        SettingsCells.set(rules, key, SettingsCells.VALUE, value);
    }

    private static boolean lowExecFor(RuleBase rules, String form) {
        return AuditHarness.audit(rules, List.of(Fixtures.TABBED_SEED)).stream()
                .anyMatch(f -> f.ruleId().equals("BUDGET-LOW-EXEC") && form.equals(f.form()));
    }

    /** An auditor changes any rule's severity in one place: every rule id in force has its row in the table. */
    @Test
    void everyRuleIdHasItsSeverityRow() {
        RuleBase base = AuditHarness.rules().base();
        java.util.Set<String> rows = new java.util.HashSet<>();
        base.table().severities().forEach(entry -> rows.add(entry.key()));
        List<String> missing = java.util.stream.Stream.concat(
                        base.catalog().stream().map(RuleBase.RuleInfo::id),
                        java.util.stream.Stream.of(perfaudit.finding.BuiltInRule.values()).map(perfaudit.finding.BuiltInRule::id))
                .distinct().filter(id -> !rows.contains(id)).sorted().toList();
        assertEquals(List.of(), missing, "rule ids without a row in settings.drl.xlsx's Severities table");
    }

    @Test
    void editingTheLowExecutionThresholdChangesTheFindings() throws Exception {
        String form = "未参保集体企业退休人员基本生活保障费(社保中心)"; // 执行率 85.07%
        Path rules = copyRules();
        assertTrue(lowExecFor(RuleBase.compile(rules), form), "85.07% is below the default 90%");
        setSetting(rules, "lowExecutionRate", "80");
        assertFalse(lowExecFor(RuleBase.compile(rules), form), "85.07% is not below 80%");
        setSetting(rules, "lowExecutionRate", "86");
        assertTrue(lowExecFor(RuleBase.compile(rules), form), "85.07% is below 86%");
    }

    @Test
    void editingASeverityChangesTheFindings() throws Exception {
        Path rules = copyRules();
        setSetting(rules, "BUDGET-ZERO-EXEC", "ERROR");
        Finding zero = AuditHarness.audit(RuleBase.compile(rules), List.of(Fixtures.TABBED_SEED)).stream()
                .filter(f -> f.ruleId().equals("BUDGET-ZERO-EXEC")).findFirst().orElseThrow();
        assertEquals(Severity.ERROR, zero.severity());
    }

    @Test
    void aNonNumberInAThresholdCellIsReportedWithItsCell() throws Exception {
        Path rules = copyRules();
        setSetting(rules, "lowExecutionRate", "九十");
        RuleCompilationException e = assertThrows(RuleCompilationException.class, () -> RuleBase.compile(rules));
        assertTrue(e.errors().stream().anyMatch(m -> m.matches("settings\\.drl\\.xlsx!C\\d+: '九十' is not a number.*")),
                e.errors().toString());
    }

    @Test
    void aBadSeverityIsReportedWithItsCell() throws Exception {
        Path rules = copyRules();
        setSetting(rules, "MISS-ACTUAL", "SEVERE");
        RuleCompilationException e = assertThrows(RuleCompilationException.class, () -> RuleBase.compile(rules));
        assertTrue(e.errors().stream().anyMatch(m -> m.contains("'SEVERE' is not a severity")), e.errors().toString());
    }

    @Test
    void theSettingsAreReadOnceAndHandedToTheRules() throws Exception {
        Settings settings = RuleBase.compile(Fixtures.copyRules(temp)).settings();
        assertEquals(new java.math.BigDecimal("90"), settings.value("lowExecutionRate"));
        assertEquals(Severity.WARNING, settings.severity("BUDGET-ZERO-EXEC"));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> settings.value("lowExecRate"));
        assertTrue(unknown.getMessage().contains("lowExecutionRate"), "names the keys there are: " + unknown.getMessage());
    }

    @Test
    void aRuleReadingAThresholdNoTableSetsIsAnErrorAtItsPlace() throws Exception {
        Path rules = copyRules();
        Path budget = rules.resolve("budget.drl");
        Files.writeString(budget, Files.readString(budget).replace("effectiveRate < settings.lowExecutionRate",
                "effectiveRate < settings.lowExecRate"));
        RuleCompilationException e = assertThrows(RuleCompilationException.class, () -> RuleBase.compile(rules));
        String where = rules.getFileName() + "/budget.drl:" + lineOf(budget, "lowExecRate") + ":";
        assertTrue(e.errors().stream().anyMatch(m -> m.startsWith(where)
                && m.contains("'lowExecRate' is not a threshold of the settings table; did you mean lowExecutionRate?")),
                e.errors().toString());
    }

    @Test
    void aRuleJoiningOnThresholdFactsIsAnErrorAtItsLine() throws Exception {
        Path rules = copyRules();
        Files.writeString(rules.resolve("old.drl"), String.join("\n",
                "package rules;",
                "import perfaudit.engine.Threshold;",
                "rule \"old style\"",
                "when",
                "    Threshold(key == \"lowExecutionRate\", $min : value)",
                "    FundFact(totalLine)",
                "then",
                "end", ""));
        RuleCompilationException e = assertThrows(RuleCompilationException.class, () -> RuleBase.compile(rules));
        assertTrue(e.errors().contains(rules.getFileName() + "/old.drl:5:5: thresholds are read by their name"
                + " (effectiveRate < settings.lowExecutionRate), not joined as Threshold(...) facts (audit sessions hold none, so"
                + " this would never match)"), e.errors().toString());
        assertTrue(e.errors().stream().anyMatch(m -> m.startsWith(rules.getFileName() + "/old.drl:2:1: perfaudit.engine.Threshold"
                + " is no longer there")), e.errors().toString());
    }

    @Test
    void aWordListIsEditedInTheTableAndChangesTheJudgement() throws Exception {
        Path rules = copyRules();
        Path form = temp.resolve("form.txt");
        Files.writeString(form, Files.readString(Path.of("rules/tests/clean.txt")).replace("≥1项\t1项\t15\t15\t",
                "达到预期效果\t大体实现\t15\t15\t"));
        assertFalse(AuditHarness.audit(RuleBase.compile(rules), List.of(form)).stream()
                .anyMatch(f -> f.ruleId().equals("ARITH-INDICATOR-SCORE")), "大体实现 says nothing to the shipped words");
        setSetting(rules, "qualitativePartialWords", "部分、基本达成、基本完成、大体实现");
        assertTrue(AuditHarness.audit(RuleBase.compile(rules), List.of(form)).stream()
                .anyMatch(f -> f.ruleId().equals("ARITH-INDICATOR-SCORE") && f.message().contains("为部分达成")),
                "大体实现 is now partly met, and full marks for it are out of the band");
    }

    @Test
    void anEmptyWordListIsReportedWithItsCell() throws Exception {
        Path rules = copyRules();
        setSetting(rules, "goalAmountWords", " ");
        RuleCompilationException e = assertThrows(RuleCompilationException.class, () -> RuleBase.compile(rules));
        assertTrue(e.errors().stream().anyMatch(m -> m.matches("settings\\.drl\\.xlsx!C\\d+: word list 'goalAmountWords' is empty.*")),
                e.errors().toString());
    }

    @Test
    void anUnknownOrMissingWordListIsReportedWithItsCell() throws Exception {
        Path rules = copyRules();
        SettingsCells.set(rules, "rateNameWords", SettingsCells.KEY, "rateNameWord");
        RuleCompilationException e = assertThrows(RuleCompilationException.class, () -> RuleBase.compile(rules));
        assertTrue(e.errors().stream().anyMatch(m -> m.matches("settings\\.drl\\.xlsx!B\\d+: 'rateNameWord' is not a word list"
                + " perfaudit reads.*")), e.errors().toString());
        assertTrue(e.errors().stream().anyMatch(m -> m.contains("the Words table must set 'rateNameWords'")),
                e.errors().toString());
    }

    @Test
    void aGradeBandIsEditedInTheTable() throws Exception {
        Path rules = copyRules();
        setSetting(rules, "gradeExcellentMin", "99.6");
        RuleBase base = RuleBase.compile(rules);
        assertEquals(perfaudit.finding.Grade.GOOD, base.judgements().grade(new java.math.BigDecimal("99.50")));
        assertEquals(perfaudit.finding.Grade.EXCELLENT, base.judgements().grade(new java.math.BigDecimal("99.60")));
    }

    private static int lineOf(Path file, String text) throws Exception {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }
}
