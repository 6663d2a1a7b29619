package perfaudit.engine;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import perfaudit.Fixtures;
import perfaudit.finding.Finding;
import perfaudit.finding.Severity;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What an auditor finds in the two seed documents, checked form by form. */
class SeedAuditTest {

    private static List<Finding> findings;

    @BeforeAll
    static void audit() {
        findings = AuditHarness.audit(AuditHarness.rules(), List.of(Fixtures.TABBED_SEED, Fixtures.FLOW_SEED));
    }

    private static Set<String> idsFor(String formNamePart) {
        return findings.stream().filter(f -> f.form() != null && f.form().contains(formNamePart))
                .map(Finding::ruleId).collect(Collectors.toSet());
    }

    private static long count(String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).count();
    }

    private static void assertFires(String form, String ruleId) {
        assertTrue(idsFor(form).contains(ruleId), form + " should have " + ruleId + "; has " + idsFor(form));
    }

    @Test
    void theFindingsTheIssueNames() {
        assertFires("村干部养老保险待遇补贴", "BUDGET-ZERO-EXEC");
        assertFires("城乡居民基本养老保险基金", "BUDGET-LOW-EXEC");
        assertFires("发放社会保障 IC 卡业务费", "BUDGET-FULL-MARKS-LOW-EXEC");
        assertFires("信息网络设备管理维护", "DATE-WRONG-YEAR");
        assertFires("金保工程运行费", "BUDGET-GOAL-AMOUNT");
        assertFires("人社信息业务工作经费", "BUDGET-ADJUSTED");
        assertFires("停征退管服务费补助", "MISS-ACTUAL");
    }

    @Test
    void executionRateArithmeticIsRightOnEverySeedForm() {
        assertEquals(0, count("ARITH-RATE"));
        assertEquals(0, count("ARITH-BUDGET-SCORE"));
        assertEquals(0, count("ARITH-TOTAL-SCORE"));
        assertEquals(0, count("TOTAL-FUNDS"));
        assertEquals(0, count("PARSE-PROBLEM"));
    }

    @Test
    void everyIndicatorOfThe2023FormsLacksItsActualValue() {
        // 27 forms: no 实际完成值 anywhere; placeholder rows (no name, no target) excepted
        long formsWithMissingActuals = findings.stream().filter(f -> f.ruleId().equals("MISS-ACTUAL"))
                .map(Finding::form).distinct().count();
        assertEquals(27, formsWithMissingActuals);
        assertTrue(idsFor("金保工程运行费").stream().noneMatch(id -> id.equals("MISS-ACTUAL")), "2024 forms have actuals");
    }

    @Test
    void whatElseAnAuditorFinds() {
        // 26 of the 27 tabbed forms have no indicator 分值 although 总分 says 100: one MISS-WEIGHT per form
        // listing its rows, the 总分 that cannot add up folded into it (rules/folding.csv), not reported apart
        assertEquals(0, count("ARITH-TOTAL-WEIGHT"));
        List<Finding> weights = findings.stream().filter(f -> f.ruleId().equals("MISS-WEIGHT")).toList();
        assertEquals(26, weights.size());
        assertEquals(26, weights.stream().map(Finding::form).distinct().count(), "one per form");
        weights.forEach(w -> assertEquals(List.of("ARITH-TOTAL-WEIGHT"), w.folded().stream().map(Finding::ruleId).toList(),
                w.form()));
        assertTrue(weights.stream().allMatch(w -> w.message().contains("另 ARITH-TOTAL-WEIGHT：总分分值 100")));
        // the only tabbed form with weights gives full marks without any 实际完成值 (9 non-blank rows): one
        // finding standing for its 9 rows
        assertEquals(1, count("SCORE-NO-EVIDENCE"));
        Finding noEvidence = findings.stream().filter(f -> f.ruleId().equals("SCORE-NO-EVIDENCE")).findFirst().orElseThrow();
        assertEquals(9, noEvidence.rows().size());
        assertTrue(noEvidence.message().startsWith("9 处实际完成值为空却给满分：第 141–148、151 行"), noEvidence.message());
        assertFires("多层次人才奖励金", "BUDGET-FULL-MARKS-LOW-EXEC");
        // 26 forms copy 预期目标 into 实际完成情况
        assertEquals(26, count("GOAL-RESTATED"));
        // list names that differ from the forms' names
        Set<String> renamed = findings.stream().filter(f -> f.ruleId().equals("LIST-MISMATCH"))
                .map(Finding::form).collect(Collectors.toSet());
        assertEquals(Set.of("就业促进暖心心行动工作经费(就业中心)(原就业创业促进工程工作经费)",
                "脱贫稳就业、创业创新大赛工作经费", "社保基金管理经费(待遇认定、代办等)"), renamed);
        // cost targets larger than the whole budget
        assertFires("停征退管服务费补助", "BUDGET-COST-TARGET");
        assertFires("多层次人才奖励金", "BUDGET-COST-TARGET");
        assertFires("农民工工资、案件调查", "BUDGET-COST-TARGET");
        // the goal of 人社信息业务工作经费 states 26.54 万元 against a budget of 7.00
        assertFires("人社信息业务工作经费", "BUDGET-GOAL-AMOUNT");
        // 不适用 indicators scored 5 points each: one finding, its two rows in the detail
        List<Finding> notApplicable = findings.stream().filter(f -> f.ruleId().equals("ARITH-INDICATOR-SCORE")
                && f.form().equals("金保工程运行费")).toList();
        assertEquals(1, notApplicable.size());
        assertEquals(List.of("得分 · 经济效益指标", "得分 · 生态效益指标"),
                notApplicable.get(0).rows().stream().map(Finding::field).toList());
    }

    @Test
    void findingsCarryEveryField() {
        for (Finding finding : findings) {
            assertTrue(finding.ruleId() != null && finding.severity() != null && finding.file() != null
                    && finding.location() != null && finding.field() != null && finding.message() != null,
                    "incomplete finding " + finding);
        }
        Finding zero = findings.stream().filter(f -> f.ruleId().equals("BUDGET-ZERO-EXEC")).findFirst().orElseThrow();
        assertEquals("002_45c397f42cae37ec.txt", zero.file());
        assertEquals(337, zero.location().line());
        assertEquals("0", zero.found());
        assertEquals(Severity.WARNING, zero.severity());
    }

    @Test
    void findingsAreSortedDeterministically() {
        List<Finding> again = AuditHarness.audit(AuditHarness.rules(), List.of(Fixtures.FLOW_SEED, Fixtures.TABBED_SEED));
        assertEquals(findings, again);
    }
}
