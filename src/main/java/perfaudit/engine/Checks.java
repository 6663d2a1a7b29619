package perfaudit.engine;

import java.math.BigDecimal;

/**
 * Null-safe arithmetic for rule constraints. These only compare numbers; what a difference means
 * is decided in the rules. A null operand never matches, so a missing value is the business of the
 * MISS-* rules alone.
 */
public final class Checks {

    private Checks() {
    }

    /** Both present and further apart than the tolerance. */
    public static boolean differs(BigDecimal a, BigDecimal b, BigDecimal tolerance) {
        if (a == null || b == null) {
            return false;
        }
        // equal values are the common case: decide them without allocating a difference
        if (tolerance.signum() >= 0 && a.compareTo(b) == 0) {
            return false;
        }
        return a.subtract(b).abs().compareTo(tolerance) > 0;
    }

    /** Both present and a greater than b by more than the tolerance. */
    public static boolean exceeds(BigDecimal a, BigDecimal b, BigDecimal tolerance) {
        if (a == null || b == null) {
            return false;
        }
        if (tolerance.signum() >= 0 && a.compareTo(b) <= 0) {
            return false;
        }
        return a.subtract(b).compareTo(tolerance) > 0;
    }

    /** Present and strictly below the limit. */
    public static boolean below(BigDecimal value, BigDecimal limit) {
        return value != null && limit != null && value.compareTo(limit) < 0;
    }

    /** Present and strictly above the limit. */
    public static boolean above(BigDecimal value, BigDecimal limit) {
        return value != null && limit != null && value.compareTo(limit) > 0;
    }

    public static boolean positive(BigDecimal value) {
        return value != null && value.signum() > 0;
    }

    public static boolean zero(BigDecimal value) {
        return value != null && value.signum() == 0;
    }

    public static boolean negative(BigDecimal value) {
        return value != null && value.signum() < 0;
    }

    /** The same text once white space is ignored (an 实际完成情况 that restates the 预期目标). */
    public static boolean sameText(String a, String b) {
        return a != null && b != null && perfaudit.model.Terms.sameIgnoringSpace(a, b);
    }

    /** Orders two ids so a pair of facts is reported once. */
    public static boolean before(String a, String b) {
        return a != null && b != null && a.compareTo(b) < 0;
    }

    /** A value as text for messages: {@code 4.74}, or （空） when missing. */
    public static String show(Object value) {
        return Values.show(value);
    }
}
