package perfaudit.engine.facts;

import perfaudit.model.FundLine;
import perfaudit.model.Funds;
import perfaudit.model.SourceLocation;
import perfaudit.model.Terms;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** One 项目资金 row with the values Java recomputes from it: the execution rate and the budget score. */
public final class FundFact {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final String formId;
    private final String formName;
    private final FundLine line;
    private final Funds funds;
    /**
     * Computed on first use and kept: constraints read them many times, and most rules look at the
     * 年度资金总额 line only, so the other lines rarely need them. Facts are confined to one session's thread.
     */
    private BigDecimal recomputedRate;
    private BigDecimal expectedScore;
    private BigDecimal adjustmentPercent;
    private boolean derived;

    public FundFact(String formId, String formName, FundLine line, Funds funds) {
        this.formId = formId;
        this.formName = formName;
        this.line = line;
        this.funds = funds;
    }

    private void derive() {
        if (!derived) {
            recomputedRate = rate(funds.executed(), funds.annualBudget());
            expectedScore = budgetScore(funds.executionRate() != null ? funds.executionRate() : recomputedRate, funds.weight());
            adjustmentPercent = adjustment(funds.initialBudget(), funds.annualBudget());
            derived = true;
        }
    }

    public String getFormId() { return formId; }
    public String getFormName() { return formName; }
    public FundLine getLine() { return line; }
    public boolean isTotalLine() { return line == FundLine.TOTAL; }
    public String getLineName() { return Terms.FUND_LINE_NAMES.get(line); }
    public SourceLocation getLocation() { return funds.location(); }
    public BigDecimal getInitialBudget() { return funds.initialBudget(); }
    public BigDecimal getAnnualBudget() { return funds.annualBudget(); }
    public BigDecimal getExecuted() { return funds.executed(); }
    public BigDecimal getWeight() { return funds.weight(); }
    public BigDecimal getExecutionRate() { return funds.executionRate(); }
    public BigDecimal getScore() { return funds.score(); }

    /** 全年执行数 ÷ 全年预算数 × 100, two decimals; null when the budget is missing or 0. */
    public BigDecimal getRecomputedRate() {
        derive();
        return recomputedRate;
    }

    private static BigDecimal rate(BigDecimal executed, BigDecimal annualBudget) {
        if (executed == null || annualBudget == null || annualBudget.signum() == 0) {
            return null;
        }
        return executed.multiply(HUNDRED).divide(annualBudget, 2, RoundingMode.HALF_UP);
    }

    /** The rate the score is based on: as reported when present, else recomputed. */
    public BigDecimal getEffectiveRate() {
        return funds.executionRate() != null ? funds.executionRate() : getRecomputedRate();
    }

    /** min(执行率, 100 %) × 分值, two decimals rounded half up; null without a rate or a 分值. */
    public BigDecimal getExpectedScore() {
        derive();
        return expectedScore;
    }

    /**
     * The budget score from the recomputed rate alone, ignoring the reported 执行率: what the form
     * should show when every printed derived value is distrusted (the scorecard's view).
     */
    public BigDecimal getRecomputedScore() {
        return budgetScore(getRecomputedRate(), funds.weight());
    }

    private static BigDecimal budgetScore(BigDecimal rate, BigDecimal weight) {
        if (rate == null || weight == null) {
            return null;
        }
        return rate.min(HUNDRED).multiply(weight).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }

    /** |全年预算数 − 年初预算数| ÷ 年初预算数 × 100; null when either is missing or the initial budget is 0. */
    public BigDecimal getAdjustmentPercent() {
        derive();
        return adjustmentPercent;
    }

    private static BigDecimal adjustment(BigDecimal initial, BigDecimal annual) {
        if (initial == null || annual == null || initial.signum() == 0) {
            return null;
        }
        return annual.subtract(initial).abs().multiply(HUNDRED).divide(initial, 2, RoundingMode.HALF_UP);
    }
}
