package perfaudit.ingest.grammar.indicators;

import org.junit.jupiter.api.Test;
import perfaudit.ingest.Inputs;
import perfaudit.ingest.Limits;
import perfaudit.model.Document;
import perfaudit.model.Indicator;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A form's text that stops inside its last indicator row, after the row's 年度指标值 (a figure) and then words
 * (held-out h12: 享受社会保险补贴人员数量 4443 享受公益性岗位补贴人员): the words are no actual paired with that
 * target — they may be the next row's name, cut — so the row is read as cut with no actual, never with the
 * words as its 实际完成值. An actual that pairs with the target (a figure) is kept.
 */
class CutRowNextNameTest {

    private static final List<String> FORM = List.of(
            "项目支出绩效自评表",
            "(2022年度)",
            "项目名称 就业补助资金",
            "主管部门 某区人力资源和社会保障局 实施单位 某区就业服务中心",
            "项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分",
            "年度资金总额 500 500 480 10 96% 9.6",
            "绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施",
            "产出指标 数量指标 职业培训人数 1200人 1250人 20 20",
            "质量指标 培训合格率 90% 92% 20 20");

    @Test
    void wordsAfterAFigureTargetAreNotTheCutRowsActual() {
        for (String joiner : List.of("\n", " ")) {
            Indicator cut = lastRow(read(joiner, "时效指标 享受社会保险补贴人员数量 4443 享受公益性岗位补贴人员"));
            assertEquals("享受社会保险补贴人员数量", cut.name());
            assertEquals("4443", cut.target().raw());
            assertNull(cut.actual(), "words after a figure target at the text's end are not its actual");
            assertTrue(cut.truncated());
        }
    }

    @Test
    void anActualThatPairsWithTheTargetIsKept() {
        for (String joiner : List.of("\n", " ")) {
            assertEquals("4400", lastRow(read(joiner, "时效指标 享受社会保险补贴人员数量 4443 4400")).actual().raw());
        }
    }

    private static Indicator lastRow(Document document) {
        List<Indicator> rows = document.forms().get(0).indicators();
        assertEquals(3, rows.size(), () -> rows.toString());
        return rows.get(rows.size() - 1);
    }

    private static Document read(String joiner, String lastLine) {
        List<String> lines = new ArrayList<>(FORM);
        lines.add(lastLine);
        return Inputs.read(String.join(joiner, lines).getBytes(StandardCharsets.UTF_8), "cut.txt", Limits.DEFAULT);
    }
}
