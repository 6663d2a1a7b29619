package perfaudit.model;

import java.math.BigDecimal;

/**
 * One row of the 项目资金 table. Amounts are in 万元 as printed; executionRate is the number of
 * percent (99.87 for {@code 99.87%}). A cell left empty or shown as {@code —} is null, never 0.
 */
public record Funds(SourceLocation location, BigDecimal initialBudget, BigDecimal annualBudget,
                    BigDecimal executed, BigDecimal weight, BigDecimal executionRate, BigDecimal score) {

    public BigDecimal get(FundColumn column) {
        return switch (column) {
            case INITIAL_BUDGET -> initialBudget;
            case ANNUAL_BUDGET -> annualBudget;
            case EXECUTED -> executed;
            case WEIGHT -> weight;
            case EXECUTION_RATE -> executionRate;
            case SCORE -> score;
        };
    }

    public static Funds of(SourceLocation location, BigDecimal[] values) {
        return new Funds(location, values[0], values[1], values[2], values[3], values[4], values[5]);
    }
}
