package perfaudit.engine.rules;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Comparisons with a tolerance, and text checks, for rule conditions (every rule file may call them by
 * name: {@code differs(executionRate, recomputedRate, tolerance)}). These only compare; what a
 * difference means is decided in the rules. A null operand never matches, so a missing value is the
 * business of the MISS-* rules alone. Plain comparisons need no function: {@code effectiveRate <
 * lowExecutionRate} is already false when a value is missing.
 */
public final class Checks {

    /** One figure, its separators, a sign, and at most a per-cent sign or a money unit after it. */
    private static final Pattern BARE_FIGURE = Pattern.compile("[-+]?[0-9０-９][0-9０-９.,，．]*\\s*(?:[%％‰]|万元|元|亿元|万)?");

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

    /** The same text once white space is ignored (an 实际完成情况 that restates the 预期目标). */
    public static boolean sameText(String a, String b) {
        return a != null && b != null && perfaudit.model.Terms.sameIgnoringSpace(a, b);
    }

    /**
     * A text that is one figure and nothing else: digits with their separators, a sign or per cent, at
     * most a money or count unit after them ("43.2", "287万元", "100%") — no word says what it counts.
     */
    public static boolean bareFigure(String text) {
        return text != null && BARE_FIGURE.matcher(text.strip()).matches();
    }
}
