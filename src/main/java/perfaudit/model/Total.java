package perfaudit.model;

import java.math.BigDecimal;

/** The 总分 row: its 分值 (normally 100) and 得分. */
public record Total(SourceLocation location, BigDecimal weight, BigDecimal score) {
}
