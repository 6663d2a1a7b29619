package perfaudit.ingest.grammar;

import org.junit.jupiter.api.Test;
import perfaudit.ingest.grammar.text.MeasureParser;
import perfaudit.model.Document;
import perfaudit.model.Form;
import perfaudit.model.funds.FundLine;
import perfaudit.model.Indicator;
import perfaudit.model.Measure;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The mechanisms the fifth blind round (f01–f06, blind/README.md) called for, each on a synthetic form: a page footer
 * centred with spaces, bounds in words in 繁體, an OCR'd figure between a comparator and a unit, a figure whose integer
 * part the OCR lost, and "|" rows printed without outer bars.
 */
class BlindRound5Test {

    /** A national form in space rows (PDF text); {@code row2} is the second indicator line, {@code between} what precedes it. */
    private static String spaceRows(String row1, String between, String row2) {
        return """
                项目支出绩效自评表
                （2023年度）
                项目名称 乡村道路养护
                主管部门 101-清平县交通运输局 实施单位 101002-清平县公路站
                项目资金（万元） 年初预算数 全年预算数 全年执行数 分值 执行率 得分
                年度资金总额 50 50 50 10 100% 10
                其中：当年财政拨款 50 50 50 — — —
                上年结转资金 0 0 0 — — —
                其他资金 0 0 0 — — —
                年度总体目标 预期目标 实际完成情况
                养护道路20公里。 养护道路21公里。
                绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施
                """ + row1 + "\n" + between + row2 + "\n" + """
                满意度指标（10分） 服务对象满意度指标 群众满意度 ≥90% 95% 10 10
                总分 100 100
                """;
    }

    private static final String ROW1 = "产出指标（50分） 数量指标 养护道路里程 ≥20公里 21公里 50 50";
    private static final String ROW2 = "效益指标（30分） 社会效益指标 道路完好率 ≥9O% 93% 30 30";

    private static Form onlyForm(Document doc) {
        assertEquals(1, doc.forms().size(), doc.problems().toString());
        return doc.forms().get(0);
    }

    /** "第 1 页 共 2 页" centred by 32 spaces is the page's footer, no row (main read it as a row 第 | 1页共 | 2页). */
    @Test
    void aPageFooterCentredWithSpacesIsNoRow() {
        Document doc = SyntheticForm.read(spaceRows(ROW1, " ".repeat(32) + "第 1 页 共 2 页\n", ROW2.replace("9O", "90")), "footer.txt");
        assertEquals(List.of("养护道路里程", "道路完好率", "群众满意度"), SyntheticForm.names(onlyForm(doc)));
        assertTrue(doc.problems().isEmpty(), doc.problems().toString());
    }

    /** ≥9O% is ≥90% (O among digits, between a comparator and %), noted; main kept it as the text "≥9O%". */
    @Test
    void anOcrdFigureBetweenComparatorAndUnitReadsAsDigits() {
        Document doc = SyntheticForm.read(spaceRows(ROW1, "", ROW2), "ocr.txt");
        Measure target = onlyForm(doc).indicators().get(1).target();
        assertEquals("≥", target.comparator());
        assertEquals(0, target.value().compareTo(new BigDecimal("90")));
        assertEquals("%", target.unit());
        assertTrue(doc.notes().stream().anyMatch(n -> n.reason().contains("'≥9O%' read as '≥90%'")), doc.notes().toString());
    }

    /** .25万亩 (the OCR lost 1 of 1.25万亩) is no name and no 0.25: the actual is left unread and reported. */
    @Test
    void aFigureThatLostItsIntegerPartIsRefused() {
        String row1 = "产出指标（50分） 数量指标 耕地轮作面积 ≥1.2万亩 .25万亩 50 50";
        Document doc = SyntheticForm.read(spaceRows(row1, "", ROW2.replace("9O", "90")), "lost.txt");
        Form form = onlyForm(doc);
        assertEquals(List.of("耕地轮作面积", "道路完好率", "群众满意度"), SyntheticForm.names(form));
        Indicator row = form.indicators().get(0);
        assertNull(row.actual());
        assertEquals(0, row.score().compareTo(new BigDecimal("50")));
        assertTrue(doc.problems().stream().anyMatch(p -> ".25万亩".equals(p.text())), doc.problems().toString());
    }

