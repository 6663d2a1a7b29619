package perfaudit.ingest.grammar.goal;

import org.junit.jupiter.api.Test;
import perfaudit.ingest.Inputs;
import perfaudit.ingest.Limits;
import perfaudit.model.Document;
import perfaudit.model.Goal;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Glued text (no spaces, no cells) of a form printing 预期目标 and 实际完成情况 side by side (blind form d07): the two
 * texts run together, "…合格率100%。实施产业项目26个…", and nothing parts them with certainty. Before, both were read as
 * one 预期目标 with no 实际完成情况 (GOAL-RESTATED, false). Now the goal is reported and left unread. A glued form printing
 * each label before its own text still reads both.
 */
class GluedGoalTextsTest {

    private static Document read(String goal) {
        String text = "中央对地方专项转移支付区域绩效目标自评表(2022年度)转移支付(项目)名称农村饮水补助资金中央主管部门水利部地方主管部门"
                + "石门县水利局资金使用单位石门县水利局资金情况(万元)全年预算数(A)全年执行数(B)执行率(B/A)年度资金总额30003000100%"
                + goal + "\n"
                + "绩效指标一级指标二级指标三级指标指标值全年实际完成值未完成原因和改进措施产出指标数量指标新建供水工程处数≥12处12处\n";
        return Inputs.read(text.getBytes(StandardCharsets.UTF_8), "goal.txt", Limits.DEFAULT);
    }

    @Test
    void twoTextsGluedUnderSideBySideLabelsAreReportedNotRead() {
        Document doc = read("年度总体目标预期目标实际完成情况新建供水工程12处,水质达标率95%以上。建成供水工程12处,水质达标率97%。");
        Goal goal = doc.forms().get(0).goal();
        assertTrue(goal == null || goal.expected() == null && goal.actual() == null, String.valueOf(goal));
        assertTrue(doc.problems().stream().anyMatch(p -> p.reason().contains("粘连") && p.reason().contains("预期目标")),
                doc.problems().toString());
    }

    @Test
    void eachLabelBeforeItsOwnTextStillReadsBoth() {
        Document doc = read("年度总体目标预期目标新建供水工程12处,水质达标率95%以上。实际完成情况建成供水工程12处,水质达标率97%。");
        Goal goal = doc.forms().get(0).goal();
        assertEquals("新建供水工程12处,水质达标率95%以上。", goal.expected());
        assertEquals("建成供水工程12处,水质达标率97%。", goal.actual());
        assertTrue(doc.problems().stream().noneMatch(p -> p.reason().contains("预期目标")), doc.problems().toString());
    }
}
