package perfaudit.ingest.grammar.indicators.glued;

import org.junit.jupiter.api.Test;
import perfaudit.ingest.grammar.Lexicon;
import perfaudit.ingest.grammar.vocabulary.Vocabulary;
import perfaudit.ingest.grammar.vocabulary.Vocabulary.IndicatorField;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Glued 部门整体 rows (指标名称 计量单位 指标性质 年初指标值 调整指标值 全年完成值 得分系数 指标权重 指标得分 是否核心指标)
 * are cut at their 是 / 否 and read only where every cell is certain.
 */
class CoreMarkedRowsTest {

    private static final Lexicon LEX = Lexicon.of(Vocabulary.standard());
    private static final List<IndicatorField> DEPARTMENT = List.of(IndicatorField.NAME, IndicatorField.UNIT, IndicatorField.NATURE,
            IndicatorField.TARGET, IndicatorField.IGNORED, IndicatorField.ACTUAL, IndicatorField.IGNORED, IndicatorField.WEIGHT,
            IndicatorField.SCORE, IndicatorField.CORE);

    private static CoreMarkedRows.Result read(String text) {
        return CoreMarkedRows.read(text, DEPARTMENT, LEX);
    }

    @Test
    void theTemplateItReads() {
        assertTrue(CoreMarkedRows.handles(DEPARTMENT));
        assertFalse(CoreMarkedRows.handles(DEPARTMENT.subList(0, DEPARTMENT.size() - 1)), "no 是否核心指标 last: rows do not end in a mark");
        assertFalse(CoreMarkedRows.handles(List.of(IndicatorField.NAME, IndicatorField.TARGET, IndicatorField.ACTUAL,
                IndicatorField.WEIGHT, IndicatorField.SCORE, IndicatorField.DEVIATION, IndicatorField.CORE)), "a 说明 column before it");
    }

    @Test
    void rowsAreCutAtTheirMarksAndTheirPointsByTheCoefficient() {
        CoreMarkedRows.Result result = read("财政供养人员控制率%定量指标100%92%100%22否预算调整率%3%0100%22是业务保障能力提升%90%95%100%1010否公共服务");
        assertEquals(3, result.rows().size());
        Map<IndicatorField, String> first = result.rows().get(0).cells();
        assertEquals("财政供养人员控制率", first.get(IndicatorField.NAME));
        assertEquals("100%", first.get(IndicatorField.TARGET));
        assertEquals("92%", first.get(IndicatorField.ACTUAL));
        assertEquals("2", first.get(IndicatorField.WEIGHT));
        assertEquals("2", first.get(IndicatorField.SCORE));
        assertEquals("否", first.get(IndicatorField.CORE));
        Map<IndicatorField, String> second = result.rows().get(1).cells();
        assertEquals("0", second.get(IndicatorField.ACTUAL), "3%0100%: the 0 before the 系数 100%");
        assertEquals("是", second.get(IndicatorField.CORE));
        assertEquals("10", result.rows().get(2).cells().get(IndicatorField.WEIGHT), "1010 at 100%: 10 | 10, not 101 | 0");
        assertEquals("公共服务", "财政供养人员控制率%定量指标100%92%100%22否预算调整率%3%0100%22是业务保障能力提升%90%95%100%1010否公共服务"
                .substring(result.restStart()), "the row the text stops in");
    }

    @Test
    void aScrambledNatureIsReadAndHoldsForTheRowsBelow() {
        CoreMarkedRows.Result result = read("管理制度健全性性标定指高高100%33否资金使用合规性好好100%55否");
        assertEquals(2, result.rows().size());
        assertEquals("管理制度健全性", result.rows().get(0).cells().get(IndicatorField.NAME));
        assertEquals("高", result.rows().get(0).cells().get(IndicatorField.TARGET));
        assertTrue(result.rows().get(0).notes().get(0).contains("'性标定指' 读作 '定性指标'"));
        assertEquals("资金使用合规性", result.rows().get(1).cells().get(IndicatorField.NAME));
        assertEquals("好", result.rows().get(1).cells().get(IndicatorField.ACTUAL));
    }

    @Test
    void whatIsNotCertainIsLeftUnread() {
        // no 指标性质 printed yet: figures or words?
        assertEquals(1, read("资金使用合规性好好100%55否").unread().size());
        // the unit cell is not the figures' unit: where does the name end?
        assertEquals(1, read("播发稿件数量定量指标tot扁2200篇2859篇100%1010是").unread().size());
        // one figure: target or actual?
        assertEquals(1, read("固定资产利用率%定量指标90%100%22否").unread().size());
        // 得分 ≠ 权重 × 系数 for every cut
        assertEquals(1, read("固定资产利用率%定量指标90%100%50%22否").unread().size());
        // 定性 inside a name (稳定性) is no 指标性质
        CoreMarkedRows.Result stable = read("系统稳定性%定量指标99%99.5%100%22否");
        assertEquals("系统稳定性", stable.rows().get(0).cells().get(IndicatorField.NAME));
    }

    @Test
    void aRowWithoutFiguresKeepsItsUnitOffItsName() {
        CoreMarkedRows.Result result = read("公用经费控制率%定量指标100%97%100%22是“三公经费控制率%100%22否");
        Map<IndicatorField, String> row = result.rows().get(1).cells();
        assertEquals("“三公经费控制率", row.get(IndicatorField.NAME));
        assertNull(row.get(IndicatorField.TARGET));
        assertNull(row.get(IndicatorField.ACTUAL));
    }

    @Test
    void aShortNatureIsReadWhereTheValuesFollowIt() {
        CoreMarkedRows.Result result = read("系统稳定性%定量99%99.5%100%22否");
        assertEquals("系统稳定性", result.rows().get(0).cells().get(IndicatorField.NAME), "定性 of 稳定性 is no nature: 定量 is");
        assertEquals("99.5%", result.rows().get(0).cells().get(IndicatorField.ACTUAL));
        assertEquals(1, read("宣传定性说明%100%22否").unread().size(), "定性 followed by no target and actual");
    }

    @Test
    void theNatureBeforeTheUnit() {
        List<IndicatorField> natureFirst = List.of(IndicatorField.NAME, IndicatorField.NATURE, IndicatorField.UNIT, IndicatorField.TARGET,
                IndicatorField.ACTUAL, IndicatorField.IGNORED, IndicatorField.WEIGHT, IndicatorField.SCORE, IndicatorField.CORE);
        CoreMarkedRows.Result result = CoreMarkedRows.read("预算完成率定量指标%70%76%100%22是", natureFirst, LEX);
        Map<IndicatorField, String> row = result.rows().get(0).cells();
        assertEquals("预算完成率", row.get(IndicatorField.NAME));
        assertEquals("70%", row.get(IndicatorField.TARGET));
        assertEquals("76%", row.get(IndicatorField.ACTUAL));
    }
}
