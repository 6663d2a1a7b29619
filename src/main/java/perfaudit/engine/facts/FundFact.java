package perfaudit.engine.facts;

import perfaudit.model.SourceLocation;
import perfaudit.model.Terms;
import perfaudit.model.funds.FundLine;
import perfaudit.model.funds.Funds;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** One 项目资金 row with the values Java recomputes from it: the execution rate and the budget score. */
public final class FundFact {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Decimals of the unrounded budget score, and the most a printed 得分 may show to be judged as a rounding. */
    private static final int EXACT_SCALE = 4;

    private final String formId;
    private final String formName;
    private final FundLine line;
    private final Funds funds;
    /**
     * For the 年度资金总额 line: the sum of its sub-rows (本年财政拨款 + 上年结转资金 + …), or null. When
     * the total row prints no amounts (or only zeros) while its parts hold money — 池州 2022: 0 / 0 / 0
     * above 90 / 89.974 / 89.974 — the rate and the budget score are recomputed from the parts.
     */
    private final Funds parts;
    /** The budget points the template gives when the row prints no 分值 (湖北 20 分), or null. */
    private final BigDecimal templateWeight;
    private final boolean substituted;
    /** The rate the budget row was scored on when an indicator scores it on its own 实际完成值, or null. */
    private final BigDecimal indicatorRate;
    /** The funds table prints a 原因 column (四川 D); this row's 原因 holds words beyond the template's printed note. */
    private final boolean reasonColumn;
    private final boolean reasonGiven;
    /** The text stops inside the funds table or before it (a cut excerpt): its 原因 cells may lie after the cut. */
    private final boolean fundsCut;
    /**
     * Computed on first use and kept: constraints read them many times, and most rules look at the
     * 年度资金总额 line only, so the other lines rarely need them. Facts are confined to one session's thread.
     */
    private BigDecimal recomputedRate;
    private BigDecimal expectedScore;
    private BigDecimal printedRateScore;
    private BigDecimal scoreRate;
    private BigDecimal adjustmentPercent;
    private boolean derived;

    public FundFact(String formId, String formName, FundLine line, Funds funds) {
        this(formId, formName, line, funds, null, null);
    }

    public FundFact(String formId, String formName, FundLine line, Funds funds, Funds parts, BigDecimal templateWeight) {
        this(formId, formName, line, funds, parts, templateWeight, null);
    }

    /**
     * {@code indicatorRate}: where the budget is scored by an indicator (项目管理 / 预算执行率) with its own
     * 实际完成值, the rate it was scored on; the funds table's 执行率 is still checked as printed.
     */
    public FundFact(String formId, String formName, FundLine line, Funds funds, Funds parts, BigDecimal templateWeight,
                    BigDecimal indicatorRate) {
        this(formId, formName, line, funds, parts, templateWeight, indicatorRate, false, false, false);
    }

    /**
     * {@code reasonColumn}: the table prints a 原因 column; {@code reasonGiven}: this row's 原因 says more than the
     * template's printed note (the settings' instructionWords judge it).
     */
    public FundFact(String formId, String formName, FundLine line, Funds funds, Funds parts, BigDecimal templateWeight,
                    BigDecimal indicatorRate, boolean reasonColumn, boolean reasonGiven, boolean fundsCut) {
        this.fundsCut = fundsCut;
        this.reasonColumn = reasonColumn;
        this.reasonGiven = reasonGiven;
        this.indicatorRate = indicatorRate;
        this.formId = formId;
        this.formName = formName;
        this.line = line;
        this.funds = funds;
        this.parts = parts;
        this.templateWeight = templateWeight;
        this.substituted = line == FundLine.TOTAL && parts != null && noMoney(funds) && !noMoney(parts);
    }

    private static boolean noMoney(Funds f) {
        return isNullOrZero(f.initialBudget()) && isNullOrZero(f.annualBudget()) && isNullOrZero(f.executed());
    }

    private static boolean isNullOrZero(BigDecimal value) {
        return value == null || value.signum() == 0;
    }

    private Funds amounts() {
        return substituted ? parts : funds;
    }

    private void derive() {
        if (!derived) {
            recomputedRate = rate(amounts().executed(), budgetBasis());
            BigDecimal printed = substituted || funds.executionRate() == null ? recomputedRate : funds.executionRate();
            printedRateScore = budgetScore(indicatorRate != null ? indicatorRate : printed, getWeight());
            // a printed rate that is the recomputed one rounded (86% for 86.20%) scores on the precise rate
            boolean roundedOnly = indicatorRate == null && printed != null && recomputedRate != null
                    && printed.compareTo(roundedAsPrinted(recomputedRate)) == 0;
            scoreRate = indicatorRate != null ? indicatorRate : roundedOnly ? recomputedRate : printed;
            expectedScore = budgetScore(scoreRate, getWeight());
            adjustmentPercent = adjustment(amounts().initialBudget(), amounts().annualBudget());
            derived = true;
        }
    }

