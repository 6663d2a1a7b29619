package perfaudit.ingest.grammar.funds;

import org.junit.jupiter.api.Test;
import perfaudit.ingest.Inputs;
import perfaudit.ingest.Limits;
import perfaudit.model.Document;
import perfaudit.model.funds.FundLine;
import perfaudit.model.funds.Funds;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Glued text whose sub-rows are all glued runs ("中央补助40004000100%地方资金10001000100%", blind form d07): no sibling is
 * read yet when a sub-row is, so its own 执行率 agreeing with its own amounts confirms its split. Before, both sub-rows
 * kept the whole run as a 执行率 of 40004000100 % (silent). A run its own rate does not confirm stays unsplit.
 */
class GluedSubRowsTest {

    private static Document read(String totalRun, String subRows) {
        String text = "中央对地方专项转移支付区域绩效目标自评表(2022年度)转移支付(项目)名称乡村振兴补助资金中央主管部门财政部地方主管部门"
                + "青石县乡村振兴局资金使用单位青石县乡村振兴局资金情况(万元)全年预算数(A)全年执行数(B)执行率(B/A)年度资金总额" + totalRun
                + "其中:" + subRows + "年度总体目标预期目标实际完成情况\n";
        return Inputs.read(text.getBytes(StandardCharsets.UTF_8), "subrows.txt", Limits.DEFAULT);
    }

    private static String read(Funds funds) {
        return funds == null ? "none" : funds.annualBudget() + " | " + funds.executed() + " | " + funds.executionRate();
    }

    @Test
    void gluedSubRowsEachConfirmedByTheirOwnRate() {
        var form = read("50005000100%", "中央补助40004000100%地方资金10001000100%").forms().get(0);
        assertEquals("5000 | 5000 | 100", read(form.fundLine(FundLine.TOTAL)));
        assertEquals("4000 | 4000 | 100", read(form.fundLine(FundLine.CENTRAL)));
        assertEquals("1000 | 1000 | 100", read(form.fundLine(FundLine.LOCAL)));
    }

    @Test
    void gluedSubRowsWithPartialExecution() {
        var form = read("5000480096%", "中央补助4000380095%地方资金10001000100%").forms().get(0);
        assertEquals("5000 | 4800 | 96", read(form.fundLine(FundLine.TOTAL)));
        assertEquals("4000 | 3800 | 95", read(form.fundLine(FundLine.CENTRAL)));
        assertEquals("1000 | 1000 | 100", read(form.fundLine(FundLine.LOCAL)));
    }
}
