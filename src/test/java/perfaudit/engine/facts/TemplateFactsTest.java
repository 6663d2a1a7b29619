package perfaudit.engine.facts;

import org.junit.jupiter.api.Test;
import perfaudit.engine.AuditHarness;
import perfaudit.engine.facts.build.FactBuilder;
import perfaudit.ingest.Inputs;
import perfaudit.model.Document;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The facts a template's shape gives the rules, on the family fixtures: what is absent is not empty,
 * child rows and the budget-execution indicator are counted once, a cut excerpt is cut.
 */
class TemplateFactsTest {

    private static List<Object> facts(String fixture) {
        Document document = Inputs.read(Path.of("fixtures/families", fixture), fixture);
        return FactBuilder.formFacts(document, AuditHarness.rules().base().judgements());
    }

    private static <T> List<T> of(List<Object> facts, Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void theBudgetExecutionIndicatorIsTheBudgetRowAndStaysInItsCategory() {
        // 银川: 项目管理(25分) = 预算执行率 10 + 财务管理 8 + 项目实施 7; the funds table prints no 分值
        List<Object> facts = facts("L-clean.txt");
        FormFact form = of(facts, FormFact.class).get(0);
        FundFact total = of(facts, FundFact.class).stream().filter(FundFact::isTotalLine).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("10").compareTo(total.getWeight()));
        assertEquals(0, new BigDecimal("9.83").compareTo(total.getScore()));
        assertEquals(0, new BigDecimal("90").compareTo(form.getIndicatorWeightSum()), "not counted as an indicator too");
        assertEquals(0, new BigDecimal("100").compareTo(form.getExpectedTotalWeight()), "budget 10 counted once");
        assertEquals(0, new BigDecimal("99.83").compareTo(form.getExpectedTotalScore()));
        CategoryFact management = of(facts, CategoryFact.class).stream()
                .filter(c -> c.getStatedPoints() != null && c.getStatedPoints().intValue() == 25).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("25").compareTo(management.getWeightSum()));
    }

    @Test
    void childRowsAreNotSummedAndAbsentColumnsAreKnown() {
        // 安徽: "其中…" rows under ★新建及改造供水管网 carry no points of their own
        List<Object> facts = facts("B-clean.txt");
        List<IndicatorFact> rows = of(facts, IndicatorFact.class);
        assertTrue(rows.stream().anyMatch(IndicatorFact::isChild));
        assertTrue(rows.stream().allMatch(IndicatorFact::isWeightColumn));
        // 转移支付: no 分值 / 得分 columns at all
        List<IndicatorFact> transfer = of(facts("C-clean.txt"), IndicatorFact.class);
        assertTrue(transfer.stream().noneMatch(IndicatorFact::isWeightColumn));
        assertTrue(transfer.stream().noneMatch(IndicatorFact::isScoreColumn));
        assertTrue(transfer.stream().allMatch(IndicatorFact::isDeviationColumn));
    }

    @Test
    void aFormWideReasonIsWhereATemplateWithoutADeviationColumnExplains() {
        // 湖北 项目自评表: one 偏差大或目标未完成原因分析 for the whole form
        List<IndicatorFact> rows = of(facts("E-clean.txt"), IndicatorFact.class);
        assertTrue(rows.stream().allMatch(IndicatorFact::isDeviationColumn));
        assertTrue(rows.stream().allMatch(r -> r.getExplanation() != null), "the form's 無 explains every row");
        assertFalse(of(facts("E-clean.txt"), FormFact.class).get(0).isGoalRead(), "no 年度总体目标 section");
    }

    @Test
    void aCutExcerptIsCutAndItsLastRowTruncated() {
        List<Object> facts = facts("edge-cut-mid-table.txt");
        FormFact form = of(facts, FormFact.class).get(0);
        assertTrue(form.isCut());
        assertTrue(form.getMissingParts().contains("总分"));
        List<IndicatorFact> rows = of(facts, IndicatorFact.class);
        assertTrue(rows.get(rows.size() - 1).isTruncated());
        assertTrue(rows.subList(0, rows.size() - 1).stream().noneMatch(IndicatorFact::isTruncated));
        // the category the text stops in (效益指标) lost rows to the cut: no CategoryFact to check its points
        assertEquals(List.of("产出指标"), of(facts, CategoryFact.class).stream().map(CategoryFact::getLevel1).toList());
    }
}
