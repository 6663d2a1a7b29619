package perfaudit.ingest.grammar.funds;

import perfaudit.ingest.grammar.Value;
import perfaudit.ingest.grammar.funds.FundsTable.Column;
import perfaudit.model.funds.FundColumn;
import perfaudit.model.funds.FundLine;
import perfaudit.model.funds.Funds;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * The arithmetic a reading of a 项目资金 row is held to, where its figures allow: 执行率 = 执行数 ÷ 预算数,
 * 得分 = min(执行率, 100 %) × 分值, and a sub-row's amounts with its siblings' adding up to the total's. A reading
 * gets an agreement for each that holds, a disagreement for each that fails, and evidence for each agreement
 * on a printed figure too precise to agree by chance.
 */
final class RowArithmetic {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The tally of one reading. */
    record Tally(int agree, int disagree, int evidence) {
    }

    /**
     * How far, in percentage points, a printed 执行率 may lie from its own amounts' rate and still tell how a glued
     * row is split: a rate typed by hand with decimals that are not the true ones ("31.00%" for 46 ÷ 148 = 31.08 %),
     * cut off or rounded at a coarser place than it is printed, or slipped by a key. Half a point keeps the printed
     * figure at the true one's whole per cent, as rounding it would.
     */
    static final BigDecimal NEAR_RATE = new BigDecimal("0.5");
    /** A reading read by a near rate spends at most this share of its budget: 执行数 not absurdly above 预算数. */
    private static final BigDecimal PLAUSIBLE_SHARE = new BigDecimal("1.5");

    private int agree;
    private int disagree;
    private int evidence;
    /** Whether a printed 执行率 within {@link #NEAR_RATE} of its amounts' agrees (the glued-row fallback). */
    private final boolean nearRate;

    private RowArithmetic(boolean nearRate) {
        this.nearRate = nearRate;
    }

    /** The tally of the reading that puts {@code values[i]} into {@code columns[assignment[i]]}. */
    static Tally of(FundsTable table, FundLine line, List<Column> columns, List<Value> values, int[] assignment) {
        return of(table, line, columns, values, assignment, false);
    }

    /**
     * As {@link #of(FundsTable, FundLine, List, List, int[])}; with {@code nearRate}, a printed 执行率 within
     * {@link #NEAR_RATE} of 执行数 ÷ 预算数 agrees with them (and is evidence, where it is telling).
     */
    static Tally of(FundsTable table, FundLine line, List<Column> columns, List<Value> values, int[] assignment,
                    boolean nearRate) {
        BigDecimal[] row = new BigDecimal[FundColumn.values().length];
        int rateScale = -1;
        int scoreScale = -1;
        for (int i = 0; i < values.size(); i++) {
            Object field = columns.get(assignment[i]).field();
            Value v = values.get(i);
            if (field instanceof FundColumn column && v.isNumeric()) {
                row[column.ordinal()] = column.ordinal() <= FundColumn.EXECUTED.ordinal() ? table.toWan(v) : v.number();
                if (column == FundColumn.EXECUTION_RATE) {
                    rateScale = Math.max(0, v.number().scale());
                }
                if (column == FundColumn.SCORE) {
                    scoreScale = Math.max(0, v.number().scale());
                }
            }
        }
        RowArithmetic tally = new RowArithmetic(nearRate);
        if (line == FundLine.TOTAL) {
            tally.totalRow(table, columns, values, assignment, row, rateScale, scoreScale);
        } else {
            tally.subRow(table, row, rateScale, scoreScale);
        }
        return new Tally(tally.agree, tally.disagree, tally.evidence);
    }

