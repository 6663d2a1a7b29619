package perfaudit.engine;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import perfaudit.finding.Finding;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * For every rule id: an edit of the clean form (fixtures/rules/clean-form.txt, which audits with no
 * finding) that must trigger it, and a near-identical edit that must not.
 */
class RuleCasesTest {

    private static final Path CLEAN = Path.of("fixtures/rules/clean-form.txt");
    private static String clean;

    @TempDir
    Path temp;

    /** An edit: replace the first occurrence of {@code from} by {@code to}. */
    record Edit(String from, String to) {
    }

    record Case(String ruleId, List<Edit> trigger, List<Edit> nearMiss) {
        @Override
        public String toString() {
            return ruleId;
        }
    }

    static Edit edit(String from, String to) {
        return new Edit(from, to);
    }

    static final String TOTAL_FUNDS_ROW = "年度资金总额：\t100\t100\t95\t10\t95.00%\t9.50";
    static final String GRANT_ROW = "本年财政拨款\t100\t100\t95\t";
    static final String TOTAL_ROW = "100\t99.50";
    static final String HEADCOUNT = "培训人数\t\t≥100人\t120人\t20\t20\t";

    /** Sets 全年执行数 to {@code executed} with a consistent rate, budget score and 总分. */
    static List<Edit> executed(String executed, String rate, String score, String total) {
        return List.of(edit(TOTAL_FUNDS_ROW, "年度资金总额：\t100\t100\t" + executed + "\t10\t" + rate + "\t" + score),
                edit(GRANT_ROW, "本年财政拨款\t100\t100\t" + executed + "\t"),
                edit(TOTAL_ROW, "100\t" + total));
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("ARITH-RATE",
                        List.of(edit("95.00%\t9.50", "96.00%\t9.60"), edit(TOTAL_ROW, "100\t99.60")),
                        List.of(edit("95.00%\t9.50", "95.01%\t9.50"))),
                new Case("ARITH-BUDGET-SCORE",
                        List.of(edit("95.00%\t9.50", "95.00%\t9.05"), edit(TOTAL_ROW, "100\t99.05")),
                        List.of(edit("95.00%\t9.50", "95.00%\t9.51"), edit(TOTAL_ROW, "100\t99.51"))),
                new Case("ARITH-SCORE-RANGE",
                        List.of(edit("98%\t10\t10", "98%\t10\t11"), edit(TOTAL_ROW, "100\t100.50")),
                        List.of(edit("98%\t10\t10", "98%\t10\t10.00"))),
                new Case("ARITH-INDICATOR-SCORE",
                        List.of(edit(HEADCOUNT, "培训人数\t\t≥100人\t80人\t20\t20\t人数不足，下年增加场次")),
                        List.of(edit(HEADCOUNT, "培训人数\t\t≥100人\t80人\t20\t16\t人数不足，下年增加场次"),
                                edit(TOTAL_ROW, "100\t95.50"))),
                new Case("ARITH-TOTAL-SCORE",
                        List.of(edit(TOTAL_ROW, "100\t98.50")),
                        List.of(edit(TOTAL_ROW, "100\t99.51"))),
                new Case("ARITH-TOTAL-WEIGHT",
                        List.of(edit(TOTAL_ROW, "90\t99.50")),
                        List.of(edit(TOTAL_ROW, "100.00\t99.50"))),
                new Case("ARITH-CATEGORY-WEIGHT",
                        List.of(edit("产出指标 (50分)", "产出指标 (40分)")),
                        List.of(edit("产出指标 (50分)", "产出指标（50分）"))),
                new Case("TOTAL-FUNDS",
                        List.of(edit(GRANT_ROW, "本年财政拨款\t90\t100\t95\t")),
                        List.of(edit(GRANT_ROW, "本年财政拨款\t100.005\t100\t95\t"))),
                new Case("MISS-ACTUAL",
                        List.of(edit(HEADCOUNT, "培训人数\t\t≥100人\t\t20\t0\t")),
                        List.of(edit(HEADCOUNT, "培训人数\t\t≥100人\t100人\t20\t20\t"))),
                new Case("MISS-WEIGHT",
                        List.of(edit(HEADCOUNT, "培训人数\t\t≥100人\t120人\t\t20\t")),
                        List.of(edit(HEADCOUNT, "培训人数\t\t≥100人\t120人\t20.0\t20\t"))),
                new Case("MISS-SCORE",
                        List.of(edit(HEADCOUNT, "培训人数\t\t≥100人\t120人\t20\t\t")),
                        List.of(edit(HEADCOUNT, "培训人数\t\t≥100人\t120人\t20\t20.0\t"))),
                new Case("MISS-HEADER",
                        List.of(edit("主管部门\t\t101-测试主管局", "主管部门\t\t")),
                        List.of(edit("主管部门\t\t101-测试主管局", "主管部门\t\t测试主管局"))),
                new Case("MISS-DEVIATION",
                        List.of(edit(HEADCOUNT, "培训人数\t\t≥100人\t80人\t20\t16\t"), edit(TOTAL_ROW, "100\t95.50")),
                        List.of(edit(HEADCOUNT, "培训人数\t\t≥100人\t80人\t20\t16\t报名人数不足，下年提前宣传"),
                                edit(TOTAL_ROW, "100\t95.50"))),
                new Case("SCORE-NO-EVIDENCE",
                        List.of(edit(HEADCOUNT, "培训人数\t\t≥100人\t\t20\t20\t")),
                        List.of(edit(HEADCOUNT, "培训人数\t\t≥100人\t\t20\t0\t"), edit(TOTAL_ROW, "100\t79.50"))),
                new Case("GOAL-RESTATED",
                        List.of(edit("已培训 120 人，合格率 98%，全部任务按期完成。", "完成全年培训任务，项目总额 100 万元。")),
                        List.of(edit("已培训 120 人，合格率 98%，全部任务按期完成。", "已完成全年培训任务。"))),
                new Case("BUDGET-ZERO-EXEC",
                        executed("0", "0.00%", "0.00", "90.00"),
                        executed("0.5", "0.50%", "0.05", "90.05")),
                new Case("BUDGET-LOW-EXEC",
                        executed("85", "85.00%", "8.50", "98.50"),
                        executed("90", "90.00%", "9.00", "99.00")),
                new Case("BUDGET-OVERSPEND",
                        executed("105", "105.00%", "10.00", "100.00"),
                        executed("100", "100.00%", "10.00", "100.00")),
                new Case("BUDGET-ADJUSTED",
                        List.of(edit("年度资金总额：\t100", "年度资金总额：\t85"), edit("本年财政拨款\t100", "本年财政拨款\t85")),
                        List.of(edit("年度资金总额：\t100", "年度资金总额：\t91"), edit("本年财政拨款\t100", "本年财政拨款\t91"))),
                new Case("BUDGET-FULL-MARKS-LOW-EXEC",
                        executed("85", "85.00%", "8.50", "98.50"),
                        Stream.concat(executed("85", "85.00%", "8.50", "96.50").stream(), Stream.of(
                                edit(HEADCOUNT, "培训人数\t\t≥100人\t90人\t20\t18\t报名不足，下年提前宣传"))).toList()),
                new Case("BUDGET-COST-TARGET",
                        List.of(edit("≤80万元", "≤120万元")),
                        List.of(edit("≤80万元", "≤1000000元"))),
                new Case("BUDGET-GOAL-AMOUNT",
                        List.of(edit("项目总额 100 万元", "项目总额 120 万元")),
                        List.of(edit("项目总额 100 万元", "项目总额 1000000 元"))),
                new Case("DATE-WRONG-YEAR",
                        List.of(edit("2023年12月31日前", "2022年12月31日前")),
                        List.of(edit("2023年12月31日前", "2023年12月1日前"))),
                new Case("VALUE-RANGE",
                        List.of(edit("≥90%\t95%\t10\t10", "≥90%\t105%\t10\t10")),
                        List.of(edit("≥90%\t95%\t10\t10", "≥90%\t100%\t10\t10"))),
                new Case("LIST-MISMATCH",
                        List.of(edit("项目支出绩效自评表\n", "序号\t项目名称\t备注\n1\t规则测试项目（一期）\t\n附件：\n项目支出绩效自评表\n")),
                        List.of(edit("项目支出绩效自评表\n", "序号\t项目名称\t备注\n1\t规则测试项目\t\n附件：\n项目支出绩效自评表\n"))),
                new Case("DUPLICATE-PROJECT",
                        List.of(new Edit(null, "\n")),
                        List.of(new Edit(null, "\n"), edit("规则测试项目", "规则测试项目二"))),
                new Case("PARSE-PROBLEM",
                        List.of(edit("总分\t", "这一行不属于任何字段\n总分\t")),
                        List.of(edit("总分\t", "\n总分\t"))));
    }

    @BeforeAll
    static void readClean() throws IOException {
        clean = Files.readString(CLEAN, StandardCharsets.UTF_8);
    }

    @Test
    void theCleanFormHasNoFinding() {
        List<Finding> findings = AuditHarness.auditText(temp, "clean.txt", clean);
        assertTrue(findings.isEmpty(), () -> "clean form must audit clean: " + findings);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void triggersOnItsFixtureAndNotOnTheNearMiss(Case c) {
        Set<String> triggered = AuditHarness.ids(AuditHarness.auditText(temp, "trigger.txt", apply(c.trigger())));
        assertTrue(triggered.contains(c.ruleId()), c.ruleId() + " should fire; fired: " + triggered);
        Set<String> nearMiss = AuditHarness.ids(AuditHarness.auditText(temp, "near-miss.txt", apply(c.nearMiss())));
        assertFalse(nearMiss.contains(c.ruleId()), c.ruleId() + " must not fire on the near miss; fired: " + nearMiss);
    }

    @Test
    void everyRuleIdInTheRulesFolderHasACase() {
        Set<String> catalog = new TreeSet<>();
        AuditHarness.rules().base().catalog().forEach(r -> catalog.add(r.id()));
        catalog.add(perfaudit.finding.BuiltInRule.PARSE_PROBLEM.id());
        Set<String> covered = new TreeSet<>();
        cases().forEach(c -> covered.add(c.ruleId()));
        assertEquals(catalog, covered);
    }

    /** Applies edits to the clean form; an edit with {@code from == null} appends the form again after {@code to}. */
    private static String apply(List<Edit> edits) {
        String text = clean;
        for (Edit edit : edits) {
            if (edit.from() == null) {
                text = text + edit.to() + clean;
                continue;
            }
            int at = text.indexOf(edit.from());
            assertTrue(at >= 0, "fixture edit does not apply: " + edit.from());
            text = text.substring(0, at) + edit.to() + text.substring(at + edit.from().length());
        }
        return text;
    }
}
