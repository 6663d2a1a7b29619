package perfaudit.ingest;

import org.junit.jupiter.api.Test;
import perfaudit.model.Document;
import perfaudit.model.Form;
import perfaudit.model.Indicator;
import perfaudit.model.funds.FundLine;
import perfaudit.model.funds.Funds;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * What the real-form renditions (perfaudit.audit.renditions.RealFormRenditionsTest) taught the reader,
 * each on a small form: one change, with the form it reads and a form it must still read as before.
 */
class FlattenedRenditionsTest {

    private static final String HEAD = "项目支出绩效自评表 (2022年度) 项目名称 示范项目 主管部门 某局 实施单位 某中心 ";
    private static final String FUNDS = "项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 "
            + "年度资金总额 100 100 80 10 80% 8 ";
    private static final String INDICATORS = "绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施 "
            + "产出指标 数量指标 培训人数 ≥50人 50人 45 45 ";

    private static Document read(String text, String name) {
        return Inputs.read(text.getBytes(StandardCharsets.UTF_8), name, Limits.DEFAULT);
    }

    private static Form form(Document document) {
        assertEquals(1, document.forms().size(), document.problems().toString());
        return document.forms().get(0);
    }

    @Test
    void aPageOfParagraphsReadsAsItsText() {
        String text = HEAD + "\n" + FUNDS + "\n" + INDICATORS + "\n";
        StringBuilder page = new StringBuilder("<html><head><meta charset=\"utf-8\"></head><body>");
        for (String line : text.split("\n")) {
            page.append("<p>").append(line.replace("<", "&lt;").replace(">", "&gt;")).append("</p>");
        }
        Form fromPage = form(read(page.append("</body></html>").toString(), "form.html"));
        Form fromText = form(read(text, "form.txt"));

        assertEquals(fromText.fundLine(FundLine.TOTAL), withLocation(fromPage.fundLine(FundLine.TOTAL),
                fromText.fundLine(FundLine.TOTAL)));
        assertEquals(fromText.indicators().size(), fromPage.indicators().size());
        assertEquals(new BigDecimal("45"), fromPage.indicators().get(0).weight());
    }

    @Test
    void aBracketedPartAfterASpaceJoinsItsLabel() {
        // 得分 (20分*执行率): one column label of family E, flattened with a space inside
        Document document = read("项目自评表 项目名称 示范项目 预算执行情况(万元) (20分) 预算数(A) 执行数(B) 执行率(B/A) "
                + "得分 (20分*执行率) 年度财政资金总额 200 100 50% 10 " + INDICATORS, "e.txt");
        Funds total = form(document).fundLine(FundLine.TOTAL);
        assertNotNull(total, document.problems().toString());
        assertEquals(new BigDecimal("10"), total.score());
        assertEquals(new BigDecimal("50"), total.executionRate());
    }

    @Test
    void aColumnLetterNeedsNoSpellingOfItsOwn() {
        // 实际完成指标值 is in the vocabulary, 实际完成指标值(B) is not
        Form form = form(read(HEAD + FUNDS + INDICATORS.replace("实际完成值", "实际完成指标值(B)"), "b.txt"));
        Indicator row = form.indicators().get(0);
        assertEquals("50人", row.actual().raw());
        assertEquals(new BigDecimal("45"), row.score());
    }

    @Test
    void aTitleBrokenOverTwoLinesStartsTheForm() {
        Form form = form(read("项目支出绩效自\n评表 (2022年度)\n项目名称 示范项目\n" + FUNDS + INDICATORS, "t.txt"));
        assertEquals(2022, form.year());
        assertEquals("示范项目", form.projectName());
    }

    @Test
    void aTargetPhraseAndAnActualPhraseOnTwoLinesAreTwoValues() {
        Form form = form(read(HEAD + FUNDS + INDICATORS + "效益指标 社会效益指标 群众认可度 效果明显\n达成预期指标 10 10\n",
                "q.txt"));
        Indicator row = form.indicators().get(1);
        assertEquals("效果明显", row.target().raw());
        assertEquals("达成预期指标", row.actual().raw());
    }

    @Test
    void fullWidthPointsAreRead() {
        Form form = form(read(HEAD + FUNDS + INDICATORS.replace("产出指标", "产出指标（５０分）"), "f.txt"));
        assertEquals(new BigDecimal("50"), form.indicators().get(0).level1Points());
    }

    private static Funds withLocation(Funds funds, Funds locatedAs) {
        return new Funds(locatedAs.location(), funds.initialBudget(), funds.annualBudget(), funds.executed(),
                funds.weight(), funds.executionRate(), funds.score(), funds.printedUnit());
    }
}
