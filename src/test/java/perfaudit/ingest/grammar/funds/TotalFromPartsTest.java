package perfaudit.ingest.grammar.funds;

import org.junit.jupiter.api.Test;
import perfaudit.ingest.Inputs;
import perfaudit.ingest.Limits;
import perfaudit.ingest.grammar.Cell;
import perfaudit.ingest.grammar.Lexicon;
import perfaudit.ingest.grammar.Tokens;
import perfaudit.ingest.grammar.vocabulary.Vocabulary;
import perfaudit.model.Document;
import perfaudit.model.ParseProblem;
import perfaudit.model.funds.FundLine;
import perfaudit.model.funds.Funds;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A 年度资金总额 row without its 全年执行数 takes the sum of its sub-rows only where they account for
 * its whole budget and a printed 执行率 confirms the sum; a contradicting rate leaves it unread and
 * says so; without a rate nothing is filled.
 */
class TotalFromPartsTest {

    /** OCR'd glued text in the shape of a 宁夏 绩效目标自评表: the figures land on the one funded sub-row, a line each. */
    private static final String OCR_FORM = """
            农机补贴示范项目绩效目标自评表(2022年度)项目总得分96分项目名称农机补贴示范项目实施单位/项目负责人某县农机中心/王某自治区主管部门农业农村厅专项实施期2022年3月-2022年11月市县财政部门某县财政局市县主管部门某县农业农村局资金情况(万元)年度资金总额全年预算数(A)120全年执行数(B)执行率(B/A)其中中央补助自治区补助120万元
            102万元
            RATE市县资金年度总体目标完成农机补贴发放500台,带动农户增收绩效指标一级指标二级指标三级指标分值年度指标值全年实际值得分未完成原因及改进措施产出指标(50分)数量指标指标1补贴农机台数50500台500台50效益指标(50分)社会效益指标指标1农户满意度50≥90%95%46部分农户反映到账慢,加快拨付
            """;

    private static Document read(String rate) {
        return Inputs.read(OCR_FORM.replace("RATE", rate).getBytes(StandardCharsets.UTF_8), "ocr-total.txt", Limits.DEFAULT);
    }

    @Test
    void aTotalWithoutItsExecutionTakesTheSumOfItsSubRowsWhenTheRateConfirmsIt() {
        Document document = read("85%");
        Funds total = document.forms().get(0).fundLine(FundLine.TOTAL);
        assertEquals(0, new BigDecimal("120").compareTo(total.annualBudget()));
        assertEquals(0, new BigDecimal("102").compareTo(total.executed()), total.toString());
        assertTrue(document.notes().stream().anyMatch(n -> n.reason().contains("全年执行数 (not printed) read as 102")
                && n.reason().contains("自治区补助 120 / 102") && n.reason().contains("85%")), document.notes().toString());
    }

    @Test
    void aRateThatContradictsTheSumLeavesTheTotalUnreadAndSaysSo() {
        Document document = read("95%");
        Funds total = document.forms().get(0).fundLine(FundLine.TOTAL);
        assertNull(total.executed());
        assertTrue(document.problems().stream().map(ParseProblem::reason).anyMatch(r -> r.contains("contradicts")),
                document.problems().toString());
        assertTrue(document.notes().stream().noneMatch(n -> n.reason().contains("not printed")));
    }

    @Test
    void withoutARateToConfirmNothingIsFilled() {
        Document document = read("");
        assertNull(document.forms().get(0).fundLine(FundLine.TOTAL).executed());
        assertTrue(document.notes().stream().noneMatch(n -> n.reason().contains("not printed")));
    }

    @Test
    void severalFundedSubRowsAddUpWhenTheTotalsRateConfirms() {
        Map<FundLine, Funds> funds = funds(row(200, null, "80"), row(150, 130, null), row(50, 30, null));
        TotalFromParts.Outcome outcome = TotalFromParts.complete(funds, Map.of());
        assertNotNull(outcome);
        assertEquals(0, new BigDecimal("160").compareTo(outcome.executed()));
    }

    @Test
    void subRowsThatDoNotAccountForTheWholeBudgetFillNothing() {
        assertNull(TotalFromParts.complete(funds(row(200, null, "80"), row(150, 120, "80"), null), Map.of()));
    }

    @Test
    void aFundedSubRowWithoutItsExecutionFillsNothing() {
        assertNull(TotalFromParts.complete(funds(row(200, null, "80"), row(150, 130, null), row(50, null, null)), Map.of()));
    }

    @Test
    void aTotalThatPrintsItsExecutionIsLeftAlone() {
        assertNull(TotalFromParts.complete(funds(row(200, 150, "75"), row(200, 160, "80"), null), Map.of()));
    }

    @Test
    void aRateOfOneDigitIsNoEvidence() {
        // 5% agrees with too many sums to confirm one
        assertNull(TotalFromParts.complete(funds(row(200, null, null), row(200, 10, "5"), null), Map.of()));
    }

    private static Funds row(int budget, Integer executed, String rate) {
        return new Funds(null, null, BigDecimal.valueOf(budget), executed == null ? null : BigDecimal.valueOf(executed),
                null, rate == null ? null : new BigDecimal(rate), null);
    }

    private static Map<FundLine, Funds> funds(Funds total, Funds central, Funds local) {
        Map<FundLine, Funds> funds = new EnumMap<>(FundLine.class);
        funds.put(FundLine.TOTAL, total);
        if (central != null) {
            funds.put(FundLine.CENTRAL, central);
        }
        if (local != null) {
            funds.put(FundLine.LOCAL, local);
        }
        return funds;
    }

    @Test
    void aBare其中IsTheLeadInOfTheSubRows() {
        Lexicon lex = Lexicon.of(Vocabulary.standard());
        List<Cell> cells = List.of(cell("其中"), cell("其中:"), cell("其中："), cell("其中央"), cell("中央补助"));
        Tokens tokens = new Tokens(cells, true, lex);
        assertTrue(tokens.isSubRowLeadIn(0));
        assertTrue(tokens.isSubRowLeadIn(1));
        assertTrue(tokens.isSubRowLeadIn(2));
        assertEquals(false, tokens.isSubRowLeadIn(3));
        assertEquals(false, tokens.isSubRowLeadIn(4));
    }

    private static Cell cell(String text) {
        return new Cell(text, null, 1, -1, Cell.Gap.NONE);
    }
}
