package perfaudit.model;

import java.math.BigDecimal;
import java.util.Set;

/**
 * One 三级指标 row of the 绩效指标 table. level1/level2 are canonical names (see the forms
 * vocabulary); the raw text as printed is kept beside them. name is null for a row whose 三级指标 is
 * empty. {@code child} marks a row whose figures are already counted in the row above it (安徽
 * "其中…", 云南 "1、…" under "一、…"): it is kept for the auditor but never summed. {@code block} and
 * {@code blockPoints} name the group with its own points above the 一级指标 (湖北 年度绩效目标1 (40分)).
 * {@code reviewScore} is the 复核分 a reviewer gave beside the unit's own 自评分 (湖北 广水).
 * {@code truncated} marks the row the text stops in (a web excerpt cut mid-row): its missing cells
 * were cut off, not left empty. {@code budgetExecution} marks an indicator that scores budget
 * execution (预算执行率, named so in the forms vocabulary): where the funds table prints no 分值 the
 * budget row of the form (项目管理 / 预算执行率), kept in its category. {@code core} is the 是否核心指标 mark (部门整体 forms: 是 true, 否 false),
 * null where the template has no such column. {@code description} is the row's 指标说明 (what the indicator
 * measures), printed by exports that keep it beside the 三级 name (河北 family G); null where none is printed.
 * {@code unread} names the fields whose cell held something the reader could not read as a value (a spreadsheet's
 * #REF!, an uncomputed formula, an OCR'd letter figure, a damaged figure), each reported as a parse problem: such a
 * field is null like an empty one, but it was filled in ({@link #TARGET}, {@link #ACTUAL}, {@link #WEIGHT},
 * {@link #SCORE}, {@link #REVIEW_SCORE}).
 */
public record Indicator(SourceLocation location, String level1, String level1Raw, BigDecimal level1Points,
                        String level2, String level2Raw, String name, Measure target, Measure actual,
                        BigDecimal weight, BigDecimal score, String deviation, boolean child,
                        String block, BigDecimal blockPoints, boolean truncated, BigDecimal reviewScore,
                        boolean budgetExecution, Boolean core, String description, Set<String> unread) {

    /** The names {@link #unread} uses, as the rules test them ({@code unread not contains "actual"}). */
    public static final String TARGET = "target";
    public static final String ACTUAL = "actual";
    public static final String WEIGHT = "weight";
    public static final String SCORE = "score";
    public static final String REVIEW_SCORE = "reviewScore";

    public Indicator {
        unread = unread == null ? Set.of() : Set.copyOf(unread);
    }

    public Indicator(SourceLocation location, String level1, String level1Raw, BigDecimal level1Points,
                     String level2, String level2Raw, String name, Measure target, Measure actual,
                     BigDecimal weight, BigDecimal score, String deviation, boolean child,
                     String block, BigDecimal blockPoints, boolean truncated, BigDecimal reviewScore,
                     boolean budgetExecution, Boolean core, String description) {
        this(location, level1, level1Raw, level1Points, level2, level2Raw, name, target, actual, weight, score,
                deviation, child, block, blockPoints, truncated, reviewScore, budgetExecution, core, description, Set.of());
    }

    public Indicator(SourceLocation location, String level1, String level1Raw, BigDecimal level1Points,
                     String level2, String level2Raw, String name, Measure target, Measure actual,
                     BigDecimal weight, BigDecimal score, String deviation, boolean child,
                     String block, BigDecimal blockPoints, boolean truncated, BigDecimal reviewScore,
                     boolean budgetExecution, Boolean core) {
        this(location, level1, level1Raw, level1Points, level2, level2Raw, name, target, actual, weight, score,
                deviation, child, block, blockPoints, truncated, reviewScore, budgetExecution, core, null);
    }

    public Indicator(SourceLocation location, String level1, String level1Raw, BigDecimal level1Points,
                     String level2, String level2Raw, String name, Measure target, Measure actual,
                     BigDecimal weight, BigDecimal score, String deviation, boolean child,
                     String block, BigDecimal blockPoints, boolean truncated, BigDecimal reviewScore,
                     boolean budgetExecution) {
        this(location, level1, level1Raw, level1Points, level2, level2Raw, name, target, actual, weight, score,
                deviation, child, block, blockPoints, truncated, reviewScore, budgetExecution, null);
    }

    public Indicator(SourceLocation location, String level1, String level1Raw, BigDecimal level1Points,
                     String level2, String level2Raw, String name, Measure target, Measure actual,
                     BigDecimal weight, BigDecimal score, String deviation, boolean child,
                     String block, BigDecimal blockPoints, boolean truncated, BigDecimal reviewScore) {
        this(location, level1, level1Raw, level1Points, level2, level2Raw, name, target, actual, weight, score,
                deviation, child, block, blockPoints, truncated, reviewScore, false);
    }

    public Indicator(SourceLocation location, String level1, String level1Raw, BigDecimal level1Points,
                     String level2, String level2Raw, String name, Measure target, Measure actual,
                     BigDecimal weight, BigDecimal score, String deviation) {
        this(location, level1, level1Raw, level1Points, level2, level2Raw, name, target, actual, weight, score,
                deviation, false, null, null, false, null, false);
    }

    /** The same row marked as the one that scores budget execution. */
    public Indicator asBudgetExecution() {
        return new Indicator(location, level1, level1Raw, level1Points, level2, level2Raw, name, target, actual, weight,
                score, deviation, child, block, blockPoints, truncated, reviewScore, true, core, description, unread);
    }

    /** The same row with its 偏差原因 as given (a reason a wrapped line continued). */
    public Indicator withDeviation(String newDeviation) {
        return new Indicator(location, level1, level1Raw, level1Points, level2, level2Raw, name, target, actual, weight,
                score, newDeviation, child, block, blockPoints, truncated, reviewScore, budgetExecution, core, description, unread);
    }

    /** The same row under the 一级 and 二级 of {@code other} (the row whose cells print the labels spanning it). */
    public Indicator underLevelsOf(Indicator other) {
        return new Indicator(location, other.level1, other.level1Raw, other.level1Points, other.level2, other.level2Raw, name,
                target, actual, weight, score, deviation, child, block, blockPoints, truncated, reviewScore, budgetExecution,
                core, description, unread);
    }

    /** The same row under another 一级 (its printed one, where its 二级 belongs to another). */
    public Indicator underLevel1(String newLevel1, String newLevel1Raw, BigDecimal newLevel1Points) {
        return new Indicator(location, newLevel1, newLevel1Raw, newLevel1Points, level2, level2Raw, name, target, actual,
                weight, score, deviation, child, block, blockPoints, truncated, reviewScore, budgetExecution, core, description, unread);
    }

    /** The same row with {@code field} marked unread besides those already so. */
    public Indicator withUnread(String field) {
        Set<String> fields = new java.util.TreeSet<>(unread);
        fields.add(field);
        return new Indicator(location, level1, level1Raw, level1Points, level2, level2Raw, name, target, actual, weight,
                score, deviation, child, block, blockPoints, truncated, reviewScore, budgetExecution, core, description, fields);
    }

    /** The same row marked as the one the text stops in: its missing cells were cut off. */
    public Indicator asTruncated() {
        return new Indicator(location, level1, level1Raw, level1Points, level2, level2Raw, name, target, actual, weight,
                score, deviation, child, block, blockPoints, true, reviewScore, budgetExecution, core, description, unread);
    }
}
