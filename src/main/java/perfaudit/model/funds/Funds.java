package perfaudit.model.funds;

import perfaudit.model.SourceLocation;

import java.math.BigDecimal;

/**
 * One row of the 项目资金 table. Amounts are in 万元 whatever the form printed ({@code printedUnit}
 * says what it printed: 元 amounts are divided by 10,000); executionRate is the number of percent
 * (99.87 for {@code 99.87%}). A cell left empty or shown as {@code —} is null, never 0.
 */
public record Funds(SourceLocation location, BigDecimal initialBudget, BigDecimal annualBudget,
                    BigDecimal executed, BigDecimal weight, BigDecimal executionRate, BigDecimal score,
                    String printedUnit) {

    public Funds(SourceLocation location, BigDecimal initialBudget, BigDecimal annualBudget,
                 BigDecimal executed, BigDecimal weight, BigDecimal executionRate, BigDecimal score) {
        this(location, initialBudget, annualBudget, executed, weight, executionRate, score, "万元");
    }

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
        return of(location, values, "万元");
    }

    public static Funds of(SourceLocation location, BigDecimal[] values, String printedUnit) {
        return new Funds(location, values[0], values[1], values[2], values[3], values[4], values[5], printedUnit);
    }
}
