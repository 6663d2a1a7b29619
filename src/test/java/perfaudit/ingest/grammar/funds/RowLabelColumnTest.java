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

/**
 * A 河北 (family G) funds table heads its rows' labels with an unread column, 资金来源, before 预算安排情况(调整后) /
 * 资金到位情况 (unread) / 资金执行情况 / 预算执行进度(%). In text without its grid the row's label comes before its
 * figures, so the figures start at the first amount column: 合计 248.60 248.60 241.15 97.00 is a budget of 248.60, an
 * execution of 241.15 at 97 %, not a budget of 248.60 (the 到位 figure) executed at 97.00.
 */
class RowLabelColumnTest {

    private static final String HEAD = """
            预算项目绩效自评表
            (2023年度)
            项目名称 校舍维修改造项目 主管部门 [115]沧州市运河区教育局 实施单位 [115004]沧州市运河区实验小学
            二、预算执行情况（单位：万元）
            """;

    private static Funds total(String table) {
        Document doc = Inputs.read((HEAD + table).getBytes(StandardCharsets.UTF_8), "g.txt", Limits.DEFAULT);
        return doc.forms().get(0).funds().get(FundLine.TOTAL);
    }

    private static void assertRead(Funds total) {
        assertEquals(0, total.annualBudget().compareTo(new BigDecimal("248.60")));
        assertEquals(0, total.executed().compareTo(new BigDecimal("241.15")), "资金执行情况, not the 进度 percentage");
        assertEquals(0, total.executionRate().compareTo(new BigDecimal("97.00")));
    }

    @Test
    void inSpaceSeparatedTextTheFiguresStartAfterTheLabelsColumn() {
        assertRead(total("""
                资金来源 预算安排情况(调整后) 资金到位情况 资金执行情况 预算执行进度(%)
                合计 248.60 248.60 241.15 97.00
                """));
    }

    @Test
    void inPipeRowsTheFiguresStartAfterTheLabelsColumn() {
        assertRead(total("""
                资金来源 | 预算安排情况(调整后) | 资金到位情况 | 资金执行情况 | 预算执行进度(%) |
                合计 | 248.60 | 248.60 | 241.15 | 97.00 |
                """));
    }
}
