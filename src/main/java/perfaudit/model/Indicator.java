package perfaudit.model;

import java.math.BigDecimal;

/**
 * One 三级指标 row of the 绩效指标 table. level1/level2 are canonical names (see {@link Terms});
 * the raw text as printed is kept beside them. name is null for a row whose 三级指标 is empty.
 */
public record Indicator(SourceLocation location, String level1, String level1Raw, BigDecimal level1Points,
                        String level2, String level2Raw, String name, Measure target, Measure actual,
                        BigDecimal weight, BigDecimal score, String deviation) {
}
