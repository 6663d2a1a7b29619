package perfaudit.ingest.grammar.funds;

import perfaudit.model.funds.FundColumn;
import perfaudit.model.funds.FundLine;
import perfaudit.model.funds.Funds;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A 年度资金总额 row whose 全年执行数 is not there: OCR of a scanned table puts the figures on the one
 * sub-row that holds all the money (年度资金总额 全年预算数(A) 300 … 自治区补助 300万元 / 259.45万元 /
 * 86.5%), or loses a cell. The total is the sum of its sub-rows, so where they account for the whole
 * budget (their 全年预算数 add up to the total's exactly) and every funded one prints its 全年执行数,
 * the total's 全年执行数 is their sum. It is taken only when a printed 执行率 confirms it (the total's,
 * or that of the one sub-row holding the whole budget); a rate that contradicts it leaves the total
 * unread and says so. Without a rate to confirm, nothing is filled: never a guess.
 */
final class TotalFromParts {

    /** The total's 全年执行数 read from its sub-rows (with the note saying how), or why it is not. */
    record Outcome(BigDecimal executed, String note, String problem) {
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private TotalFromParts() {
    }

    /**
     * The outcome for {@code funds} (amounts in 万元), {@code names} the printed label of each row; null
     * when there is nothing to complete or nothing confirms a completion.
     */
    static Outcome complete(Map<FundLine, Funds> funds, Map<FundLine, String> names) {
        Funds total = funds.get(FundLine.TOTAL);
        if (total == null || total.executed() != null) {
            return null;
        }
        FundColumn budgetColumn = total.annualBudget() != null ? FundColumn.ANNUAL_BUDGET : FundColumn.INITIAL_BUDGET;
        BigDecimal budget = total.get(budgetColumn);
        if (budget == null || budget.signum() <= 0) {
            return null;
        }
        BigDecimal budgets = BigDecimal.ZERO;
        BigDecimal executed = BigDecimal.ZERO;
        List<String> funded = new ArrayList<>();
        Funds whole = null;
        String wholeName = null;
        for (var entry : funds.entrySet()) {
            Funds part = entry.getValue();
            if (!entry.getKey().isPart() || part.get(budgetColumn) == null && part.executed() == null) {
                continue;
            }
            if (part.get(budgetColumn) == null || part.executed() == null && part.get(budgetColumn).signum() != 0) {
                // a funded sub-row without its 全年执行数, or an execution without a budget: the sum is unknown
                return null;
            }
            budgets = budgets.add(part.get(budgetColumn));
            executed = executed.add(part.executed() == null ? BigDecimal.ZERO : part.executed());
            funded.add(names.getOrDefault(entry.getKey(), entry.getKey().key()) + " " + plain(part.get(budgetColumn))
                    + " / " + plain(part.executed() == null ? BigDecimal.ZERO : part.executed()));
            if (part.get(budgetColumn).compareTo(budget) == 0) {
                whole = part;
                wholeName = names.getOrDefault(entry.getKey(), entry.getKey().key());
            }
        }
        if (funded.isEmpty() || budgets.compareTo(budget) != 0) {
            return null;
        }
        BigDecimal printedRate = total.executionRate() != null ? total.executionRate() : whole == null ? null : whole.executionRate();
        if (printedRate == null || !RowArithmetic.telling(printedRate)) {
            return null;
        }
        BigDecimal recomputed = executed.multiply(HUNDRED).divide(budget, MathContext.DECIMAL64);
        String parts = String.join("; ", funded);
        String rateSource = total.executionRate() != null ? names.getOrDefault(FundLine.TOTAL, "年度资金总额") : wholeName;
        if (!RowArithmetic.close(recomputed, printedRate, Math.max(0, printedRate.scale()))) {
            return new Outcome(null, null, "年度资金总额 prints no 全年执行数; its sub-rows (" + parts + ") add up to "
                    + plain(executed) + ", which " + rateSource + "'s 执行率 " + plain(printedRate) + "% contradicts;"
                    + " the total's execution is not read — 合计行缺全年执行数，分项之和与执行率不符，不读");
        }
        return new Outcome(executed, "年度资金总额 全年执行数 (not printed) read as " + plain(executed) + ": its sub-rows ("
                + parts + ") account for the whole 全年预算数 " + plain(budget) + " and " + rateSource + "'s 执行率 "
                + plain(printedRate) + "% confirms it — 合计行缺全年执行数，按分项之和读取，执行率相符", null);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
