package perfaudit.ingest.grammar;

import org.junit.jupiter.api.Test;
import perfaudit.model.Document;
import perfaudit.model.Form;
import perfaudit.model.Indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A form whose template prints no 分值 / 得分 and no 总分 (family H: 指标内容 / 指标(目标)值 / 实际完成值; family C′ with a
 * 未完成原因 after the actual), its text ending right after its last indicator row. A last row that fills every column
 * up to its actual, the actual ending in its target's unit, is whole: the form ends with its table. A text that stops
 * before the last row's actual, or inside it (1.3万 of 1.3万人), is still cut there.
 */
class NoTotalFormEndTest {

    private static final String H_HEAD = """
            财政支出项目绩效评价自评报告
            项目名称 小型水库除险加固
            项目单位 青禾县水利局
            资金情况（万元） 计划安排资金 实际到位资金 实际支出 结余
            合计 300 300 285 15
            定量目标 一级指标 二级指标 指标内容 指标(目标)值 实际完成值
            产出指标 数量指标 除险加固水库数量 3座 3座
            """;

    private static final String C_HEAD = """
            中央对地方专项转移支付区域绩效目标自评表
            （2024年度）
            转移支付（项目）名称 农业生产发展资金
            中央主管部门 农业农村部
            地方主管部门 青禾县农业农村局
            资金使用单位 青禾县农业技术推广中心
            资金情况（万元） 全年预算数（A） 全年执行数（B） 执行率（B/A）
            年度资金总额 600 582 97.00%
            年度总体目标 预期目标 实际完成情况
            推广农机作业 完成农机作业
            绩效指标 一级指标 二级指标 三级指标 指标值 全年实际完成值 未完成原因和改进措施
            产出指标 数量指标 深松整地面积 ≥1.5万亩 1.4万亩 部分地块未完成
            质量指标 农机作业质量合格率 ≥95% 97%
            """;

    private static Form form(String text, String name) {
        Document doc = SyntheticForm.read(text, name);
        assertEquals(1, doc.forms().size(), doc.problems().toString());
        return doc.forms().get(0);
    }

    private static Indicator last(Form form) {
        return form.indicators().get(form.indicators().size() - 1);
    }

    @Test
    void aFamilyHFormEndsWithItsLastWholeRow() {
        Form form = form(H_HEAD + "效益指标 社会效益指标 受益人口 ≥1.2万人 1.3万人\n", "h.txt");
        assertFalse(form.template().isCut(), String.valueOf(form.template().cutAt()));
        assertFalse(last(form).truncated());
        assertEquals("1.3万人", last(form).actual().raw());
    }

    @Test
    void aFamilyHTextStoppedBeforeOrInsideTheLastActualIsCut() {
        assertTrue(form(H_HEAD + "效益指标 社会效益指标 受益人口 ≥1.2万人\n", "h.txt").template().isCut());
        assertTrue(form(H_HEAD + "效益指标 社会效益指标 受益人口 ≥1.2万人 1.3万\n", "h.txt").template().isCut());
    }

    @Test
    void aFamilyCFormWhoseLastRowLeavesItsReasonEmptyEndsWithIt() {
        Form form = form(C_HEAD + "满意度指标 服务对象满意度指标 项目区农户满意度 ≥90% 94%\n", "c.txt");
        assertFalse(form.template().isCut(), String.valueOf(form.template().cutAt()));
        assertFalse(last(form).truncated());
    }

    @Test
    void aFamilyCTextStoppedBeforeTheLastActualIsCut() {
        assertTrue(form(C_HEAD + "满意度指标 服务对象满意度指标 项目区农户满意度 ≥90%\n", "c.txt").template().isCut());
    }
}
