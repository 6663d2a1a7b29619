package perfaudit.model;

import java.util.List;

/**
 * What the form's template is and what it prints, as the reader found it: a field the template does
 * not have is absent, not empty, and the rules that need it stay quiet (a transfer-payment form
 * without 分值 never gets MISS-WEIGHT). {@code cutAt} and {@code missingParts} describe a form whose
 * text stops before its end (a web excerpt): the parts after the cut are missing, not empty.
 *
 * @param family        the family id from the forms vocabulary (A, A', B, D, E, …)
 * @param familyName    its description
 * @param weights       the indicator table prints 分值 / 权重
 * @param scores        the indicator table prints 得分
 * @param deviations    the indicator table prints a 偏差原因 column
 * @param budgetPoints  the points the template gives budget execution (0 = not scored)
 * @param cutAt         where the text stops, or null for a complete form
 * @param missingParts  the parts a cut form lacks, in Chinese: the rest of the part the text stops in
 *                      ("绩效指标（中断处之后的部分）"), then the parts after it ("总分")
 * @param lacks         the header fields the template has no place for, by their parse-JSON key
 *                      ("projectName", "implementingUnit" on a department-wide form): absent, not missing
 * @param actuals       the indicator table prints 年度指标值 / 实际完成值 (a score sheet has only 分值 and 得分)
 * @param unreadIn      the 一级指标 under which a row could not be read (reported as a parse problem): their
 *                      sums lack that row, so they are not checked
 * @param fundReasons   the funds table prints a 原因 column (四川 D): where it does not, whether a reason was
 *                      given cannot be known
 */
public record Template(String family, String familyName, boolean weights, boolean scores, boolean deviations,
                       int budgetPoints, SourceLocation cutAt, List<String> missingParts, List<String> lacks,
                       boolean actuals, List<String> unreadIn, boolean fundReasons) {

    public Template {
        missingParts = missingParts == null ? List.of() : List.copyOf(missingParts);
        lacks = lacks == null ? List.of() : List.copyOf(lacks);
        unreadIn = unreadIn == null ? List.of() : List.copyOf(unreadIn);
    }

    public Template(String family, String familyName, boolean weights, boolean scores, boolean deviations,
                    int budgetPoints, SourceLocation cutAt, List<String> missingParts) {
        this(family, familyName, weights, scores, deviations, budgetPoints, cutAt, missingParts, List.of(), true, List.of(),
                false);
    }

    /** The national template read whole: what forms without a recognised family are taken to be. */
    public static final Template NATIONAL = new Template("A", "项目支出绩效自评表", true, true, true, 10, null, List.of());

    /** In {@link #lacks}: the 年度总体目标 prints the goal alone, with no place for what was achieved. */
    public static final String GOAL_ACTUAL = "goalActual";

    /** Marks the part the text stops in among {@link #missingParts}: its rest is missing. */
    public static final String REST_OF_PART = "（中断处之后的部分）";

    public boolean isCut() {
        return cutAt != null;
    }

    /** The cut took all or the rest of {@code part} (年度总体目标, 绩效指标, 总分 …). */
    public boolean lacksPart(String part) {
        return missingParts.contains(part) || missingParts.contains(part + REST_OF_PART);
    }
}