    private void totalRow(FundsTable table, List<Column> columns, List<Value> values, int[] assignment, BigDecimal[] row,
                          int rateScale, int scoreScale) {
        BigDecimal budget = row[FundColumn.ANNUAL_BUDGET.ordinal()] != null ? row[FundColumn.ANNUAL_BUDGET.ordinal()]
                : row[FundColumn.INITIAL_BUDGET.ordinal()];
        BigDecimal executed = row[FundColumn.EXECUTED.ordinal()];
        BigDecimal rate = row[FundColumn.EXECUTION_RATE.ordinal()];
        Value printedRate = valueIn(columns, values, assignment, FundColumn.EXECUTION_RATE);
        if (printedRate != null && isFraction(printedRate, budget, executed)) {
            rate = rate.movePointRight(2); // 1 = 100 %, 0.86 = 86 %: the row's amounts say so
            rateScale = Math.max(0, rateScale - 2);
        }
        BigDecimal recomputed = null;
        if (budget != null && executed != null && budget.signum() > 0) {
            recomputed = executed.multiply(HUNDRED).divide(budget, MathContext.DECIMAL64);
            if (rate != null) {
                checkRate(recomputed, rate, rateScale);
            }
        }
        Integer stated = table.form().budgetPointsStated;
        BigDecimal weight = row[FundColumn.WEIGHT.ordinal()] != null ? row[FundColumn.WEIGHT.ordinal()]
                : stated == null ? null : BigDecimal.valueOf(stated);
        BigDecimal score = row[FundColumn.SCORE.ordinal()];
        if (row[FundColumn.WEIGHT.ordinal()] == null && score != null && weight != null && score.compareTo(weight) == 0
                && columns.stream().anyMatch(c -> c.field() == FundColumn.WEIGHT)) {
            // a lone figure equal to the points the table states may be its 权重 as well as its 得分: no evidence either way
            score = null;
        }
        BigDecimal basis = rate != null ? rate : recomputed;
        if (weight != null && score != null && basis != null) {
            check(scoreOf(basis, weight), score, scoreScale);
        }
    }

    /**
     * A sub-row may carry the rate, weight and score of cells merged down the rows (梁平 部门整体: .32.06.579.27107.93
     * under a total whose amounts lost their integer parts): 得分 = 执行率 × 分值 tells them. Its amounts, with the
     * sub-rows read before it, make up the total's.
     */
    private void subRow(FundsTable table, BigDecimal[] row, int rateScale, int scoreScale) {
        BigDecimal rate = row[FundColumn.EXECUTION_RATE.ordinal()];
        BigDecimal weight = row[FundColumn.WEIGHT.ordinal()];
        BigDecimal score = row[FundColumn.SCORE.ordinal()];
        if (rate != null && weight != null && score != null) {
            check(scoreOf(rate, weight), score, scoreScale);
        }
        Funds total = table.form().funds.get(FundLine.TOTAL);
        if (total == null || total.initialBudget() == null && total.annualBudget() == null && total.executed() == null) {
            // a sub-row printed above its total (一般预算内拨款 before 合计), or under one whose amounts could not be
            // read: its own 执行率 is the only check
            BigDecimal budget = row[FundColumn.ANNUAL_BUDGET.ordinal()] != null ? row[FundColumn.ANNUAL_BUDGET.ordinal()]
                    : row[FundColumn.INITIAL_BUDGET.ordinal()];
            BigDecimal executed = row[FundColumn.EXECUTED.ordinal()];
            if (rate != null && budget != null && executed != null && budget.signum() > 0 && rateScale >= 0) {
                checkRate(executed.multiply(HUNDRED).divide(budget, MathContext.DECIMAL64), rate, rateScale);
            }
            return;
        }
        ownRateAgrees(row, rate, rateScale);
        for (FundColumn column : List.of(FundColumn.INITIAL_BUDGET, FundColumn.ANNUAL_BUDGET, FundColumn.EXECUTED)) {
            BigDecimal mine = row[column.ordinal()];
            BigDecimal whole = total.get(column);
            if (mine == null || whole == null) {
                continue;
            }
            if (mine.add(othersSum(table, column)).compareTo(whole) == 0) {
                agree++;
                evidence += telling(mine) ? 1 : 0;
            } else if (mine.compareTo(whole) > 0) {
                disagree++;
            }
        }
    }

