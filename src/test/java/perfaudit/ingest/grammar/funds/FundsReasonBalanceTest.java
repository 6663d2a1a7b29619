package perfaudit.ingest.grammar.funds;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import perfaudit.ingest.Inputs;
import perfaudit.ingest.Limits;
import perfaudit.model.Document;
import perfaudit.model.Form;
import perfaudit.model.funds.FundLine;
import perfaudit.model.funds.Funds;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The funds table's columns beside its amounts: the 原因 a 四川 (D) form prints, read as text with its cell,
 * and the 实际到位资金 / 结余 a 湖南 (H) form prints, read as figures; in every serialisation the funds table
 * is read from, the amounts as they were.
 */
class FundsReasonBalanceTest {

    private static final String NOTE = "1.预算执行率=预算执行数/调整后预算数,预算执行率未达到90%的需说明原因(100字以内);"
            + "2.年中发生预算调整的(追加或调减),应单独说明理由;3.其他资金包括:社会投入资金、银行贷款.";

    /** A family D form (real 04's shape) whose 原因 cell, on the 总额 row, holds a reason and the note. */
    private static final List<List<String>> SICHUAN = List.of(
            List.of("部门预算项目支出绩效自评表(2023年度)"),
            List.of("项目名称", "51000021R000000019951-工资性支出"),
            List.of("主管部门", "青神县发展和改革局", "实施单位", "青神县发展和改革局"),
            List.of("预算执行情况(10分)", "年度预算数(万元)", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分", "原因"),
            List.of("总额", "238.93", "251.89", "251.89", "100.00%", "10", "10", "年中追加人员经费12.96万元;" + NOTE),
            List.of("其中:财政资金", "238.93", "251.89", "251.89", "100.00%", "/", "/"),
            List.of("财政专户管理资金", "0.00", "0.00", "0.00", "0.00%", "/", "/"),
            List.of("单位资金", "0.00", "0.00", "0.00", "0.00%", "/", "/"),
            List.of("绩效指标(90分)", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分", "未完成原因分析"),
            List.of("产出指标", "数量指标", "发放覆盖率", "=", "100", "%", "100", "60", "60", ""));

    /** A family H funds table (blind g02's figures): 结余 14 printed where 260 − 236 = 24. */
    private static final List<List<String>> HUNAN = List.of(
            List.of("财政支出项目绩效评价自评报告"),
            List.of("项目名称", "石溪县农村公路安保工程"),
            List.of("项目单位", "石溪县公路建设养护中心", "主管部门", "石溪县交通运输局"),
            List.of("资金情况（万元）", "计划安排资金", "实际到位资金", "实际支出", "结余"),
            List.of("合计", "260", "255", "236", "14"),
            List.of("中央", "150", "150", "150", "0"),
            List.of("省", "60", "55", "52", "3"),
            List.of("县市区", "50", "50", "34", "16"),
            List.of("定性目标", "预期目标", "实际完成"),
            List.of("", "完善农村公路安全防护设施", "完成安保工程112公里"));

    private static Document read(String text, String name) {
        return Inputs.read(text.getBytes(StandardCharsets.UTF_8), name, Limits.DEFAULT);
    }

    private static String render(List<List<String>> rows, String layout) {
        return switch (layout) {
            case "tabbed" -> rows.stream().map(r -> String.join("\t", r)).collect(Collectors.joining("\n"));
            case "pipe" -> rows.stream().map(r -> String.join(" | ", r) + " | |||").collect(Collectors.joining("\n"));
            case "cell-bar" -> rows.stream().flatMap(List::stream).map(c -> c.isEmpty() ? "|" : c + " |")
                    .collect(Collectors.joining("\n"));
            case "cell-a-line" -> rows.stream().flatMap(List::stream).filter(c -> !c.isEmpty())
                    .collect(Collectors.joining("\n\n"));
            default -> throw new IllegalArgumentException(layout);
        };
    }

    private static Form onlyForm(Document document, String what) {
        assertEquals(1, document.forms().size(), what + ": " + document.problems());
        return document.forms().get(0);
    }

    private static void assertAmount(String expected, BigDecimal actual, String what) {
        assertTrue(actual != null && new BigDecimal(expected).compareTo(actual) == 0, what + ": " + expected + " vs " + actual);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tabbed", "pipe", "cell-bar", "cell-a-line"})
    void theReasonIsReadAsPrintedWithItsCell(String layout) {
        Form form = onlyForm(read(render(SICHUAN, layout), "d-" + layout + ".txt"), layout);
        Funds total = form.fundLine(FundLine.TOTAL);
        assertNotNull(total.reason(), layout + ": " + total);
        assertEquals("年中追加人员经费12.96万元;" + NOTE, total.reason().text(), layout);
        assertTrue(total.reason().location().line() > 0, layout);
        assertTrue(form.template().fundReasons(), layout + ": the header prints 原因");
        assertAmount("238.93", total.initialBudget(), layout);
        assertAmount("251.89", total.annualBudget(), layout);
        assertAmount("251.89", total.executed(), layout);
        assertAmount("10", total.score(), layout);
        assertNull(form.fundLine(FundLine.CURRENT_YEAR).reason(), layout + ": the merged cell stands on the total's row");
    }

    @Test
    void theReasonPointsAtItsOwnLine() {
        Form form = onlyForm(read(render(SICHUAN, "cell-bar"), "d.txt"), "cell-bar");
        // a cell a line: the 总额 row starts on line 17 (总额, four figures, 权重, 得分), its 原因 on line 24
        assertEquals(24, form.fundLine(FundLine.TOTAL).reason().location().line());
    }

    @Test
    void aTableWithoutTheColumnHasNoReasonsToJudge() {
        List<List<String>> rows = SICHUAN.stream().map(r -> r.size() > 7 && r.get(0).equals("预算执行情况(10分)")
                ? r.subList(0, 8) : r.size() == 8 && r.get(0).equals("总额") ? r.subList(0, 7) : r).toList();
        Form form = onlyForm(read(render(rows, "tabbed"), "d-no-reason.txt"), "no 原因");
        assertFalse(form.template().fundReasons());
        assertNull(form.fundLine(FundLine.TOTAL).reason());
    }

    @ParameterizedTest
    @ValueSource(strings = {"tabbed", "pipe", "cell-bar", "cell-a-line"})
    void theBalanceAndTheMoneyReceivedAreRead(String layout) {
        Form form = onlyForm(read(render(HUNAN, layout), "h-" + layout + ".txt"), layout);
        Funds total = form.fundLine(FundLine.TOTAL);
        assertAmount("260", total.annualBudget(), layout);
        assertAmount("236", total.executed(), layout);
        assertAmount("255", total.received(), layout);
        assertAmount("14", total.balance(), layout);
        assertAmount("3", form.fundLine(FundLine.PROVINCIAL).balance(), layout);
        assertAmount("55", form.fundLine(FundLine.PROVINCIAL).received(), layout);
        assertAmount("52", form.fundLine(FundLine.PROVINCIAL).executed(), layout);
    }

    /** The table the other way round (H as published: a row per measure, a column per source). */
    @ParameterizedTest
    @ValueSource(strings = {"tabbed", "pipe"})
    void theBalanceRowOfATableBySource(String layout) {
        List<List<String>> rows = List.of(
                List.of("财政支出项目绩效评价自评报告"),
                List.of("项目名称", "涟源市农村公路安全生命防护工程"),
                List.of("项目单位", "涟源市公路建设养护中心", "主管部门", "涟源市交通运输局"),
                List.of("项目资金(万元)", "合计", "中央", "省", "县市区"),
                List.of("计划安排资金", "860.00", "450.00", "240.00", "170.00"),
                List.of("实际到位资金", "860.00", "450.00", "240.00", "170.00"),
                List.of("实际支出", "832.56", "450.00", "240.00", "142.56"),
                List.of("结余", "27.44", "0.00", "0.00", "27.44"),
                List.of("定性目标", "预期目标", "实际完成"),
                List.of("", "完成58条隐患路段安防工程", "完成58条"));
        Form form = onlyForm(read(render(rows, layout), "h-by-source-" + layout + ".txt"), layout);
        assertAmount("27.44", form.fundLine(FundLine.TOTAL).balance(), layout);
        assertAmount("860", form.fundLine(FundLine.TOTAL).received(), layout);
        assertAmount("0", form.fundLine(FundLine.CENTRAL).balance(), layout);
        assertAmount("27.44", form.fundLine(FundLine.COUNTY).balance(), layout);
        assertAmount("832.56", form.fundLine(FundLine.TOTAL).executed(), layout);
    }
}
