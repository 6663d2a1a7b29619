package perfaudit.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A 年度指标值 or 实际完成值: the raw text and what it means. {@code ≥28万人} is comparator ≥,
 * value 28, unit 万人; {@code =100百分比} is =, 100, %; {@code 2023年12月31日前} is a DATE ≤
 * 2023-12-31; {@code 达成预期指标} is TEXT. Comparators are canonical (≥ ≤ = > <), units normalised
 * (百分比/百分率/％ → %, 千分率 → ‰); the raw text is kept exactly.
 */
public record Measure(String raw, Kind kind, String comparator, BigDecimal value, String unit, LocalDate date) {

    public enum Kind { NUMBER, DATE, TEXT }

    public boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    public boolean isPercent() {
        return kind == Kind.NUMBER && "%".equals(unit);
    }
}
