package perfaudit.ingest.grammar;

import org.junit.jupiter.api.Test;
import perfaudit.model.Document;
import perfaudit.model.Form;
import perfaudit.model.Indicator;
import perfaudit.model.funds.FundLine;
import perfaudit.model.funds.Funds;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A family F form (广水: 自评总分 in the header, funds by source, 评价标准及依据 between 年终完成值 and 自评分) printed in
 * "|" rows whose figures row opens and closes with a bar and has lost its empty label cell. The figures row ends at its
 * line (it does not swallow the indicator header), fills every by-source heading and so is the 合计 line; each
 * indicator row keeps its criteria text as that column; the last row, closed by a bar after its empty 复核分, is whole,
 * and the rows' 自评分 make the header's 总分: the form is not cut.
 */
class FamilyFBarClosedRowsTest {

    private static final String HEAD = """
            财政预算支出项目绩效目标自评表
            项目名称 | 乡村学校饮水设备维护 | 自评总分 | 88 ||||
            主管部门 | 410-青禾县教育局 | 实施单位 | 410007-青禾县学校后勤服务中心 ||||
            资金来源(万元) | 中央 | 省、地 | 本级 | 其他 | 合计 | 执行数 | 执行率 |
            """;

    private static final String FIGURES = "| 10 | 0 | 30 | 0 | 40 | 38 | 95% |\n";

    private static final String TABLE = """
            一级指标 | 二级指标 | 三级指标 | 分值 | 年初指标值 | 年终完成值 | 评价标准及依据 | 自评分 | 复核分 |
            项目决策(2分) | 项目立项 | 立项程序规范性 | 2 | 规范 | 规范 | 程序规范得满分 | 2 | |
            项目管理(13分) | 资金管理 | 资金拨付及时率 | 13 | 100% | 100% | 按拨付比例得分 | 13 | |
            项目绩效(85分) | 产出数量 | 维护饮水设备台数 | 45 | ≥120台 | 96台 | 按完成比例得分 | 36 | |
            | 服务对象满意度 | 师生满意度 | 40 | ≥90% | 93% | 达到目标得满分 | 37 | |
            """;

    private static Form form(Document doc) {
        assertEquals(1, doc.forms().size(), doc.problems().toString());
        return doc.forms().get(0);
    }

    private static Document read(String text) {
        return SyntheticForm.read(text, "familyF.txt");
    }

    private static void assertAmount(String expected, BigDecimal actual) {
        assertNotNull(actual);
        assertEquals(0, new BigDecimal(expected).compareTo(actual), expected + " vs " + actual);
    }

    @Test
    void theUnlabelledFiguresRowIsTheTotalLine() {
        Form form = form(read(HEAD + FIGURES + TABLE));
        Funds total = form.funds().get(FundLine.TOTAL);
        assertAmount("40", total.annualBudget());
        assertAmount("38", total.executed());
        assertAmount("95", total.executionRate());
        assertAmount("10", form.funds().get(FundLine.CENTRAL).annualBudget());
        assertAmount("0", form.funds().get(FundLine.PROVINCIAL).annualBudget());
        assertAmount("30", form.funds().get(FundLine.LOCAL).annualBudget());
        assertAmount("0", form.funds().get(FundLine.OTHER).annualBudget());
    }

    @Test
    void eachIndicatorRowKeepsItsCriteriaColumn() {
        Document doc = read(HEAD + FIGURES + TABLE);
        Form form = form(doc);
        assertEquals(List.of("立项程序规范性", "资金拨付及时率", "维护饮水设备台数", "师生满意度"), SyntheticForm.names(form));
        Indicator count = form.indicators().get(2);
        assertEquals("≥120台", count.target().raw());
        assertEquals("96台", count.actual().raw());
        assertAmount("45", count.weight());
        assertAmount("36", count.score());
        Indicator last = form.indicators().get(3);
        assertEquals("93%", last.actual().raw());
        assertAmount("37", last.score());
        assertFalse(last.truncated());
        assertTrue(doc.problems().isEmpty(), doc.problems().toString());
    }

    @Test
    void rowsMakingTheHeaderTotalEndTheFormWhole() {
        Form form = form(read(HEAD + FIGURES + TABLE));
        assertAmount("88", form.total().score());
        assertNull(form.template().cutAt(), String.valueOf(form.template().missingParts()));
    }

    /** Without its last row the rows' 自评分 (51) no longer make the 总分 (88): the text may have lost rows, it is cut. */
    @Test
    void rowsShortOfTheHeaderTotalLeaveTheFormCut() {
        String withoutLast = TABLE.substring(0, TABLE.lastIndexOf("| 服务对象满意度"));
        Form form = form(read(HEAD + FIGURES + withoutLast));
        assertEquals(3, form.indicators().size());
        assertNotNull(form.template().cutAt());
    }

    /**
     * A row lost from inside the table (its line dropped) whose 自评分 the 总分 printed does not count either (52): the
     * rows left make the 总分, but their 分值 (55) no longer make the 100-point form: rows are missing, it is cut.
     */
    @Test
    void rowsMakingTheTotalButNotTheWholeFormLeaveItCut() {
        String withoutCount = TABLE.replace("项目绩效(85分) | 产出数量 | 维护饮水设备台数 | 45 | ≥120台 | 96台 | 按完成比例得分 | 36 | |\n",
                "");
        Form form = form(read(HEAD.replace("自评总分 | 88", "自评总分 | 52") + FIGURES + withoutCount));
        assertEquals(3, form.indicators().size());
        assertFalse(form.indicators().get(2).truncated());
        assertAmount("52", form.total().score());
        assertNotNull(form.template().cutAt());
    }

    /** A figures row one figure short fills no heading with certainty: no source amount is placed from it. */
    @Test
    void aFiguresRowShortOfTheHeadingsIsNoTotalLine() {
        Form form = form(read(HEAD + "| 10 | 0 | 30 | 0 | 40 | 95% |\n" + TABLE));
        assertNull(form.funds().get(FundLine.CENTRAL));
        assertNull(form.funds().get(FundLine.LOCAL));
    }
}
