package perfaudit.ingest.grammar;

import org.junit.jupiter.api.Test;
import perfaudit.ingest.Inputs;
import perfaudit.ingest.Limits;
import perfaudit.model.Document;
import perfaudit.model.Form;
import perfaudit.model.Indicator;
import perfaudit.model.Terms;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Where a form's text ends when another text follows it in one file (README, Inputs: two forms in one
 * file): an excerpt cut inside its last row, then the next form's page chrome (索引号 / 发文单位) or title,
 * is read as cut there, as at the end of a file (FORM-CUT-SHORT, no PARSE-PROBLEM), and the chrome is no
 * row of the table; a form whose last row is whole but whose 总分 is missing before the next title is
 * still reported as damaged. A last row read in column order stops before its 得分 and is followed only by
 * text that is no row of the table (the next page's site name) up to where the text ends: it is the row the text
 * stops in, as at the input's end.
 */
class FormEndsTest {

    private static final String FIRST = SyntheticForm.HEAD + SyntheticForm.INDICATOR_HEADER + """
            产出指标 | 数量指标 | 保洁面积 | ≥5000平方米 | 5000平方米 | 40 | 40 | |||
            效益指标 | 社会效益指标 | 群众投诉率 | ≤5% | 3% | 40 | 40 | |||
            """;
    /** The first form's last row, cut after its 分值 (line 10). */
    private static final String CUT_ROW = "满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90% | 95% | 10 |\n";
    private static final String WHOLE_ROW = "满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90% | 95% | 10 | 10 | |||\n";
    private static final String CHROME = """
            索 引 号: | 011217651/2022-01866 | 发文字号: | 无 |
            发文单位: | 鄂州市行政审批局 | 发布日期: | 2022年11月04日 |
            主题分类: | 财政 | 效力状态: | 有效 |
            """;
    private static final String SECOND = SyntheticForm.SECOND_HEAD + SyntheticForm.INDICATOR_HEADER + """
            产出指标 | 数量指标 | 办件量 | ≥10000件 | 12000件 | 80 | 80 | |||
            满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90% | 96% | 10 | 10 | |||
            总分 | 100 | 100 | |||
            """;

    @Test
    void aRowCutBeforeTheNextFormsPageChromeIsWhereTheFormWasCut() {
        Document document = read(FIRST + CUT_ROW + CHROME + SECOND);

        assertEquals(List.of(), document.problems(), "neither the cut row nor the chrome is a problem");
        Form first = document.forms().get(0);
        assertEquals("line 10", first.template().cutAt().position(), "cut where the row stops, not in the chrome");
        assertTrue(first.template().missingParts().contains(Terms.TOTAL), first.template().missingParts().toString());
        Indicator cut = last(first);
        assertEquals("群众满意度", cut.name());
        assertTrue(cut.truncated(), "the cut row lost its 得分 to the cut: it is not an empty field");
        assertEquals(0, cut.weight().compareTo(java.math.BigDecimal.TEN));
        assertSecondFormWhole(document);
    }

    @Test
    void aRowCutRightBeforeTheNextTitleIsWhereTheFormWasCut() {
        Document document = read(FIRST + CUT_ROW + SECOND);

        assertEquals(List.of(), document.problems());
        assertEquals("line 10", document.forms().get(0).template().cutAt().position());
        assertTrue(last(document.forms().get(0)).truncated());
        assertSecondFormWhole(document);
    }

    @Test
    void aNameCutInsideAWordBeforeTheNextTitleIsWhereTheFormWasCut() {
        // 满 of 满意度指标, then the next form: the text stops inside the label
        Document document = read(FIRST + "满\n" + SECOND);

        assertEquals(List.of(), document.problems());
        assertEquals("line 10", document.forms().get(0).template().cutAt().position());
        assertEquals(2, document.forms().get(0).indicators().size());
        assertSecondFormWhole(document);
    }

    @Test
    void aWholeLastRowBeforeTheNextTitleLeavesAMissing总分Reported() {
        // the DamagedSeedTest case: every row whole, the 总分 row lost
        Document document = read(FIRST + WHOLE_ROW + SECOND);

        assertNull(document.forms().get(0).template().cutAt(), "a whole row is no cut");
        assertFalse(last(document.forms().get(0)).truncated());
        assertEquals(1, document.problems().size(), document.problems().toString());
        assertTrue(document.problems().get(0).reason().contains("总分"), document.problems().toString());
        assertSecondFormWhole(document);
    }

    @Test
    void pageChromeAfterAWholeFormIsReadPast() {
        Document document = read(FIRST + WHOLE_ROW + "总分 | 100 | 98.35 | |||\n" + CHROME + SECOND);

        assertEquals(List.of(), document.problems());
        assertNull(document.forms().get(0).template().cutAt());
        assertNotNull(document.forms().get(0).total());
        assertSecondFormWhole(document);
    }

    /** A form on one line (a flattened page) whose table splits the target into 指标性质 / 指标值 / 度量单位. */
    private static final String FLAT = "项目支出绩效自评表 (2020年度) 项目名称 违法建设拆除补助经费 主管部门 古城区住建局 实施单位 古城区住建局"
            + " 项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额 7.289 7.289 7.289 10 100% 10"
            + " 绩效指标 一级指标 二级指标 三级指标 指标性质 指标值 度量单位 完成值 分值 得分 未完成原因分析"
            + " 产出指标 数量指标 拆除面积 ≥ 5000 平方米 5200 40.00 40.00"
            + " 效益指标 社会效益指标 违法行为责停率 ≥ 95 % 95 40.00 36.00 满意度指标 服务对象满意度指标 ";

    @Test
    void aRowCutInFlattenedTextKeepsItsCellsInTheirColumns() {
        // the text ends after the row's 分值: ≥ 95 % is one target (its three columns), 95 the actual, 10.00 the 分值
        Indicator cut = last(read(FLAT + "满意度 ≥ 95 % 95 10.00").forms().get(0));
        assertTrue(cut.truncated());
        assertEquals(0, cut.target().value().compareTo(java.math.BigDecimal.valueOf(95)));
        assertEquals("≥", cut.target().comparator());
        assertEquals(0, cut.actual().value().compareTo(java.math.BigDecimal.valueOf(95)));
        assertEquals(0, cut.weight().compareTo(java.math.BigDecimal.TEN));
        assertNull(cut.score());

        // cut after the target: = 100 is the target, not lost
        Indicator cutEarly = last(read(FLAT + "满意度 = 100").forms().get(0));
        assertEquals(0, cutEarly.target().value().compareTo(java.math.BigDecimal.valueOf(100)));
        assertNull(cutEarly.actual());
    }

    /**
     * A form in space-separated text with no 分值 column, its last row 种母猪(头) 20 20 (line 12) lacking its 得分: cut there
     * by the excerpt, or whole with its 实际完成值 empty where a 总分 follows.
     */
    private static final String SPACED = """
            项目支出绩效自评表
            (2022年度)
            项目名称 生猪养殖场建设
            主管部门 某县农业农村局 实施单位 某县畜牧中心
            项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分
            年度资金总额 100 100 100 10 100% 10
            年度总体目标 预期目标 实际完成情况
            建成猪舍 建成猪舍
            绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 得分
            产出指标 数量指标 猪舍面积(平方米) 180 180 40
            质量指标 验收合格率 100% 100% 30
            种母猪(头) 20 20
            """;
    /** Another document's page: a site's name and a search button no vocabulary knows, then its 索引号 chrome. */
    private static final String OTHER_PAGE = """
            某某县人民政府
            搜索
            索引号
            11500233709471424M/2023-00011
            发布机构
            某某乡
            """;

    @Test
    void aLastRowCutBeforeTextThatIsNoRowIsReadInColumnOrderAsAtTheInputsEnd() {
        Indicator alone = last(read(SPACED).forms().get(0));
        assertCutAfterItsActual(alone);

        // the next document's page follows: its first lines, no row of the table, do not make the cut row whole
        Document followed = read(SPACED + OTHER_PAGE);
        assertEquals(List.of(), followed.problems());
        assertEquals("line 12", followed.forms().get(0).template().cutAt().position(), "cut where the row stops");
        assertCutAfterItsActual(last(followed.forms().get(0)));

        // the same at the input's end, a page's last words after the row
        assertCutAfterItsActual(last(read(SPACED + "打印本页\n关闭窗口\n").forms().get(0)));
    }

    @Test
    void aLastRowWithItsActualEmptyInAWholeFormKeepsItsScore() {
        Form whole = read(SPACED + "总分 100 100\n" + OTHER_PAGE).forms().get(0);
        assertNull(whole.template().cutAt());
        Indicator row = last(whole);
        assertFalse(row.truncated());
        assertNull(row.actual(), "the 实际完成值 printed empty");
        assertEquals(0, row.score().compareTo(java.math.BigDecimal.valueOf(20)));

        // a label of the table after the row: the text stops there, not inside the row, which is read as printed
        Indicator beforeLabel = last(read(SPACED + "满意度指标\n" + OTHER_PAGE).forms().get(0));
        assertNull(beforeLabel.actual());
        assertEquals(0, beforeLabel.score().compareTo(java.math.BigDecimal.valueOf(20)));
    }

    private static void assertCutAfterItsActual(Indicator cut) {
        assertEquals("种母猪(头)", cut.name());
        assertTrue(cut.truncated());
        assertEquals(0, cut.target().value().compareTo(java.math.BigDecimal.valueOf(20)));
        assertEquals(0, cut.actual().value().compareTo(java.math.BigDecimal.valueOf(20)), "20 20: the target and the actual");
        assertNull(cut.score(), "the 得分 lost to the cut");
    }

    private static void assertSecondFormWhole(Document document) {
        assertEquals(2, document.forms().size());
        Form second = document.forms().get(1);
        assertEquals("政务服务大厅运行经费", second.projectName());
        assertNull(second.template().cutAt());
        assertEquals(2, second.indicators().size());
        assertEquals(0, second.total().score().compareTo(java.math.BigDecimal.valueOf(100)));
    }

    private static Indicator last(Form form) {
        return form.indicators().get(form.indicators().size() - 1);
    }

    private static Document read(String text) {
        return Inputs.read(text.getBytes(StandardCharsets.UTF_8), "two-forms.txt", Limits.DEFAULT);
    }
}
