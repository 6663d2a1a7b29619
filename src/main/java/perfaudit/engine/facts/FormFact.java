package perfaudit.engine.facts;

import perfaudit.model.SourceLocation;
import perfaudit.model.Template;

import java.math.BigDecimal;

/** One form as the rules see it: its header, goal and total, and sums Java computed over its rows. */
public final class FormFact {

    private final String id;
    private final String projectName;
    private final Integer year;
    private final String departmentCode;
    private final String departmentName;
    private final String unitCode;
    private final String unitName;
    private final SourceLocation location;
    private final String goalExpected;
    private final String goalActual;
    private final SourceLocation goalLocation;
    private final BigDecimal goalAmount;
    private final BigDecimal totalWeight;
    private final BigDecimal totalScore;
    private final SourceLocation totalLocation;
    private final Sums sums;
    private final Template template;
    private final boolean goalActualInstruction;
    private final boolean goalRead;

    /**
     * Sums over the indicator rows and the budget line, computed once. Child rows (counted in their
     * parent) are left out, and so is an indicator that scores budget execution: its points are the
     * budget line's.
     */
    public record Sums(int indicatorCount, BigDecimal indicatorWeightSum, BigDecimal indicatorScoreSum,
                       BigDecimal budgetWeight, BigDecimal budgetScore, boolean allIndicatorsFullMarks,
                       BigDecimal costTargetSumWan, String costTargets, BigDecimal costActualSumWan,
                       String costActuals, BigDecimal scoredWeightSum, BigDecimal scoredScoreSum,
                       java.util.Set<String> unread) {
    }

    public FormFact(String id, String projectName, Integer year, String departmentCode, String departmentName,
                    String unitCode, String unitName, SourceLocation location, String goalExpected, String goalActual,
                    SourceLocation goalLocation, BigDecimal goalAmount, BigDecimal totalWeight, BigDecimal totalScore,
                    SourceLocation totalLocation, Sums sums, Template template, boolean goalRead,
                    boolean goalActualInstruction) {
        this.id = id;
        this.projectName = projectName;
        this.year = year;
        this.departmentCode = departmentCode;
        this.departmentName = departmentName;
        this.unitCode = unitCode;
        this.unitName = unitName;
        this.location = location;
        this.goalExpected = goalExpected;
        this.goalActual = goalActual;
        this.goalLocation = goalLocation;
        this.goalAmount = goalAmount;
        this.totalWeight = totalWeight;
        this.totalScore = totalScore;
        this.totalLocation = totalLocation;
        this.sums = sums;
        this.template = template;
        this.goalRead = goalRead;
        this.goalActualInstruction = goalActualInstruction;
    }

    public String getId() { return id; }
    public String getProjectName() { return projectName; }
    /** The form's name for findings: 项目名称, or a placeholder when it is missing. */
    public String getFormName() { return projectName == null ? "（无项目名称）" : projectName; }
    public Integer getYear() { return year; }
    public String getDepartmentCode() { return departmentCode; }
    public String getDepartmentName() { return departmentName; }
    public String getUnitCode() { return unitCode; }
    public String getUnitName() { return unitName; }
    public SourceLocation getLocation() { return location; }
    public String getGoalExpected() { return goalExpected; }
    public String getGoalActual() { return goalActual; }
    public SourceLocation getGoalLocation() { return goalLocation; }
    /** An amount stated in the goal text (项目总额 102.16 万元), in 万元; null when none is stated. */
    public BigDecimal getGoalAmount() { return goalAmount; }
    public BigDecimal getTotalWeight() { return totalWeight; }
    public BigDecimal getTotalScore() { return totalScore; }
    public SourceLocation getTotalLocation() { return totalLocation; }
    public int getIndicatorCount() { return sums.indicatorCount(); }
    public BigDecimal getIndicatorWeightSum() { return sums.indicatorWeightSum(); }
    public BigDecimal getIndicatorScoreSum() { return sums.indicatorScoreSum(); }
    public BigDecimal getBudgetWeight() { return sums.budgetWeight(); }
    public BigDecimal getBudgetScore() { return sums.budgetScore(); }
    /** budget 得分 + Σ indicator 得分 (missing scores count as 0). */
    public BigDecimal getExpectedTotalScore() { return add(sums.budgetScore(), sums.indicatorScoreSum()); }
    /** budget 分值 + Σ indicator 分值 (missing weights count as 0). */
    public BigDecimal getExpectedTotalWeight() { return add(sums.budgetWeight(), sums.indicatorWeightSum()); }
    /** Σ 分值 of the rows (budget line included) that print both 分值 and 得分; null when none does. */
    public BigDecimal getScoredWeightSum() { return sums.scoredWeightSum(); }
    /** Σ 得分 of those same rows. */
    public BigDecimal getScoredScoreSum() { return sums.scoredScoreSum(); }