    /** 不低於 / 不超過 / 以內 of a 繁體 form are bounds as 不低于 / 不超过 / 以内 are (main kept the values as text). */
    @Test
    void hantBoundsInWords() {
        Measure atLeast = MeasureParser.parse("不低於85%");
        assertEquals("≥", atLeast.comparator());
        assertEquals(0, atLeast.value().compareTo(new BigDecimal("85")));
        Measure atMost = MeasureParser.parse("不超過0.5萬元");
        assertEquals("≤", atMost.comparator());
        assertEquals("万元", atMost.unit());
        Measure within = MeasureParser.parse("5萬元以內");
        assertEquals("≤", within.comparator());
        assertEquals(0, within.value().compareTo(new BigDecimal("5")));
        assertEquals(Measure.Kind.TEXT, MeasureParser.parse("超過預期").kind());
    }

    /**
     * "|" rows printed without outer bars: every line is a row (main ran the fund rows together), and a line opening
     * with "|" has an empty first cell (the merged 一级 / 二级), so the row before keeps its 偏差原因.
     */
    @Test
    void pipeRowsWithoutOuterBars() {
        String text = """
                项目支出绩效自评表
                （2022年度）
                项目名称 | 肉牛养殖扶持
                主管部门 | 清平县农业农村局 | 实施单位 | 清平县畜牧站
                项目资金（万元） | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分
                年度资金总额 | 100 | 90 | 10 | 90% | 9
                其中：中央补助 | 60 | 60 | — | — | —
                县级资金 | 40 | 30 | — | — | —
                绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施
                 | 产出指标 | 数量指标 | 新增母牛数量 | ≥800头 | 760头 | 50 | 47.5 | 部分农户补栏推迟
                 |  |  | 新建牛舍面积 | ≥6000平方米 | 6200平方米 | 30 | 30
                 | 满意度指标 | 服务对象满意度指标 | 农户满意度 | ≥90% | 96% | 10 | 10
                总分 | 100 | 96.5
                """;
        Document doc = SyntheticForm.read(text, "bars.txt");
        Form form = onlyForm(doc);
        assertEquals(0, form.funds().get(FundLine.CENTRAL).annualBudget().compareTo(new BigDecimal("60")));
        assertEquals(0, form.funds().get(FundLine.COUNTY).executed().compareTo(new BigDecimal("30")));
        assertEquals(List.of("新增母牛数量", "新建牛舍面积", "农户满意度"), SyntheticForm.names(form));
        assertEquals("部分农户补栏推迟", form.indicators().get(0).deviation());
        assertNull(form.indicators().get(1).deviation());
        assertTrue(doc.problems().isEmpty(), doc.problems().toString());
    }

    /**
     * A 部门整体 funds table in "|" rows headed 资金 | 年初预算数 …, under a 金额单位：元 line, with a 其中：基本支出 row the
     * model has no line for: the total reads in 万元 and the unknown row is reported, not run into the total's figures
     * (main ran the unknown row into the total's figures and read no total).
     */
    @Test
    void departmentFundsInYuanUnderAUnitLine() {
        String text = """
                部门整体绩效自评表
                （2023年度）
                单位名称 | 清平县文化馆 | 自评总分 | 89.5
                金额单位：元
                资金 | 年初预算数 | 全年(调整)预算数 | 全年执行数 | 执行率 | 执行率权重 | 执行率得分
                合计 | 1,000,000.00 | 1,000,000.00 | 950,000.00 | 95.00% | 10 | 9.5
                其中：基本支出 | 600,000.00 | 600,000.00 | 600,000.00 | 100.00% | — | —
                年初绩效目标 | 全年(调整)绩效目标 | 实际完成情况
                开展群众文化活动。 | 开展群众文化活动。 | 开展群众文化活动52场。
                一级指标 | 二级指标 | 指标名称 | 计量单位 | 指标性质 | 指标值 | 指标权重(分) | 全年完成值 | 指标得分(分) | 说明 | 是否核心指标
                产出指标 | 数量指标 | 群众文化活动场次 | 场 | ≥ | 50 | 80 | 52 | 80 |  | 是
                满意度指标 | 服务对象满意度指标 | 群众满意度 | % | ≥ | 90 | 10 | 92 | 10 |  | 否
                """;
        Document doc = SyntheticForm.read(text, "department.txt");
        Form form = onlyForm(doc);
        var total = form.funds().get(FundLine.TOTAL);
        assertEquals(0, total.annualBudget().compareTo(new BigDecimal("100")));
        assertEquals(0, total.executed().compareTo(new BigDecimal("95")));
        assertEquals(0, total.score().compareTo(new BigDecimal("9.5")));
        assertEquals(List.of("群众文化活动场次", "群众满意度"), SyntheticForm.names(form));
        assertTrue(doc.problems().stream().anyMatch(p -> p.text() != null && p.text().startsWith("其中：基本支出")),
                doc.problems().toString());
    }
}
