package perfaudit.ingest.grammar;

import org.junit.jupiter.api.Test;
import perfaudit.model.Document;
import perfaudit.model.Form;
import perfaudit.model.Indicator;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An indicator named after the form (项目支出绩效自评表报送及时率) holds a whole form title. Standing inside its row,
 * after the row's other text, such a title opens a form only when a form's head follows it (a year, 项目名称, the funds
 * table…): else it is the name's words. Taken as a title it ended the form there, and with another form after it
 * the rows in between were dropped with no parse problem.
 */
class TitleInsideRowTest {

    private static final String FIRST = "2022年度项目支出绩效自评表项目名称市民中心运行维护费主管部门鄂州市行政审批局实施单位鄂州市市民中心"
            + "项目资金(万元)年初预算数全年预算数全年执行数分值得分年度资金总额150 150 120 10 8 "
            + "年度总体目标预期目标实际完成情况保障市民中心运行市民中心正常运行"
            + "绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施"
            + "产出指标数量指标保洁面积达标率 100% 100% 20 20 质量指标项目支出绩效自评表报送及时率 100% 100% 10 10 "
            + "时效指标设备维修及时率 95% 98% 20 20 效益指标社会效益指标群众投诉办结率 100% 100% 20 20 "
            + "满意度指标服务对象满意度指标群众满意度 90% 95% 10 10 总分 100 88 ";
    private static final String SECOND = "2022年度项目支出绩效自评表项目名称政务服务大厅运行经费主管部门鄂州市行政审批局"
            + "实施单位鄂州市政务服务中心项目资金(万元)年初预算数全年预算数全年执行数分值得分年度资金总额80 80 80 10 10 "
            + "年度总体目标预期目标实际完成情况保障大厅运行大厅运行正常"
            + "绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施"
            + "产出指标数量指标办件按时办结率 100% 100% 50 50 满意度指标服务对象满意度指标群众满意度 90% 96% 40 40 总分 100 100\n";

    private static final List<String> FIRST_NAMES = List.of("保洁面积达标率", "项目支出绩效自评表报送及时率", "设备维修及时率",
            "群众投诉办结率", "群众满意度");

    @Test
    void gluedTitleInANameStaysTheNameAndTheNextFormStillSplits() {
        Document document = read(FIRST + "\n" + SECOND);

        assertOnlyGluedGoalsReported(document);
        assertTwoForms(document, FIRST_NAMES);
        Indicator named = document.forms().get(0).indicators().get(1);
        assertEquals("100%", named.target().raw());
        assertEquals("100%", named.actual().raw());
    }

    @Test
    void gluedFormsOnOneLineAlike() {
        // the second form's year and title right after the first form's 总分: still a form, its head follows
        Document document = read(FIRST + SECOND);

        assertOnlyGluedGoalsReported(document);
        assertTwoForms(document, FIRST_NAMES);
    }

    /**
     * No row is reported. Each form's two goal texts are glued under 预期目标 实际完成情况 printed side by side
     * (保障大厅运行大厅运行正常): where one ends cannot be told, so each goal is reported, and nothing else.
     */
    private static void assertOnlyGluedGoalsReported(Document document) {
        assertEquals(2, document.problems().size(), document.problems().toString());
        assertTrue(document.problems().stream().allMatch(p -> p.reason().contains("预期目标与实际完成情况两栏的文字粘连")),
                document.problems().toString());
    }

    @Test
    void gridTitleInANameCellStaysTheName() {
        String first = SyntheticForm.HEAD + "年度总体目标 | 保障运行 | 运行正常 |\n" + SyntheticForm.INDICATOR_HEADER
                + "产出指标 | 数量指标 | 保洁面积达标率 | 100% | 100% | 20 | 20 | |\n"
                + " | 质量指标 | 项目支出绩效自评表报送及时率 | 100% | 100% | 10 | 10 | |\n"
                + " | 时效指标 | 设备维修及时率 | 95% | 98% | 20 | 20 | |\n"
                + "满意度指标 | 服务对象满意度指标 | 群众满意度 | 90% | 95% | 10 | 10 | |\n"
                + "总分 | 100 | 88 |\n";
        String second = SyntheticForm.SECOND_HEAD + "年度总体目标 | 保障运行 | 运行正常 |\n" + SyntheticForm.INDICATOR_HEADER
                + "产出指标 | 数量指标 | 办件按时办结率 | 100% | 100% | 50 | 50 | |\n"
                + "总分 | 100 | 100 |\n";

        Document document = read(first + second);

        assertEquals(List.of(), document.problems());
        assertEquals(2, document.forms().size());
        assertEquals(List.of("保洁面积达标率", "项目支出绩效自评表报送及时率", "设备维修及时率", "群众满意度"),
                names(document.forms().get(0)));
        assertEquals(List.of("办件按时办结率"), names(document.forms().get(1)));
    }

    @Test
    void aTitleInsideARowWithAHeadFarAfterItIsReadAsAFormAndReported() {
        // the first row's name holds a title and the next form's 项目名称 comes only some cells later: cannot be told
        String text = "2022年度项目支出绩效自评表项目名称市民中心运行维护费主管部门鄂州市行政审批局"
                + "绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分"
                + "产出指标数量指标项目支出绩效自评表报送及时率 100% 100% 10 10 项目名称政务服务大厅运行经费\n";

        Document document = read(text);

        assertTrue(document.problems().stream().anyMatch(p -> p.reason().contains("行内出现表名")), document.problems().toString());
    }

    private static void assertTwoForms(Document document, List<String> firstNames) {
        assertEquals(2, document.forms().size());
        Form first = document.forms().get(0);
        assertEquals("市民中心运行维护费", first.projectName());
        assertEquals(firstNames, names(first));
        assertEquals(0, first.total().score().compareTo(new java.math.BigDecimal("88")));
        Form second = document.forms().get(1);
        assertEquals("政务服务大厅运行经费", second.projectName());
        assertEquals(List.of("办件按时办结率", "群众满意度"), names(second));
    }

    private static List<String> names(Form form) {
        return SyntheticForm.names(form);
    }

    private static Document read(String text) {
        return SyntheticForm.read(text, "title-inside-row.txt");
    }
}
