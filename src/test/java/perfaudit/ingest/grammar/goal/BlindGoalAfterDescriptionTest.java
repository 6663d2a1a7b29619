package perfaudit.ingest.grammar.goal;

import org.junit.jupiter.api.Test;
import perfaudit.ingest.Inputs;
import perfaudit.ingest.Limits;
import perfaudit.model.Document;
import perfaudit.model.Form;
import perfaudit.model.funds.FundLine;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A 四川 (family D) form prints 项目基本情况 | its one text before the funds, and 年度总体目标 | 预期目标 | 实际完成情况 with
 * their texts after them. 项目基本情况 is one of the goal's anchors, read as a goal without achievement; the labelled
 * 年度总体目标 after it then was no stop, so the last funds row took its cells and the goal stayed the project's
 * description (blind form e02). The labelled block is the goal now.
 */
class BlindGoalAfterDescriptionTest {

    private static final String FORM = """
            部门预算项目支出绩效自评表
            （2022年度）
            项目名称\t示例公路养护
            主管部门\t示例交通局\t实施单位\t示例养护站
            项目基本情况\t对全镇公路开展日常养护。
            预算执行情况（10分）\t\t年初预算\t调整后预算数\t预算执行数\t预算执行率\t权重\t得分
            \t总额\t100\t100\t90\t90.00%\t10\t9
            \t财政资金\t100\t100\t90\t\t\t
            年度总体目标\t预期目标\t实际完成情况
            \t养护公路100公里。\t养护公路96公里。
            绩效指标（90分）\t一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t完成值\t权重\t得分
            \t产出指标\t数量指标\t养护公路里程\t≥\t100\t公里\t96\t90\t86.4
            合计\t\t\t\t\t\t\t\t100\t95.4
            """;

    @Test
    void labelledGoalAfterAProjectDescriptionIsTheGoal() {
        Document doc = Inputs.read(FORM.getBytes(StandardCharsets.UTF_8), "d.txt", Limits.DEFAULT);
        Form form = doc.forms().get(0);
        assertEquals("养护公路100公里。", form.goal().expected());
        assertEquals("养护公路96公里。", form.goal().actual());
        assertEquals(0, form.funds().get(FundLine.CURRENT_YEAR).executed().compareTo(new BigDecimal("90")));
        assertTrue(doc.problems().stream().noneMatch(p -> p.reason().contains("年度总体目标")), doc.problems().toString());
    }
}
