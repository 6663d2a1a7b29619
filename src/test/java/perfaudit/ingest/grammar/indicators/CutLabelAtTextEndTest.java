package perfaudit.ingest.grammar.indicators;

import org.junit.jupiter.api.Test;
import perfaudit.ingest.Inputs;
import perfaudit.ingest.Limits;
import perfaudit.model.Document;
import perfaudit.model.Indicator;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A form's text that stops in the next row's label (可 of 可持续影响指标) right after a row's 分值 得分: on a line of its
 * own the word is plainly no part of the row; on one line with it (a whole form on one line, one-line h19) it is
 * not the row's 偏差原因 either, and the row keeps its 分值. A real reason there stays the row's.
 */
class CutLabelAtTextEndTest {

    private static final List<String> FORM = List.of(
            "项目支出绩效自评表",
            "(2022年度)",
            "项目名称 文物保护修缮经费",
            "主管部门 某市文化和旅游局 实施单位 某市文物管理所",
            "项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分",
            "年度资金总额 50 50 48 10 96% 9.6",
            "其中:当年财政拨款 50 50 48 — — —",
            "绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施",
            "产出指标 数量指标 修缮建筑面积 6000平方米 6000平方米 20 20",
            "质量指标 验收通过率 100% 95% 20 18",
            "时效指标 完成时间 2022年12月 2022年12月 20 20",
            "效益指标 社会效益指标 提升文物知名度 明显提升 明显提升 30 30",
            "可");

    @Test
    void onItsOwnLineTheCutLabelIsNoPartOfTheRow() {
        assertLastRowWhole(read(String.join("\n", FORM)));
    }

    @Test
    void onOneLineTheCutLabelIsNoPartOfTheRowEither() {
        assertLastRowWhole(read(String.join(" ", FORM)));
    }

    @Test
    void aReasonEndingTheTextStaysTheRowsReason() {
        List<String> lines = new java.util.ArrayList<>(FORM.subList(0, FORM.size() - 1));
        lines.set(lines.size() - 1, lines.get(lines.size() - 1).replace("30 30", "30 28 宣传不足"));
        Indicator last = lastRow(read(String.join(" ", lines)));
        assertEquals(28, last.score().intValue());
        assertEquals("宣传不足", last.deviation());
    }

    private static void assertLastRowWhole(Document document) {
        assertEquals(4, document.forms().get(0).indicators().size());
        Indicator last = lastRow(document);
        assertEquals("提升文物知名度", last.name());
        assertEquals(30, last.weight().intValue());
        assertEquals(30, last.score().intValue());
        assertNull(last.deviation());
        assertEquals(List.of(), document.problems());
    }

    private static Indicator lastRow(Document document) {
        List<Indicator> rows = document.forms().get(0).indicators();
        return rows.get(rows.size() - 1);
    }

    private static Document read(String text) {
        return Inputs.read(text.getBytes(StandardCharsets.UTF_8), "cut.txt", Limits.DEFAULT);
    }
}
