package perfaudit.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import perfaudit.Fixtures;
import perfaudit.SettingsCells;
import perfaudit.finding.Finding;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rule language auditors write: report($f, field, expected, found) with an @message template,
 * thresholds read by name, placeholders filled from the fact, the rule's variables and the thresholds.
 * Every mistake is reported at its line and column (counted from 1), before a form is read.
 */
class RuleLanguageTest {

    private static final Path CLEAN = Path.of("rules/tests/clean.txt");

    @TempDir
    Path temp;

    /** The project's rules with {@code from} replaced by {@code to} in {@code file}. */
    private Path rulesWith(String file, String from, String to) throws IOException {
        Path rules = Fixtures.copyRules(temp);
        Path drl = rules.resolve(file);
        String text = Files.readString(drl, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), from);
        Files.writeString(drl, text.replace(from, to), StandardCharsets.UTF_8);
        return rules;
    }

    /** {@code rules/FILE:LINE:COL: } of the first occurrence of {@code text} in the file. */
    private static String at(Path rules, String file, String text) throws IOException {
        List<String> lines = Files.readAllLines(rules.resolve(file), StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            int column = lines.get(i).indexOf(text);
            if (column >= 0) {
                return rules.getFileName() + "/" + file + ":" + (i + 1) + ":" + (column + 1) + ": ";
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    private static List<String> errors(Path rules) {
        return assertThrows(RuleCompilationException.class, () -> RuleBase.compile(rules)).errors();
    }

    private static void assertError(List<String> errors, String prefix, String... parts) {
        assertTrue(errors.stream().anyMatch(e -> e.startsWith(prefix) && List.of(parts).stream().allMatch(e::contains)),
                "expected " + prefix + String.join(" … ", parts) + " in\n" + String.join("\n", errors));
    }

    @Test
    void aMisspeltFieldInAConditionIsReportedAtTheConditionWithTheNameMeant() throws Exception {
        Path rules = rulesWith("budget.drl", "effectiveRate < settings.lowExecutionRate", "effectivRate < settings.lowExecutionRate");
        assertError(errors(rules), at(rules, "budget.drl", "effectivRate <"), "'effectivRate' is not a field of a fact",
                "did you mean effectiveRate?");
    }

    @Test
    void aMisspeltThresholdInAConditionIsReportedAtTheConditionWithTheNameMeant() throws Exception {
        Path rules = rulesWith("budget.drl", "effectiveRate < settings.lowExecutionRate", "effectiveRate < settings.lowExecRate");
        assertError(errors(rules), at(rules, "budget.drl", "lowExecRate"), "'lowExecRate' is not a threshold of the settings table",
                "did you mean lowExecutionRate?");
    }

    @Test
    void aMisspeltPlaceholderInAMessageIsReportedAtThePlaceholder() throws Exception {
        Path rules = rulesWith("budget.drl", "@message(\"执行率 {effectiveRate}%", "@message(\"执行率 {effectivRate}%");
        assertError(errors(rules), at(rules, "budget.drl", "{effectivRate}"),
                "{effectivRate} is neither a threshold nor a field of a fact", "did you mean {effectiveRate}?",
                "rule \"BUDGET-LOW-EXEC\"");
    }

    @Test
    void aMisspeltPlaceholderInAReportedValueIsReportedAtThePlaceholder() throws Exception {
        Path rules = rulesWith("budget.drl", "\"≤ {annualBudget}\", \"{executed}\"", "\"≤ {annualBudgt}\", \"{executed}\"");
        assertError(errors(rules), at(rules, "budget.drl", "{annualBudgt}"), "did you mean {annualBudget}?");
    }

    @Test
    void aDescriptionShowsThresholdsOnly() throws Exception {
        Path rules = rulesWith("budget.drl", "@description(\"有预算而全年执行数为 0 — budgeted", "@description(\"有预算而全年执行数为 {executed} — budgeted");
        assertError(errors(rules), at(rules, "budget.drl", "{executed} — budgeted"), "a description shows thresholds only");
    }

    @Test
    void aVariableTheRuleDoesNotBindIsAnError() throws Exception {
        Path rules = rulesWith("budget.drl", "（{$form.costTargets}）", "（{$from.costTargets}）");
        assertError(errors(rules), at(rules, "budget.drl", "{$from.costTargets}"), "the rule binds no $from");
    }

    @Test
    void aRuleThatReportsNeedsAMessage() throws Exception {
        Path rules = rulesWith("budget.drl",
                "    @message(\"全年执行数 {executed} 超过全年预算数 {annualBudget} — executed more than the annual budget\")\n", "");
        assertError(errors(rules), at(rules, "budget.drl", "rule \"BUDGET-OVERSPEND\""),
                "rule \"BUDGET-OVERSPEND\" reports findings, so it needs @id(\"...\") and @message(\"...\")");
    }

    @Test
    void theOldWaysOfWritingARuleAreErrorsThatSayWhatToWrite() throws Exception {
        Path rules = rulesWith("budget.drl", "    report($f, \"全年执行数\", \"> 0\", \"{executed}\");",
                "    findings.report(drools, $f.getLocation(), $f.getFormName(), \"x\", \"y\", \"z\", \"m \" + settings.value(\"tolerance\"));");
        List<String> errors = errors(rules);
        assertError(errors, at(rules, "budget.drl", "findings.report("), "report($fact, \"field\", expected, found)");
        assertError(errors, at(rules, "budget.drl", "settings.value("), "write settings.tolerance instead of settings.value(\"tolerance\")");
    }

    @Test
    void anUnknownMethodInAConsequenceIsReportedAtItsName() throws Exception {
        Path rules = rulesWith("budget.drl", "$form.getGoalLocation()", "$form.getGoalLocatoin()");
        assertError(errors(rules), at(rules, "budget.drl", "getGoalLocatoin"), "The method getGoalLocatoin() is undefined",
                "(in rule \"BUDGET-GOAL-AMOUNT\")");
    }

    @Test
    void aSyntaxErrorIsReportedAtItsLineAndColumnFromOne() throws Exception {
        Path rules = rulesWith("budget.drl", "$f : FundFact(totalLine, annualBudget > 0, executed == 0)\nthen",
                "$f : FundFact(totalLine, annualBudget > 0, executed == 0\nthen");
        // the first rule of the file is the broken one: its "then" is where the parser stops
        assertError(errors(rules), at(rules, "budget.drl", "then"), "mismatched input 'then'");
    }

    @Test
    void aThresholdNamedLikeAFieldIsAnErrorAtItsCell() throws Exception {
        Path rules = Fixtures.copyRules(temp);
        SettingsCells.set(rules, "maxPercent", SettingsCells.KEY, "cappedPercent");
        assertTrue(errors(rules).stream().anyMatch(e -> e.matches("settings\\.drl\\.xlsx!B\\d+: threshold 'cappedPercent'"
                + " has the name of a fact's field.*")));
    }

    private static final String NEW_RULE = """
            package rules;

            rule "TEST-NEW placeholders"
                @id("TEST-NEW") @severity("INFO") @family("test")
                @description("培训人数目标不低于 {maxPercent} — a test rule")
                @message("「{label}」属于「{$form.projectName}」，{$year} 年，容差 {tolerance}，缺 {deviation}")
            when
                $form : FormFact($id : id, $year : year)
                $i : IndicatorFact(formId == $id, name == "培训人数")
            then
                report($i, "测试 · {label}", "{$form.unitName}", 42);
            end

            rule "TEST-NEW wrong fact"
                @id("TEST-NEW-WRONG") @severity("INFO") @family("test")
                @description("a placeholder its fact lacks")
                @message("{annualBudget}")
            when
                $i : IndicatorFact(name == "培训人数")
            then
                report($i, "x", null, null);
            end
            """;

    @Test
    void placeholdersAreFilledFromTheFactTheRulesVariablesAndTheThresholds() throws Exception {
        Path rules = Fixtures.copyRules(temp);
        Files.writeString(rules.resolve("extra.drl"), NEW_RULE, StandardCharsets.UTF_8);
        RuleBase base = RuleBase.compile(rules);
        List<Finding> findings = AuditHarness.audit(base, List.of(CLEAN));
        Finding found = findings.stream().filter(f -> f.ruleId().equals("TEST-NEW")).findFirst().orElseThrow();
        assertEquals("「培训人数」属于「规则测试项目」，2023 年，容差 0.01，缺 （空）", found.message());
        assertEquals("测试 · 培训人数", found.field());
        assertEquals("测试实施中心", found.expected());
        assertEquals("42", found.found());
        assertEquals("规则测试项目", found.form());
        assertEquals("clean.txt", found.file());
        assertTrue(found.location().line() > 0);
        assertEquals("培训人数目标不低于 100 — a test rule", base.catalog().stream()
                .filter(rule -> rule.id().equals("TEST-NEW")).findFirst().orElseThrow().description());
    }

    @Test
    void aPlaceholderTheReportedFactLacksCostsTheFormARuleFailedFinding() throws Exception {
        Path rules = Fixtures.copyRules(temp);
        Files.writeString(rules.resolve("extra.drl"), NEW_RULE, StandardCharsets.UTF_8);
        List<Finding> findings = AuditHarness.audit(RuleBase.compile(rules), List.of(CLEAN));
        Finding failed = findings.stream().filter(f -> f.ruleId().equals("RULE-FAILED")).findFirst().orElseThrow();
        assertEquals("TEST-NEW-WRONG", failed.field());
        assertTrue(failed.message().contains("placeholder {annualBudget} is neither a field of IndicatorFact nor a threshold"),
                failed.message());
        assertTrue(findings.stream().anyMatch(f -> f.ruleId().equals("TEST-NEW")), "the other rules went on");
    }

    @Test
    void aDescriptionShowsTheThresholdInForce() throws Exception {
        Path rules = Fixtures.copyRules(temp);
        SettingsCells.set(rules, "lowExecutionRate", SettingsCells.VALUE, "85");
        RuleBase.RuleInfo low = RuleBase.compile(rules).catalog().stream()
                .filter(rule -> rule.id().equals("BUDGET-LOW-EXEC")).findFirst().orElseThrow();
        assertEquals("执行率低于 85%，应说明原因 — execution rate below 85%", low.description());
    }
}
