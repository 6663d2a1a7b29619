package perfaudit.engine;

import org.junit.jupiter.api.Test;
import perfaudit.engine.facts.build.FactBuilder;
import perfaudit.engine.facts.build.Judgements;
import perfaudit.finding.Grade;
import perfaudit.finding.Scorecard;
import perfaudit.model.CodedName;
import perfaudit.model.Form;
import perfaudit.model.Indicator;
import perfaudit.model.Measure;
import perfaudit.model.SourceLocation;
import perfaudit.model.Total;
import perfaudit.model.funds.FundLine;
import perfaudit.model.funds.Funds;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScorecardTest {

    private static final String FILE = "f.txt";

    /** The shipped settings table's word lists and grade bands. */
    private static Judgements judgements() {
        return AuditHarness.rules().base().judgements();
    }

    @Test
    void gradeBoundariesAreTheSettingsTables() {
        Judgements bands = judgements();
        assertEquals(Grade.EXCELLENT, bands.grade(new BigDecimal("100")));
        assertEquals(Grade.EXCELLENT, bands.grade(new BigDecimal("90")));
        assertEquals(Grade.GOOD, bands.grade(new BigDecimal("89.99")));
        assertEquals(Grade.GOOD, bands.grade(new BigDecimal("80")));
        assertEquals(Grade.FAIR, bands.grade(new BigDecimal("79.99")));
        assertEquals(Grade.FAIR, bands.grade(new BigDecimal("60")));
        assertEquals(Grade.POOR, bands.grade(new BigDecimal("59.99")));
        assertEquals(Grade.POOR, bands.grade(new BigDecimal("-1")));
        assertNull(bands.grade(null));
        assertEquals("优", Grade.EXCELLENT.label());
        assertEquals("差", Grade.POOR.label());
    }

    @Test
    void recomputesRateBudgetScoreTotalAndGradeFromTheFiguresIgnoringTheReportedRate() {
        // 8.53 of 18 executed is 47.39 %, worth 4.74 of 10; the form claims 50 % and 5 points
        Funds total = new Funds(SourceLocation.ofLine(FILE, 5), dec("18"), dec("18"), dec("8.53"), dec("10"),
                dec("50"), dec("5"));
        Form form = form(Map.of(FundLine.TOTAL, total),
                List.of(indicator(8, "45", "45"), indicator(9, "45", "40")), new Total(SourceLocation.ofLine(FILE, 12),
                        dec("100"), dec("90")));

        Scorecard card = Scorecards.of(form, FactBuilder.formFacts("f.txt#1", form, judgements()), judgements());

        assertEquals(SourceLocation.ofLine(FILE, 1), card.location());
        assertEquals(FILE, card.file());
        assertEquals("项目", card.projectName());
        assertEquals("001", card.unitCode());
        assertEquals(dec("50"), card.reportedRate());
        assertEquals(dec("47.39"), card.recomputedRate());
        assertEquals(dec("10"), card.budgetWeight());
        assertEquals(dec("5"), card.reportedBudgetScore());
        assertEquals(dec("4.74"), card.recomputedBudgetScore());
        assertEquals(2, card.indicatorCount());
        assertEquals(dec("90"), card.indicatorWeightSum());
        assertEquals(dec("85"), card.indicatorScoreSum());
        assertEquals(dec("100"), card.reportedTotalWeight());
        assertEquals(dec("90"), card.reportedTotal());
        assertEquals(0, dec("89.74").compareTo(card.recomputedTotal()));
        assertEquals(Grade.EXCELLENT, card.reportedGrade());
        assertEquals(Grade.GOOD, card.recomputedGrade());
        assertTrue(card.notes().isEmpty(), card.notes().toString());
    }

    @Test
    void aFormWithoutFundsOrTotalIsScoredOnWhatItHasAndSaysSo() {
        Form form = form(Map.of(), List.of(indicator(8, null, null)), null);

        Scorecard card = Scorecards.of(form, FactBuilder.formFacts("f.txt#1", form, judgements()), judgements());

        assertNull(card.recomputedRate());
        assertNull(card.recomputedBudgetScore());
        assertNull(card.indicatorWeightSum());
        assertNull(card.reportedTotal());
        assertNull(card.reportedGrade());
        assertEquals(0, BigDecimal.ZERO.compareTo(card.recomputedTotal()));
        assertEquals(Grade.POOR, card.recomputedGrade());
        assertEquals(4, card.notes().size(), card.notes().toString());
    }

    private static Form form(Map<FundLine, Funds> funds, List<Indicator> indicators, Total total) {
        return new Form(SourceLocation.ofLine(FILE, 1), 2023, "项目", CodedName.parse("058-部门"),
                CodedName.parse("001-单位"), funds, null, indicators, total);
    }

    private static Indicator indicator(int line, String weight, String score) {
        Measure met = new Measure("达成预期指标", Measure.Kind.TEXT, null, null, null, null);
        return new Indicator(SourceLocation.ofLine(FILE, line), "产出指标", "产出指标", null, "数量指标", "数量指标",
                "指标" + line, met, met, weight == null ? null : dec(weight), score == null ? null : dec(score), null);
    }

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }
}
