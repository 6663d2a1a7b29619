package perfaudit.ingest.grammar.funds;

import org.junit.jupiter.api.Test;
import perfaudit.ingest.Inputs;
import perfaudit.ingest.Limits;
import perfaudit.model.Document;
import perfaudit.model.Form;
import perfaudit.model.funds.FundLine;
import perfaudit.model.funds.Funds;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A family F (广水) by-source funds row that a flattened PDF printed out of column order, among the head's other
 * labels: read only where the amounts split one way into sources adding up to the 合计 and an 执行数 whose rate is the
 * printed one; refused otherwise; a row printed in order under its headings is read as before, source by source.
 */
class ScatteredSourceRowTest {

    /** The head of a 广水 form as its PDF's text prints it (labels first, values later), with the funds row's figures. */
    private static String flattened(String figures, String moreFigures) {
        return flattened(" 项目负责人 李明 1、常年性 2、延续性□ 3、一次性□ 4、新增性□", figures, moreFigures);
    }

    /** As above, with {@code beforeSources} printed between the unit names and the source headings. */
    private static String flattened(String beforeSources, String figures, String moreFigures) {
        return "堤防维修项目自评表.pdf\n广水市财政预算支出项目绩效目标自评表 填报日期:2022 年 8 月 10 项目名称 项目主管单 位 自评总分: 90"
                + " 项目实施单位 广水市水利局 广水市水利局" + beforeSources
                + " 中央 省、地 本级 其他 合计 执行数 执行 (万元) (万元) (万元) (万元) (万元) (万元) 率 " + figures
                + " 来源 项目年度目 标 单位领导审签: 堤防维修项目 项目属性 项目资金 日 " + moreFigures
                + " 1.完成堤防维修 12 公里; 项目权重 评价内容 分值 自评分 项目决策 2 分 决策依据 2 2\n";
    }

    private static Document read(String text) {
        return Inputs.read(text.getBytes(StandardCharsets.UTF_8), "f.txt", Limits.DEFAULT);
    }

    @Test
    void theOneSplitTheArithmeticAllowsIsRead() {
        // 120 + 80 = 200 (sources = 合计), 190 / 200 = 95 %: the only split that adds up
        Document doc = read(flattened("120 80", "200 190 95 %"));
        Form form = doc.forms().get(0);
        Funds total = form.fundLine(FundLine.TOTAL);
        assertEquals(0, new BigDecimal("200").compareTo(total.annualBudget()));
        assertEquals(0, new BigDecimal("190").compareTo(total.executed()));
        assertEquals(0, new BigDecimal("95").compareTo(total.executionRate()));
        assertNull(form.fundLine(FundLine.CENTRAL), "which source held 120 and which 80 is not told");
        assertTrue(doc.notes().stream().anyMatch(n -> n.reason().contains("来源列无法确定")), doc.notes().toString());
        assertEquals(0, form.indicators().size(), "the indicator table is in the same lost column order");
    }

    @Test
    void sourceHeadingsRightAfterTheUnitNamesEndTheUnitsValue() {
        // the headings open the funds table, so they are no part of the 实施单位 printed before them
        Document doc = read(flattened("", "120 80", "200 190 95 %"));
        Form form = doc.forms().get(0);
        assertEquals("广水市水利局", form.implementingUnit().name());
        assertEquals(0, new BigDecimal("200").compareTo(form.fundLine(FundLine.TOTAL).annualBudget()));
        assertEquals(0, new BigDecimal("190").compareTo(form.fundLine(FundLine.TOTAL).executed()));
    }

    @Test
    void aRateNoSplitMatchesIsRefused() {
        Document doc = read(flattened("120 80", "200 190 90 %"));
        Form form = doc.forms().get(0);
        assertNull(form.fundLine(FundLine.TOTAL));
        assertTrue(doc.notes().stream().anyMatch(n -> n.reason().contains("没有一种读法能核对")), doc.notes().toString());
    }

    @Test
    void withoutARateNothingIsRead() {
        Document doc = read(flattened("120 80", "200 190"));
        assertNull(doc.forms().get(0).fundLine(FundLine.TOTAL));
        assertTrue(doc.notes().stream().anyMatch(n -> n.reason().contains("数字不全")), doc.notes().toString());
    }

    @Test
    void aRowInOrderUnderItsHeadingsIsReadSourceBySource() {
        // must not change: the row named by its line, in column order (fixtures/families/F-clean.txt)
        Document doc = read("广水市财政预算支出项目绩效目标自评表\n项目名称 2022年广水市农作物病虫害统防统治项目\n"
                + "主管部门 广水市农业农村局 实施单位 广水市植物保护站\n"
                + "项目资金(万元) 中央 省、地 本级 其他 合计 执行数 执行率\n"
                + "    年度资金总额 45.00 20.00 15.00 0 80.00 78.40 98.00%\n");
        Form form = doc.forms().get(0);
        assertEquals(0, new BigDecimal("45").compareTo(form.fundLine(FundLine.CENTRAL).annualBudget()));
        assertEquals(0, new BigDecimal("78.4").compareTo(form.fundLine(FundLine.TOTAL).executed()));
        assertTrue(doc.notes().stream().noneMatch(n -> n.reason().contains("顺序错乱")), doc.notes().toString());
    }
}
