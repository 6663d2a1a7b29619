package perfaudit.engine.facts;

import perfaudit.model.Indicator;
import perfaudit.model.Measure;
import perfaudit.model.SourceLocation;
import perfaudit.model.Template;

import java.math.BigDecimal;

/**
 * One indicator row and what Java computes from it for the rules: whether a quantitative target was
 * met and the score the formulas give, the qualitative outcome of a text actual, money targets in
 * 万元, and the years of dates.
 */
public final class IndicatorFact {

    private final String formId;
    private final String formName;
    private final int index;
    private final Indicator row;
    private final boolean budgetRow;
    private final Template template;
    private final String explanation;
    private final IndicatorAssessment assessment;
    /** Computed once: many rules' constraints read them for every row. */
    private final boolean blank;
    private final boolean fullMarks;
    private final boolean pointsDeducted;
    private final boolean targetMissed;
    private final Integer targetYear;
    private final Integer actualYear;
    private final boolean measuredByChildren;
    private final BigDecimal weightImplied;
    private final String weightImpliedBy;

    public IndicatorFact(String formId, String formName, int index, Indicator row, boolean budgetRow, Template template,
                         String formDeviation, IndicatorAssessment assessment) {
        this(formId, formName, index, row, budgetRow, template, formDeviation, assessment, false);
    }

    /**
     * {@code measuredByChildren}: the row is a parent whose 其中… child rows follow it and carry the target and actual
     * (安徽 B: the parent holds the points only).
     */
    public IndicatorFact(String formId, String formName, int index, Indicator row, boolean budgetRow, Template template,
                         String formDeviation, IndicatorAssessment assessment, boolean measuredByChildren) {
        this(formId, formName, index, row, budgetRow, template, formDeviation, assessment, measuredByChildren, null, null);
    }

    /**
     * {@code weightImplied}: where the template prints no 分值, the row's full marks as its group's points show them
     * (the group, {@code weightImpliedBy}, scored all its points, so each row its full 分值); else null.
     */
    public IndicatorFact(String formId, String formName, int index, Indicator row, boolean budgetRow, Template template,
                         String formDeviation, IndicatorAssessment assessment, boolean measuredByChildren,
                         BigDecimal weightImplied, String weightImpliedBy) {
        this.weightImplied = weightImplied;
        this.weightImpliedBy = weightImpliedBy;
        this.measuredByChildren = measuredByChildren;
        this.formId = formId;
        this.formName = formName;
        this.index = index;
        this.row = row;
        this.budgetRow = budgetRow;
        this.template = template;
        this.explanation = row.deviation() != null ? row.deviation() : formDeviation;
        this.assessment = assessment;
        this.blank = row.name() == null && row.target() == null && row.actual() == null;
        this.fullMarks = row.weight() != null && row.score() != null && row.weight().signum() > 0
                && row.score().compareTo(row.weight()) == 0;
        this.pointsDeducted = row.weight() != null && row.score() != null && row.score().compareTo(row.weight()) < 0;
        this.targetMissed = Boolean.FALSE.equals(assessment.met())
                || "PARTIAL".equals(assessment.qualitativeOutcome()) || "NOT_MET".equals(assessment.qualitativeOutcome());
        this.targetYear = year(row.target());
        this.actualYear = year(row.actual());
    }