    /** The budget the rate is taken on: 全年预算数, or 年初预算数 where the template has no 全年 column (B/A). */
    private BigDecimal budgetBasis() {
        return amounts().annualBudget() != null ? amounts().annualBudget() : amounts().initialBudget();
    }

    public String getFormId() { return formId; }
    public String getFormName() { return formName; }
    public FundLine getLine() { return line; }
    public boolean isTotalLine() { return line == FundLine.TOTAL; }
    public String getLineName() { return Terms.FUND_LINE_NAMES.get(line); }
    public SourceLocation getLocation() { return funds.location(); }
    /** The amounts the checks use: the row's own, or its parts' sum where the total row printed none. */
    public BigDecimal getInitialBudget() { return amounts().initialBudget(); }
    public BigDecimal getAnnualBudget() { return budgetBasis(); }
    public BigDecimal getExecuted() { return amounts().executed(); }
    /** True when the total row printed no money and the checks use the sum of its sub-rows. */
    public boolean isFromParts() { return substituted; }
    /** 分值 as printed, or the template's budget points (湖北 20 分) when the row prints none. */
    public BigDecimal getWeight() { return funds.weight() != null ? funds.weight() : templateWeight; }
    /** The row prints a 分值 of its own (not only the template's budget points). */
    public boolean isWeightPrinted() { return funds.weight() != null; }
    public BigDecimal getExecutionRate() { return funds.executionRate(); }
    public BigDecimal getScore() { return funds.score(); }
    /**
     * The columns filled in whose cell could not be read ("executed", "executionRate", "score" …, reported as parse
     * problems): null like an empty cell, but not missing. {@code unread not contains "score"}.
     */
    public java.util.Set<String> getUnread() {
        java.util.Set<String> keys = new java.util.TreeSet<>();
        funds.unread().forEach(column -> keys.add(column.key()));
        return keys;
    }

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

    /**
     * The rate the budget score is taken on: an indicator's own 实际完成值 where one scores it; else the
     * recomputed rate where the printed one is only its rounding, else {@link #getEffectiveRate}.
     */
    public BigDecimal getScoreRate() {
        derive();
        return scoreRate;
    }

    /**
     * The rate as reported when present, else recomputed; recomputed too when the total row printed
     * no money (its printed 0 % is not the project's rate).
     */

    public BigDecimal getEffectiveRate() {
        return funds.executionRate() != null && !substituted ? funds.executionRate() : getRecomputedRate();
    }

    /**
     * The share of the 全年预算数 left unspent, 100 − {@link #getEffectiveRate}, in percent: what is to be carried
     * over, kept as a balance or taken back (结转结余率). Null without a rate or at 100 % or more.
     */
    public BigDecimal getUnspentPercent() {
        BigDecimal rate = getEffectiveRate();
        return rate == null || rate.compareTo(HUNDRED) >= 0 ? null : HUNDRED.subtract(rate);
    }

    /**
     * The recomputed rate rounded as the form printed its rate: a form that prints whole percent
     * (60%) is right for 59.58 %. Null without a printed or a recomputed rate.
     */
    public BigDecimal getRecomputedRateAsPrinted() {
        return roundedAsPrinted(getRecomputedRate());
    }

    private BigDecimal roundedAsPrinted(BigDecimal recomputed) {
        if (recomputed == null || funds.executionRate() == null) {
            return recomputed;
        }
        int scale = Math.max(0, Math.min(2, funds.executionRate().scale()));
        return recomputed.setScale(scale, RoundingMode.HALF_UP);
    }

    /**
     * min(执行率, 100 %) × 分值, two decimals rounded half up, on the recomputed rate where the printed one
     * is only its rounding, else on the printed rate (a wrong rate is ARITH-RATE's finding, not this one's);
     * null without a rate or a 分值.
     */
    public BigDecimal getExpectedScore() {
        derive();
        return expectedScore;
    }

    /**
     * min(执行率, 100 %) × 分值 on the rate exactly as printed (86 % rather than 86.20 %): a form that
     * scored on its own rounded rate is not wrong.
     */
    public BigDecimal getPrintedRateScore() {
        derive();
        return printedRateScore;
    }

