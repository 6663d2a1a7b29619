package perfaudit.engine.facts.build;

import perfaudit.engine.facts.IndicatorFact;
import perfaudit.model.Form;
import perfaudit.model.Indicator;
import perfaudit.model.funds.FundColumn;
import perfaudit.model.funds.Funds;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which parts of a form's sums were filled in but could not be read (FormFact.unread): a sum over them lacks a figure
 * the unit gave, so the rules compare it as a lower bound, or not at all, rather than as the whole.
 */
final class FormUnread {

    static final String INDICATOR_SCORES = "indicatorScores";
    static final String INDICATOR_WEIGHTS = "indicatorWeights";
    static final String BUDGET_SCORE = "budgetScore";
    static final String BUDGET_WEIGHT = "budgetWeight";
    static final String TOTAL_SCORE = "totalScore";
    static final String TOTAL_WEIGHT = "totalWeight";

    private FormUnread() {
    }

    /** What a counted indicator row (no child, no budget row) leaves out of Σ 得分 / Σ 分值. */
    static Set<String> ofRow(IndicatorFact row) {
        Set<String> parts = new TreeSet<>();
        if (row.getUnread().contains(Indicator.SCORE)) {
            parts.add(INDICATOR_SCORES);
        }
        if (row.getUnread().contains(Indicator.WEIGHT)) {
            parts.add(INDICATOR_WEIGHTS);
        }
        return parts;
    }

    /** What the budget line (the funds total, or the indicator scoring budget execution) leaves out. */
    static Set<String> ofTotals(Form form, Funds total, List<IndicatorFact> indicators) {
        Set<String> parts = new TreeSet<>();
        if (form.total() != null && form.total().unread().contains("score")) {
            parts.add(TOTAL_SCORE);
        }
        if (form.total() != null && form.total().unread().contains("weight")) {
            parts.add(TOTAL_WEIGHT);
        }
        if (total != null && total.unread().contains(FundColumn.SCORE)) {
            parts.add(BUDGET_SCORE);
        }
        if (total != null && total.unread().contains(FundColumn.WEIGHT)) {
            parts.add(BUDGET_WEIGHT);
        }
        for (IndicatorFact row : indicators) {
            if (row.isBudgetExecution() && row.getUnread().contains(Indicator.SCORE)) {
                parts.add(BUDGET_SCORE);
            }
            if (row.isBudgetExecution() && row.getUnread().contains(Indicator.WEIGHT)) {
                parts.add(BUDGET_WEIGHT);
            }
        }
        return parts;
    }
}