    public String getFormId() { return formId; }
    public String getFormName() { return formName; }
    /** 1-based position in the form's indicator table. */
    public int getIndex() { return index; }
    public SourceLocation getLocation() { return row.location(); }
    public String getLevel1() { return row.level1(); }
    public String getLevel2() { return row.level2(); }
    public String getName() { return row.name(); }
    /** The name for messages: 三级指标, or the 二级 label for a row whose name is empty. */
    public String getLabel() {
        return row.name() != null ? row.name() : (row.level2() == null ? "（空行）" : row.level2() + "（无三级指标）");
    }
    public String getTargetRaw() { return raw(row.target()); }
    public String getActualRaw() { return raw(row.actual()); }
    /** The comparator printed before the 实际完成值 (≥ ≤ > < =, normalised), as in a target; null where none. */
    public String getActualComparator() { return row.actual() == null ? null : row.actual().comparator(); }
    public BigDecimal getWeight() { return row.weight(); }
    /**
     * The fields filled in whose cell could not be read ("target", "actual", "weight", "score", "reviewScore"; reported
     * as parse problems): null like an empty field, but not missing. {@code unread not contains "actual"}.
     */
    public java.util.Set<String> getUnread() { return row.unread(); }
    public BigDecimal getScore() { return row.score(); }
    public String getDeviation() { return row.deviation(); }
    /** The row's 偏差原因, or the form-wide one (偏差大或目标未完成原因分析) where the template puts it there. */
    public String getExplanation() { return explanation; }
    /** The template prints a 分值 / 权重 column: an empty one is missing, not absent. */
    public boolean isWeightColumn() { return template.weights(); }
    /** The template prints 年度指标值 / 实际完成值 (a score sheet does not). */
    public boolean isActualColumn() { return template.actuals(); }
    /** The template prints a 得分 column. */
    public boolean isScoreColumn() { return template.scores(); }
    /** The template prints a 偏差原因 column beside each row. */
    public boolean isDeviationColumn() { return template.deviations(); }
    /** A row whose figures its parent row already counts (安徽 "其中…", 云南 "1、…" under "一、…"). */
    public boolean isChild() { return row.child(); }
    /** A parent row whose 其中… child rows after it carry the target and actual: its own empty actual is no gap. */
    public boolean isMeasuredByChildren() { return measuredByChildren; }
    /** The row the text stops in (a web excerpt cut mid-row): its missing cells were cut off. */
    public boolean isTruncated() { return row.truncated(); }
    /**
     * The indicator that scores budget execution (项目管理 / 预算执行率) where the funds table prints no
     * 分值: the budget row, checked as such (ARITH-BUDGET-SCORE), not as an indicator.
     */
    public boolean isBudgetExecution() { return budgetRow; }
    /**
     * An indicator that scores budget execution (预算执行率) while the funds table scores it already:
     * budget execution counted twice.
     */
    public boolean isRepeatsBudgetScore() { return row.budgetExecution() && !budgetRow; }
    /** The group with its own points above the 一级指标 (湖北 年度绩效目标1 (40分)); null when none. */
    public String getBlock() { return row.block(); }
    /** The points the block states ((40分)); null when none. */
    public BigDecimal getBlockPoints() { return row.blockPoints(); }
    /** A placeholder row with neither 三级指标 nor target (e.g. an unused 生态效益指标 line). */
    public boolean isBlank() { return blank; }
    public boolean isNotApplicable() { return assessment.notApplicable(); }
    public boolean isQuantitative() { return assessment.met() != null; }
    /** The 年度指标值 is words, no figure or date (合规, 效果明显, 有效): only a judgement can say it was met. */
    public boolean isQualitativeTarget() { return row.target() != null && row.target().kind() == Measure.Kind.TEXT; }
    /** TRUE/FALSE for comparable quantitative target and actual; null otherwise. */
    public Boolean getMet() { return assessment.met(); }
    /** The score §2's formulas give a quantitative row; null when they do not apply. */
    public BigDecimal getFormulaScore() { return assessment.formulaScore(); }
    /** MET, PARTIAL or NOT_MET for a qualitative actual; null when the text says neither. */
    public String getQualitativeOutcome() { return assessment.qualitativeOutcome(); }
    /** 得分 ÷ 分值 × 100; null without both or with a 分值 of 0. */
    public BigDecimal getScorePercent() { return assessment.scorePercent(); }
    public boolean isFullMarks() { return fullMarks; }
    /**
     * Where the template prints no 分值: the row's full marks, its 得分, as its group's printed points show them (every
     * row of 效益指标（30分） prints a 得分 and they add up to 30, so each scored its whole 分值); else null.
     */
    public BigDecimal getWeightImplied() { return weightImplied; }
    /** The group whose points imply {@link #getWeightImplied} ("效益指标 30分"); else null. */
    public String getWeightImpliedBy() { return weightImpliedBy; }
    /** The 得分 is the row's full marks: its printed 分值 scored whole, or its full marks implied by its group's points. */
    public boolean isAtFullMarks() { return fullMarks || weightImplied != null; }
    public boolean isPointsDeducted() { return pointsDeducted; }
    /** The target was missed: a quantitative miss or a partial / failed qualitative outcome. */
    public boolean isTargetMissed() { return targetMissed; }
    /** A total-cost money target under 成本指标 (not a per-unit cost such as 元/人), in 万元. */
    public BigDecimal getCostTargetWan() { return assessment.costTargetWan(); }
    public BigDecimal getCostActualWan() { return assessment.costActualWan(); }
    public Integer getTargetYear() { return targetYear; }
    public Integer getActualYear() { return actualYear; }
    /** The year of a calendar date written into the 三级指标 name (2021年11月30日前完成资金支付); else null. */
    public Integer getNameYear() { return assessment.nameYear(); }
    /** For a rate or satisfaction (which cannot exceed 100 %), the larger percentage of target and actual; else null. */
    public BigDecimal getCappedPercent() { return assessment.cappedPercent(); }
    /** For the carry-over rate (结转结余率), its 实际完成值 in percent; else null. */
    public BigDecimal getCarryOverPercent() { return assessment.carryOverPercent(); }
    /** A negative number in the target or actual; else null. */
    public BigDecimal getNegativeValue() { return assessment.negativeValue(); }

    private static String raw(Measure measure) {
        return measure == null ? null : measure.raw();
    }

    private static Integer year(Measure measure) {
        return measure != null && measure.date() != null ? measure.date().getYear() : null;
    }
}