    /**
     * A sub-row's own 执行率 agreeing with its own amounts is evidence for the reading even under a readable total:
     * sub-rows glued in a run ("中央补助40004000100%地方资金10001000100%") have no sibling read yet to make up the
     * total with, and each confirms its split by itself. A rate that disagrees is no evidence against it: some
     * sub-rows repeat the total's rate (cells merged down the rows).
     */
    private void ownRateAgrees(BigDecimal[] row, BigDecimal rate, int rateScale) {
        BigDecimal budget = row[FundColumn.ANNUAL_BUDGET.ordinal()] != null ? row[FundColumn.ANNUAL_BUDGET.ordinal()]
                : row[FundColumn.INITIAL_BUDGET.ordinal()];
        BigDecimal executed = row[FundColumn.EXECUTED.ordinal()];
        if (rate != null && budget != null && executed != null && budget.signum() > 0 && rateScale >= 0
                && close(executed.multiply(HUNDRED).divide(budget, MathContext.DECIMAL64), rate, rateScale)) {
            agree++;
            evidence += telling(rate) ? 1 : 0;
        }
    }

    /** The sub-rows read so far, in one column. */
    private static BigDecimal othersSum(FundsTable table, FundColumn column) {
        BigDecimal others = BigDecimal.ZERO;
        for (var entry : table.form().funds.entrySet()) {
            if (entry.getKey() != FundLine.TOTAL && entry.getValue().get(column) != null) {
                others = others.add(entry.getValue().get(column));
            }
        }
        return others;
    }

    private void check(BigDecimal expected, BigDecimal printed, int scale) {
        if (close(expected, printed, scale)) {
            agree++;
            evidence += telling(printed) ? 1 : 0;
        } else {
            disagree++;
        }
    }

    /** A printed 执行率 against its amounts' rate: at its printed precision, or near it in the fallback. */
    private void checkRate(BigDecimal expected, BigDecimal printed, int scale) {
        if (nearRate && !close(expected, printed, scale) && near(expected, printed)) {
            agree++;
            evidence += telling(printed) ? 1 : 0;
        } else {
            check(expected, printed, scale);
        }
    }

    private static boolean near(BigDecimal computed, BigDecimal printed) {
        return computed.subtract(printed).abs().compareTo(NEAR_RATE) <= 0;
    }

    /** 得分 = min(执行率, 100 %) × 分值. */
    private static BigDecimal scoreOf(BigDecimal ratePercent, BigDecimal weight) {
        return ratePercent.min(HUNDRED).multiply(weight).divide(HUNDRED, MathContext.DECIMAL64);
    }

    /** A printed figure with two or more significant digits: agreeing with it is evidence, not chance. */
    static boolean telling(BigDecimal printed) {
        return printed.signum() != 0 && printed.stripTrailingZeros().precision() >= 2
                || printed.signum() != 0 && printed.compareTo(BigDecimal.TEN) >= 0;
    }

    /** Equal at the printed precision: 60% agrees with 59.58 %, 86% with 86.20 %, 10.77% with 10.7725 %. */
    static boolean close(BigDecimal computed, BigDecimal printed, int scale) {
        double half = scale <= 0 ? 0.5 : 0.5 * Math.pow(10, -scale);
        return computed.subtract(printed).abs().doubleValue() <= half + 0.011;
    }

    /**
     * A rate printed as a fraction (1 for 100 %, 0.86 for 86 %): a number without % below 2 that
     * 执行数 ÷ 预算数 matches only when read so, rounded or cut off at its last digit (0.958 for
     * 27.8 ÷ 29 = 95.86 %: rates are printed truncated as well as rounded). Without both amounts it
     * is left as printed.
     */
    static boolean isFraction(Value rate, BigDecimal budget, BigDecimal executed) {
        if (rate.kind() != Value.Kind.NUMBER || budget == null || executed == null || budget.signum() <= 0
                || rate.number().signum() <= 0 || rate.number().compareTo(BigDecimal.valueOf(2)) >= 0) {
            return false;
        }
        BigDecimal recomputed = executed.multiply(HUNDRED).divide(budget, MathContext.DECIMAL64);
        int scale = Math.max(0, rate.number().scale());
        BigDecimal percent = rate.number().movePointRight(2);
        int percentScale = Math.max(0, scale - 2);
        return !close(recomputed, rate.number(), scale)
                && (close(recomputed, percent, percentScale) || truncated(recomputed, percent, percentScale));
    }

