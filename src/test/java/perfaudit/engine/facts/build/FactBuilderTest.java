package perfaudit.engine.facts.build;

import org.junit.jupiter.api.Test;
import perfaudit.engine.AuditHarness;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The amount stated in a goal text, in 万元 (BUDGET-GOAL-AMOUNT compares it with the budget), found with
 * the words of the shipped settings table.
 */
class FactBuilderTest {

    private static BigDecimal goalAmount(String goal) {
        return AuditHarness.rules().base().judgements().goalAmount(goal);
    }

    private static void amount(String expected, String goal) {
        BigDecimal found = goalAmount(goal);
        assertEquals(expected == null ? null : new BigDecimal(expected).stripTrailingZeros(),
                found == null ? null : found.stripTrailingZeros(), goal);
    }

    @Test
    void readsEachKeywordAndUnit() {
        amount("102.16", "保障系统运行，项目总额 102.16 万元，全年完成。");
        amount("18", "总金额18万元");
        amount("26.54", "安排项目资金：26.54万元用于信息化");
        amount("1500", "预算资金 1,500 万元");
        amount("3", "资金总额为30000元");
        amount("20000", "总投资2亿元");
    }

    @Test
    void aKeywordLaterThanAnotherSpellingIsStillFound() {
        amount("7", "总体目标：完成培训。项目资金 7 万元。");
        amount("5", "资金到位后，总额 5 万元");
    }

    @Test
    void noAmountWithoutKeywordOrUnit() {
        assertNull(goalAmount(null));
        assertNull(goalAmount("完成年度培训任务 300 人次"));
        assertNull(goalAmount("发放补贴 30 万元"));
        assertNull(goalAmount("项目总体目标：完成建设"));
    }
}
