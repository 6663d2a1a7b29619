package perfaudit.ingest.grammar.funds;

import org.junit.jupiter.api.Test;
import perfaudit.ingest.Inputs;
import perfaudit.ingest.Limits;
import perfaudit.model.Document;
import perfaudit.model.funds.FundLine;
import perfaudit.model.funds.Funds;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A 四川 (family D) funds table as a Word table: 预算执行情况（10分） merged down the rows in the first column, each row's
 * label a cell spanning three grid columns, the figures under 年初预算 / 调整后预算数 / 预算执行数 in the next ones. The
 * rows keep the anchor's column, so they share the header's grid: a sub-row's figures stand under their headings. They
 * were placed from the label instead, as if right after it, and a sub-row (only amounts) moved two columns right: 财政资金
 * 200 | 170 | 161.5 read as 执行数 200, 执行率 170 (blind form e02). Here in tabbed text, cells as the grid places them.
 */
class FundsLabelSpanTest {

    private static final String FORM = """
            部门预算项目支出绩效自评表
            （2022年度）
            项目名称\t示例公路养护
            主管部门\t示例交通局\t实施单位\t示例养护站
            预算执行情况（10分）\t\t\t\t年初预算\t调整后预算数\t预算执行数\t预算执行率\t权重\t得分\t原因
            \t总额\t\t\t200\t170\t161.5\t95.00%\t10\t9.5\t调减预算
            \t财政资金\t\t\t200\t170\t161.5\t\t\t\t
            \t其他资金\t\t\t0\t0\t0\t\t\t\t
            绩效指标（90分）\t一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t完成值\t权重\t得分\t未完成原因分析
            \t产出指标\t数量指标\t养护公路里程\t≥\t320\t公里\t326\t90\t90\t
            """;

    @Test
    void subRowFiguresStandUnderTheirHeadings() {
        Document doc = Inputs.read(FORM.getBytes(StandardCharsets.UTF_8), "d.txt", Limits.DEFAULT);
        Funds sub = doc.forms().get(0).funds().get(FundLine.CURRENT_YEAR);
        assertEquals(0, sub.initialBudget().compareTo(new BigDecimal("200")));
        assertEquals(0, sub.annualBudget().compareTo(new BigDecimal("170")));
        assertEquals(0, sub.executed().compareTo(new BigDecimal("161.5")));
        assertNull(sub.executionRate());
        Funds other = doc.forms().get(0).funds().get(FundLine.OTHER);
        assertEquals(0, other.annualBudget().compareTo(BigDecimal.ZERO));
        assertNull(other.weight());
    }
}