    /** {@code printed} is {@code computed} cut off (not rounded) after {@code scale} decimals. */
    static boolean truncated(BigDecimal computed, BigDecimal printed, int scale) {
        return computed.setScale(scale, java.math.RoundingMode.DOWN).compareTo(printed) == 0;
    }

    /**
     * A reading whose printed 执行率 disagrees with its own 执行数 ÷ 预算数 (390 | 3 | 90100% of "390390100%"),
     * as printed, as a fraction or cut off; false where the reading lacks either amount or the rate.
     */
    static boolean rateContradicts(FundsTable table, List<Column> columns, List<Value> values, int[] assignment) {
        PrintedRate printed = PrintedRate.of(table, columns, values, assignment);
        if (printed == null || printed.budget().signum() <= 0) {
            return false;
        }
        BigDecimal recomputed = printed.executed().multiply(HUNDRED).divide(printed.budget(), MathContext.DECIMAL64);
        Value rate = printed.rate();
        int scale = Math.max(0, rate.number().scale());
        return !close(recomputed, rate.number(), scale) && !truncated(recomputed, rate.number(), scale)
                && !isFraction(rate, printed.budget(), printed.executed());
    }

    /**
     * A reading whose printed 执行率 tells it though it is not its amounts' rate at the printed precision: a telling
     * figure (two or more significant digits, not 0) within {@link #NEAR_RATE} of 执行数 ÷ 预算数, with both amounts
     * whole and 执行数 a plausible share of 预算数 (at most {@link #PLAUSIBLE_SHARE}). The rate stays as printed.
     */
    static boolean rateNear(FundsTable table, List<Column> columns, List<Value> values, int[] assignment) {
        PrintedRate printed = PrintedRate.of(table, columns, values, assignment);
        if (printed == null || !telling(printed.rate().number())) {
            return false;
        }
        BigDecimal budget = printed.budget();
        BigDecimal executed = printed.executed();
        if (budget.signum() <= 0 || executed.signum() < 0 || executed.compareTo(budget.multiply(PLAUSIBLE_SHARE)) > 0) {
            return false;
        }
        return near(executed.multiply(HUNDRED).divide(budget, MathContext.DECIMAL64), printed.rate().number());
    }

    /** A reading's printed 执行率 with the amounts it is a rate of (全年预算数, else 年初预算数; 执行数), in 万元. */
    private record PrintedRate(Value rate, BigDecimal budget, BigDecimal executed) {

        /** Null where the reading lacks the rate or either amount, or one is no number. */
        static PrintedRate of(FundsTable table, List<Column> columns, List<Value> values, int[] assignment) {
            Value rate = valueIn(columns, values, assignment, FundColumn.EXECUTION_RATE);
            Value annual = valueIn(columns, values, assignment, FundColumn.ANNUAL_BUDGET);
            Value budget = annual != null ? annual : valueIn(columns, values, assignment, FundColumn.INITIAL_BUDGET);
            Value executed = valueIn(columns, values, assignment, FundColumn.EXECUTED);
            if (rate == null || budget == null || executed == null
                    || !rate.isNumeric() || !budget.isNumeric() || !executed.isNumeric()) {
                return null;
            }
            BigDecimal budgetWan = table.toWan(budget);
            BigDecimal executedWan = table.toWan(executed);
            return budgetWan == null || executedWan == null ? null : new PrintedRate(rate, budgetWan, executedWan);
        }
    }

    /** The value a reading puts in {@code column}, or null. */
    static Value valueIn(List<Column> columns, List<Value> values, int[] assignment, FundColumn column) {
        for (int i = 0; i < values.size(); i++) {
            if (columns.get(assignment[i]).field() == column) {
                return values.get(i);
            }
        }
        return null;
    }
}