    /**
     * The highest 总分 得分 a form cut short can reach: the scores of the rows read, plus every point
     * of the rows not read (the form's 总分 分值, or the standard one, less the read rows' 分值). Null
     * when no row was read with both its 分值 and 得分.
     */
    public BigDecimal attainableTotalScore(BigDecimal standardTotalWeight) {
        if (sums.scoredWeightSum() == null) {
            return null;
        }
        BigDecimal full = totalWeight != null ? totalWeight : standardTotalWeight;
        return sums.scoredScoreSum().add(full.subtract(sums.scoredWeightSum()).max(BigDecimal.ZERO));
    }

    /**
     * Every indicator has full marks: its 分值 and a score of exactly it, or, on a template without
     * 分值, its target met. The indicator that scores budget execution is the budget line's.
     */
    public boolean isAllIndicatorsFullMarks() { return sums.allIndicatorsFullMarks(); }
    /** Σ of the total-cost money targets under 成本指标, in 万元; null when there are none. */
    public BigDecimal getCostTargetSumWan() { return sums.costTargetSumWan(); }
    public String getCostTargets() { return sums.costTargets(); }
    public BigDecimal getCostActualSumWan() { return sums.costActualSumWan(); }
    public String getCostActuals() { return sums.costActuals(); }
    /** The template family (A, B, C′ …) from the forms vocabulary. */
    public String getFamily() { return template.family(); }
    /** The text stops before the form's end (a web excerpt): the parts after the cut are missing, not empty. */
    public boolean isCut() { return template.isCut(); }
    public SourceLocation getCutAt() { return template.cutAt(); }
    /** A row of the indicator table was reported unreadable: the sums of the rows lack it (its points are unknown). */
    public boolean isRowsUnread() { return !template.unreadIn().isEmpty(); }
    /**
     * The parts of the sums that were filled in but could not be read (a #REF! 得分, an OCR'd ioox 分值, each reported):
     * "indicatorScores", "indicatorWeights", "budgetScore", "budgetWeight", "totalScore", "totalWeight". A sum with
     * such a part lacks a figure the unit gave: {@code unread not contains "indicatorScores"}.
     */
    public java.util.Set<String> getUnread() { return sums.unread(); }
    /** The parts a cut form lacks, in Chinese (满意度指标、总分). */
    public String getMissingParts() { return String.join("、", template.missingParts()); }
    /** The text stops inside or before the 年度总体目标: its 实际完成情况 may lie after the cut. */
    public boolean isGoalCut() { return template.lacksPart(perfaudit.model.Terms.GOAL_HEADER); }
    /** The form has a 年度总体目标 section (a template without one never gets GOAL-RESTATED). */
    public boolean isGoalRead() { return goalRead; }
    /** The 实际完成情况 is the template's printed instruction (说明…(100字以内)), not filled in: settings' instructionWords. */
    public boolean isGoalActualInstruction() { return goalActualInstruction; }
    /**
     * The header fields the template has no place for ("projectName", "implementingUnit" on a
     * department-wide form), as DRL tests them: {@code lacks not contains "projectName"}.
     */
    public java.util.List<String> getLacks() { return template.lacks(); }
    /** The template prints an 得分 column for its indicators. */
    public boolean isScored() { return template.scores(); }
    /** The template scores budget execution (预算执行 10 or 20 分). */
    public boolean isBudgetScored() { return template.budgetPoints() > 0; }

    private static BigDecimal add(BigDecimal a, BigDecimal b) {
        return (a == null ? BigDecimal.ZERO : a).add(b == null ? BigDecimal.ZERO : b);
    }
}
