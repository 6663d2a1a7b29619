package perfaudit.ingest.grammar.funds;

import org.junit.jupiter.api.Test;
import perfaudit.ingest.Inputs;
import perfaudit.ingest.Limits;
import perfaudit.model.Document;
import perfaudit.model.funds.FundLine;
import perfaudit.model.funds.Funds;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A glued 全年预算数 | 全年执行数 | 执行率 row whose hand-typed rate is a little off its amounts (宣城 2023: "1484631.00%" =
 * 148 | 46 | 31.00 %, true 31.08 %) is read when exactly one split prints a rate within half a point of its own amounts'
 * and spends a plausible share of its budget; the rate stays as printed. Two such splits, a rate further off, or an
 * execution far above the budget leave the row unread and reported. A sub-row printed before its siblings
 * ("10200%" = 102 | 0 | 0 %) is split once they are read, by the total less them.
 */
class GluedNearRateTest {

    private static Document withTotalRun(String run) {
        String text = "宣城市转移支付区域(项目)绩效目标自评表(2023年度)转移支付(项目)名称动物防疫补助中央主管部门农业农村部地方主管部门"
                + "省农业农村厅资金使用单位宣城市农业农村局资金投入情况(万元)全年预算数(A)全年执行数(B)预算执行率(B/A×100%)年度资金总额:"
                + run + "其中:中央财政资金10200%地方资金4646100%其他资金资金管理情况情况说明存在问题和改进措施分配科学性分配科学无\n";
        return Inputs.read(text.getBytes(StandardCharsets.UTF_8), "near.txt", Limits.DEFAULT);
    }

    private static String read(Funds funds) {
        return funds == null || funds.annualBudget() == null ? "unread"
                : funds.annualBudget() + " | " + funds.executed() + " | " + funds.executionRate();
    }

    @Test
    void theOnlySplitWithARateNearItsAmountsIsReadTheRateAsPrinted() {
        Document document = withTotalRun("1484631.00%");
        var form = document.forms().get(0);
        assertEquals("148 | 46 | 31.00", read(form.fundLine(FundLine.TOTAL)));
        assertEquals("102 | 0 | 0", read(form.fundLine(FundLine.CENTRAL)), "split by the total less 地方 once 地方 is read");
        assertEquals("46 | 46 | 100", read(form.fundLine(FundLine.LOCAL)));
        assertTrue(document.notes().stream().anyMatch(n -> n.reason().contains("a little off")), document.notes().toString());
        assertEquals(0, document.problems().stream().filter(p -> p.reason().contains("数字粘连")).count(), document.problems().toString());
    }

    @Test
    void twoNearSplitsAFarRateOrAnImplausibleExecutionAreNoReading() {
        for (String run : new String[] {
                "11654.75%",     // 11 | 6 | 54.75 % (54.55) and 116 | 5 | 4.75 % (4.31): ambiguous
                "1484632.00%",   // 148 | 46 | 32.00 %: 0.92 points off
                "1020200.3%"}) { // 10 | 20 | 200.3 %: near, but twice the budget spent
            Document document = withTotalRun(run);
            var form = document.forms().get(0);
            assertEquals("unread", read(form.fundLine(FundLine.TOTAL)), run);
            assertEquals(1, document.problems().stream().filter(p -> p.reason().contains("'" + run + "'")).count(),
                    run + ": " + document.problems());
        }
        assertTrue(withTotalRun("11654.75%").problems().stream().anyMatch(p -> p.reason().contains("2 splits print a 执行率")));
    }
}
