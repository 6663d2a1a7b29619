package perfaudit.engine;

import perfaudit.engine.facts.build.FactBuilder;
import perfaudit.engine.facts.FormFact;
import perfaudit.engine.facts.FundFact;
import perfaudit.engine.facts.build.Judgements;
import perfaudit.finding.Scorecard;
import perfaudit.model.Document;
import perfaudit.model.Form;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes each form's {@link Scorecard} from the facts {@link FactBuilder} made of it: the arithmetic is
 * the rules' own, so the scorecard and the findings never disagree on a formula.
 */
public final class Scorecards {

    private Scorecards() {
    }

    /** The scorecards of a document's forms, in the order of the document. */
    public static List<Scorecard> of(Document document, Judgements judgements) {
        List<Scorecard> cards = new ArrayList<>();
        for (int i = 0; i < document.forms().size(); i++) {
            Form form = document.forms().get(i);
            cards.add(of(form, FactBuilder.formFacts(FactBuilder.formId(document, i), form, judgements), judgements));
        }
        return cards;
    }

    /** The scorecard of a form from the facts {@link FactBuilder#formFacts} made of it; grades by the table's bands. */
    public static Scorecard of(Form form, List<Object> formFacts, Judgements judgements) {
        FormFact formFact = null;
        FundFact totalFunds = null;
        for (Object fact : formFacts) {
            if (fact instanceof FormFact f) {
                formFact = f;
            } else if (fact instanceof FundFact f && f.isTotalLine()) {
                totalFunds = f;
            }
        }
        if (formFact == null) {
            throw new IllegalStateException("FactBuilder made no FormFact for " + form.location());
        }
        List<String> notes = new ArrayList<>();
        BigDecimal recomputedBudgetScore = totalFunds == null ? null : totalFunds.getRecomputedScore();
        if (totalFunds == null) {
            notes.add("无年度资金总额行，预算执行得分按 0 计 — no 年度资金总额 row, budget score counted as 0");
        } else if (recomputedBudgetScore == null) {
            notes.add("全年预算数或全年执行数缺失或为 0、或无分值，预算执行得分无法复核，按 0 计"
                    + " — budget score cannot be recomputed, counted as 0");
        }
        if (formFact.getIndicatorCount() > 0 && formFact.getIndicatorWeightSum() == null) {
            notes.add("指标均未填分值 — no indicator has a 分值");
        }
        if (formFact.getIndicatorCount() > 0 && formFact.getIndicatorScoreSum() == null) {
            notes.add("指标均未填得分 — no indicator has a score");
        }
        BigDecimal recomputedTotal = zeroIfNull(recomputedBudgetScore).add(zeroIfNull(formFact.getIndicatorScoreSum()));
        if (!formFact.isScored() && recomputedBudgetScore == null) {
            // a transfer-payment form or 自评报告 prints no 得分: 0 would read as grade 差
            recomputedTotal = null;
            notes.add("本表式不打分（无得分列），不复核总分与等级 — the template prints no scores: no recomputed total or grade");
        } else if (formFact.isCut()) {
            recomputedTotal = null;
            notes.add("自评表文字中断，缺少" + formFact.getMissingParts() + "，不复核总分与等级"
                    + " — the form's text is cut short: no recomputed total or grade");
        }
        BigDecimal reportedTotal = formFact.getTotalScore();
        if (reportedTotal == null) {
            notes.add("总分得分未填，无报告等级 — no reported 总分, so no reported grade");
        }
        return new Scorecard(form.location(), formFact.getProjectName(), formFact.getUnitCode(), formFact.getUnitName(),
                totalFunds == null ? null : totalFunds.getExecutionRate(),
                totalFunds == null ? null : totalFunds.getRecomputedRate(),
                totalFunds == null ? null : totalFunds.getWeight(),
                totalFunds == null ? null : totalFunds.getScore(),
                recomputedBudgetScore,
                formFact.getIndicatorCount(), formFact.getIndicatorWeightSum(), formFact.getIndicatorScoreSum(),
                formFact.getTotalWeight(), reportedTotal, recomputedTotal,
                judgements.grade(reportedTotal), judgements.grade(recomputedTotal), notes, form.year());
    }

    private static BigDecimal zeroIfNull(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
