package perfaudit.model;

import java.math.BigDecimal;
import java.util.Set;

/**
 * The 总分 row: its 分值 (normally 100) and 得分. {@code unread} names those of the two ("weight", "score") printed but
 * not readable (a #REF!, an OCR'd ioo; reported): null like an empty cell, but filled in.
 */
public record Total(SourceLocation location, BigDecimal weight, BigDecimal score, Set<String> unread) {

    public Total {
        unread = unread == null ? Set.of() : Set.copyOf(unread);
    }

    public Total(SourceLocation location, BigDecimal weight, BigDecimal score) {
        this(location, weight, score, Set.of());
    }
}
