package perfaudit.ingest.grammar.goal;

import org.junit.jupiter.api.Test;
import perfaudit.ingest.Inputs;
import perfaudit.ingest.Limits;
import perfaudit.model.Document;
import perfaudit.model.Form;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PDF text whose 预期目标 and 实际完成情况 columns were printed side by side: each line holds a line of each, parted by
 * a space. Read by its wraps, the goal took the first lines of both columns and the achievement the rest (blind form
 * e04); now every line's left piece is the 预期目标's and its right piece the 实际完成情况's, noted. A line that is not
 * cut in two keeps the old reading.
 */
class BlindGoalSideBySideTest {

    private static final String HEAD = """
            项目支出绩效自评表
            （2021年度）
            项目名称 示例校舍维修
            主管部门 101-示例教育局 实施单位 101001-示例学校
            项目资金（万元） 年初预算数 全年预算数 全年执行数 分值 执行率 得分
            年度资金总额 50 50 45 10 90.00% 9
            年度总体目标 预期目标 实际完成情况
            """;
    private static final String TABLE = """
            绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施
            产出指标 数量指标 维修校舍数量 ≥3所 3所 90 90
            总分 100 99
            """;

    @Test
    void eachLineGivesOneLineToEachColumn() {
        Document doc = read(HEAD + """
                1.维修校舍3所，面积不少 1.维修校舍3所，面积
                于1200平方米； 1250平方米；
                2.消除安全隐患。 2.隐患全部消除。
                """ + TABLE);
        Form form = doc.forms().get(0);
        assertEquals("1.维修校舍3所，面积不少于1200平方米；2.消除安全隐患。", form.goal().expected());
        assertEquals("1.维修校舍3所，面积1250平方米；2.隐患全部消除。", form.goal().actual());
        assertTrue(doc.notes().stream().anyMatch(n -> n.reason().contains("side by side")), doc.notes().toString());
    }

    @Test
    void aLineOfOnePieceIsNoSideBySideReading() {
        Document doc = read(HEAD + """
                1.维修校舍3所，面积不少于1200平方米，消除安全隐患，保障师生安全。
                维修校舍3所，面积1250平方米，隐患全部消除。
                """ + TABLE);
        assertTrue(doc.notes().stream().noneMatch(n -> n.reason().contains("side by side")), doc.notes().toString());
        assertTrue(doc.forms().get(0).goal().expected().startsWith("1.维修校舍3所，面积不少于1200平方米，消除安全隐患"));
    }

    private static Document read(String text) {
        return Inputs.read(text.getBytes(StandardCharsets.UTF_8), "side.txt", Limits.DEFAULT);
    }
}
