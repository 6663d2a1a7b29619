package perfaudit.model.funds;

import perfaudit.model.SourceLocation;

import java.math.BigDecimal;
import java.util.Set;

/**
 * One row of the 项目资金 table. Amounts are in 万元 whatever the form printed ({@code printedUnit}
 * says what it printed: 元 amounts are divided by 10,000); executionRate is the number of percent
 * (99.87 for {@code 99.87%}). A cell left empty or shown as {@code —} is null, never 0. {@code received}
 * and {@code balance} are the row's 实际到位资金 and 结余 as printed (湖南 H), in 万元; {@code reason} its 原因
 * cell (四川 D); each null where the table prints no such column or the cell is empty. {@code unread} names the
 * columns whose cell held something no figure could be read from (a #DIV/0!, a formula saved uncomputed, a damaged
 * figure; each reported): null like an empty cell, but filled in.
 */
public record Funds(SourceLocation location, BigDecimal initialBudget, BigDecimal annualBudget,
                    BigDecimal executed, BigDecimal weight, BigDecimal executionRate, BigDecimal score,
                    String printedUnit, BigDecimal received, BigDecimal balance, FundReason reason, Set<FundColumn> unread) {

    public Funds {
        unread = unread == null ? Set.of() : Set.copyOf(unread);
    }

    public Funds(SourceLocation location, BigDecimal initialBudget, BigDecimal annualBudget,
                 BigDecimal executed, BigDecimal weight, BigDecimal executionRate, BigDecimal score,
                 String printedUnit, BigDecimal received, BigDecimal balance, FundReason reason) {
        this(location, initialBudget, annualBudget, executed, weight, executionRate, score, printedUnit, received, balance,
                reason, Set.of());
    }

    public Funds(SourceLocation location, BigDecimal initialBudget, BigDecimal annualBudget,
                 BigDecimal executed, BigDecimal weight, BigDecimal executionRate, BigDecimal score,
                 String printedUnit) {
        this(location, initialBudget, annualBudget, executed, weight, executionRate, score, printedUnit, null, null, null);
    }

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
        return of(location, values, printedUnit, Printed.NONE);
    }

    public static Funds of(SourceLocation location, BigDecimal[] values, String printedUnit, Printed printed) {
        return new Funds(location, values[0], values[1], values[2], values[3], values[4], values[5], printedUnit,
                printed.received(), printed.balance(), printed.reason());
    }

    /** What a row prints beside the amounts its arithmetic reads: 实际到位资金, 结余 and 原因, each null where not printed. */
    public record Printed(BigDecimal received, BigDecimal balance, FundReason reason) {
        public static final Printed NONE = new Printed(null, null, null);
    }

    /** The same row with other 分值 / 执行率 / 得分 (cells merged down the rows, an indicator scoring the budget). */
    public Funds withScoring(BigDecimal newWeight, BigDecimal newExecutionRate, BigDecimal newScore) {
        return new Funds(location, initialBudget, annualBudget, executed, newWeight, newExecutionRate, newScore,
                printedUnit, received, balance, reason, unread);
    }

    /** The same row with another 原因 text. */
    public Funds withReason(FundReason newReason) {
        return new Funds(location, initialBudget, annualBudget, executed, weight, executionRate, score, printedUnit,
                received, balance, newReason, unread);
    }

    /** The same row with another 全年执行数 (completed from its parts). */
    public Funds withExecuted(BigDecimal newExecuted) {
        return new Funds(location, initialBudget, annualBudget, newExecuted, weight, executionRate, score, printedUnit,
                received, balance, reason, unread);
    }

    /** The same row with the columns {@code columns} marked unread besides those already so. */
    public Funds withUnread(Set<FundColumn> columns) {
        if (columns.isEmpty()) {
            return this;
        }
        java.util.EnumSet<FundColumn> all = java.util.EnumSet.noneOf(FundColumn.class);
        all.addAll(unread);
        all.addAll(columns);
        return new Funds(location, initialBudget, annualBudget, executed, weight, executionRate, score, printedUnit,
                received, balance, reason, all);
    }
}
