package perfaudit.model.funds;

import perfaudit.model.SourceLocation;

import java.math.BigDecimal;
import java.util.List;

/**
 * One breakdown of the funds by nature as printed (按收入性质分:2030.12, then 一般公共预算:1325.68, …):
 * its total and its parts in print order, amounts in 万元 ({@code printedUnit} says what the form
 * printed). A label printed with no figure (纳入专户管理的非税收入拨款:) is a part with a null amount:
 * printed empty, not 0. Immutable.
 */
public record FundBreakdown(FundNature nature, SourceLocation location, String label, BigDecimal total,
                            List<Part> parts, String printedUnit) {

    public FundBreakdown {
        parts = parts == null ? List.of() : List.copyOf(parts);
    }

    /** One part: its canonical name (the vocabulary's key), its label as printed, where, and its amount or null. */
    public record Part(String name, String label, SourceLocation location, BigDecimal amount) {
    }
}