    /**
     * The budget score from the recomputed rate alone, ignoring the reported 执行率: what the form
     * should show when every printed derived value is distrusted (the scorecard's view).
     */
    public BigDecimal getRecomputedScore() {
        return budgetScore(getRecomputedRate(), getWeight());
    }

    /**
     * min(执行率, 100 %) × 分值 on the unrounded rate (全年执行数 ÷ 全年预算数), four decimals: the score the form's
     * own arithmetic gives before any rounding (2.1548 for 30 ÷ 278.4449 × 20; no trailing zeros); null without a rate or a 分值.
     */
    public BigDecimal getExactScore() {
        BigDecimal exact = unroundedScore(exactRate());
        if (exact == null) {
            return null;
        }
        BigDecimal shown = exact.setScale(EXACT_SCALE, RoundingMode.HALF_UP).stripTrailingZeros();
        return shown.scale() < 0 ? shown.setScale(0) : shown;
    }

    /** {@link #getExactScore} rounded half up to the decimals the printed 得分 shows: what it should read. */
    public BigDecimal getScoreRoundedAsPrinted() {
        BigDecimal exact = unroundedScore(exactRate());
        BigDecimal score = getScore();
        return exact == null || score == null ? null : exact.setScale(Math.max(0, score.scale()), RoundingMode.HALF_UP);
    }

    /**
     * The printed 得分 is not the rounding, to its own decimals, of the score on any rate the form gives (the
     * unrounded one, the printed 执行率, an indicator's own): 2.16 printed for 2.1548. Only a 得分 printed with at
     * most {@value #EXACT_SCALE} decimals is judged (more is a stored value, not a printed rounding).
     */
    public boolean isScoreMisrounded() {
        BigDecimal score = getScore();
        if (score == null || score.scale() < 0 || score.scale() > EXACT_SCALE) {
            return false;
        }
        BigDecimal printedRate = substituted ? null : funds.executionRate();
        boolean anyCandidate = false;
        for (BigDecimal rate : new BigDecimal[] {exactRate(), printedRate, indicatorRate}) {
            BigDecimal candidate = unroundedScore(rate);
            if (candidate != null) {
                anyCandidate = true;
                if (candidate.setScale(score.scale(), RoundingMode.HALF_UP).compareTo(score) == 0) {
                    return false;
                }
            }
        }
        return anyCandidate;
    }

    /** 全年执行数 ÷ 全年预算数 × 100 unrounded (ten decimals); null when the budget is missing or 0. */
    private BigDecimal exactRate() {
        BigDecimal executed = amounts().executed();
        BigDecimal basis = budgetBasis();
        if (executed == null || basis == null || basis.signum() == 0) {
            return null;
        }
        return executed.multiply(HUNDRED).divide(basis, 10, RoundingMode.HALF_UP);
    }

    private BigDecimal unroundedScore(BigDecimal rate) {
        BigDecimal weight = getWeight();
        return rate == null || weight == null ? null : rate.min(HUNDRED).multiply(weight).divide(HUNDRED);
    }

    private static BigDecimal budgetScore(BigDecimal rate, BigDecimal weight) {
        if (rate == null || weight == null) {
            return null;
        }
        return rate.min(HUNDRED).multiply(weight).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }

    /** The funds table prints a 原因 column: whether a reason was given can be known. */
    public boolean isReasonColumn() { return reasonColumn; }
    /** This row's 原因 as printed, or null. */
    public String getReason() { return funds.reason() == null ? null : funds.reason().text(); }
    /** This row's 原因 holds a reason: words beyond the template's printed note (instructionWords). */
    public boolean isReasonGiven() { return reasonGiven; }
    /** The text stops inside the funds table (or before it): what its cells would say after the cut is unknown. */
    public boolean isFundsCut() { return fundsCut; }
    /** Where this row's 原因 stands, else the row. */
    public SourceLocation getReasonLocation() { return funds.reason() == null ? funds.location() : funds.reason().location(); }

    /** 结余 as printed (湖南 H), or null. */
    public BigDecimal getBalance() { return funds.balance(); }
    /** 实际到位资金 as printed (湖南 H), or null. */
    public BigDecimal getReceived() { return funds.received(); }

    /** The row's own 计划安排资金 (全年预算数) − 实际支出 (全年执行数): what its 结余 should be; null without either. */
    public BigDecimal getPlannedBalance() {
        return funds.annualBudget() == null || funds.executed() == null ? null : funds.annualBudget().subtract(funds.executed());
    }

    /** 实际到位资金 − 实际支出: the balance of the money received; null without either. */
    public BigDecimal getReceivedBalance() {
        return funds.received() == null || funds.executed() == null ? null : funds.received().subtract(funds.executed());
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
