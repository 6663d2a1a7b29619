package perfaudit.ingest.grammar;

import org.junit.jupiter.api.Test;
import perfaudit.model.Document;
import perfaudit.model.Form;
import perfaudit.model.Indicator;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Two glued forms back to back in one text, as a page or a document site collecting several units' forms prints
 * them: the first with its cells' line breaks kept as spaces (绩 效 指 标), the next run together with none. Whether
 * spaces part cells is judged over each form's stretch of text (title to title), so the second form's long cells do
 * not make the first one's spaces cells (its labels and rows were lost); the second form's year, printed right
 * before its title (2022年度县级…自评表), is the title's, and ends the first form's last row, which is read whole.
 */
class BackToBackGluedFormsTest {

    /** A 县级专项资金 form (family C: no 分值 / 得分) whose line breaks were kept as spaces, on two lines. */
    private static final String SPACED = "2022年度县级专项资金绩效目标自评表专项资金名称市民中心运行维护负责人及电话张三县级主管部门鄂州市行政审批局"
            + "实施单位鄂州市市民中心项目资金(万元)全年预算数(A)全年执行数(B)执行率(B/A)年度资金总额150 120 80% "
            + "年度 总体 目标年初设定目标全年实际完成情况按期完成市民中心运行维护保障大厅正常运转绩 效 指 标一级 指标二级 指标三级指标"
            + "年度指标 值全年 完成值未完成原因和 改进措施\n"
            + "产 出 指 标数量 指标保洁面积达标率 100% 100% 质量 指标设备完好 率 95% 98% 效益 指标社会 效益 指标群众投诉办结率 100% 100%"
            + " 满意 度指 标服务 对象 满意 度指 标群众满意度 90% 95%";
    /** The next form run together with no space at all. */
    private static final String RUN_TOGETHER = "2022年度县级专项资金绩效目标自评表专项资金名称政务服务大厅运行经费负责人及电话李四县级主管部门"
            + "鄂州市行政审批局实施单位鄂州市政务服务中心项目资金(万元)全年预算数(A)全年执行数(B)执行率(B/A)年度资金总额8080100%"
            + "年度总体目标年初设定目标全年实际完成情况保障政务服务大厅正常运行大厅运行正常绩效指标一级指标二级指标三级指标年度指标值"
            + "全年完成值未完成原因和改进措施产出指标数量指标办件按时办结率100%100%满意度指标服务对象满意度指标群众满意度90%96%\n";

    @Test
    void theNextFormOnTheNextLineLeavesTheFirstFormsRowsRead() {
        assertBothFormsRead(read(SPACED + "\n" + RUN_TOGETHER));
    }

    @Test
    void theNextFormOnTheSameLineLeavesTheFirstFormsRowsRead() {
        // the next title right after the first form's last row, its year between them
        assertBothFormsRead(read(SPACED + RUN_TOGETHER));
    }

    @Test
    void theNextFormsYearBeforeItsTitleIsNoPartOfTheFirstFormsLastRow() {
        // both run together with no space: 群众满意度90%95%2022年度 was one row, refused
        assertBothFormsRead(read(SPACED.replace(" ", "") + "\n" + RUN_TOGETHER));
    }

    @Test
    void theNextTitleWithoutAYearEndsTheFirstFormAlike() {
        assertBothFormsRead(read(SPACED + RUN_TOGETHER.replaceFirst("^2022年度", "")));
    }

    @Test
    void aNameHolding项目IsNoFormsStart() {
        Document document = read(SPACED.replace("设备完好 率", "项目(工程)验收合格 率") + "\n" + RUN_TOGETHER);

        assertEquals(List.of(), document.problems());
        assertEquals(2, document.forms().size());
        assertEquals(List.of("保洁面积达标率", "项目(工程)验收合格率", "群众投诉办结率", "群众满意度"), names(document.forms().get(0)));
    }

    private static void assertBothFormsRead(Document document) {
        assertEquals(List.of(), document.problems(), "neither form's text is left unread");
        assertEquals(2, document.forms().size());
        Form first = document.forms().get(0);
        assertEquals("市民中心运行维护", first.projectName());
        assertEquals(0, first.funds().get(perfaudit.model.funds.FundLine.TOTAL).executed().compareTo(new BigDecimal("120")));
        assertEquals(List.of("保洁面积达标率", "设备完好率", "群众投诉办结率", "群众满意度"), names(first));
        Indicator last = first.indicators().get(3);
        assertEquals("90%", last.target().raw(), "the first form's last row is read whole, the next form's year is no part of it");
        assertEquals("95%", last.actual().raw());
        Form second = document.forms().get(1);
        assertEquals("政务服务大厅运行经费", second.projectName());
        assertEquals(List.of("办件按时办结率", "群众满意度"), names(second));
    }

    private static List<String> names(Form form) {
        return SyntheticForm.names(form);
    }

    private static Document read(String text) {
        return SyntheticForm.read(text, "two-glued-forms.txt");
    }
}
