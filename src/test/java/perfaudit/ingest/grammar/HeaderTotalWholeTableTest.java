package perfaudit.ingest.grammar;

import org.junit.jupiter.api.Test;
import perfaudit.model.Document;
import perfaudit.model.Form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A 部门整体 form (family I: 自评总分 in the header, 指标权重 per row, 是否核心指标 last) whose text ends right after its
 * last indicator row, and whose header 总分 misses its rows' 得分 (a misprinted total, an audit finding). Every row is
 * scored and the rows' 分值 with the budget line's make 100: the table holds all its rows, so the form ends with it and
 * is not cut, in "|" rows as in space rows. A text that lost its last row, or stops in it before its 得分, is still cut.
 */
class HeaderTotalWholeTableTest {

    private static final String HEAD = """
            部门整体支出绩效自评表
            （2023年度）
            单位名称 | 青禾县文化馆 | 自评总分 | 99
            金额单位：万元
            资金 | 年初预算数 | 全年(调整)预算数 | 全年执行数 | 执行率 | 执行率权重 | 执行率得分
            合计 | 100 | 100 | 90 | 90% | 10 | 9
            一级指标 | 二级指标 | 指标名称 | 计量单位 | 指标性质 | 指标值 | 指标权重(分) | 全年完成值 | 指标得分(分) | 说明 | 是否核心指标
            产出指标 | 数量指标 | 举办文化活动场次 | 场 | ≥ | 100 | 40 | 100 | 40 |  | 是
            效益指标 | 社会效益指标 | 接待群众人次 | 万人次 | ≥ | 10 | 30 | 9 | 27 | 场馆维修闭馆 | 否
            """;

    private static final String LAST = "满意度指标 | 服务对象满意度指标 | 群众满意度 | % | ≥ | 90 | 20 | 95 | 20 |  | 否\n";

    private static Form form(String text) {
        Document doc = SyntheticForm.read(text, "bumenzhengti.txt");
        assertEquals(1, doc.forms().size(), doc.problems().toString());
        return doc.forms().get(0);
    }

    private static String spaced(String text) {
        return text.replace(" |  | ", " ").replace(" | ", " ");
    }

    @Test
    void aTableWhosePointsMakeTheWholeFormEndsWithItsLastRow() {
        Form form = form(HEAD + LAST);
        assertEquals(3, form.indicators().size());
        assertFalse(form.template().isCut(), String.valueOf(form.template().cutAt()));
        assertEquals(0, form.total().score().compareTo(new java.math.BigDecimal("99")));
    }

    @Test
    void soInSpaceRows() {
        Form form = form(spaced(HEAD + LAST));
        assertEquals(3, form.indicators().size());
        assertFalse(form.template().isCut(), String.valueOf(form.template().cutAt()));
    }

    @Test
    void aTextThatLostItsLastRowIsStillCut() {
        assertTrue(form(HEAD).template().isCut());
        assertTrue(form(spaced(HEAD)).template().isCut());
    }

    @Test
    void aTextCutInItsLastRowBeforeItsScoreIsStillCut() {
        String cut = HEAD + "满意度指标 | 服务对象满意度指标 | 群众满意度 | % | ≥ | 90 | 20\n";
        Form form = form(cut);
        assertTrue(form.template().isCut());
        assertNull(form.indicators().get(form.indicators().size() - 1).score());
    }
}
